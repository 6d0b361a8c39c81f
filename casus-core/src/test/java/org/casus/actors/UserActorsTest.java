package org.casus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.casus.geo.Countries;
import org.casus.resource.ResourceFormatException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The user actor file: parsing, the problems {@code casus actors check} prints, the dictionary layer. */
class UserActorsTest {
  private static ActorCodes codes;

  @BeforeAll
  static void load() throws ResourceFormatException {
    codes = ActorCodes.of(List.of(ActorDictionary.load("actors-casus"), ActorDictionary.loadDefault()),
        List.of(AgentDictionary.load("agents-casus"), AgentDictionary.loadDefault()), Countries.loadDefault());
  }

  private static UserActors parse(String... lines) {
    return UserActors.parse("actors.tsv", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
  }

  private static final String HEADER = "name\taliases\tcode\tfrom\tto\tsource";

  @Test
  void aGoodFileHasNoProblemsAndItsNamesMatchWithinTheirDates() throws ResourceFormatException {
    UserActors ua = parse("# analysts' additions", HEADER,
        "Tomas Arvelo\tArvelo|Minister Arvelo\tPERGOV\t2024-02-01\t2024-12-31\tinvented for this test",
        "Tomas Arvelo\t\tPERELI\t2025-01-01\t\tleft office",
        "Tomas Arvelo\t\tPER\t\t\tthe default outside the dated roles",
        "Red Lantern Front\t\tPERREB\t\t\t");
    assertEquals(List.of(), ua.problems(codes));
    ActorDictionary d = ua.dictionary(codes);
    List<String> words = List.of("Minister", "Arvelo", "spoke");
    LocalDate inOffice = LocalDate.of(2024, 5, 1);
    ActorDictionary.ActorMatch m = d.longestMatch(words, 0, inOffice).orElseThrow();
    assertEquals("PERGOV", m.code());
    assertEquals(2, m.length());
    assertEquals("user:actors.tsv:3", m.rule());
    assertEquals("PERELI", d.longestMatch(List.of("Tomas", "Arvelo"), 0, LocalDate.of(2025, 3, 1)).orElseThrow().code());
    assertEquals(Optional.empty(), d.longestMatch(List.of("Arvelo"), 0, LocalDate.of(2023, 1, 1)), "before his term");
    assertEquals(Optional.empty(), d.longestMatch(List.of("Arvelo"), 0, null), "dated rows need a date");
    assertEquals("PER", d.longestMatch(List.of("Tomas", "Arvelo"), 0, LocalDate.of(2023, 1, 1)).orElseThrow().code());
    assertEquals("PERREB", d.longestMatch(List.of("Red", "Lantern", "Front"), 0, null).orElseThrow().code());
  }

  @Test
  void everyProblemIsReportedWithItsLine() {
    UserActors ua = parse(HEADER,
        "Ana Sol\t\tPE\t\t\t",                      // 2: not 3-letter groups
        "Bea Sol\t\tQQQGOV\t\t\t",                  // 3: unknown country
        "Cai Sol\t\tPERXYZ\t\t\t",                  // 4: unknown sector
        "Ana Sol\t\tPERGOV\t2024-05-01\t2024-01-01\t", // 5: dates reversed (a dated entry beside line 2 is no clash)
        "Ana Sol\t\tPERGOV\t2024-13-01\t\t",        // 6: not a day
        "Luis Mar\tMar\tPERGOV\t2020-01-01\t2024-06-30\t",
        "Mar\t\tPERMIL\t2024-06-01\t\t",            // 8: overlaps line 7's alias with another code
        "Luis Mar\t\tPERGOV\t2024-01-01\t2024-03-01\t", // 9: repeats line 7 (warning)
        "too\tmany\tPER\t\t\t\textra");             // 10: too many fields
    List<UserActors.Problem> ps = ua.problems(codes);
    List<String> where = ps.stream().map(p -> p.line() + ":" + p.severity()).toList();
    assertEquals(List.of("2:ERROR", "3:ERROR", "4:ERROR", "5:ERROR", "6:ERROR", "8:ERROR", "9:WARNING", "10:ERROR"), where,
        ps.toString());
    assertTrue(ps.get(0).toString().startsWith("actors.tsv:2: error: code 'PE'"), ps.get(0).toString());
    assertTrue(ps.get(5).message().contains("line 7"), ps.get(5).message());
    ResourceFormatException e = assertThrows(ResourceFormatException.class, () -> ua.dictionary(codes));
    assertEquals(2, e.line());
  }

  @Test
  void aRowCutShortSaysHowManyFieldsItHasNotThatItsCodeIsEmpty() {
    UserActors ua = parse(HEADER,
        "Ana Sol  PERGOV  2024-01-01",   // 2: spaces for tabs, one field
        "Bea Sol\tSol",                 // 3: two fields, the code column missing
        "Cai Sol\t\tPERGOV",             // 4: trailing optional columns left out: accepted
        "Dan Sol\t\t\t\t\t");            // 5: all six fields, the code empty
    List<UserActors.Problem> ps = ua.problems(codes);
    assertEquals(3, ps.size(), ps.toString());
    assertEquals("actors.tsv:2: error: 1 field but the header has 6 columns (name, aliases, code, from, to, source),"
        + " so the row has no code; separate the fields with tabs, leaving optional ones empty", ps.get(0).toString());
    assertTrue(ps.get(1).toString().startsWith("actors.tsv:3: error: 2 fields but the header has 6 columns"), ps.toString());
    assertEquals("actors.tsv:5: error: empty code for 'Dan Sol'", ps.get(2).toString());
    assertEquals(List.of(4), ua.entries().stream().map(UserActors.Entry::line).toList());
    assertEquals(4, ua.rows());
  }

  @Test
  void aShortRowNamesTheMissingColumnOfTheHeaderInItsOrder() {
    List<UserActors.Problem> ps = parse("code\tname", "PERGOV").problems(codes);
    assertEquals(List.of("actors.tsv:2: error: 1 field but the header has 2 columns (code, name), so the row has no name;"
        + " separate the fields with tabs, leaving optional ones empty"), ps.stream().map(Object::toString).toList());
  }

  @Test
  void aHeaderWithoutNameOrCodeIsAnError() {
    List<UserActors.Problem> ps = parse("person\tcode", "X\tPER").problems(codes);
    assertEquals(1, ps.get(0).line());
    assertEquals(UserActors.Severity.ERROR, ps.get(0).severity());
    assertEquals(1, parse("# only comments").problems(codes).size());
  }

  @Test
  void internationalCodesAreKnownByTheirDictionaryPrefix() {
    assertEquals(Optional.empty(), codes.problem("IGOUNO"));
    assertEquals(Optional.empty(), codes.problem("KENGOVMIL"));
    assertTrue(codes.problem("IGOZZQ").isPresent());
  }

  @Test
  void layerNamesComeFromTheRule() {
    assertEquals("user", ActorExplainer.layerOf("user:actors.tsv:3"));
    assertEquals("dictionary", ActorExplainer.layerOf("actors:7880"));
    assertEquals("dictionary", ActorExplainer.layerOf("actors-casus:4+agent"));
    assertEquals("register", ActorExplainer.layerOf("actors-register-axis:2"));
    assertEquals("coreference", ActorExplainer.layerOf("coref:pronoun"));
    assertEquals("article", ActorExplainer.layerOf("title+nationality"));
    assertEquals("dictionary", ActorExplainer.layerOf("of-complement>actors:12"));
    assertEquals("none", ActorExplainer.layerOf(""));
  }
}
