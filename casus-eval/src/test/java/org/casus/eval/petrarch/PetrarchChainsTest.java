package org.casus.eval.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.casus.actors.ActorDictionary;
import org.casus.actors.AgentDictionary;
import org.casus.actors.ArticleActors;
import org.casus.actors.LayeredActorResolver;
import org.casus.events.Convention;
import org.casus.events.DependencyEventCoder;
import org.casus.events.EventChains;
import org.casus.events.nominal.EventNouns;
import org.casus.events.pattern.VerbDictionary;
import org.casus.events.roles.RoleRule;
import org.casus.events.roles.TargetRule;
import org.casus.fixtures.ParseFixtures;
import org.casus.fixtures.ParseFixtures.Fixture;
import org.casus.eval.GoldRuns;
import org.casus.geo.Countries;
import org.casus.model.EventMention;
import org.casus.nlp.ParsedSentence;
import org.casus.trace.RecordingTrace;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every rule the PETRARCH validation convention adds to the chains acts in at least one golden
 * case: the frozen fixtures of {@code fixtures/petrarch} (read with the 2014 and the 2.02 sets)
 * or a record of the two PETRARCH functional suites (coded once per JVM by {@link GoldRuns}, which
 * needs {@code ../shared}): no PETRARCH rule sits in a chain untested.
 */
@Tag("corenlp")
class PetrarchChainsTest {
  @Test
  void everyPetrarchRuleActsInAGoldenCase() throws Exception {
    Set<String> fired = new TreeSet<>();
    for (String prefix : List.of("validate-", "validate202-")) {
      LayeredActorResolver actors = new LayeredActorResolver(List.of(ActorDictionary.load(prefix + "actors")),
          List.of(AgentDictionary.load(prefix + "agents")), Countries.loadDefault());
      DependencyEventCoder coder = new DependencyEventCoder(VerbDictionary.load(prefix), EventNouns.none(), actors)
          .withConvention(Convention.PETRARCH_VALIDATION);
      for (Fixture f : ParseFixtures.load("petrarch")) {
        ArticleActors memory = new ArticleActors(f.articleDate().orElse(null), List.of());
        RecordingTrace trace = new RecordingTrace();
        List<EventMention> all = new ArrayList<>();
        for (ParsedSentence s : f.parse().sentences()) {
          all.addAll(coder.code(s, memory, List.copyOf(all), trace));
        }
        trace.entries().stream().filter(e -> !e.isDrop()).forEach(e -> fired.add(e.rule()));
      }
    }
    assumeTrue(GoldRuns.eval().isPresent(), "../shared/eval is absent: the PETRARCH suites that exercise these rules"
        + " cannot be coded; skipping");
    fired.addAll(GoldRuns.rulesFired("petrarch2_validation.jsonl"));
    fired.addAll(GoldRuns.rulesFired("udpetrarch_validate_2_02.jsonl"));
    List<String> petrarch = new ArrayList<>();
    EventChains.targetRules(Convention.PETRARCH_VALIDATION).stream().map(TargetRule::id).forEach(petrarch::add);
    EventChains.roleRules(Convention.PETRARCH_VALIDATION).stream().map(RoleRule::id).forEach(petrarch::add);
    List<String> silent = petrarch.stream().filter(id -> id.contains("petrarch") && !fired.contains(id)).toList();
    assertEquals(List.of(), silent, "PETRARCH rules no golden case exercises (fired: " + fired + ")");
  }
}
