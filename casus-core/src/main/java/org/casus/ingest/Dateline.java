package org.casus.ingest;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a wire story: {@code "DAMASCUS, April 2 (Reuters) - "}, {@code "KYIV,
 * Ukraine (AP) — "}, {@code "BEIRUT — "}. It names where the story was filed and is not part of
 * the first sentence; left in, the parser reads the city as the subject of the lede.
 *
 * <p>Recognised form (wire-service style, AP Stylebook "datelines"): at the very start of the
 * text, a place written in capitals (letters, spaces, dots, apostrophes, hyphens; at least three
 * letters), optionally followed by {@code ", Region"} in ordinary case, optionally by {@code ",
 * Month day"}, optionally by a parenthesised agency, then a dash ({@code -}, {@code --}, en or em
 * dash) and white space. Anything else is not a dateline.
 *
 * @param city the place as written, in capitals ({@code "DAMASCUS"}), with its region when given
 *     ({@code "KYIV, Ukraine"})
 * @param date the date as written ({@code "April 2"}), {@code ""} when none
 * @param agency the agency without parentheses ({@code "Reuters"}), {@code ""} when none
 * @param length how many chars of the text the dateline covers, dash and following spaces
 *     included, {@code > 0}
 */
public record Dateline(String city, String date, String agency, int length) {
  private static final Pattern FORM = Pattern.compile(
      "^\\s*([A-Z][A-Z.'\u2019 -]{2,40}?(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?)"
          + "(?:, ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}))?"
          + "(?: \\(([A-Za-z .&'-]{2,40})\\))?"
          + "\\s*(?:-{1,2}|\u2013|\u2014)\\s+");

  public Dateline {
    Objects.requireNonNull(city);
    Objects.requireNonNull(date);
    Objects.requireNonNull(agency);
    if (length <= 0) {
      throw new IllegalArgumentException("dateline length " + length + " <= 0");
    }
  }

  /**
   * The dateline at the start of {@code text}.
   *
   * @param text the article text, non-null
   * @return the dateline, or empty when the text does not open with one
   */
  public static Optional<Dateline> read(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String city = m.group(1).strip();
    String capitals = city.contains(",") ? city.substring(0, city.indexOf(',')) : city;
    if (capitals.chars().filter(Character::isLetter).count() < 3) {
      return Optional.empty();
    }
    return Optional.of(new Dateline(city, m.group(2) == null ? "" : m.group(2),
        m.group(3) == null ? "" : m.group(3).strip(), m.end()));
  }

  /**
   * The city in ordinary case for gazetteer lookup: {@code "DAMASCUS"} is {@code "Damascus"},
   * {@code "KYIV, Ukraine"} is {@code "Kyiv, Ukraine"}.
   */
  public String toponym() {
    StringBuilder b = new StringBuilder(city.length());
    boolean start = true;
    for (char c : city.toCharArray()) {
      b.append(start ? c : Character.toLowerCase(c));
      start = c == ' ' || c == '-' || c == ',';
    }
    return b.toString();
  }

  /**
   * {@code text} with the dateline replaced by spaces, so that offsets into the text stay valid.
   *
   * @throws IllegalArgumentException if the text is shorter than the dateline
   */
  public String blank(String text) {
    if (text.length() < length) {
      throw new IllegalArgumentException("text of " + text.length() + " chars is shorter than its dateline");
    }
    return " ".repeat(length) + text.substring(length);
  }
}
