package org.casus.events.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.casus.events.pattern.VerbCode;
import org.casus.model.Actor;
import org.casus.model.CameoCode;
import org.casus.nlp.ParsedSentence;

/**
 * "threatened to attack Somalia": for a threat (CAMEO 13) with no target yet, the one threatened
 * is the target of the deed threatened (the open complement's targets). A plain threat (130) of a
 * deed of force is CAMEO 138, threaten to use military force (CAMEO 1.1b3); the rule then adds
 * {@code +threatened-force} to the event's rule.
 */
public final class ThreatenedDeed implements RoleRule {
  @Override
  public String id() {
    return "target:threatened-deed";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    VerbClause c = r.clause();
    if (!r.targets().isEmpty() || c.passive() || !r.code().code().startsWith("13")) {
      return r;
    }
    ParsedSentence s = c.s();
    List<Actor> out = new ArrayList<>();
    VerbCode code = r.code();
    for (int x : s.children(c.verb(), "xcomp")) {
      out.addAll(f.complementTargets(new VerbClause(c.ctx(), x, s.isPassive(x), Set.of())));
      boolean forceThreatened = f.verbs().verb(s.token(x).lemma().toUpperCase(Locale.ROOT))
          .map(e -> CameoCode.isForce(e.code())).orElse(false);
      if (code.code().equals("130") && forceThreatened) {
        code = code.withCode("138", code.rule() + "+threatened-force");
      }
    }
    return r.withTargets(out).withCode(code);
  }
}
