package org.casus.events.roles;

import org.casus.model.Actor;
import org.casus.model.CameoCode;

/**
 * "fighters ambushed their convoy": for a deed of force (CAMEO 18-20), a target read as the
 * attackers themselves, or as no one known (code {@code ---} with no sector), is no target;
 * {@link CasualtyClauseVictims} may then name the victims.
 */
public final class ForceTargetCheck implements RoleRule {
  @Override
  public String id() {
    return "target:force-check";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    if (!CameoCode.isForce(r.code().code())) {
      return r;
    }
    return r.withTargets(r.targets().stream().filter(t -> !(r.isSourceCode(t.code())
        || (t.country().equals(Actor.UNKNOWN_COUNTRY) && t.sectors().isEmpty()))).toList());
  }
}
