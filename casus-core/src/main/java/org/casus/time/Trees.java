package org.casus.time;

import java.util.Set;
import org.casus.nlp.ParsedSentence;

/** Dependency-tree helpers shared by the time stage. Stateless. */
final class Trees {
  /** Relations that attach a clause (a verb with its own arguments) to its head. */
  private static final Set<String> CLAUSAL =
      Set.of("root", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "conj", "dep");

  private Trees() {}

  /** True when token {@code i} is a verb heading a clause (not an auxiliary, nor a gerund used as a noun). */
  static boolean isClauseVerb(ParsedSentence s, int i) {
    if (!s.token(i).isVerb()) {
      return false;
    }
    String rel = s.relation(i);
    int colon = rel.indexOf(':');
    return CLAUSAL.contains(colon < 0 ? rel : rel.substring(0, colon));
  }

  /** The nearest clause verb at or above {@code i}, -1 when there is none. */
  static int clauseHead(ParsedSentence s, int i) {
    int cur = i;
    for (int steps = 0; cur >= 0 && steps <= s.size(); steps++) {
      if (isClauseVerb(s, cur)) {
        return cur;
      }
      cur = s.head(cur);
    }
    return -1;
  }


  /** The first dependent of {@code head} with relation {@code rel} (or a subtype) whose lower-cased word is in {@code words}, -1 if none. */
  static int childWord(ParsedSentence s, int head, String rel, Set<String> words) {
    for (int c : s.children(head, rel)) {
      if (words.contains(s.token(c).word().toLowerCase(java.util.Locale.ROOT))) {
        return c;
      }
    }
    return -1;
  }
}
