package org.casus.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casus.events.CameoOntology;
import org.casus.store.EventStore;
import org.casus.store.EventStoreTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each export read back: column count, names and order against the published layouts, and the
 * values of one known event (the Damascus strike reported by three articles: one event group).
 */
class ExportTest {
  /**
   * The GDELT 2.0 event table's 61 columns, in order: "The GDELT Event Database Data Format Codebook
   * V2.0" (GDELT Project, 2015), with the names of GDELT's event table (SQLDATE for the day).
   */
  static final List<String> GDELT_2_COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
      "NumSources", "NumArticles", "AvgTone",
      "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
      "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
      "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
      "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
      "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");

  /**
   * The ICEWS Coded Event Data header, 20 columns in order (Boschee et al., "ICEWS Coded Event
   * Data", Harvard Dataverse, doi:10.7910/DVN/28075, the yearly {@code events.YYYY.*.tab} files).
   */
  static final List<String> ICEWS_COLUMNS = List.of("Event ID", "Event Date", "Source Name", "Source Sectors",
      "Source Country", "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country",
      "Story ID", "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude");

  /**
   * The event-level field names of the PLOVER specification (PLOVER manual 0.7b1, table "PLOVER
   * JSON"), and the names casus adds as documented extensions.
   */
  static final Set<String> PLOVER_FIELDS = Set.of("id", "has_event", "date", "time", "enddate", "endtime", "source",
      "recipient", "event", "event_loc", "event_text", "quad_code", "event_scale", "mode", "context", "link", "text",
      "text_info", "cite_info", "coder", "coded_date", "coded_time", "comment", "size_info");
  static final Set<String> CASUS_EXTENSIONS = Set.of("cameo_code", "casus_mode", "multilateral", "reports", "articles",
      "sources", "mentions");

  @TempDir
  static Path dir;
  static Path db;

  @BeforeAll
  static void ingest() throws Exception {
    db = dir.resolve("export.duckdb");
    try (EventStore s = EventStore.open(db)) {
      EventStoreTest.ingest(s, EventStoreTest.corpus());
    }
  }

  private static List<String[]> tsv(Path f) throws Exception {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
      rows.add(line.split("\t", -1));
    }
    return rows;
  }

  private static Path export(ExportFormat f, ExportOptions o, String name) throws Exception {
    Path out = dir.resolve(name);
    try (EventStore s = EventStore.openReadOnly(db)) {
      s.exporter().export(f, o, out);
    }
    return out;
  }

  private static String[] rowWith(List<String[]> rows, int column, String value) {
    return rows.stream().filter(r -> r[column].equals(value)).findFirst().orElseThrow(
        () -> new AssertionError("no row with " + value + " in column " + column));
  }

  @Test
  void gdeltHas61ColumnsInTheCodebookOrderAndTheStrikeOnce() throws Exception {
    List<String[]> rows = tsv(export(ExportFormat.GDELT, new ExportOptions(false, false, true), "gdelt-h.tsv"));
    assertEquals(GDELT_2_COLUMNS, Arrays.asList(rows.get(0)));
    List<String[]> data = rows.subList(1, rows.size());
    assertEquals(3, data.size(), "strike group, summit, later strike");
    data.forEach(r -> assertEquals(61, r.length));
    int url = GDELT_2_COLUMNS.indexOf("SOURCEURL");
    String[] strike = rowWith(data, url, "https://example.org/strike-a");
    String[] expected = {"SQLDATE=20240413", "MonthYear=202404", "Year=2024", "FractionDate=2024.3644",
        "Actor1Code=ISRMIL", "Actor1Name=ISRMIL words", "Actor1CountryCode=ISR", "Actor1Type1Code=MIL",
        "Actor2Code=SYRGOV", "Actor2CountryCode=SYR", "Actor2Type1Code=GOV", "IsRootEvent=1", "EventCode=195",
        "EventBaseCode=195", "EventRootCode=19", "QuadClass=4", "GoldsteinScale=-10.0", "NumMentions=3",
        "NumSources=2", "NumArticles=3", "AvgTone=", "Actor1Geo_Type=0", "ActionGeo_Type=4",
        "ActionGeo_FullName=Damascus, Syria", "ActionGeo_CountryCode=SY", "ActionGeo_Lat=33.5102",
        "ActionGeo_Long=36.29128", "ActionGeo_FeatureID=170654"};
    for (String kv : expected) {
      String[] p = kv.split("=", 2);
      assertEquals(p[1], strike[GDELT_2_COLUMNS.indexOf(p[0])], p[0]);
    }
    assertTrue(strike[GDELT_2_COLUMNS.indexOf("DATEADDED")].matches("\\d{14}"));
    // the multilateral meeting: one row, its four parties named on the source side
    String[] summit = rowWith(data, GDELT_2_COLUMNS.indexOf("EventCode"), "040");
    assertEquals("", summit[GDELT_2_COLUMNS.indexOf("Actor1Code")]);
    assertEquals("FRAGOV words; DEUGOV words; ITAGOV words; ESPGOV words", summit[GDELT_2_COLUMNS.indexOf("Actor1Name")]);
    assertEquals("", summit[GDELT_2_COLUMNS.indexOf("Actor2Name")]);

    List<String[]> plain = tsv(export(ExportFormat.GDELT, ExportOptions.DEFAULT, "gdelt.tsv"));
    assertEquals(3, plain.size(), "no header by default, like GDELT's own files");
    List<String[]> expanded = tsv(export(ExportFormat.GDELT, new ExportOptions(false, true, false), "gdelt-x.tsv"));
    assertEquals(1 + 12 + 1, expanded.size(), "the meeting as its 12 pairwise records");
    Set<String> ids = new HashSet<>();
    expanded.forEach(r -> assertTrue(ids.add(r[0]), "GLOBALEVENTID " + r[0] + " twice"));
    List<String[]> reports = tsv(export(ExportFormat.GDELT, new ExportOptions(true, false, false), "gdelt-r.tsv"));
    assertEquals(5, reports.size(), "every stored report");
  }

  @Test
  void icewsHasTheTwentyPublishedColumnsAndTheStrike() throws Exception {
    List<String[]> rows = tsv(export(ExportFormat.ICEWS, ExportOptions.DEFAULT, "icews.tsv"));
    assertEquals(ICEWS_COLUMNS, Arrays.asList(rows.get(0)));
    rows.forEach(r -> assertEquals(20, r.length));
    String[] strike = rowWith(rows, ICEWS_COLUMNS.indexOf("Story ID"), "strike-a");
    String name195 = CameoOntology.loadDefault().info("195").orElseThrow().name();
    String[] expected = {"Event Date=2024-04-13", "Source Name=ISRMIL words", "Source Sectors=Military",
        "Source Country=Israel", "Event Text=" + name195, "CAMEO Code=195", "Intensity=-10.0",
        "Target Name=SYRGOV words", "Target Sectors=Government", "Target Country=Syria", "Sentence Number=1",
        "Publisher=Reuters", "City=Damascus", "District=", "Province=Damascus", "Country=Syria", "Latitude=33.5102",
        "Longitude=36.29128"};
    for (String kv : expected) {
      String[] p = kv.split("=", 2);
      assertEquals(p[1], strike[ICEWS_COLUMNS.indexOf(p[0])], p[0]);
    }
  }

  @Test
  void ploverUsesTheSpecificationsFieldNames() throws Exception {
    List<String> lines = Files.readAllLines(export(ExportFormat.PLOVER, ExportOptions.DEFAULT, "plover.jsonl"));
    assertEquals(3, lines.size());
    ObjectMapper m = new ObjectMapper();
    JsonNode strike = null;
    JsonNode summit = null;
    for (String l : lines) {
      JsonNode o = m.readTree(l);
      o.fieldNames().forEachRemaining(f -> assertTrue(PLOVER_FIELDS.contains(f) || CASUS_EXTENSIONS.contains(f),
          "field " + f + " is neither PLOVER's nor a documented extension"));
      for (String required : List.of("id", "date", "source", "event")) {
        assertTrue(o.has(required), "PLOVER requires " + required);
      }
      if (o.get("id").asText().equals("strike-a-1")) {
        strike = o;
      }
      if (o.get("cameo_code").asText().equals("040")) {
        summit = o;
      }
    }
    assertEquals("2024-04-13", strike.get("date").asText());
    assertEquals("ISR", strike.at("/source/0/code").asText());
    assertEquals("MIL", strike.at("/source/0/sector").asText());
    assertEquals("SYR", strike.at("/recipient/0/code").asText());
    assertEquals("ASSAULT", strike.at("/event/0").asText());
    assertEquals(170654, strike.at("/event_loc/geonameid").asLong());
    assertEquals("SY", strike.at("/event_loc/country code").asText());
    assertEquals(7, strike.at("/size_info/dead").asLong(), "ACLED: the most conservative figure");
    assertEquals(3, strike.get("reports").asInt());
    assertEquals(4, strike.get("quad_code").asInt());
    assertEquals(4, summit.get("source").size(), "reciprocal: every party a source");
    assertEquals(0, summit.get("recipient").size());
  }

  @Test
  void csvAndParquetHoldTheFlatTableAndDuckDbReadsTheParquetBack() throws Exception {
    Path csv = export(ExportFormat.CSV, ExportOptions.DEFAULT, "events.csv");
    Path parquet = export(ExportFormat.PARQUET, ExportOptions.DEFAULT, "events.parquet");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      for (String read : new String[] {"read_csv(?, header = true)", "read_parquet(?)"}) {
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM " + read + " ORDER BY event_id")) {
          p.setString(1, (read.startsWith("read_csv") ? csv : parquet).toString());
          try (ResultSet r = p.executeQuery()) {
            ResultSetMetaData md = r.getMetaData();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
              names.add(md.getColumnName(i));
            }
            assertEquals(Exporter.FLAT_COLUMNS, names, read);
            int rows = 0;
            boolean sawStrike = false;
            while (r.next()) {
              rows++;
              if (r.getString("event_id").equals("strike-a-1")) {
                sawStrike = true;
                assertEquals("strike-a-1", r.getString("group_id"));
                assertEquals(3, r.getInt("reports"));
                assertEquals("ISRMIL", r.getString("source_codes"));
                assertEquals("SYRGOV", r.getString("target_codes"));
                assertEquals("195", r.getString("code"));
                assertEquals(7, r.getLong("killed_min"));
                assertEquals(170654, r.getLong("geonames_id"));
                assertEquals(33.5102, r.getDouble("lat"), 1e-9);
              }
              if (r.getBoolean("multilateral")) {
                assertEquals("FRAGOV;DEUGOV;ITAGOV;ESPGOV", r.getString("source_codes"));
              }
            }
            assertEquals(3, rows, read);
            assertTrue(sawStrike, read);
          }
        }
      }
    }
    assertFalse(Files.readString(csv).isEmpty());
  }

  /** Regression: an actor with a country code and no sector ("RUS") broke the GDELT writer. */
  @Test
  void anActorWithoutSectorsIsWritten() throws Exception {
    Path other = dir.resolve("nosector.duckdb");
    org.casus.model.Article a = org.casus.store.Fixtures.article("ns", java.time.LocalDate.of(2025, 5, 2), "AP");
    try (EventStore s = EventStore.open(other); org.casus.store.IngestRun run = s.beginRun("t", List.of(), "")) {
      run.coded(a, new org.casus.pipeline.CodingResult("ns", 1, List.of(org.casus.store.Fixtures.event("ns", 1, "RUS",
          "112", "UKR", java.time.LocalDate.of(2025, 5, 2), org.casus.model.Place.UNKNOWN, java.util.Optional.empty()))));
      run.finish();
    }
    Path out = dir.resolve("ns.tsv");
    try (EventStore s = EventStore.openReadOnly(other)) {
      s.exporter().export(ExportFormat.GDELT, ExportOptions.DEFAULT, out);
    }
    String[] row = tsv(out).get(0);
    assertEquals(61, row.length);
    assertEquals("RUS", row[GDELT_2_COLUMNS.indexOf("Actor1Code")]);
    assertEquals("", row[GDELT_2_COLUMNS.indexOf("Actor1Type1Code")]);
    assertEquals("UKR", row[GDELT_2_COLUMNS.indexOf("Actor2CountryCode")]);
  }
}
