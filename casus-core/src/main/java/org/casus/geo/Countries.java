package org.casus.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.resource.ResourceFormatException;
import org.casus.resource.TsvResource;

/**
 * The country table: ISO codes, names, alternate spellings and English demonyms, from the bundled
 * {@code countries} resource (world-countries, ODbL 1.0; i18n-iso-countries, MIT; casus additions).
 *
 * <p>Name matching ignores case, accents, dots, apostrophes, hyphens, a leading "the" and a trailing
 * possessive "'s" ({@code "Iran's"}). Short abbreviations written in capitals in the table ({@code US},
 * {@code UK}, {@code UAE}, {@code DRC}) match only when written in capitals, with or without dots, so
 * {@code "U.S."} is the USA but the pronoun {@code "us"} is nothing. When two countries share a name or
 * demonym ({@code "Congolese"}, {@code "Dominican"}), a common name beats an alternate spelling beats a
 * demonym, then a UN member beats a non-member, then the larger area wins.
 *
 * <p>Immutable and thread-safe after construction.
 */
public final class Countries {
  /** The resource format this class reads. */
  public static final String FORMAT = "tsv/countries-v1";

  private record Ranked(Country country, int kind, boolean unMember, long area) {
    boolean beats(Ranked o) {
      if (kind != o.kind) {
        return kind < o.kind;
      }
      if (unMember != o.unMember) {
        return unMember;
      }
      return area > o.area;
    }
  }

  private final List<Country> all;
  private final Map<String, Country> byIso3;
  private final Map<String, Country> byIso2;
  private final Map<String, String> cameo;
  private final Map<String, Ranked> byKey = new HashMap<>();
  private final Map<String, Ranked> byCaps = new HashMap<>();
  private final String version;

  private Countries(TsvResource res) throws ResourceFormatException {
    int iso2 = res.column("iso2");
    int iso3 = res.column("iso3");
    int cameoCol = res.column("cameo");
    int name = res.column("name");
    int official = res.column("official");
    int names = res.column("names");
    int demonyms = res.column("demonyms");
    int capital = res.column("capital");
    int lat = res.column("lat");
    int lon = res.column("lon");
    int un = res.column("un_member");
    int area = res.column("area_km2");
    Map<String, Country> b3 = new LinkedHashMap<>();
    Map<String, Country> b2 = new HashMap<>();
    Map<String, String> cm = new HashMap<>();
    for (TsvResource.Row row : res.rows()) {
      Country c;
      long areaKm2;
      try {
        c = new Country(row.get(iso2), row.get(iso3), row.get(name), row.list(demonyms),
            row.get(capital), Double.parseDouble(row.get(lat)), Double.parseDouble(row.get(lon)));
        areaKm2 = Long.parseLong(row.get(area));
      } catch (IllegalArgumentException e) {
        throw new ResourceFormatException(res.manifest().file(), row.line(),
            "bad country row (expected iso2, iso3, ..., numeric lat/lon/area): " + e.getMessage(), e);
      }
      b3.put(c.iso3(), c);
      b2.put(c.iso2(), c);
      cm.put(c.iso3(), row.get(cameoCol).isEmpty() ? c.iso3() : row.get(cameoCol));
      boolean member = "1".equals(row.get(un));
      add(row.get(name), new Ranked(c, 0, member, areaKm2));
      add(row.get(official), new Ranked(c, 1, member, areaKm2));
      for (String n : row.list(names)) {
        add(n, new Ranked(c, 1, member, areaKm2));
      }
      for (String d : c.demonyms()) {
        add(d, new Ranked(c, 2, member, areaKm2));
      }
    }
    this.all = List.copyOf(b3.values());
    this.byIso3 = Map.copyOf(b3);
    this.byIso2 = Map.copyOf(b2);
    this.cameo = Map.copyOf(cm);
    this.version = res.manifest().version();
  }

  private void add(String text, Ranked r) {
    String compact = text.replace(".", "");
    Map<String, Ranked> map;
    String key;
    if (compact.length() <= 4 && compact.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')) {
      map = byCaps;
      key = compact;
    } else {
      map = byKey;
      key = Toponyms.key(text);
    }
    if (key.isEmpty()) {
      return;
    }
    Ranked have = map.get(key);
    if (have == null || r.beats(have)) {
      map.put(key, r);
    }
  }


  /**
   * Loads the bundled {@code countries} resource.
   *
   * @throws ResourceFormatException if it is missing, fails its checksum or has a bad row
   */
  public static Countries loadDefault() throws ResourceFormatException {
    return new Countries(TsvResource.load("countries", FORMAT));
  }

  /**
   * The country that {@code text} names or whose demonym it is: {@code "Iran"}, {@code "Iranian"},
   * {@code "Islamic Republic of Iran"}, {@code "U.S."}, {@code "America"}, {@code "Britain"}.
   *
   * @param text a name as written, non-null
   * @return the country, or empty when {@code text} is no country name or demonym
   */
  public Optional<Country> byName(String text) {
    return find(text, true);
  }

  /**
   * Like {@link #byName} but for names of the country only, not demonyms: {@code "Syria"} and
   * {@code "Syrian Arab Republic"} match, {@code "Syrian"} does not. For place resolution.
   *
   * @param text a name as written, non-null
   * @return the country, or empty when {@code text} is no country name
   */
  public Optional<Country> byPlaceName(String text) {
    return find(text, false);
  }

  private Optional<Country> find(String text, boolean demonyms) {
    String t = text.strip();
    if (t.endsWith("'s") || t.endsWith("\u2019s")) {
      t = t.substring(0, t.length() - 2);
    } else if (t.endsWith("s'")) {
      t = t.substring(0, t.length() - 1);
    }
    String compact = t.replace(".", "");
    if (compact.length() <= 4 && !compact.isEmpty() && compact.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')) {
      Ranked r = byCaps.get(compact);
      if (r != null && (demonyms || r.kind < 2)) {
        return Optional.of(r.country);
      }
    }
    Ranked r = byKey.get(Toponyms.key(t));
    return r == null || (!demonyms && r.kind == 2) ? Optional.empty() : Optional.of(r.country);
  }

  /**
   * @param iso3 ISO 3166-1 alpha-3 code, upper case
   * @return the country, or empty when the table has no such code
   */
  public Optional<Country> byIso3(String iso3) {
    return Optional.ofNullable(byIso3.get(iso3));
  }

  /**
   * @param iso2 ISO 3166-1 alpha-2 code, upper case
   * @return the country, or empty when the table has no such code
   */
  public Optional<Country> byIso2(String iso2) {
    return Optional.ofNullable(byIso2.get(iso2));
  }

  /**
   * The code CAMEO and the Phoenix dictionaries use for {@code country}: its ISO alpha-3 code
   * except Kosovo ({@code KSV}) and Timor-Leste ({@code TMP}).
   *
   * @throws IllegalArgumentException if {@code country} is not from this table
   */
  public String cameoCode(Country country) {
    String c = cameo.get(country.iso3());
    if (c == null) {
      throw new IllegalArgumentException("not a country of this table: " + country.iso3());
    }
    return c;
  }

  /** Every country, ordered by ISO alpha-3 code. */
  public Collection<Country> all() {
    return all;
  }

  /** The resource version, for provenance. */
  public String version() {
    return version;
  }
}
