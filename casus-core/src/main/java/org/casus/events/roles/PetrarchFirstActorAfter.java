package org.casus.events.roles;

import java.util.List;

/**
 * PETRARCH-1 dictionaries (sequence syntax): with no target yet, the first actor after the verb
 * and its pattern's words ({@link PhraseOrder#firstActorAfter}).
 */
public final class PetrarchFirstActorAfter implements RoleRule {
  @Override
  public String id() {
    return "target:petrarch-first-actor-after";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    if (!r.targets().isEmpty() || !f.convention().honoursTabariSlots() || !f.verbs().sequenceSyntax()) {
      return r;
    }
    VerbClause c = r.clause();
    return PhraseOrder.firstActorAfter(c.ctx(), c.verb(), c.consumed(), 0).map(a -> r.withTargets(List.of(a))).orElse(r);
  }
}
