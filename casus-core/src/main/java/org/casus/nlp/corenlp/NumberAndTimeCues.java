package org.casus.nlp.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence can hold a number, an amount, an ordinal or a time expression: the only
 * sentences in which CoreNLP's numeric classifiers and SUTime find anything.
 *
 * <p>A sentence has a cue when one of its tokens (or a part of a hyphenated token, "mid-January",
 * "two-day") contains a digit, is tagged {@code CD}, or is one of {@link #WORDS}: the anchor words
 * of SUTime's English rules ({@code defs.sutime.txt}, {@code english.sutime.txt},
 * {@code english.holidays.sutime.txt} in CoreNLP 4.5.10: time units, months, weekdays, parts of
 * the day, seasons, holidays, deictic words such as "now" and "recently", decades), number words,
 * and the ordinal words of CoreNLP's {@code NumberSequenceClassifier}. A time expression, number
 * or ordinal always contains one of these, and an amount or a percentage needs a number; the
 * modifiers ("last", "this", "early") are not needed as cues. The list is generous: a word too many costs time, a word too few would lose a
 * date. {@code CoreNlpParserTest} checks on corpus articles that the selection changes no tag.
 *
 * <p>Stateless and thread-safe.
 */
final class NumberAndTimeCues {
  private NumberAndTimeCues() {
  }

  /** The cue words, lower case. */
  static final Set<String> WORDS = Set.of(
      // time units and their abbreviations
      "second", "seconds", "sec", "secs", "millisecond", "milliseconds", "minute", "minutes", "min", "mins", "hour",
      "hours", "hr", "hrs", "day", "days", "daytime", "daytimes", "week", "weeks", "wk", "wks", "weekend", "weekends",
      "weekday", "weekdays", "workday", "workdays", "workweek", "fortnight", "fortnights", "month", "months", "mo",
      "mos", "quarter", "quarters", "year", "years", "yr", "yrs", "decade", "decades", "century", "centuries",
      "millennium", "millennia", "millenium", "millenia", "semester", "season", "seasons", "era", "time", "times",
      "period", "periods",
      // periodic
      "hourly", "daily", "nightly", "weekly", "biweekly", "monthly", "quarterly", "yearly", "annual", "annually",
      "biannual", "centennial", "bicentennial", "anniversary", "once", "twice", "thrice",
      // months
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      // weekdays
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays",
      "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "mon", "tue", "tues", "wed", "weds", "thu",
      "thur", "thurs", "fri", "sat", "sun",
      // parts of the day
      "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights", "tonight",
      "tonite", "overnight", "nighttime", "noon", "noons", "midday", "midnight", "dawn", "dusk", "daybreak",
      "daylight", "sunrise", "sunset", "sundown", "sunup", "twilight", "lunchtime", "dinnertime", "suppertime",
      "teatime", "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "o'clock", "clock", "gmt", "utc", "zulu", "est", "edt",
      "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest",
      // seasons
      "spring", "springs", "summer", "summers", "autumn", "autumns", "fall", "falls", "winter", "winters",
      // holidays (those whose rule needs "day" or a weekday or "year" are found by that word)
      "christmas", "xmas", "x-mas", "easter", "halloween", "thanksgiving", "mayo", "pentecost", "whitsun",
      "ascension", "lent", "advent", "epiphany", "hanukkah", "chanukah", "ramadan", "eid", "passover", "kippur",
      "hashanah", "diwali", "holiday", "holidays", "birthday",
      // deictic and relative
      "now", "today", "todays", "today's", "yesterday", "yesterdays", "yesterday's", "tomorrow", "tomorrows",
      "tomorrow's", "currently", "current", "recently", "recent", "previously", "past", "present", "future", "ago",
      "hence", "earlier", "later", "latest", "lately", "nowadays", "formerly", "medieval",
      // decades and number words
      "teens", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
      "noughts", "oughts", "zero", "nil", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
      "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
      "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds",
      "thousand", "thousands", "million", "millions", "billion", "billions", "trillion", "trillions", "dozen",
      "dozens", "half", "couple", "score", "scores",
      // ordinals (NumberSequenceClassifier's list)
      "zeroth", "first", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
      "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
      "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth",
      "hundredth", "thousandth", "millionth");

  /** True when one of {@code tokens} is a cue (see the class comment); false for null or no tokens. */
  static boolean any(List<CoreLabel> tokens) {
    if (tokens == null) {
      return false;
    }
    for (CoreLabel t : tokens) {
      if (isCue(t.word(), t.tag())) {
        return true;
      }
    }
    return false;
  }

  /** True when the token {@code word} tagged {@code tag} (may be null) is a cue. */
  static boolean isCue(String word, String tag) {
    if ("CD".equals(tag)) {
      return true;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isDigit(c) || c == '$' || c == '%' || Character.getType(c) == Character.CURRENCY_SYMBOL) {
        return true;
      }
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (WORDS.contains(lower) || (lower.endsWith(".") && WORDS.contains(lower.substring(0, lower.length() - 1)))) {
      return true;
    }
    if (lower.indexOf('-') > 0 || lower.indexOf('/') > 0) {
      for (String part : lower.split("[-/]")) {
        if (WORDS.contains(part)) {
          return true;
        }
      }
    }
    return false;
  }
}
