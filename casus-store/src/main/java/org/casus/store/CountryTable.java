package org.casus.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.casus.geo.Countries;
import org.casus.geo.Country;
import org.casus.resource.ResourceFormatException;

/**
 * Country facts the store needs, by CAMEO country code (ISO 3166-1 alpha-3 except where CAMEO
 * differs, e.g. Kosovo {@code KSV}): whether a code is a country at all (CAMEO also has {@code IGO},
 * {@code NGO} ...), its English name and its ISO 3166-1 alpha-2 code. From the bundled
 * {@code countries} resource (world-countries, ODbL 1.0). Immutable and thread-safe.
 */
public final class CountryTable {
  private static CountryTable bundled;

  private final Map<String, Country> byCameo = new HashMap<>();

  private CountryTable(Countries countries) {
    for (Country c : countries.all()) {
      byCameo.put(countries.cameoCode(c), c);
      byCameo.putIfAbsent(c.iso3(), c);
    }
  }

  /**
   * The table of the bundled resource, loaded once.
   *
   * @throws IllegalStateException if the bundled resource is broken (a build error)
   */
  public static synchronized CountryTable bundled() {
    if (bundled == null) {
      try {
        bundled = new CountryTable(Countries.loadDefault());
      } catch (ResourceFormatException e) {
        throw new IllegalStateException("bundled countries resource is broken: " + e.getMessage(), e);
      }
    }
    return bundled;
  }

  /** True when {@code code} (3 letters) is a country or territory, not IGO, NGO, MNC ... */
  public boolean isCountry(String code) {
    return byCameo.containsKey(code);
  }

  /** The English name ({@code "Iran"}), empty when the code is no country. */
  public Optional<String> name(String code) {
    return Optional.ofNullable(byCameo.get(code)).map(Country::name);
  }

  /** The ISO 3166-1 alpha-2 code ({@code "IR"}), empty when the code is no country. */
  public Optional<String> iso2(String code) {
    return Optional.ofNullable(byCameo.get(code)).map(Country::iso2);
  }
}
