package org.casus.events.roles;

/**
 * The target among the verb's complements, by the chain of {@link TargetRule}s
 * ({@link RoleFinders#complementTargets}), when no earlier rule found one. Not for a passive read
 * as active by TABARI's convention, whose target is found by word order.
 */
public final class ComplementTargets implements RoleRule {
  @Override
  public String id() {
    return "target:complements";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    if (r.readAsActive() || !r.targets().isEmpty()) {
      return r;
    }
    return r.withTargets(f.complementTargets(r.clause()));
  }
}
