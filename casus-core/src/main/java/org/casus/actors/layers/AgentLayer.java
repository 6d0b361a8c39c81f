package org.casus.actors.layers;

import java.util.Locale;
import java.util.Set;
import org.casus.lexicon.Lexicon;

/**
 * The phrase's role from the CAMEO agents dictionary ("Defense Minister" gives GOV MIL;
 * "counterpart" the role of the person it is the counterpart of), added to a country-only code. A
 * phrase owned by a country with no role of its own: a thing of a capital-as-government is the
 * government's ("Washington's stance"), and a state's act is its government's ("Russia's decision",
 * "China's policy": rule {@code possessor+state-act}).
 */
public final class AgentLayer implements ActorLayer {
  /** Acts that a country performs through its government ("Russia's decision" is RUSGOV). */
  private static final Set<String> STATE_ACTS = Lexicon.words("state-act-noun");

  @Override
  public String id() {
    return "actor:agent";
  }

  @Override
  public void apply(PhraseReading r, ActorLookup lookup) {
    r.agentSectors = lookup.agentSectors(r.s(), r.words, r.phrase.tokens(), r.possessor);
    r.agentFound = !r.agentSectors.isEmpty();
    boolean ownedByCountry = !r.agentFound && r.countryRule.equals("possessor") && r.sectors.isEmpty();
    if (ownedByCountry && CapitalAsGovernment.isStateRule(r.possessor.get().rule())) {
      r.sectors.addAll(r.possessor.get().sectors());
    } else if (ownedByCountry && r.possessor.get().sectors().isEmpty()
        && STATE_ACTS.contains(r.headToken().lemma().toLowerCase(Locale.ROOT))) {
      r.sectors.add("GOV");
      r.countryRule = "possessor+state-act";
    }
    if (r.agentFound && (r.dictionary.isEmpty() || r.sectors.isEmpty())) {
      for (String a : r.agentSectors) {
        if (!r.sectors.contains(a)) {
          r.sectors.add(a);
        }
      }
    }
  }

  static String join(java.util.List<String> sectors) {
    return String.join("", sectors);
  }
}
