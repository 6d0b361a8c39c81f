package org.casus.events.pattern;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;

/**
 * Matches a PETRARCH-1 (TABARI) {@link PatternTerm#sequence() sequence term} against the tokens on
 * one side of a verb: its words in order, gaps allowed, {@code _}-joined sub-words and the words of
 * a multi-word synset member as adjacent tokens. This is PETRARCH-1's reading of a pattern as word
 * order (petrarch {@code PETRreader}/{@code PETRcoder}, pattern syntax of the TABARI manual, ch. 5),
 * confined to the verb's dependency subtree (for the words before the verb, that of the verb an
 * infinitive complements, {@link #clauseTop}) so that words of another clause do not count.
 *
 * <p>A pattern word matches a token when it equals the token's word, ignoring case; a synset
 * member when it equals the token's word or lemma (PETRARCH-1 generated plurals for synset members). The earliest
 * match of each word is taken (greedy), which finds a match whenever one exists for patterns whose
 * synset members do not overlap. Stateless and thread-safe.
 */
final class SequenceMatcher {
  private SequenceMatcher() {}

  /**
   * The tokens the term uses among the verb's subtree on the given side, or empty when it does not
   * match.
   *
   * @param s the sentence
   * @param v the verb's token index
   * @param term a sequence term
   * @param afterVerb true for the words after {@code *}, false for those before it
   * @param skip tokens that may not be used (those of a multi-word verb)
   * @param verbs for synset members
   * @return the token indices used, in sentence order
   */
  static Optional<List<Integer>> match(ParsedSentence s, int v, PatternTerm term, boolean afterVerb, Set<Integer> skip,
      VerbDictionary verbs) {
    List<Integer> side = new ArrayList<>();
    for (int t : s.subtree(afterVerb ? v : clauseTop(s, v))) {
      if ((afterVerb ? t > v : t < v) && !skip.contains(t)) {
        side.add(t);
      }
    }
    side.sort(Integer::compare);
    List<Integer> used = new ArrayList<>();
    int from = 0;
    List<String> units = term.words();
    for (int u = 0; u < units.size(); u++) {
      String unit = units.get(u);
      String[] parts = unit.replaceAll("^_+", "").split("_+");
      // A unit joined to the verb by _ ("RECENTLY_*", "*_OUT") must be next to it.
      boolean nextToVerb = afterVerb ? u == 0 && unit.startsWith("_") : u == units.size() - 1 && unit.endsWith("_");
      int found = -1;
      for (int i = from; i < side.size() && found < 0; i++) {
        List<Integer> hit = adjacent(s, side, i, parts, verbs);
        if (hit != null && nextToVerb && (afterVerb ? hit.get(0) != v + 1 : hit.get(hit.size() - 1) != v - 1)) {
          hit = null;
        }
        if (hit != null) {
          used.addAll(hit);
          found = side.indexOf(hit.get(hit.size() - 1)) + 1;
        }
      }
      if (found < 0) {
        return Optional.empty();
      }
      from = found;
    }
    return Optional.of(used);
  }

  /**
   * The verb whose clause holds the words before {@code v}: {@code v} itself, or, for an
   * infinitive complement ("won't try to clash"), the verb it complements, through a chain of
   * {@code xcomp}s. PETRARCH-1 read the words before the verb in its clause, and "won't" there
   * belongs to "try".
   */
  private static int clauseTop(ParsedSentence s, int v) {
    int top = v;
    for (int i = 0; i < 3 && s.relation(top).equals("xcomp") && s.head(top) >= 0; i++) {
      top = s.head(top);
    }
    return top;
  }

  /** The number of sub-words in the term ({@code NEW_&TIETYPES_RELATIONS} is 3), for scoring. */
  static int size(PatternTerm term) {
    int n = 0;
    for (String unit : term.words()) {
      n += unit.split("_+").length;
    }
    return n;
  }

  /** Tokens matching {@code parts} as adjacent tokens from {@code side[i]}, or null. */
  private static List<Integer> adjacent(ParsedSentence s, List<Integer> side, int i, String[] parts, VerbDictionary verbs) {
    List<Integer> hit = new ArrayList<>();
    int t = side.get(i);
    for (String part : parts) {
      int end = one(s, side, t, part, verbs);
      if (end < 0) {
        return null;
      }
      for (int k = t; k < end; k++) {
        hit.add(k);
      }
      t = end;
    }
    return hit;
  }

  /** End (exclusive) of the match of one word or synset at token {@code t}, or -1. */
  private static int one(ParsedSentence s, List<Integer> side, int t, String word, VerbDictionary verbs) {
    if (!side.contains(t)) {
      return -1;
    }
    if (!PatternTerm.isSynset(word)) {
      // PETRARCH-1 matched a pattern word as written (no stemming: "RESOLUTION" is not
      // "resolutions", validation record SYNSET-21b); plural forms were generated for synset
      // members only.
      return s.token(t).word().equalsIgnoreCase(word) ? t + 1 : -1;
    }
    List<String[]> members = new ArrayList<>();
    for (String m : verbs.synset(word)) {
      members.add(m.split(" +"));
    }
    members.sort(Comparator.comparingInt((String[] m) -> m.length).reversed());
    for (String[] m : members) {
      boolean ok = true;
      for (int k = 0; k < m.length && ok; k++) {
        ok = t + k < s.size() && side.contains(t + k) && equal(s.token(t + k), m[k]);
      }
      if (ok) {
        return t + m.length;
      }
    }
    return -1;
  }

  private static boolean equal(Token t, String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return t.word().toLowerCase(Locale.ROOT).equals(w) || t.lemma().toLowerCase(Locale.ROOT).equals(w);
  }
}
