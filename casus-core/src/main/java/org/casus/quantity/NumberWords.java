package org.casus.quantity;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.casus.model.Quantity;

/**
 * Reads the numbers news text uses for counts of people.
 *
 * <p>Accepted: digits with or without thousands separators ({@code 12,480}, {@code 1,450.} with a
 * trailing full stop, {@code 1450}), a decimal with a scale word ({@code 2.5 million}), spelled-out
 * English numbers up to the millions ({@code twelve}, {@code thirty-five}, {@code two hundred and
 * fifty}, {@code one thousand}), and {@code dozen}/{@code a dozen} (12), {@code half a dozen} (6),
 * {@code a score} (20). Counts are whole people: a fraction that does not come out whole is refused.
 *
 * <p>Vague plurals follow ACLED ("Fatalities", ACLED Knowledge Base, published 2023-02-27, updated
 * 2024-05-07: "When sources report estimates such as 'tens' or 'dozens' or 'hundreds,' ACLED codes
 * 10 for 'tens,' 12 for 'dozens,' 100 for 'hundreds,' and so on"; the most conservative estimate).
 * "And so on" is read as one unit of the word: "scores" = 20, "thousands" = 1,000, "tens of
 * thousands" = 10,000, "hundreds of thousands" = 100,000. "Several", "many" and "a few" carry no
 * number in ACLED's rule and give none here.
 *
 * <p>Stateless and thread-safe.
 */
public final class NumberWords {
  private static final Map<String, Long> UNITS = Map.ofEntries(
      Map.entry("zero", 0L), Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L),
      Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L),
      Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L),
      Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L),
      Map.entry("fifteen", 15L), Map.entry("sixteen", 16L), Map.entry("seventeen", 17L),
      Map.entry("eighteen", 18L), Map.entry("nineteen", 19L), Map.entry("twenty", 20L),
      Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fifty", 50L), Map.entry("sixty", 60L),
      Map.entry("seventy", 70L), Map.entry("eighty", 80L), Map.entry("ninety", 90L),
      Map.entry("dozen", 12L), Map.entry("score", 20L));
  private static final Map<String, Long> SCALES =
      Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);
  private static final Map<String, Long> VAGUE = Map.of("tens", 10L, "dozens", 12L, "scores", 20L,
      "hundreds", 100L, "thousands", 1_000L, "millions", 1_000_000L);

  private NumberWords() {}

  /**
   * The whole number {@code text} spells, empty when it is not one.
   *
   * @param text one or more words, e.g. {@code "12,480"}, {@code "thirty-five"}, {@code "a dozen"};
   *     case and a trailing full stop are ignored; null gives empty
   * @return the value, {@code >= 0}, or empty
   */
  public static OptionalLong parse(String text) {
    if (text == null) {
      return OptionalLong.empty();
    }
    String t = text.trim().toLowerCase(Locale.ROOT);
    while (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1).trim();
    }
    if (t.isEmpty()) {
      return OptionalLong.empty();
    }
    if (t.matches("\\d{1,3}(,\\d{3})+|\\d+")) {
      try {
        return OptionalLong.of(Long.parseLong(t.replace(",", "")));
      } catch (NumberFormatException e) {
        return OptionalLong.empty(); // too long for a long
      }
    }
    String[] words = t.replace('-', ' ').split("\\s+");
    if (words.length == 2 && words[0].matches("\\d+(\\.\\d+)?") && SCALES.containsKey(words[1])) {
      java.math.BigDecimal v = new java.math.BigDecimal(words[0]).multiply(java.math.BigDecimal.valueOf(SCALES.get(words[1])));
      try {
        return OptionalLong.of(v.longValueExact());
      } catch (ArithmeticException e) {
        return OptionalLong.empty();
      }
    }
    if (t.equals("half a dozen")) {
      return OptionalLong.of(6);
    }
    long total = 0;
    long group = 0;
    boolean any = false;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.equals("a") && i + 1 < words.length
          && (SCALES.containsKey(words[i + 1]) || words[i + 1].equals("dozen") || words[i + 1].equals("score"))) {
        group += 1;
        any = true;
        continue;
      }
      if (w.equals("and") && any) {
        continue;
      }
      Long u = UNITS.get(w);
      if (u != null) {
        if ((w.equals("dozen") || w.equals("score")) && group > 0) {
          group *= u;
        } else {
          group += u;
        }
        any = true;
        continue;
      }
      Long scale = SCALES.get(w);
      if (scale != null && any) {
        if (scale == 100) {
          group = (group == 0 ? 1 : group) * 100;
        } else {
          total += (group == 0 ? 1 : group) * scale;
          group = 0;
        }
        continue;
      }
      return OptionalLong.empty();
    }
    return any ? OptionalLong.of(total + group) : OptionalLong.empty();
  }

  /**
   * The ACLED reading of a vague plural ("dozens", "scores", "hundreds" ...): {@code min} the
   * conservative count, {@code max} -1 (open), qualifier {@code vague}; empty for any other word.
   *
   * @param word one word, any case
   */
  public static Optional<Quantity> vague(String word) {
    if (word == null) {
      return Optional.empty();
    }
    Long v = VAGUE.get(word.toLowerCase(Locale.ROOT));
    return v == null ? Optional.empty() : Optional.of(new Quantity(v, -1, "vague", word));
  }

  /** The value of a vague plural, 0 when {@code word} is not one. */
  static long vagueValue(String word) {
    return VAGUE.getOrDefault(word.toLowerCase(Locale.ROOT), 0L);
  }
}
