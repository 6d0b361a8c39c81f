package org.casus.actors.layers;

import java.util.List;
import java.util.Optional;
import org.casus.model.Actor;

/**
 * A phrase still without a country: with a role ("police", "gunmen") it is that role in an
 * unknown country, {@code ---COP} (rule {@code agent-only}; the pipeline may give it the country of
 * the event's place, PETRARCH writes such actors {@code ---GOV}); without one it is an actor with
 * its text only and no code.
 */
public final class RoleOnlyLayer implements ActorLayer {
  @Override
  public String id() {
    return "actor:role-only";
  }

  @Override
  public void apply(PhraseReading r, ActorLookup lookup) {
    if (!r.country.isEmpty()) {
      return;
    }
    if (r.agentFound) {
      r.decide(Actor.UNKNOWN_COUNTRY + String.join("", r.sectors), "agent-only" + r.roleRule);
    } else {
      r.decide(Optional.of(new Actor(r.phrase.text(), "", "", List.of(), r.phrase.span(), "")));
    }
  }
}
