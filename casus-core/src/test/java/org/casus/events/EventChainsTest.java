package org.casus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.casus.actors.ActorDictionary;
import org.casus.actors.AgentDictionary;
import org.casus.actors.ArticleActors;
import org.casus.actors.LayeredActorResolver;
import org.casus.actors.Registers;
import org.casus.events.nominal.EventNouns;
import org.casus.events.pattern.VerbDictionary;
import org.casus.events.roles.RoleRule;
import org.casus.events.roles.TargetRule;
import org.casus.fixtures.ParseFixtures;
import org.casus.fixtures.ParseFixtures.Fixture;
import org.casus.geo.Countries;
import org.casus.model.EventMention;
import org.casus.nlp.ParsedSentence;
import org.casus.trace.RecordingTrace;
import org.junit.jupiter.api.Test;

/**
 * Conventions every rule of the CAMEO chains keeps (as Lucene's meta-tests check every analyzer):
 * an id of its own in the {@code target:}/{@code role:}/{@code source:} namespace, and at least one
 * golden case ({@code fixtures/events}) in which it acts, so that no rule sits in a chain untested.
 * The PETRARCH rules are checked the same way over the PETRARCH fixtures in casus-eval.
 */
class EventChainsTest {
  @Test
  void everyRuleHasItsOwnId() {
    Set<String> ids = new HashSet<>();
    for (String id : ids(Convention.PETRARCH_VALIDATION)) {
      assertTrue(id.matches("(target|role|source):[a-z-]+"), "rule id " + id);
      assertTrue(ids.add(id), "two rules named " + id);
    }
  }

  @Test
  void everyCameoRuleActsInAGoldenCase() throws Exception {
    LayeredActorResolver actors = new LayeredActorResolver(
        List.of(ActorDictionary.load("actors-casus"), ActorDictionary.loadDefault()),
        List.of(AgentDictionary.load("agents-casus"), AgentDictionary.loadDefault()), Countries.loadDefault());
    DependencyEventCoder coder = new DependencyEventCoder(VerbDictionary.loadDefault(), EventNouns.loadDefault(), actors);
    Registers registers = Registers.loadDefault();
    Set<String> fired = new TreeSet<>();
    for (Fixture f : ParseFixtures.load("events")) {
      ArticleActors memory = new ArticleActors(f.articleDate().orElse(null), registers.actorLayersFor(f.text()));
      RecordingTrace trace = new RecordingTrace();
      List<EventMention> all = new ArrayList<>();
      for (ParsedSentence s : f.parse().sentences()) {
        all.addAll(coder.code(s, memory, List.copyOf(all), trace));
      }
      trace.entries().stream().filter(e -> !e.isDrop()).forEach(e -> fired.add(e.rule()));
    }
    List<String> silent = ids(Convention.CAMEO).stream().filter(id -> !fired.contains(id)).toList();
    assertEquals(List.of(), silent, "rules no golden case exercises (fired: " + fired + ")");
  }

  /** The ids of the chains of convention {@code c}, target rules first. */
  static List<String> ids(Convention c) {
    List<String> out = new ArrayList<>();
    EventChains.targetRules(c).stream().map(TargetRule::id).forEach(out::add);
    EventChains.roleRules(c).stream().map(RoleRule::id).forEach(out::add);
    return out;
  }
}
