package org.casus.eval.petrarch;

import org.casus.events.DependencyEventCoder;
import org.casus.model.EventMention;
import org.casus.events.Convention;
import org.casus.events.nominal.EventNouns;
import org.casus.events.pattern.VerbDictionary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.casus.actors.ActorDictionary;
import org.casus.actors.AgentDictionary;
import org.casus.actors.ArticleActors;
import org.casus.actors.LayeredActorResolver;
import org.casus.fixtures.ParseFixtures;
import org.casus.fixtures.ParseFixtures.Fixture;
import org.casus.geo.Countries;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;
import org.casus.resource.ResourceFormatException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The PETRARCH validation convention ({@link Convention#PETRARCH_VALIDATION})
 * over the bundled 2014 validation dictionaries, on own-words sentences with frozen parses in
 * {@code fixtures/petrarch}: paired verb codes ("LEFT [032:033]"), verb forms listed as headwords,
 * the first actor after the verb as target (not the speaker of a reporting clause), "be about
 * to", prefix agents, a role shared by a coordinated "of" list, and a multi-word verb whose first
 * word the parser took for a noun ("wire tapped"). Each fixture lists every (source, code, target) the coder must produce,
 * and nothing else; modes are not compared.
 */
class PetrarchConventionTest {
  private static DependencyEventCoder validation;
  private static DependencyEventCoder cameo;

  @BeforeAll
  static void load() throws ResourceFormatException {
    LayeredActorResolver actors = new LayeredActorResolver(List.of(ActorDictionary.load("validate-actors")),
        List.of(AgentDictionary.load("validate-agents")), Countries.loadDefault());
    cameo = new DependencyEventCoder(VerbDictionary.load("validate-"), EventNouns.none(), actors);
    validation = cameo.withConvention(Convention.PETRARCH_VALIDATION);
  }

  static Stream<Fixture> cases() {
    return ParseFixtures.load("petrarch").stream();
  }

  private static List<String> code(DependencyEventCoder coder, Fixture f) {
    ArticleActors memory = new ArticleActors(f.articleDate().orElse(null), List.of());
    List<String> out = new ArrayList<>();
    for (ParsedSentence s : f.parse().sentences()) {
      for (EventMention m : coder.code(s, memory)) {
        out.add(m.source().code() + " " + m.code().value() + " " + m.target().map(Actor::code).orElse("-"));
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void codesByThePetrarchConvention(Fixture f) {
    List<String> want = new ArrayList<>();
    for (JsonNode e : f.expect().path("events")) {
      want.add(e.path("source").asText() + " " + e.path("code").asText() + " " + e.path("target").asText());
    }
    List<String> got = code(validation, f);
    assertEquals(want.stream().sorted().toList(), got.stream().sorted().toList(), f.id() + ": " + f.text());
  }

  @Test
  void aPairedCodeIsActiveAndPassiveUnderTheCameoConvention() {
    Fixture f = cases().filter(x -> x.id().startsWith("p01")).findFirst().orElseThrow();
    List<String> got = code(cameo, f);
    assertTrue(got.stream().noneMatch(e -> e.contains(" 033 ")), "no paired 033 event by the CAMEO convention: " + got);
  }
}
