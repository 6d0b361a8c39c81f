package org.casus.geo;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The lookup key of a place or country name: case, accents, dots, apostrophes and hyphens do not
 * count, and a leading "the" is dropped. {@code "Nur-Sultan"}, {@code "nur sultan"} and
 * {@code "NUR SULTAN"} share the key {@code "nur sultan"}; {@code "Québec"} is {@code "quebec"};
 * {@code "St. John's"} is {@code "st johns"}.
 *
 * <p>Stateless and thread-safe.
 */
final class Toponyms {
  private Toponyms() {}

  /**
   * @param text a name as written, non-null
   * @return its key, possibly {@code ""} (for blank text or text of punctuation only)
   */
  static String key(String text) {
    String s = text;
    if (!isAscii(s)) {
      s = fold(s);
    }
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = true; // drop leading spaces
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.' || c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BB' || c == '\u02BC' || c == '`') {
        continue;
      }
      if (c == '-' || c == '\u2010' || c == '\u2013' || c == ',' || Character.isWhitespace(c)) {
        if (!space) {
          sb.append(' ');
          space = true;
        }
        continue;
      }
      sb.append(Character.toLowerCase(c));
      space = false;
    }
    int len = sb.length();
    if (len > 0 && sb.charAt(len - 1) == ' ') {
      sb.setLength(len - 1);
    }
    if (sb.length() > 4 && sb.indexOf("the ") == 0) {
      sb.delete(0, 4);
    }
    return sb.toString();
  }

  /** Arabic article forms as transliterated ("al-", "an-", "ash-"): one form in a loose key. */
  private static final java.util.Set<String> ARTICLES = java.util.Set.of("al", "el", "an", "en", "ar", "as", "ad",
      "at", "ash", "az", "ul", "ud", "ur", "us");

  /**
   * A looser key for names of several words, for transliteration variants: Arabic articles as one
   * form, no spaces, doubled letters single. {@code "Maarat al-Numan"}, {@code "Ma'arrat an-Nu'man"}
   * and {@code "Maarrat al-Nu'man"} share the loose key {@code "maratalnuman"}.
   *
   * @param key a key from {@link #key}
   * @return its loose key, or {@code ""} when the key is one word (single words are not loosened:
   *     too many short names would collide)
   */
  static String looseKey(String key) {
    if (key.indexOf(' ') < 0) {
      return "";
    }
    StringBuilder sb = new StringBuilder(key.length());
    for (String w : key.split(" ")) {
      sb.append(ARTICLES.contains(w) ? "al" : w);
    }
    StringBuilder out = new StringBuilder(sb.length());
    for (int i = 0; i < sb.length(); i++) {
      if (i == 0 || sb.charAt(i) != sb.charAt(i - 1)) {
        out.append(sb.charAt(i));
      }
    }
    return out.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7f) {
        return false;
      }
    }
    return true;
  }

  private static String fold(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      switch (c) {
        case 'ø', 'Ø' -> sb.append('o');
        case 'ł', 'Ł' -> sb.append('l');
        case 'đ', 'Đ', 'ð', 'Ð' -> sb.append('d');
        case 'ı' -> sb.append('i');
        case 'ß' -> sb.append("ss");
        case 'æ', 'Æ' -> sb.append("ae");
        case 'œ', 'Œ' -> sb.append("oe");
        case 'þ', 'Þ' -> sb.append("th");
        default -> sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
