package org.casus.actors.layers;

import org.casus.model.Actor;

/**
 * The last layer: the code of the country and the sectors found, with the sectors of prefix agents
 * ({@code [NGO~]}: "MSF Arnor" is NGOARN) before the country, as the agent dictionary's code
 * position says; an entry with several codes ("FRO/BIL/SAM", PETRARCH validation actors) kept
 * whole. The rule names the layers that gave the code: the dictionary's row, {@code title+}
 * nationality or possessor when an agent word gave the role, {@code +agent} added to a dictionary
 * rule, and the role override.
 */
public final class CodeLayer implements ActorLayer {
  @Override
  public String id() {
    return "actor:code";
  }

  @Override
  public void apply(PhraseReading r, ActorLookup lookup) {
    String rule = r.rule;
    if (rule.isEmpty()) {
      rule = r.agentFound ? "title+" + r.countryRule : r.countryRule;
    } else if (r.agentFound && !r.countryRule.isEmpty()) {
      rule = rule + "+agent";
    }
    rule = rule + r.roleRule;
    java.util.List<String> prefixes = lookup.prefixSectors(r.words, r.phrase.tokens());
    StringBuilder before = new StringBuilder();
    StringBuilder after = new StringBuilder();
    for (String sector : r.sectors) {
      (prefixes.contains(sector) && !r.country.equals(Actor.UNKNOWN_COUNTRY) ? before : after).append(sector);
    }
    String code = before + r.country + after;
    if (r.dictionary.isPresent()) {
      Actor d = r.dictionary.get();
      if (d.code().contains("/") && code.equals(d.country() + String.join("", d.sectors()))) {
        code = d.code();
      }
    }
    r.decide(code, rule);
  }
}
