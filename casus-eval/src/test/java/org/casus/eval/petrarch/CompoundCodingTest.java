package org.casus.eval.petrarch;

import org.casus.eval.ValidationCoders;
import org.casus.events.DependencyEventCoder;
import org.casus.model.EventMention;
import org.casus.events.Convention;
import org.casus.events.pattern.PairedCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.casus.actors.ArticleActors;
import org.casus.fixtures.ParseFixtures;
import org.casus.fixtures.ParseFixtures.Fixture;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;
import org.casus.pipeline.CodingResources;
import org.casus.resource.ResourceFormatException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compound actors, paired codes and compound-subject patterns over frozen parses in
 * {@code fixtures/compound} (own sentences). {@code expect.dictionaries} is {@code production} (the
 * CAMEO convention), {@code validate-} (the PETRARCH-1 validation dictionaries and convention, as
 * {@code casus eval} runs them) or {@code validate202-} (UD-PETRARCH's 2.02 set); {@code expect.events} is the exact multiset of
 * {@code source code target} the coder must produce.
 */
class CompoundCodingTest {
  private static DependencyEventCoder production;
  private static DependencyEventCoder validation;
  private static DependencyEventCoder validation202;

  @BeforeAll
  static void load() throws ResourceFormatException {
    CodingResources p = CodingResources.loadDefault();
    production = new DependencyEventCoder(p.verbs(), p.eventNouns(), p.actorResolver());
    CodingResources v = ValidationCoders.resources(CodingResources.VALIDATION_2014);
    validation = new DependencyEventCoder(v.verbs(), v.eventNouns(), v.actorResolver())
        .withConvention(Convention.PETRARCH_VALIDATION)
        .withMultiCodeActors(true);
    CodingResources v202 = ValidationCoders.resources(CodingResources.VALIDATION_2_02);
    validation202 = new DependencyEventCoder(v202.verbs(), v202.eventNouns(), v202.actorResolver())
        .withConvention(Convention.PETRARCH_VALIDATION);
  }

  static Stream<Fixture> cases() {
    return ParseFixtures.load("compound").stream();
  }

  private static List<String> code(DependencyEventCoder coder, Fixture f) {
    ArticleActors memory = new ArticleActors(f.articleDate().orElse(null), List.of());
    List<EventMention> all = new ArrayList<>();
    for (ParsedSentence s : f.parse().sentences()) {
      all.addAll(coder.code(s, memory, List.copyOf(all)));
    }
    return all.stream().map(m -> m.source().code() + " " + m.code().value() + " "
        + m.target().map(Actor::code).orElse("-")).sorted().toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void codesTheCompound(Fixture f) {
    DependencyEventCoder coder = switch (f.expect().path("dictionaries").asText()) {
      case "validate-" -> validation;
      case "validate202-" -> validation202;
      default -> production;
    };
    List<String> want = new ArrayList<>();
    f.expect().path("events").forEach(e -> want.add(e.path("source").asText() + " " + e.path("code").asText() + " "
        + e.path("target").asText()));
    assertEquals(want.stream().sorted().toList(), code(coder, f), f.id() + ": " + f.text());
  }

  @Test
  void pairedCodesAreReadOnlyUnderThePetrarchConvention() {
    assertTrue(PairedCode.of("032:033", true).isPresent());
    assertEquals("033", PairedCode.of("032:033", true).orElseThrow().reverse());
    assertFalse(PairedCode.of("032:033", false).isPresent(), "PETRARCH-2 reads A:B as active:passive");
    assertFalse(PairedCode.of("032", true).isPresent());
    assertFalse(PairedCode.of(":033", true).isPresent(), "a passive-only code is no pair");
    assertFalse(PairedCode.of("032:---", true).isPresent());
  }

}
