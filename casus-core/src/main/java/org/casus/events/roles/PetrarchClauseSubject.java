package org.casus.events.roles;

import java.util.ArrayList;
import java.util.List;
import org.casus.events.EventWords;
import org.casus.model.Actor;

/**
 * "Gollum allowed that Mordor isn't a pleasant place": PETRARCH's target is the first actor in the
 * verb's phrase, here the subject of its clausal complement (not for a saying verb, whose clause is
 * what was said). Active verbs with no target yet.
 */
public final class PetrarchClauseSubject implements RoleRule {
  @Override
  public String id() {
    return "target:petrarch-clause-subject";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    VerbClause c = r.clause();
    if (!r.targets().isEmpty() || !f.convention().takesFirstActorInPhrase() || c.passive()
        || EventWords.isSaying(c.s(), c.verb())) {
      return r;
    }
    List<Actor> out = new ArrayList<>();
    f.phrases().addClauseSubjects(c.ctx(), c.verb(), out);
    return r.withTargets(out);
  }
}
