package org.casus.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.resource.ResourceFormatException;
import org.casus.resource.TsvResource;

/**
 * Places that are not populated places: the hand-written {@code regions} table (Gaza Strip, West
 * Bank, Donbas, Crimea, Kashmir, Darfur, Sahel, seas ...) and the {@code admin1} table of
 * first-order divisions of USA, CAN, AUS and GBR (Maine, Ontario, Queensland, Scotland).
 *
 * <p>Matching ignores case, accents, dots, hyphens and a leading "the". Immutable and thread-safe
 * after construction.
 */
public final class Regions {
  /** The resource formats this class reads. */
  public static final String FORMAT = "tsv/regions-v1";
  public static final String ADMIN1_FORMAT = "tsv/admin1-v1";

  private final Map<String, List<Region>> byKey = new HashMap<>();
  private final Map<String, Region> admin1ByCode = new HashMap<>();
  private final String version;

  private Regions(TsvResource regions, TsvResource admin1) throws ResourceFormatException {
    int name = regions.column("name");
    int aliases = regions.column("aliases");
    int country = regions.column("country");
    int lat = regions.column("lat");
    int lon = regions.column("lon");
    int kind = regions.column("kind");
    for (TsvResource.Row row : regions.rows()) {
      Region r;
      try {
        r = new Region(row.get(name), row.list(aliases), row.get(country), "",
            Double.parseDouble(row.get(lat)), Double.parseDouble(row.get(lon)), row.get(kind));
      } catch (IllegalArgumentException e) {
        throw new ResourceFormatException(regions.manifest().file(), row.line(),
            "bad region row (expected name, aliases, country, lat, lon, kind): " + e.getMessage(), e);
      }
      index(r);
    }
    int aCountry = admin1.column("country");
    int aCode = admin1.column("code");
    int aName = admin1.column("name");
    int aAliases = admin1.column("aliases");
    int aLat = admin1.column("lat");
    int aLon = admin1.column("lon");
    for (TsvResource.Row row : admin1.rows()) {
      Region r;
      try {
        r = new Region(row.get(aName), row.list(aAliases), row.get(aCountry), row.get(aCode),
            Double.parseDouble(row.get(aLat)), Double.parseDouble(row.get(aLon)), "admin1");
      } catch (IllegalArgumentException e) {
        throw new ResourceFormatException(admin1.manifest().file(), row.line(),
            "bad admin1 row (expected country, code, name, aliases, lat, lon): " + e.getMessage(), e);
      }
      index(r);
      admin1ByCode.put(r.country() + "." + r.admin1(), r);
    }
    version = regions.manifest().version() + "+admin1-" + admin1.manifest().version();
  }

  private void index(Region r) {
    List<String> names = new ArrayList<>();
    names.add(r.name());
    names.addAll(r.aliases());
    for (String n : names) {
      String key = Toponyms.key(n);
      List<Region> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
      if (!list.contains(r)) {
        list.add(r);
      }
    }
  }


  /**
   * Loads the bundled {@code regions} and {@code admin1} resources.
   *
   * @throws ResourceFormatException if one is missing, fails its checksum or has a bad row
   */
  public static Regions loadDefault() throws ResourceFormatException {
    return new Regions(TsvResource.load("regions", FORMAT), TsvResource.load("admin1", ADMIN1_FORMAT));
  }

  /**
   * Regions named {@code text}: hand-written regions first, then first-order divisions, each in
   * table order.
   *
   * @return the matches, empty when none
   */
  public List<Region> lookup(String text) {
    return List.copyOf(byKey.getOrDefault(Toponyms.key(text), List.of()));
  }

  /**
   * The first-order division with GeoNames admin1 {@code code} in {@code iso3}, if the admin1 table
   * has it.
   */
  public Optional<Region> admin1(String iso3, String code) {
    return Optional.ofNullable(admin1ByCode.get(iso3 + "." + code));
  }

  /** The resource versions, for provenance. */
  public String version() {
    return version;
  }
}
