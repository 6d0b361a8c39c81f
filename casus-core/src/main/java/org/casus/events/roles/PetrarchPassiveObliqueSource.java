package org.casus.events.roles;

import java.util.ArrayList;
import java.util.List;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;

/**
 * PETRARCH-2 with no "by" agent takes the first actor among a passive verb's complements as the
 * source ("The Philippines was criticized over its dispute with Eriador": Eriador). Not with the
 * PETRARCH-1 sequence syntax.
 */
public final class PetrarchPassiveObliqueSource implements RoleRule {
  @Override
  public String id() {
    return "source:petrarch-passive-oblique";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    VerbClause c = r.clause();
    ParsedSentence s = c.s();
    if (!r.sources().isEmpty() || !c.passive() || !f.convention().takesFirstActorInPhrase() || f.verbs().sequenceSyntax()
        || c.hasByAgent()) {
      return r;
    }
    List<Actor> sources = new ArrayList<>();
    for (int k : s.children(c.verb(), "obl")) {
      if (sources.isEmpty() && f.nouns().at(s, k).isEmpty()) {
        f.targets().targetsOf(c.ctx(), k, sources);
        if (sources.isEmpty()) {
          f.targets().nestedTarget(c.ctx(), k, sources, 3);
        }
      }
    }
    return r.withSources(sources);
  }
}
