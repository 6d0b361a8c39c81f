package org.casus.events.roles;

import java.util.ArrayList;
import java.util.List;
import org.casus.events.SentenceContext;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;

/**
 * "Hamas claims responsibility for a rocket attack on Israel" (015), "Russia denies responsibility
 * for the strike on the Ukrainian port" (016): a claim or a denial of responsibility for a deed
 * (CAMEO 1.1b3 015 "Acknowledge or claim responsibility", 016 "Deny responsibility") targets those
 * the deed was done to, as its noun's phrase names them ("on Israel"). The dictionary patterns
 * that code them ("CLAIM * RESPONSIBILITY", "DENY * RESPONSIBILITY") leave the target to the
 * object's phrase, whose first actor is the deed's doer: the claimant itself. When the deed's
 * phrase names no one it was done to, the claim has no target. An object with no deed noun under
 * it ("claimed responsibility") is left alone. Stateless; thread-safe.
 */
public final class ClaimedDeedTarget implements RoleRule {
  @Override
  public String id() {
    return "target:claimed-deed";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    String code = r.code().code();
    if (!code.startsWith("015") && !code.startsWith("016")) {
      return r;
    }
    SentenceContext ctx = r.clause().ctx();
    ParsedSentence s = ctx.sentence();
    for (int o : r.clause().objects()) {
      for (int c : s.children(o, "nmod")) {
        if (f.nouns().at(s, c).isEmpty() || !(s.hasCase(c, "for") || s.hasCase(c, "in"))) {
          continue;
        }
        List<Actor> done = new ArrayList<>();
        f.targets().nestedTarget(ctx, c, done, 2);
        done.removeIf(t -> r.isSourceCode(t.code()));
        return r.withTargets(done);
      }
    }
    return r;
  }
}
