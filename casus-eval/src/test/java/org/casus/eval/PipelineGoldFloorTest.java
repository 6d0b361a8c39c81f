package org.casus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casus.model.Actor;
import org.casus.model.Event;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline (CoreNLP included) against the shared gold sets, with the current scores
 * pinned as floors: a change may raise them (then raise the floor here, in the same commit), it
 * must not lower them. Skipped, with a message, when {@code ../shared} is absent.
 */
@Tag("corenlp")
class PipelineGoldFloorTest {
  private static EvalReport score(String file) {
    assumeTrue(GoldRuns.eval().isPresent(), TestEvents.NO_SHARED);
    return GoldRuns.report(file);
  }

  @Test
  void referenceArticleKeepsItsScore() throws Exception {
    EvalReport r = score("seed/gold.json");
    assertTrue(r.precision() >= 1.0, r::toTable);
    assertTrue(r.recall() >= 1.0, r::toTable);
    assertTrue(r.exactCodePrecision() >= 7.0 / 11 - 1e-9, r::toTable);
    // Issue 5: every matched event dated and placed right (statements where the speaker is).
    assertEquals(1.0, r.dateAccuracy(), r::toTable);
    assertEquals(1.0, r.placeAccuracy(), r::toTable);
    assertEquals(1.0, r.killedAccuracy(), r::toTable);
    // Issue 2: the meeting (E1), the Damascus strike (E5) and the 13 April barrage (E7) are
    // right, dated right and placed right.
    RecordResult rec = r.records().get(0);
    for (String key : List.of("E1", "E5", "E7")) {
      MatchedEvent m = rec.matched().stream().filter(x -> x.gold().key().equals(key)).findFirst()
          .orElseThrow(() -> new AssertionError(key + " not matched\n" + r.toTable()));
      assertEquals(Verdict.RIGHT, m.date(), key + " date " + m.predicted().date());
      assertEquals(Verdict.RIGHT, m.place(), key + " place " + m.predicted().place());
    }
  }

  @Test
  void referenceArticleAvoidsTheMustNots() throws Exception {
    EvalReport r = score("seed/gold.json");
    List<Event> events = r.records().get(0).predicted();
    LocalDate articleDate = LocalDate.parse("2024-04-27");
    for (Event e : events) {
      // The SCO and Kazakhstan host the meeting; they do nothing in it.
      for (Actor a : e.target().isPresent() ? List.of(e.source(), e.target().get()) : List.of(e.source())) {
        assertFalse(a.code().startsWith("KAZ") || a.code().startsWith("IGO"), "host as actor: " + e);
      }
      // Force events of 1 April, 13 April and the war are never dated by the article.
      if (e.rootCode().compareTo("18") >= 0) {
        assertFalse(e.date().value().equals(Optional.of(articleDate)), "force event dated by the article: " + e);
      }
    }
    // The strike and the barrage appear once each after de-duplication.
    long strikes = events.stream().filter(e -> e.rootCode().equals("19") && e.source().country().equals("ISR")
        && e.target().map(Actor::country).orElse("").equals("IRN")).count();
    long barrages = events.stream().filter(e -> e.rootCode().equals("19") && e.source().country().equals("IRN")
        && e.target().map(Actor::country).orElse("").equals("ISR")).count();
    assertEquals(1, strikes, "ISR->IRN force events: " + events);
    assertEquals(1, barrages, "IRN->ISR force events: " + events);
    // Thousands separators: 34,356 is one number.
    assertTrue(events.stream().anyMatch(e -> e.killed().map(q -> q.min() == 34356).orElse(false)), events::toString);
  }

  @Test
  void realSentencesKeepTheirScore() throws Exception {
    EvalReport r = score("petrarch2_gsr_validation.jsonl");
    assertTrue(r.precision() >= FLOOR_GSR_PRECISION, r::toTable);
    assertTrue(r.recall() >= FLOOR_GSR_RECALL, r::toTable);
    assertTrue(r.f1() >= FLOOR_GSR_F1, r::toTable);
  }

  @Test
  void hardCasesKeepTheirScore() throws Exception {
    EvalReport r = score("hard_cases/cases.jsonl");
    assertTrue(r.recordPassRate() >= FLOOR_HARD_PASS_RATE, r::toTable);
    assertTrue(r.fp() <= CEILING_HARD_FP, r::toTable);
    // Each hard case right by SCORING.md (every event matched, none extra, and their date, place
    // and killed count right) stays right.
    List<String> failing = new ArrayList<>();
    for (RecordResult rec : r.records()) {
      boolean attributesRight = rec.matched().stream().noneMatch(m -> m.date() == Verdict.WRONG
          || m.place() == Verdict.WRONG || m.killed() == Verdict.WRONG);
      if (!(rec.missed().isEmpty() && rec.extra().isEmpty() && attributesRight)) {
        failing.add(rec.record().id());
      }
    }
    List<String> regressed = HARD_CASES_PASSING.stream().filter(failing::contains).toList();
    assertTrue(regressed.isEmpty(), () -> "hard cases that passed fail now: " + regressed + "\n" + r.toTable());
  }

  /** Hard cases right by SCORING.md in every scored field on this build (25 of 26). */
  static final List<String> HARD_CASES_PASSING = List.of("HC-01", "HC-03", "HC-05", "HC-09", "HC-11", "HC-13",
      "HC-15", "HC-17", "HC-19", "HC-21", "HC-23", "HC-25", "HC-27", "HC-29", "HC-31", "HC-33", "HC-35", "HC-37",
      "HC-39", "HC-41", "HC-43", "HC-45", "HC-47", "HC-49", "HC-51");

  /** Issue 14: the WCEP development set (real current-events summaries, never tuned on one by one). */
  @Test
  void wcepDevelopmentSetKeepsItsScore() throws Exception {
    EvalReport r = score("wcep/dev.jsonl");
    assertEquals(100, r.docs(), r::toTable);
    assertTrue(r.f1() >= FLOOR_WCEP_DEV_F1, r::toTable);
    assertTrue(r.tp() >= FLOOR_WCEP_DEV_TP, r::toTable);
  }

  /**
   * Issue 4, validation dictionaries mode: the PETRARCH functional suites coded with their own
   * bundled validation dictionaries and each record's config, as {@code casus eval} does.
   */
  private static EvalReport scoreValidation(String file) {
    EvalReport r = score(file);
    assertTrue(r.dictionaries().resourcePrefix().isPresent(), file + " is not a validation set");
    return r;
  }

  @Test
  void petrarchUnitTestSuiteKeepsItsPassRate() throws Exception {
    EvalReport r = scoreValidation("petrarch2_validation.jsonl");
    assertEquals(282, r.docs(), "284 records less the 2 bad_input_parse ones");
    assertTrue(r.recordPassRate() >= FLOOR_PETRARCH_2014_PASS_RATE, r::toTable);
    assertEquals(5, groupPassed(r, "ERROR"), "the dateline and discard records code to nothing");
  }

  @Test
  void udPetrarchValidationSuiteKeepsItsPassRate() throws Exception {
    EvalReport r = scoreValidation("udpetrarch_validate_2_02.jsonl");
    assertEquals(262, r.docs(), "274 records less 10 evaluate:false and 2 bad_input_parse");
    assertTrue(r.recordPassRate() >= FLOOR_PETRARCH_2_02_PASS_RATE, r::toTable);
  }

  private static int groupPassed(EvalReport r, String group) {
    return r.groups().stream().filter(g -> g.group().equals(group)).findFirst().map(GroupFigures::passed).orElse(-1);
  }

  // Floors measured on this build; raise them when the scores rise. The GSR precision floor was
  // lowered once on purpose (0.727 to 0.65): announced deeds are now coded as CAMEO intents ("will
  // meet" is 036, as the CAMEO manual and the hard cases have it), while the GSR codings, taken
  // from PETRARCH-2 output, code them as deeds; recall and F1 rose.
  static final double FLOOR_GSR_PRECISION = 0.765;
  static final double FLOOR_GSR_RECALL = 0.449;
  static final double FLOOR_GSR_F1 = 0.566;
  static final double FLOOR_HARD_PASS_RATE = 19.0 / 26 - 1e-9;
  static final int CEILING_HARD_FP = 1;
  // Issue 14, measured on this build: P 0.808 R 0.500 F1 0.618 (42 of 84 required events).
  static final double FLOOR_WCEP_DEV_F1 = 0.617;
  static final int FLOOR_WCEP_DEV_TP = 42;
  // Issue 4 validation mode, measured on this build (production dictionaries gave 20/277 and 26/257).
  static final double FLOOR_PETRARCH_2014_PASS_RATE = 234.0 / 282 - 1e-9;
  static final double FLOOR_PETRARCH_2_02_PASS_RATE = 210.0 / 262 - 1e-9;
}
