package org.casus.store.export;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casus.store.CountryTable;

/**
 * The GDELT 2.0 event table: 61 tab-separated columns per event, in the order and with the meaning
 * of "The GDELT Event Database Data Format Codebook V2.0" (GDELT Project, 2015), UTF-8, one event
 * per line, no header (as GDELT's own files; {@code header} adds one with the column names GDELT's
 * event table uses, {@link #COLUMNS}).
 *
 * <p>What casus fills and how it departs from GDELT:
 * <ul>
 *   <li>GLOBALEVENTID: the event's numeric key in the store (the pair's key for a row of an expanded
 *       multilateral event); SQLDATE, MonthYear, Year: the event's earliest day; FractionDate:
 *       YYYY + (MONTH * 30 + DAY) / 365, as the codebook computes it, four decimals.</li>
 *   <li>Actor1/Actor2: the source and target. Code, CountryCode and Type1-3Code (the sectors) are
 *       filled when the side is one actor; a multilateral side of several actors leaves them empty
 *       and lists the names in ActorName, separated by {@code "; "}. KnownGroupCode, EthnicCode and
 *       the religion codes are empty: casus does not code them separately.</li>
 *   <li>IsRootEvent: 1 when the event is in the article's first sentence (GDELT: its lead
 *       paragraph), else 0.</li>
 *   <li>NumMentions, NumSources, NumArticles: over the event group (every report of the same real
 *       event), not over the duplicates GDELT counts.</li>
 *   <li>AvgTone: empty. casus does not score tone.</li>
 *   <li>Actor1Geo and Actor2Geo: empty (Type 0): casus places the event, not its actors. ActionGeo:
 *       Type 1 country, 2 US state, 3 US city, 4 world city, 5 world first-order division, as the
 *       codebook defines them; FullName "place, division, country"; <b>CountryCode is ISO 3166-1
 *       alpha-2, not FIPS 10-4</b> (casus bundles no FIPS table); ADM1Code and ADM2Code are empty
 *       (casus knows division names, not codes); FeatureID is the GeoNames id (GDELT uses GNS/GNIS
 *       ids), empty when the place has none.</li>
 *   <li>DATEADDED: when the reporting article was stored, UTC, YYYYMMDDHHMMSS. SOURCEURL: the
 *       article's URL, empty when it has none.</li>
 * </ul>
 * Tabs and line breaks inside values are written as spaces.
 */
final class GdeltWriter implements Exporter.RowWriter {
  /** The 61 column names, in order. */
  static final List<String> COLUMNS = columns();

  private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

  private final Writer out;
  private final CountryTable countries;
  private final boolean header;

  GdeltWriter(Writer out, CountryTable countries, boolean header) {
    this.out = out;
    this.countries = countries;
    this.header = header;
  }

  private static List<String> columns() {
    List<String> c = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
    for (String a : new String[] {"Actor1", "Actor2"}) {
      for (String f : new String[] {"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code"}) {
        c.add(a + f);
      }
    }
    c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone"));
    for (String g : new String[] {"Actor1Geo_", "Actor2Geo_", "ActionGeo_"}) {
      for (String f : new String[] {"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
          "FeatureID"}) {
        c.add(g + f);
      }
    }
    c.add("DATEADDED");
    c.add("SOURCEURL");
    return List.copyOf(c);
  }

  @Override
  public void start() throws IOException {
    if (header) {
      line(COLUMNS);
    }
  }

  @Override
  public boolean write(FlatRow r) throws IOException {
    List<String> v = new ArrayList<>(COLUMNS.size());
    v.add(String.valueOf(r.globalId()));
    if (r.date().isPresent()) {
      LocalDate d = r.date().get();
      v.add(String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
      v.add(String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue()));
      v.add(String.valueOf(d.getYear()));
      v.add(String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getMonthValue() * 30 + d.getDayOfMonth()) / 365.0));
    } else {
      v.addAll(List.of("", "", "", ""));
    }
    actor(v, r.sourceCodes(), r.sourceNames(), r.sourceCountries(), r.sourceSectors());
    actor(v, r.targetCodes(), r.targetNames(), r.targetCountries(), r.targetSectors());
    v.add(r.sentence() == 0 ? "1" : "0");
    v.add(r.code());
    v.add(r.baseCode());
    v.add(r.rootCode());
    v.add(r.quadClass().map(String::valueOf).orElse(""));
    v.add(r.goldstein().map(String::valueOf).orElse(""));
    v.add(String.valueOf(r.mentions()));
    v.add(String.valueOf(r.sources()));
    v.add(String.valueOf(r.articles()));
    v.add(""); // AvgTone: casus does not score tone
    for (int i = 0; i < 2; i++) {
      v.addAll(List.of("0", "", "", "", "", "", "", ""));
    }
    if (r.placePrecision().isEmpty()) {
      v.addAll(List.of("0", "", "", "", "", "", "", ""));
    } else {
      boolean us = r.placeCountry().equals("USA");
      String type = switch (r.placePrecision()) {
        case "country" -> "1";
        case "region" -> us ? "2" : "5";
        default -> us ? "3" : "4";
      };
      v.add(type);
      List<String> full = new ArrayList<>();
      full.add(r.placeName());
      String country = countries.name(r.placeCountry()).orElse(r.placeCountry());
      if (!r.admin1().isEmpty() && !r.admin1().equals(r.placeName())) {
        full.add(r.admin1());
      }
      if (!country.equals(r.placeName())) {
        full.add(country);
      }
      v.add(String.join(", ", full));
      v.add(countries.iso2(r.placeCountry()).orElse(""));
      v.add("");
      v.add("");
      v.add(r.lat().map(String::valueOf).orElse(""));
      v.add(r.lon().map(String::valueOf).orElse(""));
      v.add(r.geonamesId() > 0 ? String.valueOf(r.geonamesId()) : "");
    }
    v.add(r.storedAt().map(t -> t.format(ADDED)).orElse(""));
    v.add(r.url());
    line(v);
    return true;
  }

  private static void actor(List<String> v, List<String> codes, List<String> names, List<String> countries,
      List<String> sectors) {
    boolean one = codes.size() == 1;
    v.add(one ? codes.get(0) : "");
    v.add(String.join("; ", names));
    v.add(FlatRow.single(countries));
    v.add("");
    v.add("");
    v.add("");
    v.add("");
    List<String> types = one && !sectors.isEmpty() && !sectors.get(0).isEmpty() ? List.of(sectors.get(0).split(","))
        : List.of();
    for (int i = 0; i < 3; i++) {
      v.add(i < types.size() ? types.get(i) : "");
    }
  }

  private void line(List<String> values) throws IOException {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.write('\t');
      }
      out.write(values.get(i).replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
    }
    out.write('\n');
  }

  @Override
  public long skipped() {
    return 0;
  }
}
