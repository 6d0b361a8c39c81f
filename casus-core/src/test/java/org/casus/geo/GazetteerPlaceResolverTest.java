package org.casus.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.casus.model.CharSpan;
import org.casus.model.Place;
import org.casus.model.PlacePrecision;
import org.casus.nlp.Dependency;
import org.casus.nlp.ParsedDocument;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Place resolution on frozen CoreNLP 4.5.10 parses (src/test/resources/org/casus/geo/fixtures,
 * written by {@link FixtureGenerator}); no CoreNLP models are loaded here.
 */
class GazetteerPlaceResolverTest {
  static GazetteerPlaceResolver resolver;
  static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @BeforeAll
  static void load() throws Exception {
    resolver = GazetteerPlaceResolver.loadDefault();
  }

  static ParsedSentence fixture(String name) throws IOException {
    try (InputStream in = GazetteerPlaceResolverTest.class.getResourceAsStream("fixtures/" + name + ".json")) {
      if (in == null) {
        throw new IOException("missing fixture " + name);
      }
      return JSON.readValue(in, ParsedDocument.class).sentences().get(0);
    }
  }

  static int index(ParsedSentence s, String word) {
    for (Token t : s.tokens()) {
      if (t.word().equals(word)) {
        return t.index();
      }
    }
    throw new AssertionError("no token " + word + " in " + s.text());
  }

  static Place resolve(String fixture, String trigger, Set<String> actors) throws IOException {
    ParsedSentence s = fixture(fixture);
    return resolver.resolve(s, index(s, trigger), actors);
  }

  @Test
  void cityCountryPatternGivesTashkent() throws IOException {
    Place p = resolve("tashkent", "met", Set.of("PAK", "CHN"));
    assertEquals(1512569L, p.geonamesId(), p.toString());
    assertEquals("UZB", p.country());
    assertEquals(PlacePrecision.CITY, p.precision());
    assertEquals("Tashkent", p.name());
    assertEquals("Tashkent, Uzbekistan", p.toponym());
  }

  @Test
  void iraqiCapitalOfBaghdad() throws IOException {
    Place p = resolve("iraqi-capital-of-baghdad", "airstrike", Set.of("JOR"));
    assertEquals(98182L, p.geonamesId(), p.toString());
    assertEquals("Baghdad", p.toponym());
  }

  @Test
  void syrianCapitalAloneIsDamascus() throws IOException {
    Place viaNoun = resolve("syrian-capital", "airstrikes", Set.of("JOR"));
    assertEquals(170654L, viaNoun.geonamesId(), viaNoun.toString());
    assertEquals("Syrian capital", viaNoun.toponym());
    Place viaVerb = resolve("syrian-capital", "carried", Set.of("JOR"));
    assertEquals(170654L, viaVerb.geonamesId(), viaVerb.toString());
  }

  @Test
  void georgianPoliceInTbilisi() throws IOException {
    Place p = resolve("tbilisi", "detained", Set.of("GEO"));
    assertEquals("GEO", p.country(), p.toString());
    assertEquals(611717L, p.geonamesId());
  }

  @Test
  void bangorMaineIsTheUsOne() throws IOException {
    Place p = resolve("bangor", "arrested", Set.of());
    assertEquals(4957280L, p.geonamesId(), p.toString());
    assertEquals("USA", p.country());
    assertEquals("Maine", p.admin1());
    assertEquals("Bangor, Maine", p.toponym());
  }

  @Test
  void bangorAloneIsTheLargestBangor() {
    // Without "Maine" the most populous Bangor (Northern Ireland) wins; with a US actor, the US one.
    assertEquals("GBR", resolver.placeOfToponym("Bangor", Set.of()).orElseThrow().country());
    assertEquals("USA", resolver.placeOfToponym("Bangor", Set.of("USA")).orElseThrow().country());
  }

  @Test
  void kingstonPoliceInOntarioIsNotJamaica() throws IOException {
    Place p = resolve("kingston", "arrested", Set.of());
    assertNotEquals("JAM", p.country(), p.toString());
    assertEquals("CAN", p.country(), p.toString());
    assertEquals("Ontario", p.name());
    assertEquals(PlacePrecision.REGION, p.precision());
  }

  @Test
  void gazaStripIsARegionOfPalestine() throws IOException {
    Place p = resolve("gaza-killed", "killed", Set.of("ISR"));
    assertEquals(PlacePrecision.REGION, p.precision(), p.toString());
    assertEquals("PSE", p.country());
    assertEquals("Gaza Strip", p.name());
    assertEquals(0L, p.geonamesId());
    Place q = resolve("gaza", "called", Set.of("TUR"));
    assertEquals("Gaza Strip", q.name(), q.toString());
  }

  @Test
  void beijing() throws IOException {
    assertEquals(1816670L, resolve("beijing", "protested", Set.of()).geonamesId());
  }

  @Test
  void placeOfTheObject() throws IOException {
    Place p = resolve("bunia", "attacked", Set.of());
    assertEquals("Bunia", p.name(), p.toString());
    assertEquals("COD", p.country());
  }

  @Test
  void personNamesAreNotPlaces() throws IOException {
    Place p = resolve("jordan", "spoke", Set.of());
    assertEquals("Toronto", p.name(), p.toString());
    assertEquals("CAN", p.country());
  }

  @Test
  void countryAloneHasCountryPrecision() throws IOException {
    Place p = resolve("country-only", "met", Set.of());
    assertEquals(PlacePrecision.COUNTRY, p.precision(), p.toString());
    assertEquals("SYR", p.country());
    assertEquals(0L, p.geonamesId());
    assertFalse(Double.isNaN(p.lat()));
  }

  @Test
  void anUntaggedTownWithItsCountryAfterOnIsALocalityThere() throws IOException {
    Place p = resolve("untagged-town-country", "strikes", Set.of());
    assertEquals("YEM", p.country(), p.toString());
    assertEquals(PlacePrecision.LOCALITY, p.precision(), p.toString());
    assertEquals("Hodeidah", p.name());
  }

  @Test
  void anUnlistedTownWithItsCountryAfterOnIsALocalityThere() throws IOException {
    Place p = resolve("unlisted-town-after-on", "strikes", Set.of());
    assertEquals("YEM", p.country(), p.toString());
    assertEquals(PlacePrecision.LOCALITY, p.precision(), p.toString());
  }

  @Test
  void countriesListedAfterOnAreNoPlace() throws IOException {
    assertSame(Place.UNKNOWN, resolve("country-list-after-on", "sanctions", Set.of()));
  }

  @Test
  void anAirportNamedForItsTownIsInTheTown() throws IOException {
    ParsedSentence s = fixture("airport-named-for-town");
    Place p = resolver.placeOfPhrase(s, index(s, "Airport"), Set.of()).orElseThrow();
    assertEquals("UKR", p.country(), p.toString());
    assertEquals("Kharkiv", p.name(), p.toString());
  }

  @Test
  void aPortNamedForItsTownIsInTheTown() throws IOException {
    ParsedSentence s = fixture("port-named-for-town-present");
    Place p = resolver.placeOfPhrase(s, index(s, "Port"), Set.of()).orElseThrow();
    assertEquals("SOM", p.country(), p.toString());
    assertEquals(PlacePrecision.CITY, p.precision(), p.toString());
  }

  @Test
  void anAirportNamedForAPersonIsNoTown() throws IOException {
    ParsedSentence s = fixture("airport-named-for-person");
    assertTrue(resolver.placeOfPhrase(s, index(s, "Airport"), Set.of()).isEmpty(), s.text());
  }

  @Test
  void nothingFoundIsUnknown() throws IOException {
    assertSame(Place.UNKNOWN, resolve("no-place", "attacked", Set.of("IRN")));
  }

  @Test
  void largeForeignCapitalBeatsSmallNamesakeInActorCountry() throws IOException {
    Place p = resolve("paris", "met", Set.of("USA", "FRA"));
    assertEquals("FRA", p.country(), p.toString());
    assertEquals("USA", resolver.placeOfToponym("Paris, Texas", Set.of()).orElseThrow().country());
  }

  /** A chain of qualifiers whose nearest link no table lists still confines the name to its country. */
  @Test
  void aQualifierChainEndingInACountryConfinesTheName() {
    assertEquals("PHL", resolver.placeOfToponym("Guma", Set.of()).orElseThrow().country(), "a Philippine town once so called");
    assertEquals("NGA", resolver.placeOfToponym("Guma, Benue State, Nigeria", Set.of()).orElseThrow().country());
    assertEquals("NGA", resolver.placeOfToponym("Guma, Plateau Highlands, Nigeria", Set.of("PHL")).orElseThrow().country());
  }

  @Test
  void placeOfToponym() {
    assertEquals(1512569L, resolver.placeOfToponym("Tashkent, Uzbekistan", Set.of()).orElseThrow().geonamesId());
    assertEquals(PlacePrecision.REGION, resolver.placeOfToponym("the West Bank", Set.of()).orElseThrow().precision());
    assertEquals("UKR", resolver.placeOfToponym("Donbas", Set.of()).orElseThrow().country());
    assertEquals(PlacePrecision.COUNTRY, resolver.placeOfToponym("Iran", Set.of()).orElseThrow().precision());
    assertEquals("GEO", resolver.placeOfToponym("Georgia", Set.of()).orElseThrow().country());
    assertEquals("Georgia", resolver.placeOfToponym("Georgia", Set.of("USA")).orElseThrow().admin1());
    assertEquals(PlacePrecision.CITY, resolver.placeOfToponym("Singapore", Set.of()).orElseThrow().precision());
    assertEquals("Washington", resolver.placeOfToponym("Washington", Set.of()).orElseThrow().name());
    assertTrue(resolver.placeOfToponym("Xqzzyville", Set.of()).isEmpty());
    assertTrue(resolver.placeOfToponym("  ", Set.of()).isEmpty());
  }

  @Test
  void smallQualifiedUnknownFallsBackToTheQualifier() {
    Place p = resolver.placeOfToponym("Xqzzyville, Kansas", Set.of()).orElseThrow();
    assertEquals(PlacePrecision.REGION, p.precision());
    assertEquals("Kansas", p.name());
  }

  @Test
  void handBuiltSentenceWithSubtypedRelations() {
    // "Rebels attacked a clinic in Bunia" with enhanced-style subtypes (obl:in) instead of case arcs.
    List<String> words = List.of("Rebels", "attacked", "a", "clinic", "in", "Bunia");
    List<String> pos = List.of("NNS", "VBD", "DT", "NN", "IN", "NNP");
    List<String> ner = List.of("O", "O", "O", "O", "O", "LOCATION");
    java.util.ArrayList<Token> tokens = new java.util.ArrayList<>();
    int at = 0;
    for (int i = 0; i < words.size(); i++) {
      tokens.add(new Token(i, words.get(i), null, pos.get(i), ner.get(i), "", new CharSpan(at, at + words.get(i).length())));
      at += words.get(i).length() + 1;
    }
    ParsedSentence s = new ParsedSentence(0, new CharSpan(0, at - 1), String.join(" ", words), tokens, List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(3, 2, "det"),
        new Dependency(1, 3, "obj"), new Dependency(5, 4, "case"), new Dependency(3, 5, "nmod:in")));
    Place p = resolver.resolve(s, 1, Set.of());
    assertEquals("Bunia", p.name(), p.toString());
    // the same name attached as a possessor ("Bunia's clinic") is not the place
    ParsedSentence t = new ParsedSentence(0, s.span(), s.text(), tokens, List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(3, 2, "det"),
        new Dependency(1, 3, "obj"), new Dependency(5, 4, "case"), new Dependency(3, 5, "nmod:poss")));
    assertSame(Place.UNKNOWN, resolver.resolve(t, 1, Set.of()));
    assertThrows(IllegalArgumentException.class, () -> resolver.resolve(s, 6, Set.of()));
  }
}
