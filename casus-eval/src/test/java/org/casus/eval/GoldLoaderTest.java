package org.casus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldLoaderTest {
  @TempDir
  Path dir;

  private Path write(String name, String... lines) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, List.of(lines), StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void sentenceGoldSkipsUnevaluableRecordsAndScoresRejectionsAsNoEvents() throws Exception {
    Path f = write("set.jsonl",
        "{\"seq\": 1, \"id\": \"DEMO-00\", \"date\": \"1995-01-01\", \"text\": \"Arnor met Gondor.\", "
            + "\"expected\": [{\"source\": \"ARN\", \"target\": \"GON\", \"code\": \"064\"}], \"noevents\": false, "
            + "\"expected_error\": null, \"category\": \"DEMO\", \"config\": {\"require_dyad\": \"false\"}}",
        "{\"seq\": 2, \"id\": \"ERROR-01\", \"date\": \"1995-01-01\", \"text\": \"x\", \"expected\": [], "
            + "\"noevents\": false, \"expected_error\": \"dateline\", \"category\": \"ERROR\"}",
        "",
        "{\"seq\": 3, \"id\": \"DEMO-00\", \"date\": null, \"text\": \"Gondor said.\", \"expected\": [], "
            + "\"noevents\": true, \"expected_error\": null, \"category\": \"DEMO\", \"evaluate\": true}",
        "{\"seq\": 4, \"id\": \"SKIP-1\", \"date\": \"1995-01-01\", \"text\": \"y\", \"expected\": [], "
            + "\"noevents\": true, \"expected_error\": null, \"evaluate\": false}",
        "{\"seq\": 5, \"id\": \"ERROR-04\", \"date\": \"1995-01-01\", \"text\": \"z\", \"expected\": [], "
            + "\"noevents\": false, \"expected_error\": \"bad_input_parse\", \"category\": \"ERROR\"}");
    GoldSet set = GoldLoader.load(f);
    assertEquals(GoldSet.Kind.SENTENCE, set.kind());
    assertEquals(DictionarySet.PRODUCTION, set.dictionaries());
    assertEquals(3, set.records().size());
    assertEquals(2, set.skipped().size());
    assertEquals("evaluate: false", set.skipped().get(0).reason());
    assertEquals(5, set.skipped().get(0).line());
    assertEquals("expected_error: bad_input_parse", set.skipped().get(1).reason());
    GoldRecord first = set.records().get(0);
    assertEquals("DEMO-00#1", first.article().id());
    GoldRecord dateline = set.records().get(1);
    assertEquals("ERROR-01#2", dateline.article().id());
    assertTrue(dateline.noEvents(), "a text PETRARCH must reject (dateline) is scored as a no-event record");
    assertTrue(dateline.events().isEmpty());
    assertEquals("DEMO-00#3", set.records().get(2).article().id(), "repeated ids stay apart");
    assertEquals(Optional.of(LocalDate.parse("1995-01-01")), first.article().publicationDate());
    assertEquals(Optional.empty(), set.records().get(2).article().publicationDate());
    assertEquals("Arnor met Gondor.", first.article().text());
    assertEquals("DEMO", first.group());
    assertEquals(Map.of("require_dyad", "false"), first.config());
    assertTrue(set.records().get(2).noEvents());
    GoldEvent e = first.events().get(0);
    assertEquals("DEMO-00#1", e.key());
    assertEquals("ARN", e.source().value());
    assertEquals("064", e.code());
    assertEquals("06", e.root());
    assertTrue(e.acceptCodes().isEmpty());
    assertTrue(e.required());
    assertEquals(1, first.line());
    assertEquals(4, set.records().get(2).line(), "blank line 3 still counts");
  }

  @Test
  void hardCaseFieldsAreRead() throws Exception {
    Path f = write("cases.jsonl",
        "{\"id\": \"HC-21\", \"kind\": \"wrong place\", \"article_date\": \"2024-03-19\", \"text\": \"t\", "
            + "\"expected\": [{\"source\": \"MLIREB\", \"code\": \"190\", \"target\": \"MLIMIL\", \"date\": \"2024-03-18\", "
            + "\"place\": \"Tessit (near), Gao Region, Mali\", \"killed\": 7, \"wounded\": null}], \"noevents\": false}",
        "{\"id\": \"HC-03\", \"kind\": \"sports\", \"article_date\": \"2024-02-26\", \"text\": \"u\", \"expected\": [], "
            + "\"noevents\": true}");
    GoldSet set = GoldLoader.load(f);
    GoldRecord r = set.records().get(0);
    assertEquals("HC-21#1", r.article().id(), "no seq: the line number keeps ids unique");
    assertEquals("wrong place", r.group());
    assertEquals(Optional.of(LocalDate.parse("2024-03-19")), r.article().publicationDate());
    GoldEvent e = r.events().get(0);
    assertEquals(GoldDate.day(LocalDate.parse("2024-03-18")), e.date().orElseThrow());
    assertEquals("Tessit (near)", ((GoldPlace.Named) e.place().orElseThrow()).locality());
    assertEquals(7, e.killed().getAsLong());
    assertTrue(e.wounded().isEmpty());
    assertEquals("HC-03#2", set.records().get(1).article().id());
  }

  @Test
  void textActorsAndNullTargetsAreRead() throws Exception {
    Path f = write("t.jsonl",
        "{\"seq\": 9, \"id\": \"ACTOR-01\", \"date\": \"2000-01-01\", \"text\": \"t\", \"expected\": ["
            + "{\"source\": \"THE MINISTRY OF MAGIC\", \"source_is_text\": true, \"target\": \"---\", \"code\": \"010\"},"
            + "{\"source\": \"---GOV\", \"target\": null, \"code\": \"174K\"}], \"noevents\": false, \"expected_error\": null}");
    List<GoldEvent> events = GoldLoader.load(f).records().get(0).events();
    assertTrue(events.get(0).source().isText());
    assertTrue(events.get(0).target().isNone());
    assertTrue(events.get(1).source().isUnidentifiedCountry());
    assertEquals(Optional.of("GOV"), events.get(1).source().sector());
    assertTrue(events.get(1).target().isNone());
    assertEquals("17", events.get(1).root());
  }

  @Test
  void badSentenceLineNamesFileAndLine() throws Exception {
    Path f = write("bad.jsonl",
        "{\"id\": \"A\", \"date\": \"2000-01-01\", \"text\": \"t\", \"expected\": [], \"noevents\": true}",
        "{\"id\": \"B\", \"date\": \"2000-13-01\", \"text\": \"t\", \"expected\": [], \"noevents\": true}");
    GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldLoader.load(f));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("bad.jsonl:2:"), e.getMessage());
    Path g = write("bad2.jsonl", "{\"id\": \"A\", \"text\": \"t\", \"expected\": [{\"source\": \"ARN\", \"target\": \"GON\"}]}");
    GoldFormatException e2 = assertThrows(GoldFormatException.class, () -> GoldLoader.load(g));
    assertTrue(e2.getMessage().contains("expected[0].code"), e2.getMessage());
    Path h = write("bad3.jsonl", "not json");
    assertEquals(1, assertThrows(GoldFormatException.class, () -> GoldLoader.load(h)).line());
  }

  @Test
  void validationDictionariesAreDetected() throws Exception {
    String rec = "{\"id\": \"A\", \"date\": \"2000-01-01\", \"text\": \"t\", \"expected\": [], \"noevents\": true, "
        + "\"source_file\": \"%s\"}";
    Path unit = write("renamed.jsonl", String.format(rec, "openeventdata/petrarch2@676801c:petrarch2/data/text/PETR.UnitTest.records.xml"));
    assertEquals(DictionarySet.VALIDATION_2014, GoldLoader.load(unit).dictionaries());
    Path v202 = write("other.jsonl", String.format(rec, "x:UniversalPetrarch/validate/PETR_Validate_records_2_02.xml"));
    assertEquals(DictionarySet.VALIDATION_2_02, GoldLoader.load(v202).dictionaries());
    Path gsr = write("gsr.jsonl", String.format(rec, "x:UniversalPetrarch/data/text/PETR2_GSR_validation.xml"));
    assertEquals(DictionarySet.PRODUCTION, GoldLoader.load(gsr).dictionaries());
    assertEquals(DictionarySet.VALIDATION_2014, DictionarySet.detect("petrarch2_validation.jsonl", List.of()));
    assertEquals(DictionarySet.VALIDATION_2_02, DictionarySet.detect("udpetrarch_validate_2_02.jsonl", List.of()));
    assertEquals(Optional.of("eval/validate_dictionaries/validate_2_02_"), DictionarySet.VALIDATION_2_02.sharedFilePrefix());
    assertTrue(DictionarySet.PRODUCTION.sharedFilePrefix().isEmpty());
  }

  @Test
  void documentGoldReadsArticlePlacesRangesAndRequired() throws Exception {
    Files.writeString(dir.resolve("story.txt"), "Line one.\nLine two.\n", StandardCharsets.UTF_8);
    Path f = write("gold.json",
        "{",
        " \"doc\": \"story.txt\",",
        " \"article_date\": \"2024-04-27\",",
        " \"places\": [",
        "  {\"mention\": \"Damascus\", \"geonames_id\": 170654, \"country\": \"SYR\", \"lat\": 33.5102, \"lon\": 36.2913, \"level\": \"city\"},",
        "  {\"mention\": \"Gaza Strip\", \"geonames_id\": null, \"country\": \"PSE\", \"lat\": 31.4167, \"lon\": 34.3333, \"level\": \"region\"}",
        " ],",
        " \"events\": [",
        "  {\"event_key\": \"E4\", \"source\": \"CHN\", \"code\": \"111\", \"target\": \"ISR\", \"date\": [\"2024-04-01\", \"2024-04-26\"], "
            + "\"place\": null, \"required\": true, \"accept_codes\": [\"111\", \"110\"], \"text\": \"China condemned\"},",
        "  {\"event_key\": \"E5\", \"source\": \"ISR\", \"code\": \"195\", \"target\": \"IRN\", \"date\": \"2024-04-01\", "
            + "\"place\": \"Damascus\", \"killed\": 7, \"accept_codes\": [\"195\"]},",
        "  {\"event_key\": \"E14\", \"source\": \"CHNGOVMIL\", \"code\": \"0256\", \"target\": null, \"date\": null, "
            + "\"place\": \"Gaza Strip\", \"required\": false}",
        " ]",
        "}");
    GoldSet set = GoldLoader.load(f);
    assertEquals(GoldSet.Kind.DOCUMENT, set.kind());
    assertEquals(1, set.records().size());
    GoldRecord r = set.records().get(0);
    assertEquals("story", r.article().id());
    assertEquals("Line one.\nLine two.\n", r.article().text());
    assertEquals(Optional.of(LocalDate.parse("2024-04-27")), r.article().publicationDate());
    assertEquals(3, r.events().size());
    assertEquals(2, r.requiredEvents());
    GoldEvent e4 = r.events().get(0);
    assertEquals("E4", e4.key());
    assertEquals("China condemned", e4.text());
    assertEquals(List.of("111", "110"), e4.acceptCodes());
    assertFalse(e4.date().orElseThrow().isDay());
    assertTrue(e4.place().isEmpty());
    GoldPlace.Gazetteer damascus = (GoldPlace.Gazetteer) r.events().get(1).place().orElseThrow();
    assertEquals(170654, damascus.geonamesId().getAsLong());
    assertTrue(r.events().get(1).required(), "required defaults to true");
    GoldPlace.Gazetteer gaza = (GoldPlace.Gazetteer) r.events().get(2).place().orElseThrow();
    assertTrue(gaza.geonamesId().isEmpty());
    assertTrue(r.events().get(2).target().isNone());
    assertFalse(r.events().get(2).required());
  }

  @Test
  void documentGoldErrorsNameTheLine() throws Exception {
    Files.writeString(dir.resolve("story.txt"), "x", StandardCharsets.UTF_8);
    Path f = write("gold.json",
        "{\"doc\": \"story.txt\", \"article_date\": \"2024-04-27\", \"places\": [],",
        " \"events\": [",
        "  {\"source\": \"CHN\", \"code\": \"111\", \"target\": \"ISR\"},",
        "  {\"source\": \"CHN\", \"code\": \"111\", \"target\": \"ISR\", \"place\": \"Atlantis\"}",
        " ]}");
    GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldLoader.load(f));
    assertEquals(4, e.line());
    assertTrue(e.getMessage().contains("Atlantis"), e.getMessage());
    Path missing = write("gold2.json", "{\"doc\": \"nowhere.txt\", \"events\": []}");
    GoldFormatException m = assertThrows(GoldFormatException.class, () -> GoldLoader.load(missing));
    assertTrue(m.getMessage().contains("nowhere.txt"), m.getMessage());
  }
}
