package org.casus.events.roles;

import java.util.List;
import org.casus.events.SentenceContext;
import org.casus.model.Actor;

/**
 * "Jordan condemns Israeli strikes on Beirut", "the African Union denounced the army's airstrikes
 * on Darfur": disapproval or rejection (CAMEO roots 11 and 12) of a deed of force whose own phrase
 * names its doers (a nationality, a possessor, a "by" agent, with the states coordinated with it:
 * {@link SourceFinder#eventNounSources}) targets each doer, as the CAMEO manual codes criticism of an action at its author. The dictionary
 * patterns that take the deed's noun as their object ("BLAME * ATTACKS") leave the target to the
 * noun's complement, the attacked; this rule puts the doer in its place, as the singular with no
 * pattern already does. A doer that is the source itself is left alone. Applies only where actors
 * are read with the article's world. Stateless; thread-safe.
 */
public final class CriticisedDeedAgent implements RoleRule {
  @Override
  public String id() {
    return "target:criticised-deed-agent";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    String code = r.code().code();
    if (!f.convention().readsArticleWorld() || !(code.startsWith("11") || code.startsWith("12"))) {
      return r;
    }
    SentenceContext ctx = r.clause().ctx();
    for (int o : r.clause().objects()) {
      boolean force = f.nouns().isForceAt(ctx.sentence(), o);
      List<Actor> doers = (force ? f.sources().eventNounSources(ctx, o) : List.<Actor>of()).stream()
          .filter(d -> d.isCoded() && r.sources().stream().noneMatch(s -> s.code().equals(d.code())))
          .toList();
      if (!doers.isEmpty() && !doers.stream().map(Actor::code).toList()
          .equals(r.targets().stream().map(Actor::code).toList())) {
        return r.withTargets(doers); // "Israeli and American attacks": each doer
      }
    }
    return r;
  }
}
