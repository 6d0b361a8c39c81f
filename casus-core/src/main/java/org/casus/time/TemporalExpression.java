package org.casus.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casus.model.DateBasis;
import org.casus.model.EventDate;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;

/**
 * One date expression of a sentence: a run of DATE tokens with one SUTime value, or a numeric date
 * SUTime misses ({@code 04-Mar-24}). Resolution re-does SUTime's guesses that depend on tense.
 *
 * @param first first token index
 * @param last last token index (inclusive)
 * @param timex SUTime's TIMEX value, or {@code yyyy-MM-dd} for a numeric date read here
 * @param text the words, space-joined
 */
record TemporalExpression(int first, int last, String timex, String text) {
  private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("monday", DayOfWeek.MONDAY,
      "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY,
      "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);
  private static final Pattern DAY = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})-(\\d{2})(T.*)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern SPAN = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
  /** Day-month-year with a month word: 04-Mar-24, 4-March-2024, 04/Mar/2024. */
  private static final Pattern DMY = Pattern.compile("(\\d{1,2})[-/ ]([A-Za-z]{3,9})[-/ ](\\d{2}|\\d{4})");

  /** Every date expression of {@code s} in token order, without name parts (see {@link DateNames}). */
  static List<TemporalExpression> find(ParsedSentence s) {
    List<TemporalExpression> out = new ArrayList<>();
    int i = 0;
    while (i < s.size()) {
      Token t = s.token(i);
      Matcher m = DMY.matcher(t.word());
      if (m.matches() && DateNames.month(m.group(2)) > 0) {
        int year = Integer.parseInt(m.group(3));
        year = year < 100 ? 2000 + year : year;
        try {
          LocalDate d = LocalDate.of(year, DateNames.month(m.group(2)), Integer.parseInt(m.group(1)));
          out.add(new TemporalExpression(i, i, d.toString(), t.word()));
        } catch (java.time.DateTimeException e) {
          // not a calendar day (31-Feb-24): not a date
        }
        i++;
        continue;
      }
      if (!dateLike(t) || DateNames.isNamePart(s, i)) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < s.size() && dateLike(s.token(j + 1)) && s.token(j + 1).normalized().equals(t.normalized())) {
        j++;
      }
      StringBuilder text = new StringBuilder();
      for (int k = i; k <= j; k++) {
        text.append(k > i ? " " : "").append(s.token(k).word());
      }
      out.add(new TemporalExpression(i, j, t.normalized(), text.toString()));
      i = j + 1;
    }
    return out;
  }

  /** A DATE token, or a TIME token whose value names a day ("early Wednesday morning" = 2019-09-18TMO). */
  private static boolean dateLike(Token t) {
    if (t.normalized().isEmpty()) {
      return false;
    }
    return t.ner().equals("DATE") || (t.ner().equals("TIME") && DAY.matcher(t.normalized()).matches());
  }

  /** The token of the expression whose head lies outside it (its syntactic head). */
  int head(ParsedSentence s) {
    for (int k = first; k <= last; k++) {
      int h = s.head(k);
      if (h < first || h > last) {
        return k;
      }
    }
    return last;
  }

  private List<String> words() {
    List<String> w = new ArrayList<>();
    for (String x : text.split(" ")) {
      w.add(x.toLowerCase(Locale.ROOT));
    }
    return w;
  }

  private boolean hasYearWord() {
    for (String w : words()) {
      if (w.matches("\\d{4}|'\\d{2}") || DMY.matcher(w).matches()) {
        return true;
      }
    }
    return false;
  }

  private boolean hasMonthWord() {
    for (String w : words()) {
      if (DateNames.month(w) > 0) {
        return true;
      }
    }
    return false;
  }

  private boolean hasDigit() {
    return text.chars().anyMatch(Character::isDigit);
  }

  /**
   * The date this expression means for an event in {@code tense}, basis TEXT; empty when it
   * cannot be resolved or (past tense) lies after {@code ref}.
   *
   * <p>Rules, after SUTime: a bare weekday is the latest such day on or before {@code ref} in the
   * past tense (wire copy dates same-day news by its weekday, "said on Saturday" in a Saturday
   * dispatch), the earliest on or after it in the future; "last" and "next" exclude {@code ref}'s
   * own day. A month or day without a year is the nearest one in the past (past tense) or future.
   * A week, and a month or year that contains {@code ref}, become ranges cut at {@code ref}
   * ({@code [first day, ref]} past, {@code [ref, last day]} future): "earlier this month" in an
   * article of 2024-04-27 is 2024-04-01..2024-04-26 ("earlier" and "later" exclude {@code ref}'s own
   * day). In the present tense a bare weekday is the nearest such day; other values are SUTime's.
   */
  Optional<EventDate> resolve(LocalDate ref, Tense tense) {
    Optional<EventDate> d = resolveRaw(ref, tense);
    if (d.isPresent() && tense == Tense.PAST && d.get().earliest().orElseThrow().isAfter(ref)) {
      return Optional.empty();
    }
    return d;
  }

  private Optional<EventDate> resolveRaw(LocalDate ref, Tense tense) {
    List<String> words = words();
    DayOfWeek weekday = null;
    for (String w : words) {
      weekday = weekday == null ? WEEKDAYS.get(w.replaceAll("'s$", "")) : weekday;
    }
    if (weekday != null && !hasDigit() && !hasMonthWord()) {
      return Optional.of(weekdayDate(weekday, words, ref, tense));
    }
    boolean inferredYear = hasMonthWord() && !hasYearWord();
    Matcher m = DAY.matcher(timex);
    if (m.matches()) {
      return dayDate(m, inferredYear, ref, tense);
    }
    m = MONTH.matcher(timex);
    if (m.matches()) {
      return monthDate(m, inferredYear, ref, tense);
    }
    m = YEAR.matcher(timex);
    if (m.matches()) {
      LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
      return Optional.of(cut(start, start.plusYears(1).minusDays(1), ref, tense,
          EventDate.of(start, org.casus.model.DatePrecision.YEAR, DateBasis.TEXT, text)));
    }
    m = SPAN.matcher(timex);
    if (m.matches()) {
      return spanDate(m, ref, tense);
    }
    m = WEEK.matcher(timex);
    if (m.matches()) {
      return Optional.of(weekDate(m, words, ref, tense));
    }
    return Optional.empty();
  }

  /**
   * "on Tuesday": the weekday before the reference day (past) or after it (future); "last", "next"
   * skip the day itself. In the present tense (headlines, summaries, timetables) "last"/"past"
   * point back, "next"/"coming" forwards, and a bare weekday is the nearest such day (at most three
   * days away). SUTime's own value for a bare weekday is not used: it is not stable across runs of
   * one JVM (the same sentence gave the previous and the coming Thursday).
   */
  private EventDate weekdayDate(DayOfWeek weekday, List<String> words, LocalDate ref, Tense tense) {
    boolean strict = words.contains("last") || words.contains("next") || words.contains("past")
        || words.contains("coming");
    LocalDate day;
    if (tense == Tense.PRESENT) {
      tense = words.contains("last") || words.contains("past") ? Tense.PAST
          : words.contains("next") || words.contains("coming") ? Tense.FUTURE : null;
    }
    if (tense == null) { // present, no direction word: the nearest such day, before or after
      LocalDate before = ref.with(TemporalAdjusters.previousOrSame(weekday));
      LocalDate after = ref.with(TemporalAdjusters.nextOrSame(weekday));
      day = ref.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - ref.toEpochDay() ? before : after;
    } else if (tense == Tense.PAST) {
      day = strict ? ref.minusDays(1).with(TemporalAdjusters.previousOrSame(weekday))
          : ref.with(TemporalAdjusters.previousOrSame(weekday));
    } else {
      day = strict ? ref.plusDays(1).with(TemporalAdjusters.nextOrSame(weekday))
          : ref.with(TemporalAdjusters.nextOrSame(weekday));
    }
    return EventDate.day(day, DateBasis.TEXT, text);
  }

  /** A day; with no year written, the one the tense points to from the reference day. */
  private Optional<EventDate> dayDate(Matcher m, boolean inferredYear, LocalDate ref, Tense tense) {
    int month = Integer.parseInt(m.group(2));
    int dom = Integer.parseInt(m.group(3));
    LocalDate day;
    try {
      if (inferredYear || m.group(1).equals("XXXX")) {
        day = LocalDate.of(ref.getYear(), month, dom);
        if (tense == Tense.PAST && day.isAfter(ref)) {
          day = day.minusYears(1);
        } else if (tense == Tense.FUTURE && day.isBefore(ref)) {
          day = day.plusYears(1);
        } else if (tense == Tense.PRESENT && !m.group(1).equals("XXXX")) {
          day = LocalDate.of(Integer.parseInt(m.group(1)), month, dom);
        }
      } else {
        day = LocalDate.of(Integer.parseInt(m.group(1)), month, dom);
      }
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
    return Optional.of(EventDate.day(day, DateBasis.TEXT, text));
  }

  /** A month; with no year written, the one the tense points to; cut at the reference day. */
  private Optional<EventDate> monthDate(Matcher m, boolean inferredYear, LocalDate ref, Tense tense) {
    int month = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12) {
      return Optional.empty();
    }
    boolean noYear = m.group(1).equals("XXXX") || inferredYear;
    LocalDate start = noYear ? LocalDate.of(ref.getYear(), month, 1) : LocalDate.of(Integer.parseInt(m.group(1)), month, 1);
    if (noYear) {
      if (tense == Tense.PAST && start.isAfter(ref)) {
        start = start.minusYears(1);
      } else if (tense == Tense.FUTURE && start.plusMonths(1).isBefore(ref.plusDays(1))) {
        start = start.plusYears(1);
      }
    }
    return Optional.of(cut(start, start.plusMonths(1).minusDays(1), ref, tense,
        EventDate.of(start, org.casus.model.DatePrecision.MONTH, DateBasis.TEXT, text)));
  }

  /** An explicit period, "over the last several months" = 2019-12-05/2020-01-05; in the past, up to the reference day. */
  private Optional<EventDate> spanDate(Matcher m, LocalDate ref, Tense tense) {
    LocalDate from = LocalDate.parse(m.group(1));
    LocalDate to = LocalDate.parse(m.group(2));
    if (from.isAfter(to)) {
      return Optional.empty();
    }
    return Optional.of(tense == Tense.PAST && to.isAfter(ref) && !from.isAfter(ref)
        ? EventDate.range(from, ref, DateBasis.TEXT, text) : EventDate.range(from, to, DateBasis.TEXT, text));
  }

  /** A week or weekend; without "next", "last" or "this", the one the tense points to. */
  private EventDate weekDate(Matcher m, List<String> words, LocalDate ref, Tense tense) {
    LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate from = m.group(3) == null ? monday : monday.plusDays(5);
    LocalDate to = monday.plusDays(6);
    boolean named = words.contains("next") || words.contains("last") || words.contains("this");
    if (!named && tense == Tense.PAST && from.isAfter(ref)) {
      from = from.minusWeeks(1); // "during the weekend" in the past tense: SUTime picks the coming one
      to = to.minusWeeks(1);
    } else if (!named && tense == Tense.FUTURE && to.isBefore(ref)) {
      from = from.plusWeeks(1);
      to = to.plusWeeks(1);
    }
    return cut(from, to, ref, tense, EventDate.range(from, to, DateBasis.TEXT, text));
  }

  /** A period [from, to] containing {@code ref} is cut at {@code ref} on the side the tense excludes. */
  private EventDate cut(LocalDate from, LocalDate to, LocalDate ref, Tense tense, EventDate whole) {
    if (from.isAfter(ref) || to.isBefore(ref) || tense == Tense.PRESENT) {
      return whole;
    }
    // "earlier this month" excludes the reference day itself, "later this month" too.
    List<String> words = words();
    if (tense == Tense.PAST && words.contains("earlier") && from.isBefore(ref)) {
      return EventDate.range(from, ref.minusDays(1), DateBasis.TEXT, text);
    }
    if (tense == Tense.FUTURE && words.contains("later") && to.isAfter(ref)) {
      return EventDate.range(ref.plusDays(1), to, DateBasis.TEXT, text);
    }
    return tense == Tense.PAST ? EventDate.range(from, ref, DateBasis.TEXT, text)
        : EventDate.range(ref, to, DateBasis.TEXT, text);
  }
}
