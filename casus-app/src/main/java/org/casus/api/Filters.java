package org.casus.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.casus.store.query.EventQuery;

/**
 * The event filters of the API's query strings, checked: the filters of {@code casus query}, named
 * as its options ({@code actor, country, sector, dyad=A,B, directed, code, root, quad, plover, from,
 * to, place_country, place, mode, text, group}). Each parameter may appear once; a value that is
 * malformed, too long or of the wrong type is refused with a 400 that names the parameter.
 *
 * <p>Stateless and thread-safe.
 */
public final class Filters {
  /** The filter parameters. */
  public static final List<String> NAMES = List.of("actor", "country", "sector", "dyad", "directed", "code", "root",
      "quad", "plover", "from", "to", "place_country", "place", "mode", "text", "group");

  /** The longest value of any parameter, in characters. */
  public static final int MAX_VALUE = 200;

  static final Set<String> MODES = Set.of("asserted", "reported", "future", "negated", "hypothetical", "threatened");
  private static final Pattern ACTOR = Pattern.compile("[A-Za-z]{3}(?:[A-Za-z]{3}){0,4}|[A-Za-z]{1,15}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{3}");
  private static final Pattern CODE = Pattern.compile("\\d{1,4}");
  private static final Pattern ROOT = Pattern.compile("0[1-9]|1[0-9]|20");
  private static final Pattern PLOVER = Pattern.compile("[A-Za-z_]{2,30}");
  private static final Pattern GROUP = Pattern.compile("[\\p{L}\\p{N}._:#-]{1,200}");

  private Filters() {
  }

  /**
   * The single value of a parameter, trimmed; empty when absent or blank.
   *
   * @throws ApiError when it is given more than once or is too long
   */
  static Optional<String> one(Map<String, List<String>> params, String name) {
    List<String> v = params.get(name);
    if (v == null || v.isEmpty()) {
      return Optional.empty();
    }
    if (v.size() > 1) {
      throw ApiError.bad(name, name + " is given " + v.size() + " times; give it once");
    }
    String raw = v.get(0);
    if (raw.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw ApiError.bad(name, name + " has a control character");
    }
    String s = raw.trim();
    if (s.length() > MAX_VALUE) {
      throw ApiError.bad(name, name + " is " + s.length() + " characters long; at most " + MAX_VALUE);
    }
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /**
   * Refuses parameters that are not in {@code allowed}, so a misspelled filter is not silently
   * ignored.
   *
   * @throws ApiError naming the first unknown parameter
   */
  static void onlyKnown(Map<String, List<String>> params, List<String> allowed) {
    for (String k : params.keySet()) {
      if (!allowed.contains(k)) {
        throw ApiError.bad(k, "unknown parameter '" + clip(k) + "'; this route takes " + String.join(", ", allowed));
      }
    }
  }

  static String clip(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }

  private static String match(Map<String, List<String>> params, String name, Pattern p, String what) {
    return one(params, name).map(v -> {
      if (!p.matcher(v).matches()) {
        throw ApiError.bad(name, name + " wants " + what + ", got '" + clip(v) + "'");
      }
      return v;
    }).orElse(null);
  }

  /**
   * An ISO day parameter, empty when absent.
   *
   * @throws ApiError when it is not {@code YYYY-MM-DD}
   */
  static Optional<LocalDate> day(Map<String, List<String>> params, String name) {
    return one(params, name).map(v -> {
      try {
        if (!v.matches("\\d{4}-\\d{2}-\\d{2}")) {
          throw new DateTimeParseException("", v, 0);
        }
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        throw ApiError.bad(name, name + " wants a day YYYY-MM-DD, got '" + clip(v) + "'");
      }
    });
  }

  /**
   * A whole-number parameter in {@code [min, max]}, or {@code absent}.
   *
   * @throws ApiError when it is not a whole number in range
   */
  static long number(Map<String, List<String>> params, String name, long min, long max, long absent) {
    Optional<String> v = one(params, name);
    if (v.isEmpty()) {
      return absent;
    }
    long n;
    try {
      if (!v.get().matches("-?\\d{1,18}")) {
        throw new NumberFormatException();
      }
      n = Long.parseLong(v.get());
    } catch (NumberFormatException e) {
      throw ApiError.bad(name, name + " wants a whole number " + min + ".." + max + ", got '" + clip(v.get()) + "'");
    }
    if (n < min || n > max) {
      throw ApiError.bad(name, name + " wants " + min + ".." + max + ", got " + n);
    }
    return n;
  }

  /**
   * A boolean parameter ({@code true}, {@code false}, {@code 1}, {@code 0}); false when absent.
   *
   * @throws ApiError on another value
   */
  static boolean flag(Map<String, List<String>> params, String name) {
    Optional<String> v = one(params, name);
    if (v.isEmpty()) {
      return false;
    }
    return switch (v.get().toLowerCase(Locale.ROOT)) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw ApiError.bad(name, name + " wants true or false, got '" + clip(v.get()) + "'");
    };
  }

  /**
   * The event query of the filter parameters (without a limit).
   *
   * @throws ApiError on a bad value
   */
  public static EventQuery query(Map<String, List<String>> params) {
    String actor = match(params, "actor", ACTOR, "an actor code (letters, e.g. IRN or IRNGOVMIL)");
    String country = match(params, "country", COUNTRY, "a 3-letter country code");
    String sector = match(params, "sector", COUNTRY, "a 3-letter sector code (GOV, MIL, REB ...)");
    Optional<EventQuery.Dyad> dyad = one(params, "dyad").map(v -> {
      String[] p = v.split(",", -1);
      if (p.length != 2 || !ACTOR.matcher(p[0].trim()).matches() || !ACTOR.matcher(p[1].trim()).matches()) {
        throw ApiError.bad("dyad", "dyad wants two actor codes A,B (e.g. IRN,ISR), got '" + clip(v) + "'");
      }
      return new EventQuery.Dyad(p[0].trim(), p[1].trim());
    });
    boolean directed = flag(params, "directed");
    if (directed && dyad.isEmpty()) {
      throw ApiError.bad("directed", "directed needs dyad=A,B");
    }
    String code = match(params, "code", CODE, "a CAMEO code prefix of 1 to 4 digits");
    String root = match(params, "root", ROOT, "a CAMEO root code 01..20");
    if (root != null && code != null && !code.startsWith(root)) {
      throw ApiError.bad("code", "code " + code + " is not under root " + root);
    }
    long quad = number(params, "quad", 1, 4, 0);
    String plover = match(params, "plover", PLOVER, "a PLOVER event type (ASSAULT, CONSULT ...)");
    Optional<LocalDate> from = day(params, "from");
    Optional<LocalDate> to = day(params, "to");
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw ApiError.bad("from", "from " + from.get() + " is after to " + to.get());
    }
    String placeCountry = match(params, "place_country", COUNTRY, "a 3-letter country code");
    Optional<String> place = one(params, "place");
    Optional<String> mode = one(params, "mode").map(v -> {
      if (!MODES.contains(v.toLowerCase(Locale.ROOT))) {
        throw ApiError.bad("mode", "mode wants one of " + String.join(", ", MODES.stream().sorted().toList())
            + ", got '" + clip(v) + "'");
      }
      return v;
    });
    Optional<String> text = one(params, "text");
    String group = match(params, "group", GROUP, "an event group id");
    return new EventQuery(Optional.ofNullable(actor), Optional.ofNullable(country), Optional.ofNullable(sector), dyad,
        directed, Optional.ofNullable(code != null ? code : root), quad == 0 ? Optional.empty() : Optional.of((int) quad),
        Optional.ofNullable(plover), from, to, Optional.ofNullable(placeCountry), place, mode, text,
        Optional.ofNullable(group), Optional.empty());
  }
}
