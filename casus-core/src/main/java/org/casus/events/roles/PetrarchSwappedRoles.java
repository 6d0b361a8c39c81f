package org.casus.events.roles;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casus.model.Actor;

/**
 * TABARI slots {@code + * ... $} (PETRARCH-1 validation patterns): the subject is the target and
 * the first actor after the verb the source.
 */
public final class PetrarchSwappedRoles implements RoleRule {
  @Override
  public String id() {
    return "role:petrarch-swapped";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    if (r.code().match().isEmpty() || !f.convention().honoursTabariSlots()
        || !f.verbs().swapsRoles(r.code().match().get().pattern())) {
      return r;
    }
    VerbClause c = r.clause();
    Optional<Actor> after = PhraseOrder.firstActorAfter(c.ctx(), c.verb(), Set.of(), 0);
    List<Actor> subjects = c.passive() ? f.sources().passiveSubjects(c.ctx(), c.verb())
        : f.sources().sources(c.ctx(), c.verb(), false);
    if (after.isEmpty() || subjects.isEmpty()) {
      return r;
    }
    return r.withSources(List.of(after.get())).withTargets(subjects);
  }
}
