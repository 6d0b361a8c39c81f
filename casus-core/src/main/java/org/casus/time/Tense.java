package org.casus.time;

import java.util.Locale;
import java.util.Set;
import org.casus.lexicon.Lexicon;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;

/**
 * The grammatical time of a clause, as far as dating needs it: PAST (simple past, perfect,
 * passive past, bare participles), FUTURE ("will", "shall", "is/are to" + infinitive, "plans/is expected/is due to"),
 * PRESENT otherwise. A nominal with no governing verb (a headline fragment) counts as PAST, the
 * usual time of news reports.
 */
enum Tense {
  PAST, PRESENT, FUTURE;

  private static final Set<String> FUTURE_AUX = Lexicon.words("tense-future-auxiliary");
  private static final Set<String> PAST_AUX = Lexicon.words("tense-past-auxiliary");
  /** Verbs that put their complement (or themselves, in the present) in the future. */
  private static final Set<String> FUTURE_HEADS = Lexicon.words("future-head-verb");

  /** The tense of the clause headed by {@code i}; a non-verb is dated by its clause verb. */
  static Tense of(ParsedSentence s, int i) {
    int v = Trees.clauseHead(s, i);
    if (v < 0) {
      return PAST;
    }
    return ofVerb(s, v, 0);
  }

  private static Tense ofVerb(ParsedSentence s, int v, int depth) {
    Token t = s.token(v);
    boolean pastAux = false;
    boolean presentAux = false;
    for (int a : s.children(v, "aux")) {
      String w = s.token(a).word().toLowerCase(Locale.ROOT);
      if (FUTURE_AUX.contains(w)) {
        return FUTURE;
      }
      if (PAST_AUX.contains(w) || s.token(a).pos().equals("VBD")) {
        pastAux = true;
      } else if (s.token(a).pos().equals("VBZ") || s.token(a).pos().equals("VBP")) {
        presentAux = true;
      }
    }
    if (FUTURE_HEADS.contains(t.lemma()) && !t.pos().equals("VBD") && !pastAux) {
      return FUTURE;
    }
    int head = s.head(v);
    boolean toInfinitive = t.pos().equals("VB") && Trees.childWord(s, v, "mark", Set.of("to")) >= 0;
    if (toInfinitive && presentBe(s, v)) {
      return FUTURE; // "the leaders are to meet on Thursday": a plan, in the present
    }
    if (toInfinitive && head >= 0 && depth < 8) {
      if (FUTURE_HEADS.contains(s.token(head).lemma()) && !s.token(head).pos().equals("VBD")) {
        return FUTURE;
      }
      return Trees.isClauseVerb(s, head) ? ofVerb(s, head, depth + 1) : PRESENT;
    }
    if (pastAux || t.pos().equals("VBD")) {
      return PAST;
    }
    if (t.pos().equals("VBN")) {
      return presentAux ? PRESENT : PAST;
    }
    if (t.pos().equals("VBG") && !presentAux && head >= 0 && depth < 8) {
      int up = Trees.clauseHead(s, head);
      return up >= 0 ? ofVerb(s, up, depth + 1) : PAST;
    }
    return PRESENT;
  }

  /**
   * Whether the infinitive {@code v} hangs a present-tense "be" right before its "to" ("is to",
   * "are to"; not "is about to", "is likely to"): the parser attaches it as {@code cop} or
   * {@code aux} of the infinitive.
   */
  private static boolean presentBe(ParsedSentence s, int v) {
    int to = Trees.childWord(s, v, "mark", Set.of("to"));
    for (String rel : new String[] {"cop", "aux"}) {
      for (int b : s.children(v, rel)) {
        Token t = s.token(b);
        if (b == to - 1 && t.lemma().equals("be") && (t.pos().equals("VBZ") || t.pos().equals("VBP"))) {
          return true;
        }
      }
    }
    return false;
  }
}
