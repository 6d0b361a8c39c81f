package org.casus.geo;

import java.util.List;
import java.util.Objects;

/**
 * A territory, region, first-order administrative division or body of water that is not a populated
 * place: the Gaza Strip, Donbas, Darfur, Ontario, the Red Sea. From the {@code regions} resource
 * (hand-written) or the {@code admin1} resource.
 *
 * @param name the name, e.g. {@code "Gaza Strip"}
 * @param aliases other names, e.g. {@code ["Gaza", "Gaza enclave"]}; possibly empty
 * @param country ISO 3166-1 alpha-3 code, {@code ""} when the region spans several states or is
 *     disputed between them (Kashmir, the Sahel, seas)
 * @param admin1 GeoNames admin1 code when this is a first-order division ({@code "08"} for
 *     Ontario), else {@code ""}
 * @param lat approximate central latitude, decimal degrees WGS84, [-90, 90] (about half a degree)
 * @param lon approximate central longitude, decimal degrees WGS84, [-180, 180]
 * @param kind {@code territory}, {@code region}, {@code water} or {@code admin1}
 */
public record Region(String name, List<String> aliases, String country, String admin1, double lat,
    double lon, String kind) {
  public Region {
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    country = country == null ? "" : country;
    admin1 = admin1 == null ? "" : admin1;
    Objects.requireNonNull(kind, "kind");
    if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("region " + name + " has bad coordinates " + lat + "," + lon);
    }
  }
}
