package org.casus.model;

import java.util.Objects;

/**
 * Where an event happened, resolved against the GeoNames gazetteer.
 *
 * @param name the toponym as resolved (gazetteer name), {@code ""} when UNKNOWN
 * @param geonamesId GeoNames id, {@code 0} when the place has none (a region such as the Gaza
 *     Strip taken from the project's own table) or is UNKNOWN
 * @param country ISO-3166 alpha-3 country code, {@code ""} when unknown
 * @param admin1 first-order administrative division name, {@code ""} when unknown
 * @param lat latitude in decimal degrees WGS84, [-90, 90]; {@code NaN} when UNKNOWN
 * @param lon longitude in decimal degrees WGS84, [-180, 180]; {@code NaN} when UNKNOWN
 * @param precision CITY, LOCALITY, REGION, COUNTRY or UNKNOWN; never a silent country centroid
 * @param toponym the words in the text that named the place, {@code ""} when none
 * @param relation where the event was relative to the named place, as the text puts it:
 *     {@code ""} at or in it, else a lower-case phrase such as {@code "near"}, {@code "outside"},
 *     {@code "south-east of"}, {@code "outskirts of"}; never null
 */
public record Place(String name, long geonamesId, String country, String admin1, double lat,
    double lon, PlacePrecision precision, String toponym, String relation) {
  /** A place at or in the named place (relation {@code ""}). */
  public Place(String name, long geonamesId, String country, String admin1, double lat, double lon,
      PlacePrecision precision, String toponym) {
    this(name, geonamesId, country, admin1, lat, lon, precision, toponym, "");
  }

  public Place {
    relation = relation == null ? "" : relation;
    Objects.requireNonNull(name);
    Objects.requireNonNull(country);
    admin1 = admin1 == null ? "" : admin1;
    Objects.requireNonNull(precision);
    toponym = toponym == null ? "" : toponym;
    if (precision != PlacePrecision.UNKNOWN) {
      if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
        throw new IllegalArgumentException("place " + name + " has bad coordinates " + lat + "," + lon);
      }
    }
  }

  /** The absent place. */
  public static final Place UNKNOWN = new Place("", 0, "", "", Double.NaN, Double.NaN, PlacePrecision.UNKNOWN, "");

  /**
   * This place with another relation.
   *
   * @param newRelation as in {@link #relation()}; null is read as {@code ""}
   */
  public Place withRelation(String newRelation) {
    return new Place(name, geonamesId, country, admin1, lat, lon, precision, toponym, newRelation);
  }

  public boolean isKnown() {
    return precision != PlacePrecision.UNKNOWN;
  }
}
