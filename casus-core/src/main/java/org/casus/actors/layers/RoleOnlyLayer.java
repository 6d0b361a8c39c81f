package org.casus.actors.layers;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.casus.lexicon.Lexicon;
import org.casus.model.Actor;

/**
 * A phrase still without a country: with a role ("police", "gunmen") it is that role in an
 * unknown country, {@code ---COP} (rule {@code agent-only}; the pipeline may give it the country of
 * the event's place, PETRARCH writes such actors {@code ---GOV}); without one it is an actor with
 * its text only and no code. A weapon or military craft of no known country ("a drone strike",
 * "drones hit the depot", "warplanes struck the town"; lexicon class {@code weapon-agent-noun})
 * names no actor either: the agents dictionary gives it MIL, but drones, jets and warships strike
 * across borders, so the country of the event's place would be the victim's, not the doer's.
 * "Government jets" are the state's: they keep the country of the place.
 */
public final class RoleOnlyLayer implements ActorLayer {
  private static final Set<String> WEAPON_AGENTS = Lexicon.words("weapon-agent-noun");
  private static final Set<String> GOVERNMENT_NOUNS = Lexicon.words("government-noun");

  @Override
  public String id() {
    return "actor:role-only";
  }

  @Override
  public void apply(PhraseReading r, ActorLookup lookup) {
    if (!r.country.isEmpty()) {
      return;
    }
    if (r.agentFound && !weaponOnly(r)) {
      r.decide(Actor.UNKNOWN_COUNTRY + String.join("", r.sectors), "agent-only" + r.roleRule);
    } else {
      r.decide(Optional.of(new Actor(r.phrase.text(), "", "", List.of(), r.phrase.span(), "")));
    }
  }

  /**
   * Whether the phrase's only role is MIL, it has a weapon or military craft among its words, and
   * no word says whose it is ("government jets").
   */
  private static boolean weaponOnly(PhraseReading r) {
    if (!r.agentSectors.equals(List.of("MIL"))) {
      return false;
    }
    List<String> lemmas = r.phrase.tokens().stream()
        .map(t -> r.phrase.s().token(t).lemma().toLowerCase(Locale.ROOT)).toList();
    return lemmas.stream().anyMatch(WEAPON_AGENTS::contains) && lemmas.stream().noneMatch(GOVERNMENT_NOUNS::contains);
  }
}
