package org.casus.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.resource.ResourceFormatException;
import org.casus.resource.TsvResource;

/**
 * The GeoNames cities500 gazetteer (about 200,000 populated places; CC BY 4.0, www.geonames.org)
 * from the bundled {@code gazetteer} resource, indexed by name, ASCII name and Latin-script
 * alternate names.
 *
 * <p>Lookup ignores case, accents, dots, apostrophes, hyphens and a leading "the" (see
 * {@code Toponyms}). Loading takes about a second and 150 MB of heap while loading, about 100 MB
 * retained (measured by {@code GazetteerTest}; figures for a 2024 x86-64 JVM 17).
 *
 * <p>Immutable and thread-safe after construction.
 */
public final class Gazetteer {
  /** The resource format this class reads. */
  public static final String FORMAT = "tsv/gazetteer-v1";

  private static final int[] NONE = new int[0];

  /** Entries sorted by population, largest first; the index holds positions in this array. */
  private final GazetteerEntry[] entries;
  private final Map<String, int[]> index;
  /** Loose keys ({@link Toponyms#looseKey}) of names of several words, tried when the exact key has no entry. */
  private final Map<String, int[]> looseIndex;
  private final Map<String, String> admin1Names;
  private final Map<String, GazetteerEntry> capitals;
  private final String version;

  private Gazetteer(TsvResource res) throws ResourceFormatException {
    int id = res.column("geonames_id");
    int name = res.column("name");
    int ascii = res.column("ascii");
    int alternates = res.column("alternates");
    int country = res.column("country");
    int admin1 = res.column("admin1");
    int admin1Name = res.column("admin1_name");
    int lat = res.column("lat");
    int lon = res.column("lon");
    int feature = res.column("feature_code");
    int population = res.column("population");
    List<TsvResource.Row> rows = res.rows();
    Map<String, String> interned = new HashMap<>();
    Map<String, String> a1names = new HashMap<>();
    GazetteerEntry[] es = new GazetteerEntry[rows.size()];
    String[][] keys = new String[rows.size()][];
    for (int i = 0; i < es.length; i++) {
      TsvResource.Row row = rows.get(i);
      try {
        String c = interned.computeIfAbsent(row.get(country), s -> s);
        String a1 = interned.computeIfAbsent(row.get(admin1), s -> s);
        es[i] = new GazetteerEntry(Long.parseLong(row.get(id)), row.get(name), c, a1,
            Double.parseDouble(row.get(lat)), Double.parseDouble(row.get(lon)),
            interned.computeIfAbsent(row.get(feature), s -> s), Long.parseLong(row.get(population)));
      } catch (IllegalArgumentException e) {
        throw new ResourceFormatException(res.manifest().file(), row.line(),
            "bad gazetteer row (expected numeric id, lat, lon, population): " + e.getMessage(), e);
      }
      if (!row.get(admin1Name).isEmpty()) {
        a1names.putIfAbsent(es[i].country() + "." + es[i].admin1(), row.get(admin1Name));
      }
      String alt = row.get(alternates);
      String[] alts = alt.isEmpty() ? new String[0] : alt.split("\\|");
      String[] k = new String[alts.length + 2];
      k[0] = row.get(name);
      k[1] = row.get(ascii);
      System.arraycopy(alts, 0, k, 2, alts.length);
      keys[i] = k;
    }
    Integer[] order = largestFirst(es);
    this.entries = new GazetteerEntry[es.length];
    Map<String, int[]> idx = new HashMap<>(es.length * 3);
    Map<String, int[]> looseIdx = new HashMap<>();
    Map<String, GazetteerEntry> caps = new HashMap<>();
    for (int pos = 0; pos < order.length; pos++) {
      int i = order[pos];
      entries[pos] = es[i];
      if (es[i].featureCode().equals("PPLC")) {
        caps.putIfAbsent(es[i].country(), es[i]);
      }
      String prev = null;
      for (String raw : keys[i]) {
        if (raw.isEmpty()) {
          continue;
        }
        String key = Toponyms.key(raw);
        if (key.isEmpty() || key.equals(prev)) {
          continue;
        }
        prev = key;
        if (!append(idx, key, pos)) {
          continue; // two spellings of one place with the same key
        }
        String loose = Toponyms.looseKey(key);
        if (!loose.isEmpty()) {
          append(looseIdx, loose, pos);
        }
      }
    }
    this.index = idx;
    this.looseIndex = looseIdx;
    this.admin1Names = Map.copyOf(a1names);
    this.capitals = Map.copyOf(caps);
    this.version = res.manifest().version();
  }

  /**
   * The rows' order by population, largest first, then by GeoNames id. The converter writes them
   * in that order; they are sorted only if a file is not.
   */
  private static Integer[] largestFirst(GazetteerEntry[] es) {
    Integer[] order = new Integer[es.length];
    boolean sorted = true;
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
      if (i > 0 && (es[i - 1].population() < es[i].population()
          || es[i - 1].population() == es[i].population() && es[i - 1].geonamesId() > es[i].geonamesId())) {
        sorted = false;
      }
    }
    if (!sorted) {
      Arrays.sort(order, Comparator.<Integer>comparingLong(i -> -es[i].population())
          .thenComparingLong(i -> es[i].geonamesId()));
    }
    return order;
  }

  /** Appends entry position {@code pos} to the key's list; false when it is already its last. */
  private static boolean append(Map<String, int[]> index, String key, int pos) {
    int[] have = index.getOrDefault(key, NONE);
    if (have.length > 0 && have[have.length - 1] == pos) {
      return false;
    }
    int[] grown = Arrays.copyOf(have, have.length + 1);
    grown[have.length] = pos;
    index.put(key, grown);
    return true;
  }

  /**
   * Loads the bundled {@code gazetteer} resource.
   *
   * @throws ResourceFormatException if it is missing, fails its checksum or has a bad row
   */
  public static Gazetteer loadDefault() throws ResourceFormatException {
    return new Gazetteer(TsvResource.load("gazetteer", FORMAT));
  }

  /**
   * Places whose name, ASCII name or an alternate name is {@code name}, ignoring case and accents;
   * when none is, and the name has several words, places whose name is the same up to
   * transliteration ({@link Toponyms#looseKey}: Arabic articles, doubled letters, spaces).
   *
   * @param name a toponym as written, non-null
   * @return matching places sorted by population, largest first (ties by GeoNames id); empty when none
   */
  public List<GazetteerEntry> lookup(String name) {
    String key = Toponyms.key(name);
    int[] hits = index.getOrDefault(key, NONE);
    if (hits.length == 0) {
      // A name of several words may be a transliteration variant ("Maarat al-Numan").
      String loose = Toponyms.looseKey(key);
      hits = loose.isEmpty() ? NONE : looseIndex.getOrDefault(loose, NONE);
    }
    List<GazetteerEntry> out = new ArrayList<>(hits.length);
    for (int pos : hits) {
      out.add(entries[pos]);
    }
    return out;
  }

  /**
   * The capital of a country: its GeoNames place with feature code {@code PPLC} (the most populous
   * one if GeoNames marks several).
   *
   * @param iso3 ISO 3166-1 alpha-3 code
   * @return the capital, or empty when GeoNames marks none for that country (Israel's Jerusalem is
   *     {@code PPLA} in GeoNames, for example)
   */
  public Optional<GazetteerEntry> capitalOf(String iso3) {
    return Optional.ofNullable(capitals.get(iso3));
  }

  /**
   * The name of {@code entry}'s first-order administrative division, where the bundled
   * {@code admin1} table knows it (USA, CAN, AUS, GBR).
   *
   * @return the name, e.g. {@code "Maine"}, or {@code ""} when unknown
   */
  public String admin1Name(GazetteerEntry entry) {
    return admin1Names.getOrDefault(entry.country() + "." + entry.admin1(), "");
  }

  /** Number of places. */
  public int size() {
    return entries.length;
  }

  /** The resource version, for provenance. */
  public String version() {
    return version;
  }
}
