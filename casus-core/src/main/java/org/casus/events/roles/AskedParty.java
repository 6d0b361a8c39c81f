package org.casus.events.roles;

import java.util.ArrayList;
import java.util.List;
import org.casus.events.SentenceContext;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;

/**
 * "China demanded an apology from Japan", "Kenya asks for food aid from the United Nations": an
 * appeal or a demand (CAMEO 1.1b3 categories 02 "Appeal" and 10 "Demand") with no target is
 * addressed to the party it asks something from, named by a "from" complement of the verb, or of
 * the thing asked for (where the parser often hangs it). A "from" phrase that names no coded actor,
 * or only the source, leaves the event without a target. Stateless; thread-safe.
 */
public final class AskedParty implements RoleRule {
  @Override
  public String id() {
    return "target:asked-party";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    String code = r.code().code();
    if (!(code.startsWith("02") || code.startsWith("10")) || !r.targets().isEmpty() || r.sources().isEmpty()) {
      return r;
    }
    SentenceContext ctx = r.clause().ctx();
    ParsedSentence s = ctx.sentence();
    List<Integer> asked = new ArrayList<>(List.of(r.verb()));
    asked.addAll(r.clause().objects());
    for (int c : s.children(r.verb(), "obl")) {
      if (s.hasCase(c, "for")) {
        asked.add(c); // "asks for food aid from X"
      }
    }
    List<Actor> parties = new ArrayList<>();
    for (int h : asked) {
      for (int c : s.children(h, h == r.verb() ? "obl" : "nmod")) {
        if (s.hasCase(c, "from") && parties.isEmpty()) {
          f.phrases().addWithConjuncts(ctx, c, parties);
        }
      }
    }
    parties.removeIf(p -> !p.isCoded() || r.isSourceCode(p.code()));
    return parties.isEmpty() ? r : r.withTargets(parties);
  }
}
