package org.casus.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.casus.model.DatePrecision;
import org.casus.model.EventDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Resolution rules on SUTime values as CoreNLP 4.5.10 produced them (see the fixtures). */
class TemporalExpressionTest {
  private static Optional<EventDate> resolve(String text, String timex, String ref, Tense tense) {
    return new TemporalExpression(0, 0, timex, text).resolve(LocalDate.parse(ref), tense);
  }

  @ParameterizedTest(name = "{0} ({1}) in {3} from {2} = {4}")
  @CsvSource({
      // text,         SUTime value,  article,     tense,   day
      "Friday,         2024-04-26,    2024-04-27,  PAST,    2024-04-26",
      "Friday,         2024-04-26,    2024-04-26,  PAST,    2024-04-26",
      "last Friday,    2024-04-19,    2024-04-27,  PAST,    2024-04-26",
      "last Friday,    2024-04-19,    2024-04-26,  PAST,    2024-04-19",
      "Friday,         2024-04-26,    2024-04-24,  PAST,    2024-04-19",
      "Monday,         2024-04-29,    2024-04-27,  FUTURE,  2024-04-29",
      "Monday,         2024-04-29,    2024-04-29,  FUTURE,  2024-04-29",
      "next Monday,    2024-05-06,    2024-04-29,  FUTURE,  2024-05-06",
      "Monday,         2024-04-29,    2024-04-27,  PRESENT, 2024-04-29",
      // present tense: the nearest such day, whatever SUTime said (its value is not stable)
      "Monday,         2024-04-22,    2024-04-27,  PRESENT, 2024-04-29",
      "Sunday,         2026-02-08,    2026-02-03,  PRESENT, 2026-02-01",
      "Thursday,       2025-02-20,    2025-02-25,  PRESENT, 2025-02-27",
      "Tuesday,        XXXX-WXX-2,    2025-02-25,  PRESENT, 2025-02-25",
      "last Thursday,  2025-02-20,    2025-02-25,  PRESENT, 2025-02-20",
      "next Sunday,    2026-02-01,    2026-02-03,  PRESENT, 2026-02-08",
      "October 7,      2024-10-07,    2024-04-27,  PAST,    2023-10-07",
      "October 7,      XXXX-10-07,    2024-04-27,  PAST,    2023-10-07",
      "October 7,      2023-10-07,    2024-04-27,  FUTURE,  2024-10-07",
      "April 1,        2024-04-01,    2024-04-27,  PAST,    2024-04-01",
      "4 March 2024,   2024-03-04,    2024-04-27,  PAST,    2024-03-04",
      "yesterday,      2024-04-26,    2024-04-27,  PAST,    2024-04-26"})
  void days(String text, String timex, String ref, Tense tense, String want) {
    EventDate d = resolve(text, timex, ref, tense).orElseThrow();
    assertEquals(DatePrecision.DAY, d.precision());
    assertEquals(LocalDate.parse(want), d.value().orElseThrow());
  }

  @ParameterizedTest(name = "{0} ({1}) in {3} from {2} = {4}..{5}")
  @CsvSource({
      "earlier this month,   2024-04,      2024-04-27, PAST,   2024-04-01, 2024-04-26",
      "later this month,     2024-04,      2024-04-27, FUTURE, 2024-04-28, 2024-04-30",
      "this week,            2024-W17,     2024-04-27, PAST,   2024-04-22, 2024-04-27",
      "last week,            2024-W16,     2024-04-27, PAST,   2024-04-15, 2024-04-21",
      "next week,            2024-W18,     2024-04-27, FUTURE, 2024-04-29, 2024-05-05",
      "the weekend,          2024-W17-WE,  2024-04-25, PAST,   2024-04-20, 2024-04-21",
      "this year,            2024,         2024-04-27, PAST,   2024-01-01, 2024-04-27",
      "the last months,      2023-12-05/2024-01-05, 2024-01-05, PAST, 2023-12-05, 2024-01-05"})
  void ranges(String text, String timex, String ref, Tense tense, String from, String to) {
    EventDate d = resolve(text, timex, ref, tense).orElseThrow();
    assertEquals(DatePrecision.RANGE, d.precision());
    assertEquals(LocalDate.parse(from), d.from().orElseThrow());
    assertEquals(LocalDate.parse(to), d.to().orElseThrow());
  }

  @ParameterizedTest(name = "{0} = {1} {2}")
  @CsvSource({"October, 2024-10, MONTH, 2023-10-01", "March, 2024-03, MONTH, 2024-03-01", "2023, 2023, YEAR, 2023-01-01"})
  void monthsAndYearsInThePast(String text, String timex, DatePrecision precision, String want) {
    EventDate d = resolve(text, timex, "2024-04-27", Tense.PAST).orElseThrow();
    assertEquals(precision, d.precision());
    assertEquals(LocalDate.parse(want), d.value().orElseThrow());
  }

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource({"12 May 2025, 2025-05-12", "PRESENT_REF, PRESENT_REF", "the summer, 2024-SU", "2024-13, 2024-13"})
  void unusableInThePast(String text, String timex) {
    assertTrue(resolve(text, timex, "2024-04-27", Tense.PAST).isEmpty());
  }
}
