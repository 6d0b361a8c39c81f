package org.casus.events.roles;

import java.util.List;
import java.util.Optional;
import org.casus.model.Actor;

/**
 * TABARI {@code * EID AT ^ WITH +} (PETRARCH-1 validation patterns): the target is the actor in the
 * {@code +} slot after the pattern's words, past the actors marked {@code ^}.
 */
public final class PetrarchTargetSlot implements RoleRule {
  @Override
  public String id() {
    return "target:petrarch-slot";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    if (r.code().match().isEmpty() || !f.convention().honoursTabariSlots()) {
      return r;
    }
    int skips = f.verbs().targetSlotSkips(r.code().match().get().pattern());
    if (skips < 0) {
      return r;
    }
    VerbClause c = r.clause();
    Optional<Actor> slot = PhraseOrder.firstActorAfter(c.ctx(), c.verb(), c.consumed(), skips);
    return slot.isPresent() ? r.withTargets(List.of(slot.get())) : r;
  }
}
