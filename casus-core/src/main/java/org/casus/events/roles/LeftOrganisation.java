package org.casus.events.roles;

import java.util.ArrayList;
import java.util.List;
import org.casus.events.SentenceContext;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;

/**
 * "Burkina Faso, Mali and Niger withdraw from ECOWAS", "the United States withdraws from the World
 * Health Organization": a state's withdrawal (a yield, CAMEO 08, as CAMEO 2.0 codes WITHDRAW with no
 * pattern) from an international organisation it belonged to is a reduction of relations with it,
 * CAMEO 1.1b3 161 "Reduce or break diplomatic relations", as CAMEO 2.0 codes withdrawing from a
 * coalition or a treaty ("WITHDRAW * (FROM COALITION)", "(FROM &TREATY)"). The organisation is the
 * verb's "from" complement and its target; a withdrawal from a place ("withdraws from Gaza") or of
 * troops is left alone. Stateless; thread-safe.
 */
public final class LeftOrganisation implements RoleRule {
  /** CAMEO 161 "Reduce or break diplomatic relations". */
  private static final String REDUCE_RELATIONS = "161";

  @Override
  public String id() {
    return "role:left-organisation";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    if (!r.code().code().startsWith("08") || r.targets().isEmpty()) {
      return r;
    }
    SentenceContext ctx = r.clause().ctx();
    ParsedSentence s = ctx.sentence();
    List<Actor> left = new ArrayList<>();
    s.children(r.verb(), "obl").stream().filter(c -> s.hasCase(c, "from"))
        .forEach(c -> f.phrases().addWithConjuncts(ctx, c, left));
    boolean organisations = !left.isEmpty() && left.stream().allMatch(a -> a.isCoded() && a.code().startsWith("IGO"));
    if (!organisations || !r.targets().stream().allMatch(t -> left.stream().anyMatch(a -> a.code().equals(t.code())))) {
      return r;
    }
    return r.withCode(r.code().withCode(REDUCE_RELATIONS, r.code().rule() + "+left-organisation"));
  }
}
