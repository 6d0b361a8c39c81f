package org.casus.events.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casus.events.EventWords;
import org.casus.model.Actor;

/**
 * "Brazil demanded that the Venezuelan government guarantee ...": for an appeal (CAMEO 02) or a
 * demand (10) with no target yet, the one asked to act, the subject of the clausal complement. (A
 * saying verb coded 02x, as the PETRARCH-1 validation SAID 023, asks nobody to act.)
 */
public final class DemandedActor implements RoleRule {
  private static final Set<String> CLAUSE_TARGET_ROOTS = Set.of("02", "10");

  @Override
  public String id() {
    return "target:demanded-actor";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    VerbClause c = r.clause();
    if (!r.targets().isEmpty() || c.passive() || !CLAUSE_TARGET_ROOTS.contains(r.code().root())
        || EventWords.isSaying(c.s(), c.verb())) {
      return r;
    }
    List<Actor> out = new ArrayList<>();
    f.phrases().addClauseSubjects(c.ctx(), c.verb(), out);
    return r.withTargets(out);
  }
}
