package org.casus.events.roles;

import java.util.List;
import org.casus.events.nominal.InterceptedWeapons;

/**
 * "Jordan intercepts three Iranian missiles", "the army shot down twelve rockets launched from
 * Iran": a verb of interception whose object is missiles or rockets is no deed of the
 * interceptor on the side that fired them (CAMEO 2.0's SHOOT DOWN 190) nor a seizure of a weapons
 * shipment (INTERCEPT * &amp;WEAPON 1711); the weapons' attack on the interceptor is coded on the
 * weapon noun ({@link InterceptedWeapons}), and this rule leaves the verb with no source, so that it
 * codes nothing of its own. Stateless; thread-safe.
 */
public final class Interception implements RoleRule {
  @Override
  public String id() {
    return "role:interception";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    VerbClause c = r.clause();
    boolean weapons = c.objects().stream().anyMatch(o -> InterceptedWeapons.interceptingVerb(c.s(), o) == c.verb());
    return weapons ? r.withSources(List.of()).withTargets(List.of()) : r;
  }
}
