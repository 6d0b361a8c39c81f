package org.casus.actors;

import org.casus.events.nominal.EventNouns;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.casus.fixtures.Checks;
import org.casus.fixtures.ParseFixtures;
import org.casus.fixtures.ParseFixtures.Fixture;
import org.casus.geo.Countries;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;
import org.casus.resource.ResourceFormatException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden cases over frozen CoreNLP parses in {@code fixtures/actors}: each {@code expect.actors}
 * entry names a sentence, the head word of a phrase and the CAMEO actor code it must resolve to
 * (optionally {@code rule}, a prefix of {@link Actor#rule()}, and {@code tofix}). Phrases are
 * resolved as the event coder resolves them: every noun and pronoun, once, in reading order, with
 * one {@link ArticleActors} per document.
 */
class LayeredActorResolverTest {
  private static LayeredActorResolver resolver;
  private static Registers registers;

  @BeforeAll
  static void load() throws ResourceFormatException {
    resolver = new LayeredActorResolver(List.of(ActorDictionary.load("actors-casus"), ActorDictionary.loadDefault()),
        List.of(AgentDictionary.load("agents-casus"), AgentDictionary.loadDefault()), Countries.loadDefault(),
        EventNouns.loadDefault().nounLemmas());
    registers = Registers.loadDefault();
  }

  static Stream<Fixture> cases() {
    return ParseFixtures.load("actors").stream();
  }

  /**
   * Resolves every phrase head of the document in reading order, after {@link
   * LayeredActorResolver#prepare} as the pipeline does; key "sentence:token".
   */
  static Map<String, Optional<Actor>> readInOrder(Fixture f, LayeredActorResolver r, ArticleActors memory) {
    Map<String, Optional<Actor>> out = new HashMap<>();
    r.prepare(f.parse(), memory);
    for (ParsedSentence s : f.parse().sentences()) {
      for (Token t : s.tokens()) {
        if (t.isNoun() || t.pos().startsWith("PRP") || t.pos().equals("WDT") || t.pos().equals("WP")) {
          out.put(s.index() + ":" + t.index(), r.resolve(s, t.index(), memory));
        }
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void resolvesActors(Fixture f) {
    ArticleActors memory = new ArticleActors(f.articleDate().orElse(null), registers.actorLayersFor(f.text()));
    Map<String, Optional<Actor>> got = readInOrder(f, resolver, memory);
    Checks checks = new Checks(f.id());
    for (JsonNode e : f.expect().path("actors")) {
      int sentence = e.path("sentence").asInt();
      String head = e.path("head").asText();
      checks.add("s" + sentence + " '" + head + "' -> " + e.path("code").asText(), e.path("tofix").asText(""), () -> {
        ParsedSentence s = f.parse().sentences().get(sentence);
        int t = indexOf(s, head);
        Optional<Actor> a = got.get(sentence + ":" + t);
        String where = f.id() + " s" + sentence + " '" + head + "' in: " + s.text() + " -> " + a;
        assertTrue(a != null && a.isPresent(), where);
        assertEquals(e.path("code").asText(), a.get().code(), where);
        if (e.has("rule")) {
          assertTrue(a.get().rule().startsWith(e.get("rule").asText()), where);
        }
      });
    }
    checks.run();
  }

  @Test
  void aPronounWithNoAntecedentNamesNoActor() {
    Fixture f = fixture("a05-its-last-group");
    ParsedSentence s = f.sentence();
    ArticleActors empty = new ArticleActors(null);
    assertEquals(Optional.empty(), resolver.resolve(s, indexOf(s, "its"), empty));
  }

  @Test
  void theSurnameIsNotCodedWithoutTheEarlierTitle() {
    // The memory test is honest only if the surname alone is not in a dictionary.
    Fixture f = fixture("a02-surname-memory-and-pronouns");
    ParsedSentence second = f.parse().sentences().get(1);
    Optional<Actor> a = resolver.resolve(second, indexOf(second, "Karimzadeh"), new ArticleActors(null));
    assertTrue(a.isEmpty() || !a.get().isCoded(), "Karimzadeh alone -> " + a);
  }

  @Test
  void theAcronymIsNotCodedWithoutTheEarlierName() {
    Fixture f = fixture("a04-acronym-remembered");
    ParsedSentence second = f.parse().sentences().get(1);
    Optional<Actor> a = resolver.resolve(second, indexOf(second, "NPS"), new ArticleActors(null));
    assertTrue(a.isEmpty() || !a.get().isCoded(), "the NPS alone -> " + a);
  }

  @Test
  void resolvingRemembersTheTitledPerson() {
    Fixture f = fixture("a01-title-nationality-counterpart");
    ArticleActors memory = new ArticleActors(null);
    readInOrder(f, resolver, memory);
    assertEquals("IRNGOVMIL", memory.byName("Karimzadeh").map(Actor::code).orElse("-"));
    assertEquals("IRNGOVMIL", memory.byName("hossein karimzadeh").map(Actor::code).orElse("-"));
    assertEquals("CHNGOVMIL", memory.byName("Li Wenhao").map(Actor::code).orElse("-"));
  }

  static Fixture fixture(String id) {
    return ParseFixtures.load("actors").stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
  }

  static int indexOf(ParsedSentence s, String word) {
    for (int i = 0; i < s.size(); i++) {
      if (s.token(i).word().equals(word)) {
        return i;
      }
    }
    throw new AssertionError(word + " not in " + s.text());
  }
}
