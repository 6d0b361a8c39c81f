package org.casus.events;

import org.casus.model.EventMention;
import org.casus.events.nominal.EventNouns;
import org.casus.events.pattern.VerbDictionary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.casus.actors.ActorDictionary;
import org.casus.actors.AgentDictionary;
import org.casus.actors.ArticleActors;
import org.casus.actors.LayeredActorResolver;
import org.casus.actors.Registers;
import org.casus.events.rules.DeedWithoutTarget;
import org.casus.fixtures.Checks;
import org.casus.fixtures.ParseFixtures;
import org.casus.fixtures.ParseFixtures.Fixture;
import org.casus.geo.Countries;
import org.casus.model.Actor;
import org.casus.model.ModeKind;
import org.casus.nlp.ParsedSentence;
import org.casus.resource.ResourceFormatException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden cases over frozen CoreNLP parses in {@code fixtures/events}. {@code expect.events} lists
 * every mention the coder must produce over the whole document, each as sentence, source code,
 * event code, target code and mode (optionally {@code sourceText}/{@code targetText}, words the
 * actor's text must contain; {@code antecedent}, the sentence of the mention an anaphor refers
 * back to; {@code tofix}). Any other mention fails the case unless {@code expect.tofixExtra} gives
 * the reason it is a known failure. An empty list means: no event at all.
 */
class DependencyEventCoderTest {
  private static DependencyEventCoder coder;
  private static Registers registers;

  @BeforeAll
  static void load() throws ResourceFormatException {
    LayeredActorResolver actors = new LayeredActorResolver(
        List.of(ActorDictionary.load("actors-casus"), ActorDictionary.loadDefault()),
        List.of(AgentDictionary.load("agents-casus"), AgentDictionary.loadDefault()), Countries.loadDefault());
    coder = new DependencyEventCoder(VerbDictionary.loadDefault(), EventNouns.loadDefault(), actors);
    registers = Registers.loadDefault();
  }

  static Stream<Fixture> cases() {
    return ParseFixtures.load("events").stream();
  }

  /** Codes the document sentence by sentence with one actor memory, as the pipeline does. */
  static List<EventMention> code(Fixture f) {
    ArticleActors memory = new ArticleActors(f.articleDate().orElse(null), registers.actorLayersFor(f.text()));
    List<EventMention> all = new ArrayList<>();
    for (ParsedSentence s : f.parse().sentences()) {
      all.addAll(coder.code(s, memory, List.copyOf(all)));
    }
    return all;
  }

  static String show(EventMention m) {
    return "s" + m.sentence() + " " + m.source().code() + " " + m.code() + " "
        + m.target().map(Actor::code).orElse("-") + " " + m.mode().kind()
        + m.antecedent().map(a -> " <-s" + a.sentence()).orElse("") + " [" + m.rule() + "; "
        + m.source().text() + " / " + m.target().map(Actor::text).orElse("") + "]";
  }

  private static boolean matches(JsonNode e, EventMention m) {
    boolean ok = e.path("sentence").asInt() == m.sentence()
        && e.path("source").asText().equals(m.source().code())
        && e.path("code").asText().equals(m.code().value())
        && e.path("target").asText().equals(m.target().map(Actor::code).orElse(""))
        && e.path("mode").asText("ASSERTED").equals(m.mode().kind().name());
    if (ok && e.has("sourceText")) {
      ok = m.source().text().contains(e.get("sourceText").asText());
    }
    if (ok && e.has("targetText")) {
      ok = m.target().map(Actor::text).orElse("").contains(e.get("targetText").asText());
    }
    if (ok && e.has("speaker")) {
      ok = m.mode().speaker().equals(e.get("speaker").asText());
    }
    if (ok && e.has("antecedent")) {
      ok = m.antecedent().map(EventMention::sentence).equals(Optional.of(e.get("antecedent").asInt()));
    }
    return ok;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void codesTheEvents(Fixture f) {
    List<EventMention> got = code(f);
    String all = f.id() + ": " + f.text() + "\n    got " + String.join("\n        ", got.stream().map(DependencyEventCoderTest::show).toList());
    Checks checks = new Checks(f.id());
    List<JsonNode> expected = new ArrayList<>();
    f.expect().path("events").forEach(expected::add);
    for (JsonNode e : expected) {
      String want = "s" + e.path("sentence").asInt() + " " + e.path("source").asText() + " " + e.path("code").asText()
          + " " + e.path("target").asText() + " " + e.path("mode").asText("ASSERTED");
      checks.add(want, e.path("tofix").asText(""), () -> {
        if (got.stream().noneMatch(m -> matches(e, m))) {
          fail("missing " + want + "\n    " + all);
        }
      });
    }
    checks.add("no other events", f.expect().path("tofixExtra").asText(""), () -> {
      List<String> extra = got.stream().filter(m -> expected.stream().noneMatch(e -> matches(e, m)))
          .map(DependencyEventCoderTest::show).toList();
      assertTrue(extra.isEmpty(), "unexpected " + extra + "\n    " + all);
    });
    checks.run();
  }

  /** Invariants over every fixture of every stage: what a mention may never be. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("allFixtures")
  void mentionsAreWellFormed(Fixture f) {
    for (EventMention m : code(f)) {
      String where = f.id() + ": " + show(m);
      ParsedSentence s = f.parse().sentences().get(m.sentence());
      assertTrue(m.trigger() < s.size(), where);
      boolean deedAlone = m.rule().endsWith(DeedWithoutTarget.RULE) && DeedWithoutTarget.codedWithoutTarget(m.code().value());
      assertTrue(m.source().isCoded() && m.target().map(Actor::isCoded).orElse(deedAlone),
          "a dyad is required, or a deed complete without a target: " + where);
      assertTrue(m.target().map(t -> !m.source().code().equals(t.code())).orElse(true), "no self events: " + where);
      if (m.code().root().equals("01")) {
        assertTrue(m.rule().startsWith("verb_patterns:"), "a statement (01x) needs a matched pattern, no verb fallback: " + where);
      }
      if (m.antecedent().isEmpty()) {
        assertTrue(s.span().begin() <= m.source().span().begin() && m.source().span().end() <= s.span().end()
            || m.source().rule().startsWith("coref"), "source outside its sentence: " + where);
      }
    }
  }

  static Stream<Fixture> allFixtures() {
    return Stream.of("events", "actors", "time", "quantity").flatMap(st -> ParseFixtures.load(st).stream());
  }

  @Test
  void theAnaphorPointsAtTheEarlierMention() {
    Fixture f = ParseFixtures.load("events").stream().filter(x -> x.id().equals("e09-event-anaphora")).findFirst().orElseThrow();
    List<EventMention> got = code(f);
    List<EventMention> anaphors = got.stream().filter(m -> m.antecedent().isPresent()).toList();
    assertEquals(1, anaphors.size(), got.stream().map(DependencyEventCoderTest::show).toList().toString());
    EventMention a = anaphors.get(0);
    assertTrue(got.contains(a.antecedent().get()), "the antecedent is one of the document's mentions");
    assertEquals(a.antecedent().get().source(), a.source(), "the anaphor takes its antecedent's source");
    assertEquals(ModeKind.ASSERTED, a.mode().kind());
    assertTrue(a.nominal());
  }
}
