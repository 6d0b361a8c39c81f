package org.casus.events.roles;

import java.util.List;
import org.casus.model.Actor;

/**
 * "Turkey mediates between Russia and Ukraine", "Qatar offered to mediate between Sudan and
 * Chad": a mediation (CAMEO 1.1b3 045 "Mediate"; offered, the intent 039) by a source targets each
 * party of its "between A and B" complement, as the manual codes a mediator's dealings with each
 * side. CAMEO 2.0's pattern "* (BETWEEN)" codes the verb but takes the phrase, leaving no target.
 * Applies only when no target is known and the phrase names at least two distinct actors
 * ({@link BetweenParties#of}). Stateless; thread-safe.
 */
public final class MediatedParties implements RoleRule {
  /** CAMEO 045 "Mediate" and 039 "Express intent to mediate". */
  private static final List<String> MEDIATION = List.of("045", "039");

  @Override
  public String id() {
    return "target:mediated-parties";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    if (!MEDIATION.contains(r.code().code()) || r.sources().isEmpty() || !r.targets().isEmpty()) {
      return r;
    }
    List<Actor> parties = BetweenParties.of(r.clause().ctx(), r.verb(), f.phrases()).stream()
        .filter(p -> !r.isSourceCode(p.code())).toList();
    return parties.isEmpty() ? r : r.withTargets(parties);
  }
}
