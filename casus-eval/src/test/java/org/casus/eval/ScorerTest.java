package org.casus.eval;

import static org.casus.eval.TestEvents.city;
import static org.casus.eval.TestEvents.events;
import static org.casus.eval.TestEvents.gold;
import static org.casus.eval.TestEvents.predicted;
import static org.casus.eval.TestEvents.record;
import static org.casus.eval.TestEvents.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.casus.model.DateBasis;
import org.casus.model.DatePrecision;
import org.casus.model.EventDate;
import org.casus.model.Place;
import org.casus.model.Quantity;
import org.junit.jupiter.api.Test;

class ScorerTest {
  private static final GoldPlace.Gazetteer DAMASCUS =
      new GoldPlace.Gazetteer("Damascus", OptionalLong.of(170654), "SYR", 33.5102, 36.2913, "city");
  private static final GoldPlace.Gazetteer ISRAEL =
      new GoldPlace.Gazetteer("Israel", OptionalLong.of(294640), "ISR", 31.5, 34.75, "country");
  /** Kilometres per degree of latitude on the scorer's sphere. */
  private static final double KM_PER_DEGREE = Math.PI * Scorer.EARTH_RADIUS_KM / 180;

  @Test
  void perfectPredictionsScoreOne() {
    GoldRecord rec = record("r1",
        gold("ISR", "IRN", "195", "190").day("2024-04-01").place(DAMASCUS).killed(7),
        gold("CHNGOVMIL", "IRNGOVMIL", "0212").range("2024-04-20", "2024-04-26"));
    EvalReport r = score(rec, events(
        predicted("ISR", "IRN", "195").day("2024-04-01").place(city("Damascus", 170654, "SYR", 33.51, 36.29)).killed(7),
        predicted("CHNGOVMIL", "IRNGOVMIL", "0212").day("2024-04-26")));
    assertEquals(2, r.tp());
    assertEquals(0, r.fp());
    assertEquals(0, r.fn());
    assertEquals(1.0, r.precision());
    assertEquals(1.0, r.recall());
    assertEquals(1.0, r.f1());
    assertEquals(1.0, r.exactCodePrecision());
    assertEquals(1.0, r.dateAccuracy());
    assertEquals(1.0, r.placeAccuracy());
    assertEquals(1.0, r.killedAccuracy());
    assertEquals(1.0, r.actorAccuracy());
    assertEquals(1.0, r.recordPassRate());
  }

  @Test
  void wrongRootIsOneFalsePositiveAndOneFalseNegative() {
    EvalReport r = score(record("r", gold("CHN", "ISR", "111")), events(predicted("CHN", "ISR", "051")));
    assertEquals(0, r.tp());
    assertEquals(1, r.fp());
    assertEquals(1, r.fn());
    assertEquals(0.0, r.precision());
    assertEquals(0.0, r.recall());
    assertEquals(0.0, r.f1());
    assertNull(r.exactCodePrecision(), "no true positive, so no exact-code precision");
    assertEquals(0.0, r.recordPassRate());
  }

  @Test
  void sameRootOtherCodeMatchesButIsNotExact() {
    EvalReport r = score(record("r", gold("CHN", "ISR", "111")), events(predicted("CHN", "ISR", "112")));
    assertEquals(1, r.tp());
    assertEquals(0.0, r.exactCodePrecision());
    assertEquals(0.0, r.recordPassRate(), "pass needs the exact code");
  }

  @Test
  void acceptCodeOfAnotherRootMatches() {
    GoldRecord rec = record("r", gold("ISR", "PSECVL", "190", "190", "195", "200", "180"));
    assertEquals(1, score(rec, events(predicted("ISR", "PSECVL", "180"))).tp());
    EvalReport wrong = score(rec, events(predicted("ISR", "PSECVL", "173")));
    assertEquals(0, wrong.tp());
    assertEquals(1, wrong.fp());
  }

  @Test
  void matchOfNonRequiredEventIsNeitherTruePositiveNorFalsePositive() {
    GoldRecord rec = record("r", gold("IRNGOVMIL", "CHNGOVMIL", "044"), gold("CHNGOVMIL", "IRNGOVMIL", "044").optional());
    EvalReport both = score(rec, events(predicted("IRNGOVMIL", "CHNGOVMIL", "044"), predicted("CHNGOV", "IRNGOV", "043")));
    assertEquals(1, both.tp());
    assertEquals(0, both.fp());
    assertEquals(0, both.fn());
    assertEquals(1, both.nonRequiredMatched());
    EvalReport requiredOnly = score(rec, events(predicted("IRNGOVMIL", "CHNGOVMIL", "044")));
    assertEquals(0, requiredOnly.fn(), "an unmatched non-required event is never missed");
    assertEquals(1.0, requiredOnly.recall());
  }

  @Test
  void eachGoldEventTakesAtMostOnePrediction() {
    EvalReport twoPredictions = score(record("r", gold("IRN", "ISR", "195")),
        events(predicted("IRNMIL", "ISR", "195"), predicted("IRN", "ISR", "190")));
    assertEquals(1, twoPredictions.tp());
    assertEquals(1, twoPredictions.fp());
    EvalReport twoGold = score(record("r", gold("IRN", "ISR", "195"), gold("IRN", "ISR", "190")),
        events(predicted("IRN", "ISR", "195")));
    assertEquals(1, twoGold.tp());
    assertEquals(1, twoGold.fn());
  }

  @Test
  void greedyInGoldOrderWithoutBacktracking() {
    // The first gold event (root 19) takes the only prediction; the second is then missed, although
    // giving the prediction to the second and missing the first would score the same.
    GoldRecord rec = record("r", gold("IRN", "ISR", "190"), gold("IRN", "ISR", "195"));
    RecordResult r = Scorer.scoreRecord(rec, events(predicted("IRN", "ISR", "195")));
    assertEquals("190", r.matched().get(0).gold().code());
    assertEquals("195", r.missed().get(0).code());
    // A non-required gold event earlier in gold order takes the prediction first.
    GoldRecord order = record("r", gold("IRN", "ISR", "190").optional(), gold("IRN", "ISR", "195"));
    EvalReport rep = score(order, events(predicted("IRN", "ISR", "195")));
    assertEquals(0, rep.tp());
    assertEquals(1, rep.fn());
    assertEquals(1, rep.nonRequiredMatched());
  }

  @Test
  void amongCandidatesTheExactCodeIsPreferred() {
    GoldRecord rec = record("r", gold("CHN", "ISR", "111"));
    RecordResult r = Scorer.scoreRecord(rec, events(predicted("CHN", "ISR", "110"), predicted("CHN", "ISR", "111")));
    assertTrue(r.matched().get(0).exactCode());
    assertEquals("110", r.extra().get(0).code().value());
  }

  @Test
  void actorMatchComparesCountryAndFirstSector() {
    GoldActor irnGovMil = GoldActor.of("IRNGOVMIL", false);
    assertTrue(Scorer.actorMatches(irnGovMil, TestEvents.actor("IRNGOV")));
    assertTrue(Scorer.actorMatches(irnGovMil, TestEvents.actor("IRNGOVMIL")));
    assertFalse(Scorer.actorMatches(irnGovMil, TestEvents.actor("IRNMIL")), "first sector MIL, gold GOV");
    assertFalse(Scorer.actorMatches(irnGovMil, TestEvents.actor("IRN")), "gold has a sector, prediction none");
    assertFalse(Scorer.actorMatches(irnGovMil, TestEvents.actor("IRQGOV")));
    GoldActor chn = GoldActor.of("CHN", false);
    assertTrue(Scorer.actorMatches(chn, TestEvents.actor("CHNGOVMIL")), "country-only gold: any sector");
    assertFalse(Scorer.actorMatches(chn, Optional.empty()));
  }

  @Test
  void nullGoldTargetMatchesOnlyAMissingTarget() {
    assertTrue(Scorer.actorMatches(GoldActor.NONE, Optional.empty()));
    assertTrue(Scorer.actorMatches(GoldActor.of(null, false), Optional.empty()));
    assertTrue(Scorer.actorMatches(GoldActor.of("---", false), Optional.of(TestEvents.uncoded("a senior official"))));
    assertFalse(Scorer.actorMatches(GoldActor.NONE, TestEvents.actor("GON")));
    assertFalse(Scorer.actorMatches(GoldActor.of("GON", false), Optional.of(TestEvents.uncoded("Gondor"))));
    EvalReport r = score(record("r", gold("CHNGOVMIL", null, "0256")), events(predicted("CHNGOVMIL", "PSE", "0256")));
    assertEquals(0, r.tp());
  }

  @Test
  void unidentifiedCountryGoldNeedsNoCountryAndTheSector() {
    GoldActor gov = GoldActor.of("---GOV", false);
    assertTrue(Scorer.actorMatches(gov, TestEvents.actor("---GOV")));
    assertTrue(Scorer.actorMatches(gov, TestEvents.actor("---GOVMIL")));
    assertFalse(Scorer.actorMatches(gov, TestEvents.actor("---MIL")));
    assertFalse(Scorer.actorMatches(gov, TestEvents.actor("ARNGOV")), "a country where the gold has none");
    assertFalse(Scorer.actorMatches(gov, Optional.empty()));
    assertTrue(Scorer.exactActor(gov, TestEvents.actor("---GOV")));
    assertFalse(Scorer.exactActor(gov, TestEvents.actor("---GOVMIL")));
  }

  @Test
  void textGoldMatchesTheActorTextIgnoringCaseAndSpacing() {
    GoldActor text = GoldActor.of("THE MINISTRY OF MAGIC", true);
    assertTrue(Scorer.actorMatches(text, Optional.of(TestEvents.uncoded("the  Ministry of Magic"))));
    assertFalse(Scorer.actorMatches(text, Optional.of(TestEvents.uncoded("Ministry"))));
    assertFalse(Scorer.actorMatches(text, Optional.empty()));
    EvalReport r = score(record("r", gold("---", "GON", "010").sourceText("INJURY TOLL")),
        events(predicted("GON", "GON", "010").source(TestEvents.uncoded("injury toll"))));
    assertEquals(1, r.tp());
  }

  @Test
  void dateInsideGoldRangeIsRight() {
    GoldDate range = new GoldDate(LocalDate.parse("2024-04-13"), LocalDate.parse("2024-04-26"));
    assertTrue(Scorer.dateRight(range, day("2024-04-13")));
    assertTrue(Scorer.dateRight(range, day("2024-04-20")));
    assertTrue(Scorer.dateRight(range, day("2024-04-26")));
    assertFalse(Scorer.dateRight(range, day("2024-04-27")));
    assertFalse(Scorer.dateRight(range, day("2024-04-12")));
    assertTrue(Scorer.dateRight(GoldDate.day(LocalDate.parse("2024-04-01")), day("2024-04-01")));
    assertFalse(Scorer.dateRight(GoldDate.day(LocalDate.parse("2024-04-01")), day("2024-04-27")));
    assertFalse(Scorer.dateRight(range, EventDate.UNKNOWN));
  }

  @Test
  void vaguePredictedDateMustLieWhollyInsideTheGold() {
    GoldDate range = new GoldDate(LocalDate.parse("2024-04-13"), LocalDate.parse("2024-04-26"));
    EventDate inside = EventDate.range(LocalDate.parse("2024-04-14"), LocalDate.parse("2024-04-20"), DateBasis.TEXT, "");
    EventDate straddling = EventDate.range(LocalDate.parse("2024-04-10"), LocalDate.parse("2024-04-20"), DateBasis.TEXT, "");
    EventDate april = EventDate.of(LocalDate.parse("2024-04-01"), DatePrecision.MONTH, DateBasis.TEXT, "April");
    assertTrue(Scorer.dateRight(range, inside));
    assertFalse(Scorer.dateRight(range, straddling));
    assertFalse(Scorer.dateRight(range, april));
    assertTrue(Scorer.dateRight(new GoldDate(LocalDate.parse("2024-04-01"), LocalDate.parse("2024-04-30")), april));
    assertFalse(Scorer.dateRight(GoldDate.day(LocalDate.parse("2024-04-01")), april), "the month is not the day");
  }

  @Test
  void placeWithinFiftyKilometresIsRightSixtyIsNot() {
    GoldPlace.Gazetteer noId = new GoldPlace.Gazetteer("Damascus", OptionalLong.empty(), "SYR", 33.5102, 36.2913, "city");
    Place at45 = city("Somewhere", 1, "SYR", 33.5102 + 45 / KM_PER_DEGREE, 36.2913);
    Place at60 = city("Elsewhere", 2, "SYR", 33.5102 + 60 / KM_PER_DEGREE, 36.2913);
    assertEquals(45.0, Scorer.distanceKm(33.5102, 36.2913, at45.lat(), at45.lon()), 1e-6);
    assertTrue(Scorer.placeRight(noId, at45));
    assertFalse(Scorer.placeRight(noId, at60));
    assertFalse(Scorer.placeRight(noId, Place.UNKNOWN));
  }

  @Test
  void equalGeoNamesIdIsRightWhereverTheCoordinatesSay() {
    assertTrue(Scorer.placeRight(DAMASCUS, city("Dimashq", 170654, "SYR", 0.0, 0.0)));
    assertFalse(Scorer.placeRight(DAMASCUS, city("Homs", 169577, "SYR", 34.7268, 36.7234)));
  }

  @Test
  void countryLevelGoldIsRightAnywhereInThatCountry() {
    Place eilat = city("Eilat", 295277, "ISR", 29.5581, 34.9482);
    assertTrue(Scorer.distanceKm(ISRAEL.lat(), ISRAEL.lon(), eilat.lat(), eilat.lon()) > 200);
    assertTrue(Scorer.placeRight(ISRAEL, eilat));
    assertFalse(Scorer.placeRight(ISRAEL, city("Amman", 250441, "JOR", 31.9552, 35.945)));
    // A city-level gold place is not satisfied by another city of the same country.
    assertFalse(Scorer.placeRight(DAMASCUS, city("Aleppo", 170063, "SYR", 36.2021, 37.1343)));
  }

  @Test
  void sentencePlaceTextComparesTheLocalityIgnoringQualifierCaseAndAccents() {
    GoldPlace tessit = new GoldPlace.Named("Tessit (near), Gao Region, Mali");
    assertTrue(Scorer.placeRight(tessit, city("Tessit", 1, "MLI", 15.0, 0.9)));
    assertTrue(Scorer.placeRight(tessit, city("TESSIT", 1, "MLI", 15.0, 0.9)));
    assertFalse(Scorer.placeRight(tessit, city("Gao", 2, "MLI", 16.27, -0.04)));
    GoldPlace bogota = new GoldPlace.Named("Bogotá, Bogotá D.C., Colombia");
    assertTrue(Scorer.placeRight(bogota, city("Bogota", 3, "COL", 4.6, -74.08)));
    GoldPlace plain = new GoldPlace.Named("Sao Paulo, Brazil");
    assertTrue(Scorer.placeRight(plain, city("São Paulo", 4, "BRA", -23.5, -46.6)));
    // The toponym as written in the text also counts when the gazetteer name differs.
    Place byToponym = new Place("Ma`arrat an Nu`man", 5, "SYR", "", 35.64, 36.67,
        org.casus.model.PlacePrecision.CITY, "Maarat al-Numan");
    assertTrue(Scorer.placeRight(new GoldPlace.Named("Maarat al-Numan, Idlib Governorate, Syria"), byToponym));
  }

  @Test
  void killedIsRightWhenTheMinimumEqualsTheGold() {
    assertTrue(Scorer.killedRight(7, Optional.of(Quantity.exact(7, "seven"))));
    assertFalse(Scorer.killedRight(7, Optional.of(Quantity.exact(5, "five"))));
    assertTrue(Scorer.killedRight(18204, Optional.of(new Quantity(18204, -1, "at least", "at least 18,204"))));
    assertFalse(Scorer.killedRight(7, Optional.empty()));
    GoldRecord rec = record("r", gold("SOMREB", "SOMCVL", "190").killed(21), gold("SDNREB", "SDNCVL", "190").killed(57));
    EvalReport r = score(rec, events(predicted("SOMREB", "SOMCVL", "190").killed(21), predicted("SDNREB", "SDNCVL", "190").killed(5)));
    assertEquals(0.5, r.killedAccuracy());
  }

  @Test
  void accuraciesAreOverTruePositivesWithAGoldValue() {
    GoldRecord rec = record("r",
        gold("IRN", "ISR", "195").day("2024-04-13"),
        gold("CHN", "ISR", "111"),
        gold("USA", "ISR", "072").day("2024-04-01").optional());
    EvalReport r = score(rec, events(
        predicted("IRN", "ISR", "195").day("2024-04-27"),
        predicted("CHN", "ISR", "111").day("2024-04-27"),
        predicted("USA", "ISR", "072").day("2024-04-01")));
    assertEquals(0.0, r.dateAccuracy(), "one scored date, wrong; the non-required right one does not count");
    assertNull(r.placeAccuracy());
    assertNull(r.killedAccuracy());
  }

  @Test
  void noPredictionsGiveNullPrecisionAndZeroF1() {
    EvalReport r = score(record("r", gold("IRN", "ISR", "195")), List.of());
    assertNull(r.precision());
    assertEquals(0.0, r.recall());
    assertEquals(0.0, r.f1());
    EvalReport empty = score(record("r"), List.of());
    assertNull(empty.precision());
    assertNull(empty.recall());
    assertNull(empty.f1());
    assertEquals(1.0, empty.recordPassRate(), "a no-event record with no prediction passes");
    EvalReport spurious = score(record("r"), events(predicted("PAK", "AUS", "190")));
    assertEquals(0.0, spurious.precision());
    assertEquals(0.0, spurious.recordPassRate());
  }

  @Test
  void actorAccuracyCountsCodeMatchesWhoseActorsAreWrong() {
    GoldRecord rec = record("r", gold("IRNGOVMIL", "CHNGOVMIL", "044"), gold("CHN", "ISR", "111"), gold("IRN", "USA", "025"));
    RecordResult res = Scorer.scoreRecord(rec, events(
        predicted("IRNGOVMIL", "CHNGOVMIL", "043"),
        predicted("ISR", "CHN", "111"),
        predicted("IRN", "USA", "173")));
    assertEquals(1, res.tp());
    assertEquals(1, res.actorMisses().size());
    assertEquals("111", res.actorMisses().get(0).code());
    EvalReport r = score(rec, res.predicted());
    assertEquals(0.5, r.actorAccuracy(), "044 matched, 111 had its code but swapped actors, 025 no code");
  }

  @Test
  void recordPassesOnlyOnAnExactMultiset() {
    GoldRecord rec = record("r", gold("DAGGOV", "GON", "032"), gold("GON", "DAGGOV", "033"));
    assertTrue(Scorer.scoreRecord(rec, events(predicted("GON", "DAGGOV", "033"), predicted("DAGGOV", "GON", "032"))).passed());
    assertFalse(Scorer.scoreRecord(rec, events(predicted("DAGGOVMIL", "GON", "032"), predicted("GON", "DAGGOV", "033"))).passed(),
        "matches by SCORING.md but the code differs");
    assertFalse(Scorer.scoreRecord(rec, events(predicted("DAGGOV", "GON", "032"))).passed());
    assertFalse(Scorer.scoreRecord(rec, events(predicted("DAGGOV", "GON", "032"), predicted("GON", "DAGGOV", "033"),
        predicted("GON", "DAGGOV", "033"))).passed());
  }

  private static EventDate day(String iso) {
    return EventDate.day(LocalDate.parse(iso), DateBasis.TEXT, iso);
  }
}
