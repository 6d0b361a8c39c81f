package org.casus.geo;

import static org.casus.geo.GazetteerPlaceResolverTest.fixture;
import static org.casus.geo.GazetteerPlaceResolverTest.index;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Set;
import org.casus.model.Place;
import org.casus.model.PlacePrecision;
import org.casus.nlp.ParsedSentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Towns that CoreNLP's NER tags as a person, on frozen parses of sentences written for these
 * tests: taken as places only after a locative preposition and when the text confirms them.
 */
class MisreadTownsTest {
  static GazetteerPlaceResolver resolver;

  @BeforeAll
  static void load() throws Exception {
    resolver = GazetteerPlaceResolver.loadDefault();
  }

  @Test
  void aTownTaggedAsAPersonIsAPlaceWhenItsCountryFollows() throws IOException {
    ParsedSentence s = fixture("misread-town-country");
    assertEquals("PERSON", s.token(index(s, "Machala")).ner(), "the fixture's premise");
    Place p = resolver.resolve(s, index(s, "killed"), Set.of());
    assertEquals("Machala", p.name(), p.toString());
    assertEquals("ECU", p.country());
    assertEquals(PlacePrecision.CITY, p.precision());
    assertTrue(resolver.placesNamed(s).stream().anyMatch(x -> x.name().equals("Machala")), "named in the sentence");
  }

  @Test
  void aTownTaggedAsAPersonNeedsTheActorsCountryWhenNoCountryIsNamed() throws IOException {
    ParsedSentence s = fixture("misread-town-no-qualifier");
    int t = index(s, "exploded");
    assertFalse(resolver.resolve(s, t, Set.of()).isKnown(), "nothing in the text confirms a town");
    assertFalse(resolver.resolve(s, t, Set.of("IND")).isKnown(), "not a town of the actors' country");
    Place p = resolver.resolve(s, t, Set.of("PAK"));
    assertEquals("Dera Ismail Khan", p.name(), p.toString());
    assertEquals("PAK", p.country());
  }

  @Test
  void anOrganisationAfterInIsNoSmallTownOfTheActorsCountry() throws IOException {
    ParsedSentence s = fixture("misread-congress");
    assertFalse(resolver.resolve(s, index(s, "stuck"), Set.of("USA")).isKnown(),
        "Congress, Arizona has fewer than " + PlacePhrases.MISREAD_MIN_POPULATION + " people");
    assertTrue(resolver.placesNamed(s).isEmpty());
  }

  @Test
  void aTownTaggedAsAPersonThatNoTableListsIsALocalityOfTheCountryAfterIt() throws IOException {
    // "in Bint Jbeil, Lebanon" (past; the gazetteer spells it otherwise) and "in Jabal Amel,
    // Lebanon" (present): the "Name, Country" form of summaries makes each a town there
    for (String[] f : new String[][] {{"misread-town-unlisted", "struck", "Bint Jbeil"},
        {"misread-town-unlisted-present", "kill", "Jabal Amel"}}) {
      ParsedSentence s = fixture(f[0]);
      assertEquals("PERSON", s.token(index(s, f[2].split(" ")[0])).ner(), "the fixture's premise");
      Place p = resolver.resolve(s, index(s, f[1]), Set.of());
      assertEquals(f[2], p.name(), p.toString());
      assertEquals("LBN", p.country());
      assertEquals(PlacePrecision.LOCALITY, p.precision());
    }
  }
}
