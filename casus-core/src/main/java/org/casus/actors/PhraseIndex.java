package org.casus.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A word trie from dictionary phrases to values, for longest-match lookup over a sentence's tokens.
 *
 * <p>Both the dictionary phrases and the sentence tokens are reduced to the same <em>sub-words</em> by
 * {@link #subwords(String)}, so the match does not depend on how a tokenizer split clitics, hyphens and
 * brackets: upper case (ROOT locale); {@code -LRB-}/{@code -RRB-}/{@code -LSB-}/{@code -RSB-} read as brackets;
 * leading {@code ( [ "} and trailing {@code ) ] " , ; :} split off; a possessive {@code 'S} and a trailing
 * {@code '} split off ({@code PEOPLE'S} = {@code PEOPLE 'S}, the way CoreNLP tokenizes "People's");
 * hyphens separate sub-words and are dropped, so {@code AL-QAEDA}, "al - Qaeda" (CoreNLP 4 splits many hyphens)
 * and {@code AL QAEDA} are the same phrase; a bare hyphen token is skipped inside a phrase and never starts or
 * ends one. Periods stay inside a word ({@code U.S.} is one sub-word, as CoreNLP keeps it one token).
 * A match must end at a token boundary.
 *
 * <p>Immutable after {@link Builder#build()}; safe for concurrent lookups.
 *
 * @param <T> the value type; several values may share one phrase, kept in insertion order
 */
public final class PhraseIndex<T> {
  private final Node<T> root;
  private final int phrases;

  private static final class Node<T> {
    Map<String, Node<T>> children;
    List<T> values;
  }

  /**
   * One match: {@code tokens} tokens from the start position, with the values stored for that phrase.
   *
   * @param tokens number of sentence tokens covered, at least 1
   * @param values the values stored for the phrase, in insertion order, never empty
   */
  public record Hit<T>(int tokens, List<T> values) {
    public Hit {
      if (tokens < 1) {
        throw new IllegalArgumentException("tokens " + tokens + " < 1");
      }
      values = List.copyOf(values);
    }
  }

  private PhraseIndex(Node<T> root, int phrases) {
    this.root = root;
    this.phrases = phrases;
  }

  /** Number of distinct phrases (after normalisation) in the index. */
  public int size() {
    return phrases;
  }

  /**
   * All phrases that start at {@code words[start]}, shortest first.
   *
   * @param words the sentence's tokens as written
   * @param start index of the first token, 0 &lt;= start &lt; words.size()
   * @return the hits, shortest first; empty when no phrase starts there
   * @throws IllegalArgumentException if {@code start} is out of range
   */
  public List<Hit<T>> matches(List<String> words, int start) {
    Objects.requireNonNull(words, "words");
    if (start < 0 || start >= words.size()) {
      throw new IllegalArgumentException("start " + start + " outside 0.." + (words.size() - 1));
    }
    List<Hit<T>> hits = new ArrayList<>(2);
    Node<T> node = root;
    for (int i = start; i < words.size(); i++) {
      String w = words.get(i);
      if (w == null) {
        break;
      }
      List<String> subs = subwords(w);
      if (subs.isEmpty()) {
        if (i == start) {
          break;
        }
        continue; // a bare hyphen token: transparent inside a phrase, never its end
      }
      for (String s : subs) {
        node = node.children == null ? null : node.children.get(s);
        if (node == null) {
          return hits;
        }
      }
      if (node.values != null) {
        hits.add(new Hit<>(i - start + 1, node.values));
      }
    }
    return hits;
  }

  /**
   * The word without its accents, so that a dictionary written without them matches a text written
   * with them and the other way round ("ERDOĞAN" = "ERDOGAN", "ORBÁN" = "ORBAN"): Unicode canonical
   * decomposition with the combining marks removed, and the few Latin letters that do not decompose
   * (Ø, Ł, Đ, Ħ) read as their base letter. ASCII words are returned as they are.
   */
  static String foldAccents(String w) {
    boolean ascii = true;
    for (int i = 0; i < w.length() && ascii; i++) {
      ascii = w.charAt(i) < 128;
    }
    if (ascii) {
      return w;
    }
    String d = java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return d.replace('Ø', 'O').replace('Ł', 'L').replace('Đ', 'D').replace('Ħ', 'H');
  }

  /**
   * The sub-words of one token (see the class comment); empty for a blank token.
   *
   * @param token one token or one space-free dictionary word
   */
  public static List<String> subwords(String token) {
    String w = foldAccents(token.strip().toUpperCase(Locale.ROOT));
    switch (w) {
      case "-LRB-": return List.of("(");
      case "-RRB-": return List.of(")");
      case "-LSB-": return List.of("[");
      case "-RSB-": return List.of("]");
      case "``": case "''": return List.of("\"");
      default: break;
    }
    List<String> out = new ArrayList<>(2);
    if (w.isEmpty()) {
      return out;
    }
    List<String> tail = new ArrayList<>(1);
    while (w.length() > 1 && "([\"".indexOf(w.charAt(0)) >= 0) {
      out.add(String.valueOf(w.charAt(0)));
      w = w.substring(1);
    }
    while (w.length() > 1 && ")]\",;:".indexOf(w.charAt(w.length() - 1)) >= 0) {
      tail.add(0, String.valueOf(w.charAt(w.length() - 1)));
      w = w.substring(0, w.length() - 1);
    }
    String clitic = null;
    if (w.length() > 2 && w.endsWith("'S")) {
      clitic = "'S";
      w = w.substring(0, w.length() - 2);
    } else if (w.length() > 1 && w.endsWith("'") && !w.chars().allMatch(c -> c == '\'')) {
      clitic = "'";
      w = w.substring(0, w.length() - 1);
    }
    if (w.indexOf('-') >= 0) {
      for (String part : w.split("-")) {
        if (!part.isEmpty()) {
          out.add(part);
        }
      }
    } else {
      out.add(w);
    }
    if (clitic != null) {
      out.add(clitic);
    }
    out.addAll(tail);
    return out;
  }

  /** The sub-words of a space-separated dictionary phrase. */
  public static List<String> phraseSubwords(String phrase) {
    List<String> out = new ArrayList<>();
    int from = 0;
    int n = phrase.length();
    for (int i = 0; i <= n; i++) {
      if (i == n || phrase.charAt(i) == ' ') {
        if (i > from) {
          out.addAll(subwords(phrase.substring(from, i)));
        }
        from = i + 1;
      }
    }
    return out;
  }

  /** Collects phrases; not thread-safe. */
  public static final class Builder<T> {
    private final Node<T> root = new Node<>();
    private int phrases;

    /**
     * Adds {@code value} under {@code phrase} (space-separated words).
     *
     * @return false (and adds nothing) when the phrase has no sub-words
     */
    public boolean add(String phrase, T value) {
      List<String> subs = phraseSubwords(phrase);
      if (subs.isEmpty()) {
        return false;
      }
      Node<T> node = root;
      for (String s : subs) {
        if (node.children == null) {
          node.children = new HashMap<>(4);
        }
        node = node.children.computeIfAbsent(s, k -> new Node<>());
      }
      if (node.values == null) {
        node.values = new ArrayList<>(1);
        phrases++;
      }
      node.values.add(value);
      return true;
    }

    public PhraseIndex<T> build() {
      freeze(root);
      return new PhraseIndex<>(root, phrases);
    }

    private static <T> void freeze(Node<T> n) {
      // iterative, so deep phrases cannot overflow the stack
      List<Node<T>> stack = new ArrayList<>();
      stack.add(n);
      while (!stack.isEmpty()) {
        Node<T> x = stack.remove(stack.size() - 1);
        if (x.values != null) {
          x.values = List.copyOf(x.values);
        }
        if (x.children != null) {
          stack.addAll(x.children.values());
        }
      }
    }
  }
}
