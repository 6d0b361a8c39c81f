package org.casus.events.roles;

import java.util.List;
import java.util.Set;
import org.casus.events.EventWords;
import org.casus.lexicon.Lexicon;
import org.casus.model.Actor;

/**
 * "Russia and Ukraine swap 146 prisoners", "the two armies exchanged the bodies of soldiers": when
 * a verb of exchange (lexicon class {@code mutual-deed-verb}) has a compound subject of two or more
 * actors, its object is what they exchange, not a target; each member of the subject is the
 * other's target (the events stage pairs them, as for "A and B exchange fire"). The CAMEO 2.0
 * TRADE block's patterns ("* PRISONERS" 0841, "* FIRE" 193) name what is exchanged and give the
 * code. A passive or a single subject ("Russia exchanged prisoners with Ukraine") keeps its
 * targets. Stateless; thread-safe.
 */
public final class MutualExchange implements RoleRule {
  private static final Set<String> EXCHANGE_VERBS = Lexicon.words("mutual-deed-verb");

  @Override
  public String id() {
    return "role:mutual-exchange";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    VerbClause c = r.clause();
    if (c.passive() || r.targets().isEmpty() || !EventWords.lemmaIn(c.s(), c.verb(), EXCHANGE_VERBS)
        || r.sources().stream().filter(Actor::isCoded).map(Actor::code).distinct().count() < 2) {
      return r;
    }
    if (c.ctx().trace().on()) {
      c.ctx().step(c.verb(), id(), "what a compound subject exchanges is no target: each member is the other's");
    }
    return r.withTargets(List.of());
  }
}
