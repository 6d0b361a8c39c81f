package org.casus.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Where a gold event happened: a gazetteer entry (document gold's {@code places[]}) or a text
 * "locality, region, country" (sentence gold).
 */
public sealed interface GoldPlace permits GoldPlace.Gazetteer, GoldPlace.Named {

  /** How the place reads in reports. */
  String label();

  /**
   * A place of document gold's {@code places[]}.
   *
   * @param mention the name the gold events refer to it by
   * @param geonamesId GeoNames id, empty when the place has none (e.g. the Gaza Strip)
   * @param country ISO-3166 alpha-3 code, {@code ""} when not given
   * @param lat latitude, decimal degrees WGS84, [-90, 90]; {@code NaN} when not given
   * @param lon longitude, decimal degrees WGS84, [-180, 180]; {@code NaN} when not given
   * @param level {@code city}, {@code region}, {@code country} ... as the gold writes it; {@code ""}
   *     when not given. {@code country} means any point in that country is right.
   * @throws IllegalArgumentException on blank mention, coordinates out of range or only one given
   */
  record Gazetteer(String mention, OptionalLong geonamesId, String country, double lat, double lon,
      String level) implements GoldPlace {
    public Gazetteer {
      Objects.requireNonNull(mention, "mention");
      if (mention.isBlank()) {
        throw new IllegalArgumentException("gold place mention is blank");
      }
      Objects.requireNonNull(geonamesId, "geonamesId");
      Objects.requireNonNull(country, "country");
      level = level == null ? "" : level;
      if (Double.isNaN(lat) != Double.isNaN(lon)) {
        throw new IllegalArgumentException("place " + mention + " has only one of lat/lon");
      }
      if (!Double.isNaN(lat) && (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180))) {
        throw new IllegalArgumentException("place " + mention + " has bad coordinates " + lat + "," + lon);
      }
    }

    /** True when the gold gives a point. */
    public boolean hasPoint() {
      return !Double.isNaN(lat);
    }

    /** True when any point in {@link #country()} is right. */
    public boolean isCountryLevel() {
      return level.equalsIgnoreCase("country");
    }

    @Override
    public String label() {
      return mention;
    }
  }

  /**
   * A sentence-gold place, text "locality, region, country" ("Tessit (near), Gao Region, Mali").
   *
   * @param text the text as written, non-blank
   * @throws IllegalArgumentException if text is blank
   */
  record Named(String text) implements GoldPlace {
    public Named {
      Objects.requireNonNull(text, "text");
      if (text.isBlank()) {
        throw new IllegalArgumentException("gold place text is blank");
      }
    }

    /** The first comma-separated part, as written ("Tessit (near)"). */
    public String locality() {
      int comma = text.indexOf(',');
      return (comma < 0 ? text : text.substring(0, comma)).strip();
    }

    @Override
    public String label() {
      return text;
    }
  }

  /**
   * A place name reduced for comparison: parenthesised qualifiers removed ("Tessit (near)" →
   * "tessit"), accents dropped (NFD, combining marks removed), lower case (ROOT locale), hyphens
   * and underscores read as spaces, apostrophes and backticks dropped, whitespace collapsed.
   *
   * @param name any text, non-null
   * @return the key, {@code ""} when nothing is left
   */
  static String nameKey(String name) {
    String s = name.replaceAll("\\([^)]*\\)", " ");
    s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replaceAll("['`\u2019\u02bc]", "").replaceAll("[-_\u2010-\u2015]", " ");
    return s.replaceAll("\\s+", " ").strip();
  }
}
