package org.casus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casus.model.Actor;
import org.casus.model.Article;
import org.casus.model.CharSpan;
import org.casus.model.DateBasis;
import org.casus.model.Event;
import org.casus.model.EventDate;
import org.casus.model.Place;
import org.casus.model.PlacePrecision;
import org.casus.model.Quantity;
import org.casus.pipeline.CodingOptions;
import org.casus.pipeline.CodingResult;
import org.casus.pipeline.EventCoder;
import org.junit.jupiter.api.Test;

/** Runs the scorer over the shared gold files; skipped when {@code ../shared/eval} is absent. */
class EvalRunnerTest {
  @org.junit.jupiter.api.io.TempDir
  Path dir;

  private static final EventCoder NOTHING = a -> new CodingResult(a.id(), 1, List.of());

  private static Path shared(String relative) {
    Optional<Path> eval = TestEvents.sharedEval();
    assumeTrue(eval.isPresent(), TestEvents.NO_SHARED);
    return eval.get().resolve(relative);
  }

  @Test
  void sentenceSetsLoadWithTheReadmeCountsAndDictionaries() throws Exception {
    GoldSet main = GoldLoader.load(shared("petrarch2_validation.jsonl"));
    assertEquals(DictionarySet.VALIDATION_2014, main.dictionaries());
    assertEquals(284, main.records().size() + main.skipped().size());
    assertEquals(2, main.skipped().size(), "the 2 bad_input_parse records; the 5 rejections are scored");
    assertEquals(5, main.records().stream().filter(r -> r.group().equals("ERROR")).count());
    assertTrue(main.records().stream().filter(r -> r.group().equals("ERROR")).allMatch(GoldRecord::noEvents));
    GoldSet v202 = GoldLoader.load(shared("udpetrarch_validate_2_02.jsonl"));
    assertEquals(DictionarySet.VALIDATION_2_02, v202.dictionaries());
    assertEquals(274, v202.records().size() + v202.skipped().size());
    assertEquals(12, v202.skipped().size(), "10 evaluate:false and 2 bad_input_parse records");
    GoldSet gsr = GoldLoader.load(shared("petrarch2_gsr_validation.jsonl"));
    assertEquals(DictionarySet.PRODUCTION, gsr.dictionaries());
    assertEquals(78, gsr.records().size());
    assertEquals(80, gsr.events());
    GoldSet hard = GoldLoader.load(shared("hard_cases/cases.jsonl"));
    assertEquals(DictionarySet.PRODUCTION, hard.dictionaries());
    assertEquals(26, hard.records().size());
  }

  @Test
  void seedGoldLoadsEighteenEventsElevenRequired() throws Exception {
    GoldSet seed = GoldLoader.load(shared("seed/gold.json"));
    assertEquals(GoldSet.Kind.DOCUMENT, seed.kind());
    GoldRecord r = seed.records().get(0);
    assertEquals("iran-china-defense-2024-04", r.article().id());
    assertEquals(18, r.events().size());
    assertEquals(11, r.requiredEvents());
    // The article is the document the gold names, read from ../shared at run time.
    String doc = Files.readString(shared("seed/iran-china-defense-2024-04.txt"), StandardCharsets.UTF_8);
    assertEquals(doc.strip(), r.article().text().strip());
  }

  @Test
  void codingNothingScoresZeroRecallAndNullPrecision() throws Exception {
    EvalReport r = new EvalRunner().run(shared("seed/gold.json"), NOTHING);
    assertEquals(1, r.docs());
    assertEquals(0, r.tp());
    assertEquals(11, r.fn());
    assertNull(r.precision());
    assertEquals(0.0, r.recall());
    assertEquals(0.0, r.f1());
    assertNull(r.recordPassRate(), "no pass rate for document gold");
    EvalReport hard = new EvalRunner().run(shared("hard_cases/cases.jsonl"), NOTHING);
    assertEquals(3.0 / 26, hard.recordPassRate(), 1e-12, "the three no-event cases pass");
  }

  @Test
  void theGoldItselfScoresOneOnEveryGoldFile() throws Exception {
    for (String file : List.of("seed/gold.json", "hard_cases/cases.jsonl", "petrarch2_gsr_validation.jsonl",
        "petrarch2_validation.jsonl", "udpetrarch_validate_2_02.jsonl")) {
      GoldSet gold = GoldLoader.load(shared(file));
      EvalReport r = new EvalRunner().run(gold, oracle(gold));
      assertEquals(0, r.fp(), file);
      assertEquals(0, r.fn(), file);
      assertEquals(1.0, r.precision(), file);
      assertEquals(1.0, r.recall(), file);
      assertEquals(1.0, r.exactCodePrecision(), file);
      for (Double accuracy : new Double[] {r.dateAccuracy(), r.placeAccuracy(), r.killedAccuracy(), r.actorAccuracy()}) {
        assertTrue(accuracy == null || accuracy == 1.0, file + " " + r.toJsonLine());
      }
      if (gold.kind() == GoldSet.Kind.SENTENCE) {
        assertEquals(1.0, r.recordPassRate(), file);
      }
    }
    EvalReport seed = new EvalRunner().run(shared("seed/gold.json"), oracle(GoldLoader.load(shared("seed/gold.json"))));
    assertEquals(11, seed.tp());
    assertEquals(7, seed.nonRequiredMatched());
    assertEquals(1.0, seed.placeAccuracy());
    assertEquals(1.0, seed.killedAccuracy());
  }

  @Test
  void petrarchConfigSetsTheOptionsOfEachRecord() throws Exception {
    Path f = dir.resolve("set.jsonl");
    Files.write(f, List.of(
        "{\"seq\": 1, \"id\": \"C-1\", \"date\": \"1995-01-01\", \"text\": \"Arnor said.\", \"category\": \"MODIFY\", "
            + "\"expected\": [{\"source\": \"ARN\", \"target\": \"---\", \"code\": \"023\"}], "
            + "\"config\": {\"require_dyad\": \"false\", \"comma_min\": \"4\"}}",
        "{\"seq\": 2, \"id\": \"C-2\", \"date\": \"1995-01-01\", \"text\": \"Arnor said.\", \"category\": \"MODIFY\", "
            + "\"expected\": [], \"noevents\": true}",
        "{\"seq\": 3, \"id\": \"E-1\", \"date\": \"1995-01-01\", \"text\": \"Arnor said.\", \"category\": \"ERROR\", "
            + "\"expected\": [], \"expected_error\": \"sentencediscard\"}"), StandardCharsets.UTF_8);
    GoldSet gold = GoldLoader.load(f);
    assertEquals(new CodingOptions(false), EvalRunner.codingOptions(gold.records().get(0)));
    assertEquals(CodingOptions.DEFAULT, EvalRunner.codingOptions(gold.records().get(1)));
    // A coder that codes the target-less statement only when require_dyad is off.
    EventCoder monads = new EventCoder() {
      @Override
      public CodingResult code(Article a) {
        return code(a, CodingOptions.DEFAULT);
      }

      @Override
      public CodingResult code(Article a, CodingOptions o) {
        List<Event> out = o.requireDyad() ? List.of() : List.of(TestEvents.predicted("ARN", "---", "023").build());
        return new CodingResult(a.id(), 1, out);
      }
    };
    EvalReport r = new EvalRunner().run(gold, monads);
    assertEquals(3, r.docs());
    assertEquals(1.0, r.recordPassRate(), r::toTable);
    assertEquals(List.of("MODIFY", "ERROR"), r.groups().stream().map(GroupFigures::group).toList());
    assertEquals(2, r.groups().get(0).passed());
    assertEquals(1, r.groups().get(1).passed(), "a rejected text coded to nothing passes");
    // A coder that ignores options misses the statement and fails that record only.
    EvalReport plain = new EvalRunner().run(gold, (Article a) -> new CodingResult(a.id(), 1, List.of()));
    assertEquals(2.0 / 3, plain.recordPassRate(), 1e-9);
    assertEquals(0.5, plain.groups().get(0).passRate(), 1e-9);
  }

  @Test
  void aBadRequireDyadValueIsRefused() {
    Article a = new Article("x#1", Optional.empty(), "", "t", "", "");
    GoldRecord r = new GoldRecord("x", 1, "", a, List.of(), true, java.util.Map.of("require_dyad", "maybe"));
    assertThrows(IllegalArgumentException.class, () -> EvalRunner.codingOptions(r));
    GoldRecord upper = new GoldRecord("x", 1, "", a, List.of(), true, java.util.Map.of("require_dyad", "FALSE"));
    assertEquals(new CodingOptions(false), EvalRunner.codingOptions(upper));
  }

  /** A coder that returns each record's gold events as predictions. */
  private static EventCoder oracle(GoldSet gold) {
    return (Article a) -> {
      GoldRecord rec = gold.records().stream().filter(r -> r.article().id().equals(a.id())).findFirst().orElseThrow();
      List<Event> out = new ArrayList<>();
      for (GoldEvent g : rec.events()) {
        Actor source = actor(g.source()).orElse(TestEvents.uncoded(""));
        TestEvents.Predicted p = new TestEvents.Predicted(source, actor(g.target()), g.code());
        g.date().ifPresent(d -> p.date(d.isDay() ? EventDate.day(d.from(), DateBasis.TEXT, "")
            : EventDate.range(d.from(), d.to(), DateBasis.TEXT, "")));
        g.place().ifPresent(pl -> p.place(place(pl)));
        g.killed().ifPresent(k -> p.killed(Quantity.exact(k, "")));
        out.add(p.build());
      }
      return new CodingResult(a.id(), 1, out);
    };
  }

  private static Optional<Actor> actor(GoldActor g) {
    if (g.isNone()) {
      return Optional.empty();
    }
    if (g.isText()) {
      return Optional.of(TestEvents.uncoded(g.value()));
    }
    return Optional.of(Actor.ofCode(g.value(), g.value(), new CharSpan(0, 0), "oracle"));
  }

  private static Place place(GoldPlace g) {
    if (g instanceof GoldPlace.Gazetteer z) {
      return new Place(z.mention(), z.geonamesId().orElse(0), z.country(), "", z.lat(), z.lon(),
          z.isCountryLevel() ? PlacePrecision.COUNTRY : PlacePrecision.CITY, z.mention());
    }
    // The locality as written, qualifier and all: the scorer must see past "(near)".
    String locality = ((GoldPlace.Named) g).locality();
    return new Place(locality, 0, "", "", 0.0, 0.0, PlacePrecision.CITY, locality);
  }
}
