package org.casus.geo;

import java.util.List;
import java.util.Objects;

/**
 * A country or territory of ISO 3166-1, from the {@code countries} resource (world-countries, ODbL).
 *
 * @param iso2 ISO 3166-1 alpha-2 code, two upper-case letters ({@code XK} for Kosovo)
 * @param iso3 ISO 3166-1 alpha-3 code, three upper-case letters ({@code XKX} for Kosovo, a
 *     user-assigned code; CAMEO's code, where it differs, is {@link Countries#cameoCode(Country)})
 * @param name the common English name, e.g. {@code "Iran"}
 * @param demonyms English demonyms and nationality adjectives, e.g. {@code ["Iranian", "Iranians",
 *     "Persian"]}; possibly empty
 * @param capital the capital's name as world-countries writes it ({@code "Washington D.C."}),
 *     {@code ""} when none
 * @param lat latitude of a representative point, decimal degrees WGS84, [-90, 90]
 * @param lon longitude of a representative point, decimal degrees WGS84, [-180, 180]
 */
public record Country(String iso2, String iso3, String name, List<String> demonyms, String capital,
    double lat, double lon) {
  public Country {
    if (iso2 == null || !iso2.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("iso2 must be two capitals, got " + iso2);
    }
    if (iso3 == null || !iso3.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("iso3 must be three capitals, got " + iso3);
    }
    Objects.requireNonNull(name, "name");
    demonyms = List.copyOf(demonyms);
    capital = capital == null ? "" : capital;
    if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("country " + iso3 + " has bad coordinates " + lat + "," + lon);
    }
  }
}
