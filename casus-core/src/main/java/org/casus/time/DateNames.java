package org.casus.time;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;

/**
 * Tells month names that are really part of a person's name from dates.
 *
 * <p>CoreNLP's SUTime tags a capitalised month word as a DATE whatever its neighbours: with
 * casus's tokenizer settings "... his Chinese counterpart, Wang Jun." gives the token {@code Jun.}
 * (the sentence's full stop read as an abbreviation point), NER {@code DATE}, value
 * {@code 2024-06}, {@code compound}-headed by the PERSON token {@code Dong}. The same happens to
 * "April", "May", "June", "August" as given names or surnames.
 *
 * <p>Rule: a DATE token is part of a name when it is a proper noun (NNP) spelling a month name or
 * abbreviation, the date expression it belongs to is that single word (no day number, no year,
 * no "last"/"this"), and
 * <ol>
 *   <li>a neighbouring token is tagged PERSON, or</li>
 *   <li>it is joined by {@code compound} or {@code flat} to a non-DATE proper noun, or</li>
 *   <li>the token before it is a capitalised proper noun tagged O or PERSON (a name word), as in
 *       "Wang June".</li>
 * </ol>
 * "in June", "since June", "last June", "June 3", "June 2024" are never names under this rule.
 * Weekday names are left alone: "Friday" next to a name ("Quispe Friday said") is a date far
 * more often than a name. Stateless and thread-safe.
 */
public final class DateNames {
  static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
      Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
      Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
      Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

  private static final Set<String> NAME_LINKS = Set.of("compound", "flat", "flat:name");

  private DateNames() {}

  /** The month (1-12) a word names, ignoring case and a final period; 0 when it names none. */
  static int month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    return MONTHS.getOrDefault(w, 0);
  }

  /**
   * True when token {@code i} of {@code s} is tagged DATE but is part of a person's name.
   *
   * @throws IndexOutOfBoundsException if {@code i} is not a token index of {@code s}
   */
  public static boolean isNamePart(ParsedSentence s, int i) {
    Token t = s.token(i);
    if (!t.ner().equals("DATE") || !t.isProperNoun() || month(t.word()) == 0) {
      return false;
    }
    boolean sameBefore = i > 0 && s.token(i - 1).ner().equals("DATE") && s.token(i - 1).normalized().equals(t.normalized());
    boolean sameAfter = i + 1 < s.size() && s.token(i + 1).ner().equals("DATE") && s.token(i + 1).normalized().equals(t.normalized());
    if (sameBefore || sameAfter) {
      return false; // part of a longer date expression: "June 3", "last June"
    }
    if ((i > 0 && s.token(i - 1).ner().equals("PERSON")) || (i + 1 < s.size() && s.token(i + 1).ner().equals("PERSON"))) {
      return true;
    }
    int head = s.head(i);
    if (NAME_LINKS.contains(s.relation(i)) && head >= 0 && isNameWord(s.token(head))) {
      return true;
    }
    for (var d : s.children(i)) {
      if (NAME_LINKS.contains(d.relation()) && isNameWord(s.token(d.dependent()))) {
        return true;
      }
    }
    return i > 0 && isNameWord(s.token(i - 1));
  }

  private static boolean isNameWord(Token t) {
    return t.isProperNoun() && (t.ner().equals("O") || t.ner().equals("PERSON")) && !t.word().isEmpty()
        && Character.isUpperCase(t.word().charAt(0));
  }
}
