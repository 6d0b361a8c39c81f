package org.casus.events.roles;

/**
 * PETRARCH-1 dictionaries (sequence syntax): a target that is the source itself ("halted his
 * march") is no target; {@link PetrarchFirstActorAfter} then looks further.
 */
public final class PetrarchNotSelf implements RoleRule {
  @Override
  public String id() {
    return "target:petrarch-not-self";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    if (!f.convention().honoursTabariSlots() || !f.verbs().sequenceSyntax()) {
      return r;
    }
    return r.withTargets(r.targets().stream().filter(t -> !r.isSourceCode(t.code())).toList());
  }
}
