package org.casus.events;

import java.util.Locale;
import java.util.Set;
import org.casus.lexicon.Lexicon;
import org.casus.nlp.ParsedSentence;

/**
 * Word classes the event rules share. Lemmas in lower case.
 */
public final class EventWords {
  /**
   * CAMEO roots of deeds that coordinated doers with no target do to each other ("A and B met",
   * "A and B held talks"): consultation to cooperation, 03-06. Force is not: "A and B attacked"
   * did not attack each other.
   */
  public static final Set<String> RECIPROCAL_ROOTS = Set.of("03", "04", "05", "06");

  private EventWords() {}

  /** Verbs of saying: their clause is what was said ("X said Y attacked Z"). */
  public static final Set<String> SAY_VERBS = Lexicon.words("saying-verb");

  /** Prepositions that introduce a verb's target ("met with X", "fired at X", "sanctions on X"). */
  public static final Set<String> TARGET_PREPS = Lexicon.words("target-preposition");

  /** True when token {@code t}'s lemma, lower case, is in {@code words}. */
  public static boolean lemmaIn(ParsedSentence s, int t, Set<String> words) {
    return words.contains(s.token(t).lemma().toLowerCase(Locale.ROOT));
  }

  /** True when token {@code t} is a verb of saying ({@link #SAY_VERBS}). */
  public static boolean isSaying(ParsedSentence s, int t) {
    return lemmaIn(s, t, SAY_VERBS);
  }

  /**
   * True when {@code h} is a date, time or duration phrase by its NER tag: "in more than a year",
   * "for three weeks" name no actor, place or complement.
   */
  public static boolean isTime(ParsedSentence s, int h) {
    String ner = s.token(h).ner();
    return ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION");
  }

  /** Whether "not", "n't" or "never" modifies verb {@code v} ("will not meet", "never attacked"). */
  public static boolean isNegatedByAdverb(ParsedSentence s, int v) {
    for (var d : s.children(v)) {
      String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if ((d.relation().equals("advmod") || d.relation().equals("neg"))
          && (w.equals("not") || w.equals("n't") || w.equals("never"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether clause head {@code v} is an infinitive marked by "to" ("to suspend its relations"). */
  public static boolean isToInfinitive(ParsedSentence s, int v) {
    for (int m : s.children(v, "mark")) {
      if (s.token(m).word().equalsIgnoreCase("to")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a complement of verb {@code v} is the reciprocal pronoun "each other" or "one another". */
  public static boolean namesEachOther(ParsedSentence s, int v) {
    for (var d : s.children(v)) {
      String r = d.relation();
      if (!r.equals("obj") && !r.startsWith("obl") && !r.equals("iobj")) {
        continue;
      }
      String phrase = s.subtree(d.dependent()).stream().filter(k -> !s.relation(k).equals("case"))
          .map(k -> s.token(k).word().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.joining(" "));
      if (phrase.equals("each other") || phrase.equals("one another")) {
        return true;
      }
    }
    return false;
  }
}
