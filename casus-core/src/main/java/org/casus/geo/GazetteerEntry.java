package org.casus.geo;

import java.util.Objects;

/**
 * One populated place of the GeoNames cities500 gazetteer (CC BY 4.0, www.geonames.org).
 *
 * @param geonamesId GeoNames id, &gt; 0
 * @param name GeoNames name, e.g. {@code "Lima"}
 * @param country ISO 3166-1 alpha-3 code of its country, e.g. {@code "KAZ"}
 * @param admin1 GeoNames first-order administrative division code, e.g. {@code "ME"} (Maine) or
 *     {@code "08"} (Ontario), {@code ""} when GeoNames has none; its name, where casus knows it, is
 *     {@link Gazetteer#admin1Name(GazetteerEntry)}
 * @param lat latitude, decimal degrees WGS84, [-90, 90]
 * @param lon longitude, decimal degrees WGS84, [-180, 180]
 * @param featureCode GeoNames feature code of class P: {@code PPLC} capital, {@code PPLA} seat of a
 *     first-order division, {@code PPLA2}..{@code PPLA5}, {@code PPL}, {@code PPLX} section ...
 * @param population GeoNames population, &gt;= 0 (0 when GeoNames has none)
 */
public record GazetteerEntry(long geonamesId, String name, String country, String admin1, double lat,
    double lon, String featureCode, long population) {
  public GazetteerEntry {
    if (geonamesId <= 0) {
      throw new IllegalArgumentException("geonamesId must be > 0, got " + geonamesId);
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    admin1 = admin1 == null ? "" : admin1;
    featureCode = featureCode == null ? "" : featureCode;
    if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("place " + geonamesId + " has bad coordinates " + lat + "," + lon);
    }
    if (population < 0) {
      throw new IllegalArgumentException("place " + geonamesId + " has population " + population);
    }
  }
}
