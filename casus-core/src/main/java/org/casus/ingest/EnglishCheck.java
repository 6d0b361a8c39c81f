package org.casus.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A cheap test of whether a text is English, by counting function words (a stop-word vote, the
 * oldest trick of language identification; it needs no model and runs in one pass).
 *
 * <p>Words are maximal runs of letters, lower-cased. The text is judged not English when:
 * <ol>
 *   <li>it has at least {@value #MIN_LETTERS} letters and fewer than half are Latin script
 *       (Arabic, Chinese, Cyrillic ... text), or
 *   <li>it has at least {@value #MIN_WORDS} words and the function words of one of French,
 *       Spanish, German, Dutch, Italian or Portuguese outnumber the English ones by more than
 *       {@value #MARGIN} (words that are also English, such as "a" or "in", count for English
 *       only), or
 *   <li>it has at least {@value #MIN_WORDS_NONE} words and not one English function word.
 * </ol>
 * Shorter texts are accepted: there is too little to judge. The thresholds were set on the
 * project's corpora: all 8,193 Wikipedia current-events items and all 294 Wikinews articles pass
 * (the closest English item, a list of names, has a margin of 0), while a two-sentence news
 * paragraph in each of the six languages is refused with a margin of 5 or more. Other languages
 * written in Latin script (Swahili, Turkish, Indonesian ...) are caught only by rule 3.
 *
 * <p>Ingest now decides with {@link LanguageIdentifier}, which uses this class's English function
 * words; this check stays as the baseline it was measured against (it refuses 9 of the 43 short
 * foreign texts of the test set, the identifier 43).
 *
 * <p>Stateless and thread-safe.
 */
public final class EnglishCheck {
  /** Fewest words before rule 2 applies. */
  public static final int MIN_WORDS = 20;
  /** Fewest words before rule 3 applies. */
  public static final int MIN_WORDS_NONE = 30;
  /** Fewest letters before rule 1 applies. */
  public static final int MIN_LETTERS = 50;
  /** How far another language's function words must outnumber English ones. */
  public static final int MARGIN = 2;

  private static final Set<String> ENGLISH = Set.of(("the of and to a an in is are was were be been"
      + " that for with on as by at from this which has have had their its his her he she they we it"
      + " not but or after who will said would than into over about also more against during when"
      + " while").split(" "));

  private static final Map<String, Set<String>> OTHERS = Map.of(
      "French", words("le la les des du de et est une un pour dans sur avec qui que par au aux ce il"
          + " elle ont été sont pas plus ses leur"),
      "Spanish", words("el la los las del de y en un una que por para con se su sus es al fue lo"
          + " como más"),
      "German", words("der die das und ist nicht mit von zu den dem des ein eine auf für sich im"
          + " auch wurde sind bei aus"),
      "Dutch", words("de het een en van op te dat niet met voor zijn werd naar bij ook"),
      "Italian", words("il lo la di e che per con del della un una sono è non da nel al"),
      "Portuguese", words("o os as de do da dos das e que em um uma para com não no na por foi"));

  private EnglishCheck() {
  }

  /** The English function words this check counts, lower case (for {@link LanguageIdentifier}). */
  static Set<String> englishFunctionWords() {
    return ENGLISH;
  }

  private static Set<String> words(String list) {
    Set<String> s = new HashSet<>(Set.of(list.split(" ")));
    s.removeAll(ENGLISH);
    return Set.copyOf(s);
  }

  /**
   * @param text the normalised text, non-null
   * @return empty when the text may be English; otherwise why not, e.g.
   *     {@code "French function words 14, English 1, of 44 words"}
   */
  public static Optional<String> whyNotEnglish(String text) {
    int letters = 0;
    int latin = 0;
    int words = 0;
    int english = 0;
    Map<String, int[]> other = new HashMap<>();
    OTHERS.keySet().forEach(k -> other.put(k, new int[1]));
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!Character.isLetter(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(text.codePointAt(i))) {
        int c = text.codePointAt(i);
        letters++;
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
          latin++;
        }
        i += Character.charCount(c);
      }
      words++;
      String w = text.substring(start, i).toLowerCase(Locale.ROOT);
      if (ENGLISH.contains(w)) {
        english++;
      } else {
        for (var e : OTHERS.entrySet()) {
          if (e.getValue().contains(w)) {
            other.get(e.getKey())[0]++;
          }
        }
      }
    }
    if (letters >= MIN_LETTERS && latin * 2 < letters) {
      return Optional.of(latin + " of " + letters + " letters are Latin script");
    }
    if (words >= MIN_WORDS) {
      String best = "";
      int bestCount = -1;
      for (var e : new TreeMap<>(other).entrySet()) {
        if (e.getValue()[0] > bestCount) {
          best = e.getKey();
          bestCount = e.getValue()[0];
        }
      }
      if (bestCount > english + MARGIN) {
        return Optional.of(best + " function words " + bestCount + ", English " + english + ", of "
            + words + " words");
      }
    }
    if (words >= MIN_WORDS_NONE && english == 0) {
      return Optional.of("no English function word in " + words + " words");
    }
    return Optional.empty();
  }
}
