package org.casus.nlp.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

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

  /**
   * The time words, lower case: the words of SUTime's English rules that anchor a time expression (time
   * units, periodic words, months, weekdays, parts of the day, time zones, seasons, holidays, deictic
   * words, decades), with the era markers and "oclock" that its year and hour rules accept.
   */
  static final Set<String> TIME_WORDS = Set.of(
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
      // decades, era markers, the hour
      "teens", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
      "noughts", "oughts", "ad", "a.d", "a.d.", "bc", "b.c", "b.c.", "oclock", "o\u2019clock");

  /**
   * Number words and ordinal words (NumberSequenceClassifier's list), lower case: they need the
   * numeric classifiers, not SUTime's rules, unless {@link #anyTime} finds a year or an hour in them.
   */
  static final Set<String> NUMBER_WORDS = Set.of(
      "zero", "nil", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
      "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
      "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds",
      "thousand", "thousands", "million", "millions", "billion", "billions", "trillion", "trillions", "dozen",
      "dozens", "half", "couple", "score", "scores",
      // ordinals (NumberSequenceClassifier's list)
      "zeroth", "first", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
      "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
      "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth",
      "hundredth", "thousandth", "millionth");

  /** The cue words: {@link #TIME_WORDS} and {@link #NUMBER_WORDS}. */
  static final Set<String> WORDS = union(TIME_WORDS, NUMBER_WORDS);

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

  /**
   * True when one of {@code tokens} may begin a time expression that SUTime's rules find, not only
   * a number, an amount or an ordinal: a sentence without one gets the same annotation from the
   * numeric classifiers with SUTime's definitions and none of its rules (a test compares the two
   * on corpus articles). False for null or no tokens.
   *
   * <p>A time cue is a {@link #TIME_WORDS} word (whole, without a final full stop, or as a part of
   * a hyphenated or slashed token); a token with a digit that is not a plain number of at most
   * three digits, grouped by commas or with a decimal part (so every possible year, "1990s",
   * "5th", "10:30", "3/4", "'98"); two numbers in a row, unless the second is "million",
   * "billion" or "trillion", or in one hyphenated token ("nineteen ninety", "two thousand",
   * "1 500", "twenty-five"), as SUTime's years from 1,000 to 3,000 are made; a word ending in
   * "teen" or "twenty" before a number (SUTime's spoken years); a two-digit number after an
   * apostrophe; a number, "past", "after", "before", "to" or "until", and a number in a row
   * (SUTime's "20 past 3"); and a {@code CD} word it does not know.
   */
  static boolean anyTime(List<CoreLabel> tokens) {
    if (tokens == null) {
      return false;
    }
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i).word();
      String tag = tokens.get(i).tag();
      String lower = word.toLowerCase(Locale.ROOT);
      boolean number = isNumber(word, tag);
      if (isTimeWord(lower) || (hasDigit(word) && !PLAIN_NUMBER.matcher(word).matches())
          || (number && !hasDigit(word) && !isNumberWords(lower))) {
        return true;
      }
      CoreLabel next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      boolean nextNumber = next != null && isNumber(next.word(), next.tag());
      if (number && nextNumber && !LARGE.contains(next.word().toLowerCase(Locale.ROOT))) {
        return true; // "nineteen ninety", "two thousand", "1 500"; not "4.5 million"
      }
      if ((lower.endsWith("teen") || lower.equals("twenty")) && nextNumber) {
        return true; // SUTime's /\w+teen|twenty/ [ $INT ] year
      }
      if (i > 0 && APOSTROPHES.contains(tokens.get(i - 1).word()) && word.length() == 2 && hasDigit(word)) {
        return true; // ' 98
      }
      if (i > 0 && nextNumber && HOUR_RELATIONS.contains(lower)) {
        CoreLabel prev = tokens.get(i - 1);
        if (isNumber(prev.word(), prev.tag()) || prev.word().equalsIgnoreCase("quarter")) {
          return true; // "20 past 3", "half after 5"
        }
      }
    }
    return false;
  }

  /** Digits alone (at most three, or grouped by commas), or with a decimal part: no year, date or hour. */
  private static final Pattern PLAIN_NUMBER = Pattern.compile("[0-9]{1,3}(,[0-9]{3})*|[0-9]+\\.[0-9]+");
  /** Number words that make a number of a million or more with the number before them: no year. */
  private static final Set<String> LARGE = Set.of("million", "millions", "billion", "billions", "trillion",
      "trillions");
  /** Words between a number of minutes and an hour in SUTime's "20 past 3", lower case. */
  private static final Set<String> HOUR_RELATIONS = Set.of("past", "after", "before", "to", "until");
  /** Apostrophe tokens before a two-digit year. */
  private static final Set<String> APOSTROPHES = Set.of("'", "\u2019", "`", "\u2018");

  /**
   * A token that is or holds a number: a digit, the tag {@code CD}, a {@link #NUMBER_WORDS} word,
   * or number words joined by hyphens ("twenty-five", whatever its tag).
   */
  private static boolean isNumber(String word, String tag) {
    String lower = word.toLowerCase(Locale.ROOT);
    return "CD".equals(tag) || hasDigit(word) || isNumberWords(lower) || hyphenatedNumber(lower);
  }

  /** Two or more {@link #NUMBER_WORDS} words joined by hyphens. */
  private static boolean hyphenatedNumber(String lower) {
    if (lower.indexOf('-') <= 0) {
      return false;
    }
    for (String part : lower.split("-")) {
      if (!NUMBER_WORDS.contains(part)) {
        return false;
      }
    }
    return true;
  }

  /** {@code lower} is one {@link #NUMBER_WORDS} word ("twenty-five" is not: two numbers in one token). */
  private static boolean isNumberWords(String lower) {
    return NUMBER_WORDS.contains(lower);
  }

  /** {@code lower} is a time word, whole, without a final full stop, or as a part of a hyphenated or slashed token. */
  private static boolean isTimeWord(String lower) {
    if (TIME_WORDS.contains(lower)
        || (lower.endsWith(".") && TIME_WORDS.contains(lower.substring(0, lower.length() - 1)))) {
      return true;
    }
    if (lower.indexOf('-') > 0 || lower.indexOf('/') > 0) {
      for (String part : lower.split("[-/]")) {
        if (TIME_WORDS.contains(part)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasDigit(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
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
