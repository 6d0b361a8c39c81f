package org.casus.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.casus.nlp.corenlp.CoreNlpParser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The tagging repairs of {@link CoreNlpParser}; loads CoreNLP (the JVM-wide instance). */
@Tag("corenlp")
class CoreNlpParserTest {
  private static Token word(ParsedSentence s, String w) {
    return s.tokens().stream().filter(t -> t.word().equals(w)).findFirst().orElseThrow();
  }

  @Test
  void thatAfterASayingVerbAndATimePhraseIsTheComplementizer() {
    ParsedSentence s = CoreNlpParser.shared()
        .parse("The army said on Sunday that rebel dead from the fighting numbered 300.", Optional.empty())
        .sentences().get(0);
    assertEquals("IN", word(s, "that").pos(), s.tokens().toString());
    assertFalse(word(s, "rebel").pos().startsWith("VB"), s.tokens().toString());
    assertEquals("mark", s.relation(word(s, "that").index()), s.dependencies().toString());
  }

  @Test
  void aRelativeThatWithNoSayingVerbIsLeftAsTagged() {
    ParsedSentence s = CoreNlpParser.shared()
        .parse("Rain fell on the Sunday that rebel units marched.", Optional.empty()).sentences().get(0);
    assertEquals("WDT", word(s, "that").pos(), s.tokens().toString());
  }

  @Test
  void aLocativePrepositionTaggedAsAnAdverbBeforeANameIsThePreposition() {
    ParsedSentence s = CoreNlpParser.shared()
        .parse("The troops around Port Halden numbered 3,000.", Optional.empty())
        .sentences().get(0);
    assertEquals("IN", word(s, "around").pos(), s.tokens().toString());
    assertEquals("case", s.relation(word(s, "around").index()), s.dependencies().toString());
    assertFalse(s.relation(word(s, "Halden").index()).startsWith("nsubj"), s.dependencies().toString());
    assertEquals("nsubj", s.relation(word(s, "troops").index()), s.dependencies().toString());
  }

  @Test
  void anAdjectiveNearBeforeANameIsThePreposition() {
    ParsedSentence s = CoreNlpParser.shared()
        .parse("A reporter was found dead near Kyiv, Ukraine.", Optional.empty()).sentences().get(0);
    assertEquals("IN", word(s, "near").pos(), s.tokens().toString());
    assertEquals("case", s.relation(word(s, "near").index()), s.dependencies().toString());
  }

  private static ParsedSentence parse(String text) {
    return CoreNlpParser.shared().parse(text, Optional.empty()).sentences().get(0);
  }

  /** The head of the sentence's root arc. */
  private static int root(ParsedSentence s) {
    return s.dependencies().stream().filter(d -> d.relation().equals("root")).findFirst().orElseThrow().dependent();
  }

  @Test
  void aHeadlineVerbAfterAPluralSubjectIsTheVerb() {
    ParsedSentence s = parse("Kenyan police arrest six Somali nationals in Mombasa.");
    assertEquals("VBP", word(s, "arrest").pos(), s.tokens().toString());
    assertEquals(word(s, "arrest").index(), root(s), s.dependencies().toString());
    assertEquals("nsubj", s.relation(word(s, "police").index()), s.dependencies().toString());
  }

  @Test
  void aHeadlineVerbInTheThirdPersonIsTheVerb() {
    ParsedSentence s = parse("A military court in Dhaka sentences the former army chief to life in prison.");
    assertEquals("VBZ", word(s, "sentences").pos(), s.tokens().toString());
    assertEquals(word(s, "sentences").index(), root(s), s.dependencies().toString());
  }

  @Test
  void aHeadlineVerbInAnAdverbialClauseIsTheVerb() {
    ParsedSentence s = parse("Seven soldiers die as militants ambush their patrol near Gao.");
    assertTrue(word(s, "ambush").pos().startsWith("VB"), s.tokens().toString());
    assertEquals("nsubj", s.relation(word(s, "militants").index()), s.dependencies().toString());
  }

  @Test
  void theClauseHeadIsTriedBeforeTheNounsOfItsSubject() {
    ParsedSentence s = parse("Egypt's air force intercepts three drones over Sinai.");
    assertEquals("VBZ", word(s, "intercepts").pos(), s.tokens().toString());
    assertTrue(word(s, "force").pos().startsWith("NN"), s.tokens().toString());
  }

  @Test
  void aNounPhraseWithNoObjectIsLeftAsTagged() {
    ParsedSentence s = parse("Peace talks in Geneva.");
    assertTrue(word(s, "talks").pos().startsWith("NN"), s.tokens().toString());
  }
  @Test
  void aDroneBeforeAHeadlineVerbIsTheNounAndTheVerbIsTheRoot() {
    ParsedSentence s = parse("A Russian drone attacks a passenger bus in Kharkiv.");
    assertEquals("NN", word(s, "drone").pos(), s.tokens().toString());
    assertTrue(word(s, "attacks").pos().startsWith("VB"), s.tokens().toString());
    assertEquals(word(s, "attacks").index(), root(s), s.dependencies().toString());
  }

  @Test
  void aDroneModifyingAnEventNounIsANoun() {
    ParsedSentence s = parse("An overnight drone attack on Zaporizhzhia killed three people.");
    assertEquals("NN", word(s, "drone").pos(), s.tokens().toString());
    assertEquals(word(s, "killed").index(), root(s), s.dependencies().toString());
    assertEquals("nsubj", s.relation(word(s, "attack").index()), s.dependencies().toString());
  }

  @Test
  void pluralDronesAfterAVerbAreANoun() {
    ParsedSentence s = parse("The rebels launch drones at the airport of Port Halden.");
    assertEquals("NNS", word(s, "drones").pos(), s.tokens().toString());
    assertEquals("obj", s.relation(word(s, "drones").index()), s.dependencies().toString());
  }
  @Test
  void aFlaggedWordBeforeAShipIsAnAdjective() {
    ParsedSentence s = parse("A Sierra Leone-flagged freighter was struck by a missile.");
    assertEquals("JJ", word(s, "Leone-flagged").pos(), s.tokens().toString());
    assertEquals("nsubj:pass", s.relation(word(s, "freighter").index()), s.dependencies().toString());
  }
  @Test
  void aHeadlineVerbAfterAPlaceQualifiedByItsCountryIsTheVerb() {
    ParsedSentence s = parse("An Iranian missile barrage on Haifa, Israel, wounds thirty residents.");
    assertEquals("VBZ", word(s, "wounds").pos(), s.tokens().toString());
    assertEquals(word(s, "wounds").index(), root(s), s.dependencies().toString());
  }

  @Test
  void aHeadlineVerbAfterAPlaceQualifiedByItsRegionIsTheVerb() {
    ParsedSentence s = parse("Army artillery near Kupiansk, Kharkiv Oblast, shells three villages.");
    assertEquals("VBZ", word(s, "shells").pos(), s.tokens().toString());
    assertEquals(word(s, "shells").index(), root(s), s.dependencies().toString());
  }

  @Test
  void aPluralHeadlineVerbAfterAQualifiedPlaceIsTheVerb() {
    ParsedSentence s = parse("Fighters from a camp near Diffa, Niger, ambush a military patrol.");
    assertTrue(word(s, "ambush").pos().startsWith("VB"), s.tokens().toString());
    assertEquals("nsubj", s.relation(word(s, "Fighters").index()), s.dependencies().toString());
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "Prosecutors in Peru request that the former president be detained.|request|Prosecutors",
      "Brazil's foreign minister requests that Argentina explain the expulsions.|requests|minister",
      "Opposition lawmakers demand that the interior minister resign.|demand|lawmakers"})
  void aHeadlineVerbBeforeAThatClauseIsTheVerb(String text, String verb, String subject) {
    ParsedSentence s = parse(text);
    assertTrue(word(s, verb).pos().startsWith("VB"), s.tokens().toString());
    assertEquals("nsubj", s.relation(word(s, subject).index()), s.dependencies().toString());
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "The Supreme Court of Chile orders former senator Ana Prieto to wear an electronic tag.|orders|Court",
      "The High Court of Kenya orders former governor Peter Kamau to surrender his passport.|orders|Court",
      "The Federal Court of Argentina orders former minister Julio Vido to return the seized funds.|orders|Court",
      "Finnish foreign minister Elina Valtonen summons the Russian ambassador in Helsinki after drones violated"
          + " the country's airspace.|summons|Valtonen"})
  void aHeadlineVerbWhoseObjectTheParserLeftUnhungIsTheRoot(String text, String verb, String subject) {
    ParsedSentence s = parse(text);
    assertEquals("VBZ", word(s, verb).pos(), s.tokens().toString());
    assertEquals(word(s, verb).index(), root(s), s.dependencies().toString());
    assertEquals("nsubj", s.relation(word(s, subject).index()), s.dependencies().toString());
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "Canadian prime minister Mark Carney and European Council president Antonio Costa announce a trade pact that"
          + " would cut tariffs on steel.",
      "Japanese prime minister Shigeru Ishiba and European Commission president Ursula von der Leyen sign a defence"
          + " pact that would open new markets."})
  void aTitleBeforeANameTheParserLeftUnhungStaysANoun(String text) {
    ParsedSentence s = parse(text);
    assertEquals("NN", word(s, "president").pos(), s.tokens().toString());
  }
}
