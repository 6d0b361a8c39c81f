package org.casus.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.casus.model.Actor;
import org.casus.model.CameoCode;
import org.casus.model.CharSpan;
import org.casus.model.EventMention;
import org.casus.model.Mode;
import org.casus.model.Place;
import org.casus.nlp.ParsedSentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where a deed of force happened when its own clause names no place: the deed noun of its subject
 * or oblique, or the clause of the verb it is coordinated with. Frozen parses of sentences written
 * for this test (src/test/resources/org/casus/geo/fixtures, {@link FixtureGenerator}).
 */
class MentionPlacerTest {
  static MentionPlacer placer;

  @BeforeAll
  static void load() throws Exception {
    placer = new MentionPlacer(GazetteerPlaceResolver.loadDefault(), Countries.loadDefault());
  }

  /**
   * The place of a force event (code 190) at {@code trigger}, source and target of no place of
   * their own; the target is the words {@code victims} of the sentence.
   */
  private static Place place(String fixture, String trigger, String sourceCode, String victims) throws IOException {
    ParsedSentence s = GazetteerPlaceResolverTest.fixture(fixture);
    int v = GazetteerPlaceResolverTest.index(s, trigger);
    Actor source = Actor.ofCode(sourceCode, sourceCode, s.token(v).span(), "test");
    int at = s.text().indexOf(victims);
    if (at < 0) {
      throw new AssertionError("no '" + victims + "' in " + s.text());
    }
    CharSpan span = new CharSpan(s.span().begin() + at, s.span().begin() + at + victims.length());
    Actor target = Actor.ofCode(victims, "---CVL", span, "test");
    EventMention m = new EventMention(0, v, source, Optional.of(target), new CameoCode("190"), "test", Mode.ASSERTED,
        false, Optional.empty());
    return placer.place(s, m, List.of());
  }

  @Test
  void theAttackOfTheObliqueHitAPlace() throws IOException {
    // "were killed in a Russian drone attack that hit a bakery in Kupiansk, ...": past, passive
    Place p = place("deed-oblique-clause", "killed", "RUS", "Three villagers");
    assertEquals("Kupiansk", p.name(), p.toString());
    assertEquals("UKR", p.country());
  }

  @Test
  void theStrikeOfADuringPhraseHitAPlace() throws IOException {
    Place p = place("deed-during-clause", "wounded", "IRNMIL", "Eleven patients");
    assertEquals("ISR", p.country(), p.toString());
    assertEquals("Beersheba", p.toponym().split(",")[0]);
  }

  @Test
  void aCoordinatedVerbTakesThePlaceOfItsFirstClause() throws IOException {
    // "... kills nine traders and injures twenty others": present tense, the second verb has no subject of its own
    Place p = place("deed-coordinated-present", "injures", "SDNMIL", "twenty others");
    assertEquals("SDN", p.country(), p.toString());
    assertEquals("Nyala", p.toponym().split(",")[0]);
  }

  @Test
  void aCoordinatedClauseWithItsOwnSubjectKeepsItsOwnPlace() throws IOException {
    Place p = place("deed-coordinated-own-subject", "killed", "SDNMIL", "twelve fighters");
    assertFalse(p.isKnown() && p.toponym().startsWith("Nyala"), p.toString());
  }

  @Test
  void aDeedNounTakesThePlaceNamedAnywhereInItsPhrase() throws IOException {
    // "airstrikes on oil wells and a power station in Qamishli, Syria": the parser hangs the
    // station on the strikes, so the struck wells, the target, name no place of their own
    ParsedSentence s = GazetteerPlaceResolverTest.fixture("deed-noun-conjunct");
    int noun = GazetteerPlaceResolverTest.index(s, "airstrikes");
    int wells = GazetteerPlaceResolverTest.index(s, "wells");
    assertEquals(noun, s.head(wells), "the fixture's premise: the wells hang on the strikes");
    // Qamishli is in no table under this spelling; its country comes from the qualifier
    Actor source = Actor.ofCode("Turkish", "TURMIL", s.token(0).span(), "test");
    Actor target = Actor.ofCode("oil wells", "---", s.spanOf(wells - 1, wells), "test");
    EventMention m = new EventMention(0, noun, source, Optional.of(target), new CameoCode("195"), "test",
        Mode.ASSERTED, false, Optional.empty());
    Place p = placer.place(s, m, List.of());
    assertEquals("SYR", p.country(), p.toString());
  }

  @Test
  void aVerbTakesThePlaceOfALaterVerbOfTheSameDeed() throws IOException {
    // "kills four people and injures eleven others in Kupiansk": present tense, the place on the
    // second verb only; "were killed and dozens were injured in Kherson": past, passive
    Place p = place("conj-later-place-present", "kills", "RUSMIL", "four people");
    assertEquals("UKR", p.country(), p.toString());
    assertEquals("Kupiansk", p.toponym().split(",")[0]);
    Place passive = place("conj-later-place-passive", "killed", "RUSMIL", "Six people");
    assertEquals("Kherson", passive.toponym().split(",")[0], passive.toString());
  }

  @Test
  void aLaterVerbWithItsOwnDoerKeepsItsPlace() throws IOException {
    Place p = place("conj-later-own-subject", "ambushed", "MLIREB", "a convoy");
    assertFalse(p.isKnown() && p.toponym().startsWith("Kidal"), p.toString());
  }
}
