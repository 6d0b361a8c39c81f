package org.casus.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.casus.model.CharSpan;

/**
 * A sentence with its tokens and dependency tree. Immutable; safe to share between threads.
 *
 * @param index 0-based sentence index in the document
 * @param span the sentence's span in the article text
 * @param text the sentence text
 * @param tokens tokens in order, {@code tokens.get(i).index() == i}
 * @param dependencies every arc, one per token (including the root arc with governor -1)
 */
public record ParsedSentence(int index, CharSpan span, String text, List<Token> tokens,
    List<Dependency> dependencies) {
  public ParsedSentence {
    Objects.requireNonNull(span);
    Objects.requireNonNull(text);
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).index() != i) {
        throw new IllegalArgumentException("token " + i + " has index " + tokens.get(i).index());
      }
    }
    for (Dependency d : dependencies) {
      if (d.dependent() >= tokens.size() || d.governor() >= tokens.size()) {
        throw new IllegalArgumentException("arc " + d + " outside sentence of " + tokens.size() + " tokens");
      }
    }
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }

  /** Arcs whose governor is {@code head}, in dependent order. */
  public List<Dependency> children(int head) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == head) {
        out.add(d);
      }
    }
    out.sort(Comparator.comparingInt(Dependency::dependent));
    return out;
  }

  /** Dependents of {@code head} whose relation equals {@code relation} or starts with {@code relation + ":"}. */
  public List<Integer> children(int head, String relation) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : children(head)) {
      if (d.relation().equals(relation) || d.relation().startsWith(relation + ":")) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** The arc that attaches {@code token} to its head; empty only for a malformed tree. */
  public Optional<Dependency> parentArc(int token) {
    for (Dependency d : dependencies) {
      if (d.dependent() == token) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** Head token index of {@code token}, -1 for the root. */
  public int head(int token) {
    return parentArc(token).map(Dependency::governor).orElse(-1);
  }

  /** The relation that attaches {@code token}, {@code ""} when none. */
  public String relation(int token) {
    return parentArc(token).map(Dependency::relation).orElse("");
  }

  /** True when {@code ancestor} is {@code token} or lies on the path from {@code token} to the root. */
  public boolean dominates(int ancestor, int token) {
    int cur = token;
    for (int steps = 0; cur >= 0 && steps <= tokens.size(); steps++) {
      if (cur == ancestor) {
        return true;
      }
      cur = head(cur);
    }
    return false;
  }

  /** All token indexes in the subtree of {@code head} (inclusive), sorted. */
  public List<Integer> subtree(int head) {
    List<Integer> out = new ArrayList<>();
    collect(head, out, 0);
    out.sort(Integer::compare);
    return out;
  }

  /** The character span of the subtree of {@code head}: the phrase it heads. */
  public CharSpan subtreeSpan(int head) {
    List<Integer> sub = subtree(head);
    return spanOf(sub.get(0), sub.get(sub.size() - 1));
  }

  private void collect(int head, List<Integer> out, int depth) {
    if (depth > tokens.size()) {
      return; // guard against a cyclic (malformed) tree
    }
    out.add(head);
    for (Dependency d : dependencies) {
      if (d.governor() == head && d.dependent() != head) {
        collect(d.dependent(), out, depth + 1);
      }
    }
  }

  /** The text covered by tokens {@code from..to} inclusive. */
  public String textOf(int from, int to) {
    return covered(spanOf(from, to));
  }

  /**
   * The text of a span given in document offsets, which must lie inside this sentence.
   *
   * @throws IndexOutOfBoundsException if it does not
   */
  public String covered(CharSpan documentSpan) {
    return text.substring(documentSpan.begin() - span.begin(), documentSpan.end() - span.begin());
  }

  /** The character span covered by tokens {@code from..to} inclusive. */
  public CharSpan spanOf(int from, int to) {
    return new CharSpan(tokens.get(from).span().begin(), tokens.get(to).span().end());
  }

  /**
   * The marker of the phrase or clause headed by {@code h}: its first {@code case} dependent
   * ("on" of "on Iran"), else its first {@code mark} dependent ("to" of "to attack"); -1 when none.
   */
  public int caseOrMark(int h) {
    List<Integer> c = children(h, "case");
    if (!c.isEmpty()) {
      return c.get(0);
    }
    List<Integer> m = children(h, "mark");
    return m.isEmpty() ? -1 : m.get(0);
  }

  /** The lower-case word of {@link #caseOrMark}, {@code ""} when the phrase has no marker. */
  public String caseWord(int h) {
    int c = caseOrMark(h);
    return c < 0 ? "" : tokens.get(c).word().toLowerCase(java.util.Locale.ROOT);
  }

  /** True when a {@code case} dependent of {@code h} is the word {@code preposition}, ignoring letter case. */
  public boolean hasCase(int h, String preposition) {
    for (int c : children(h, "case")) {
      if (tokens.get(c).word().equalsIgnoreCase(preposition)) {
        return true;
      }
    }
    return false;
  }

  /** True when verb {@code v} is passive: it has a passive subject or a passive auxiliary. */
  public boolean isPassive(int v) {
    return !children(v, "nsubj:pass").isEmpty() || !children(v, "aux:pass").isEmpty();
  }
}
