package org.casus.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.events.CameoOntology;
import org.casus.model.EventMention;
import org.casus.model.Actor;
import org.casus.model.CameoCode;
import org.casus.model.CharSpan;
import org.casus.model.DateBasis;
import org.casus.model.DatePrecision;
import org.casus.model.Event;
import org.casus.model.EventDate;
import org.casus.model.Mention;
import org.casus.model.Mode;
import org.casus.model.ModeKind;
import org.casus.model.Place;
import org.casus.model.PlacePrecision;
import org.casus.model.Quantity;
import org.casus.resource.ResourceFormatException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The merge rules on hand-built mentions: no parse needed. */
class MentionMergerTest {
  private static MentionMerger merger;
  private static CameoOntology ontology;
  private static final Map<String, String> VERSIONS = Map.of("verbs", "test");

  private static final LocalDate APR_1 = LocalDate.of(2024, 4, 1);
  private static final LocalDate APR_13 = LocalDate.of(2024, 4, 13);
  private static final EventDate TEXT_APR_1 = EventDate.day(APR_1, DateBasis.TEXT, "April 1");
  private static final EventDate TEXT_APR_13 = EventDate.day(APR_13, DateBasis.TEXT, "April 13");
  private static final EventDate STORY_APR_26 = EventDate.day(LocalDate.of(2024, 4, 26), DateBasis.STORY_CONTEXT, "Friday");
  private static final EventDate ARTICLE_APR_27 = EventDate.day(LocalDate.of(2024, 4, 27), DateBasis.ARTICLE_DATE, "");
  private static final Place DAMASCUS = new Place("Damascus", 170654, "SYR", "Dimashq", 33.51, 36.29, PlacePrecision.CITY, "Damascus");
  private static final Place SYRIA = new Place("Syria", 0, "SYR", "", 35.0, 38.0, PlacePrecision.COUNTRY, "Syria");

  @BeforeAll
  static void load() throws ResourceFormatException {
    ontology = CameoOntology.loadDefault();
    merger = new MentionMerger(ontology);
  }

  /** A mention in sentence {@code s}; sentence spans are [100s, 100s + 90), the trigger at 100s + 10. */
  private static LocatedMention m(int s, String source, String code, String target, EventDate date, Place place,
      Optional<Quantity> killed, ModeKind mode) {
    return m(s, 3, source, code, target, date, place, killed, mode);
  }

  /** As above, the trigger at token {@code trigger}. */
  private static LocatedMention m(int s, int trigger, String source, String code, String target, EventDate date,
      Place place, Optional<Quantity> killed, ModeKind mode) {
    CharSpan sentence = new CharSpan(100 * s, 100 * s + 90);
    Actor src = Actor.ofCode(source, source, new CharSpan(100 * s, 100 * s + 5), "test");
    Actor tgt = Actor.ofCode(target, target, new CharSpan(100 * s + 20, 100 * s + 25), "test");
    EventMention em = new EventMention(s, trigger, src, Optional.of(tgt), new CameoCode(code), "rule-s" + s,
        new Mode(mode, mode == ModeKind.REPORTED ? "officials" : ""), false, Optional.empty());
    return new LocatedMention(em, sentence, "sentence " + s, new CharSpan(100 * s + 10, 100 * s + 15), "trigger" + s, date,
        place, killed, Optional.empty());
  }

  private static LocatedMention m(int s, String source, String code, String target, EventDate date) {
    return m(s, source, code, target, date, Place.UNKNOWN, Optional.empty(), ModeKind.ASSERTED);
  }

  private List<Event> merge(LocatedMention... ms) {
    return merger.merge("doc", List.of(ms), VERSIONS);
  }

  @Test
  void nothingInNothingOut() {
    assertEquals(List.of(), merger.merge("doc", List.of(), VERSIONS));
  }

  @Test
  void materialEventsMergeByCountriesAndRoot() {
    // The strike told three times, with different sectors and base codes of root 19.
    List<Event> es = merge(m(0, "ISR", "195", "IRN", TEXT_APR_1), m(2, "ISRMIL", "190", "IRNGOV", ARTICLE_APR_27),
        m(4, "ISR", "19", "IRNMIL", STORY_APR_26));
    assertEquals(1, es.size(), es.toString());
    Event e = es.get(0);
    assertEquals("195", e.code().value(), "the most specific code");
    assertEquals("ISRMIL", e.source().code(), "actors from the mention whose codes say most");
    assertEquals(Optional.of("IRNGOV"), e.target().map(Actor::code));
    assertEquals(List.of(0, 2, 4), e.mentions().stream().map(Mention::sentence).toList());
  }

  @Test
  void materialEventsWithAnotherRootOrCountryStayApart() {
    List<Event> es = merge(m(0, "ISR", "195", "IRN", TEXT_APR_1), m(1, "ISR", "173", "IRN", TEXT_APR_1),
        m(2, "ISR", "195", "SYR", TEXT_APR_1), m(3, "USA", "195", "IRN", TEXT_APR_1));
    assertEquals(4, es.size(), es.toString());
  }

  @Test
  void verbalEventsMergeOnlyWithEqualFullCodes() {
    // The state's condemnation and its minister's are two events; the minister's repeated one is one.
    List<Event> es = merge(m(0, "IRN", "111", "ISR", ARTICLE_APR_27), m(1, "IRNGOV", "111", "ISR", ARTICLE_APR_27),
        m(2, "IRNGOV", "112", "ISR", ARTICLE_APR_27), m(3, "IRNGOV", "111", "ISRMIL", ARTICLE_APR_27));
    assertEquals(3, es.size(), es.toString());
    assertEquals(List.of(0), es.get(0).mentions().stream().map(Mention::sentence).toList());
    assertEquals(List.of(1, 2), es.get(1).mentions().stream().map(Mention::sentence).toList());
    assertEquals(List.of(3), es.get(2).mentions().stream().map(Mention::sentence).toList());
  }

  @Test
  void townsFarApartAreTwoEventsAndATownInsideItsCountryIsOne() {
    Place homs = new Place("Homs", 169577, "SYR", "Homs", 34.73, 36.71, PlacePrecision.CITY, "Homs");
    Place jaramana = new Place("Jaramana", 170017, "SYR", "Rif-dimashq", 33.49, 36.35, PlacePrecision.CITY, "Jaramana");
    Place beirut = new Place("Beirut", 276781, "LBN", "Beyrouth", 33.89, 35.50, PlacePrecision.CITY, "Beirut");
    Optional<Quantity> none = Optional.empty();
    // Homs is about 140 km from Damascus: two strikes that day.
    assertEquals(2, merge(m(0, "ISR", "195", "SYR", TEXT_APR_1, DAMASCUS, none, ModeKind.ASSERTED),
        m(1, "ISR", "195", "SYR", TEXT_APR_1, homs, none, ModeKind.ASSERTED)).size());
    // Jaramana is a suburb 7 km away, and the country holds both: one strike.
    assertEquals(1, merge(m(0, "ISR", "195", "SYR", TEXT_APR_1, DAMASCUS, none, ModeKind.ASSERTED),
        m(1, "ISR", "195", "SYR", TEXT_APR_1, jaramana, none, ModeKind.ASSERTED),
        m(2, "ISR", "195", "SYR", TEXT_APR_1, SYRIA, none, ModeKind.ASSERTED)).size());
    // Another country is another event, whatever the precision.
    assertEquals(2, merge(m(0, "ISR", "195", "SYR", TEXT_APR_1, SYRIA, none, ModeKind.ASSERTED),
        m(1, "ISR", "195", "SYR", TEXT_APR_1, beirut, none, ModeKind.ASSERTED)).size());
  }

  @Test
  void twoTextDatesThatDoNotOverlapAreTwoEvents() {
    List<Event> es = merge(m(0, "IRNMIL", "195", "ISR", TEXT_APR_1), m(1, "IRNMIL", "195", "ISR", TEXT_APR_13));
    assertEquals(2, es.size(), es.toString());
    assertEquals(List.of("doc-1", "doc-2"), es.stream().map(Event::id).toList());
  }

  @Test
  void aTextDateInsideATextRangeIsTheSameEvent() {
    EventDate earlierThisMonth = EventDate.range(APR_1, LocalDate.of(2024, 4, 26), DateBasis.TEXT, "earlier this month");
    EventDate april = EventDate.of(LocalDate.of(2024, 4, 1), DatePrecision.MONTH, DateBasis.TEXT, "April");
    List<Event> es = merge(m(0, "ISR", "195", "IRN", earlierThisMonth), m(1, "ISR", "195", "IRN", TEXT_APR_13),
        m(2, "ISR", "195", "IRN", april));
    assertEquals(1, es.size(), es.toString());
    assertEquals(TEXT_APR_13, es.get(0).date(), "the day beats the range and the month");
  }

  @Test
  void aDateNotReadFromTheTextNeverSplits() {
    List<Event> es = merge(m(0, "ISR", "195", "IRN", TEXT_APR_1), m(1, "ISR", "195", "IRN", STORY_APR_26),
        m(2, "ISR", "195", "IRN", EventDate.UNKNOWN), m(3, "ISR", "195", "IRN", ARTICLE_APR_27));
    assertEquals(1, es.size(), es.toString());
  }

  @Test
  void aMentionMustAgreeWithEveryMemberOfTheGroup() {
    // The undated mention joins April 1; April 13 contradicts April 1 and opens its own event.
    List<Event> es = merge(m(0, "ISR", "195", "IRN", TEXT_APR_1), m(1, "ISR", "195", "IRN", STORY_APR_26),
        m(2, "ISR", "195", "IRN", TEXT_APR_13));
    assertEquals(2, es.size(), es.toString());
    assertEquals(2, es.get(0).mentions().size());
  }

  @Test
  void theMergedEventKeepsTheBestOfItsMentions() {
    Optional<Quantity> five = Optional.of(Quantity.exact(5, "five"));
    Optional<Quantity> atLeastSeven = Optional.of(new Quantity(7, -1, "at least", "at least seven"));
    List<Event> es = merge(
        m(0, "ISR", "195", "IRN", STORY_APR_26, SYRIA, five, ModeKind.REPORTED),
        m(1, "ISR", "195", "IRN", EventDate.of(APR_1, DatePrecision.MONTH, DateBasis.TEXT, "April"), Place.UNKNOWN,
            atLeastSeven, ModeKind.REPORTED),
        m(2, "ISR", "195", "IRN", ARTICLE_APR_27, DAMASCUS, Optional.empty(), ModeKind.ASSERTED));
    assertEquals(1, es.size(), es.toString());
    Event e = es.get(0);
    assertEquals(3, e.mentions().size());
    assertEquals(DAMASCUS, e.place(), "the most precise place");
    assertEquals(atLeastSeven, e.killed(), "the largest count");
    assertEquals(Optional.empty(), e.wounded());
    assertEquals(DateBasis.TEXT, e.date().basis(), "a date read from the text beats the story's day");
    assertEquals(DatePrecision.MONTH, e.date().precision());
    assertEquals(ModeKind.ASSERTED, e.mode().kind(), "an asserted mention makes the event asserted");
    assertEquals(0, e.sentence(), "the event is reported first in sentence 0");
    assertEquals(new CharSpan(10, 15), e.span());
  }

  @Test
  void theOntologyGivesQuadClassGoldsteinAndPlover() {
    Event e = merge(m(0, "ISR", "195", "IRN", TEXT_APR_1)).get(0);
    CameoOntology.CodeInfo info = ontology.info("195").orElseThrow();
    assertEquals(4, e.quadClass());
    assertEquals(info.goldstein(), e.goldstein());
    assertEquals(info.ploverType(), e.ploverType());
    assertEquals("doc", e.provenance().docId());
    assertEquals(VERSIONS, e.provenance().resourceVersions());
    assertEquals("rule-s0", e.provenance().rule());
  }

  @Test
  void aValidationTestCodeHasNoQuadClassGoldsteinOrPlover() {
    Event e = merge(m(0, "ARN", "174K", "GON", TEXT_APR_1)).get(0);
    assertEquals("174K", e.code().value());
    assertEquals(0, e.quadClass());
    assertTrue(Double.isNaN(e.goldstein()));
    assertEquals("", e.ploverType());
  }

  @Test
  void provenanceNamesTheMentionThatGaveTheCode() {
    Event e = merge(m(0, "ISR", "19", "IRN", TEXT_APR_1), m(3, "ISR", "195", "IRN", TEXT_APR_1)).get(0);
    assertEquals("195", e.code().value());
    assertEquals(3, e.provenance().sentence());
    assertEquals("rule-s3", e.provenance().rule());
    assertTrue(e.provenance().span().begin() >= 300);
  }
  /** A statement in sentence {@code s} by the word at token {@code trigger}. */
  private static LocatedMention said(int s, int trigger, String source, String code, String target) {
    return m(s, trigger, source, code, target, ARTICLE_APR_27, Place.UNKNOWN, Optional.empty(), ModeKind.FUTURE);
  }

  @Test
  void twoSpecificStatementsOfOneSentenceByTwoWordsAreTwoEvents() {
    // "Iran and the United States agree to halt strikes and will hold a meeting": 0356 and 036
    List<Event> es = merge(said(0, 5, "IRN", "0356", "USA"), said(0, 14, "IRN", "036", "USA"));
    assertEquals(2, es.size(), es.toString());
    assertEquals(List.of("0356", "036"), es.stream().map(e -> e.code().value()).toList());
    // "Russia pledges to send aid": the general 030 and the specific 0333 are one statement
    es = merge(said(0, 1, "RUS", "030", "CUB"), said(0, 4, "RUS", "0333", "CUB"));
    assertEquals(1, es.size(), es.toString());
    assertEquals("0333", es.get(0).code().value());
    // one word read two ways, or the intents told again in another sentence, stay one event
    assertEquals(1, merge(said(0, 5, "IRN", "0356", "USA"), said(0, 5, "IRN", "036", "USA")).size());
    assertEquals(1, merge(said(0, 5, "IRN", "0356", "USA"), said(1, 9, "IRN", "036", "USA")).size());
    // deeds are not statements: two codes of root 19 in one sentence are one attack
    assertEquals(1, merge(said(0, 2, "RUSMIL", "195", "UKR"), said(0, 8, "RUSMIL", "194", "UKR")).size());
  }

  @Test
  void theInjuriesOfAnAttackAreThatAttack() {
    // "a missile strike kills five people and injures twelve": one event, coded as the killing
    List<Event> es = merge(m(0, "RUSMIL", "190", "UKRCVL", ARTICLE_APR_27),
        m(0, "RUSMIL", "182", "UKRCVL", ARTICLE_APR_27));
    assertEquals(1, es.size(), es.toString());
    assertEquals("190", es.get(0).code().value());
    // "two are wounded and one is killed in the shelling": the injury first, the fighting's code still wins
    es = merge(m(0, "SDNREB", "180", "SDNCVL", ARTICLE_APR_27), m(0, "SDNREB", "194", "SDNCVL", ARTICLE_APR_27));
    assertEquals(1, es.size(), es.toString());
    assertEquals("194", es.get(0).code().value());
  }

  @Test
  void theAttackToldAgainJoinsTheEventThatHoldsItsInjuries() {
    List<Event> es = merge(m(0, "ISRMIL", "195", "LBNCVL", ARTICLE_APR_27),
        m(0, "ISRMIL", "182", "LBNCVL", ARTICLE_APR_27), m(1, "ISRMIL", "190", "LBN", ARTICLE_APR_27));
    assertEquals(1, es.size(), es.toString());
    assertEquals(List.of(0, 0, 1), es.get(0).mentions().stream().map(Mention::sentence).toList());
  }

  @Test
  void injuriesOfAnotherSentenceAndAbductionsStayApart() {
    assertEquals(2, merge(m(0, "RUSMIL", "190", "UKRCVL", ARTICLE_APR_27),
        m(1, "RUSMIL", "182", "UKRCVL", ARTICLE_APR_27)).size(),
        "an assault told in another sentence may be another deed");
    assertEquals(2, merge(m(0, "MLIUAF", "190", "MLICVL", ARTICLE_APR_27),
        m(0, "MLIUAF", "181", "MLICVL", ARTICLE_APR_27)).size(), "an abduction is a deed of its own");
  }
}
