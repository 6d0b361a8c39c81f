package org.casus.events.roles;

import java.util.List;
import java.util.Optional;
import org.casus.events.SentenceContext;
import org.casus.model.Actor;
import org.casus.model.CameoCode;

/**
 * "Jordan condemns Israeli strikes on Beirut", "the African Union denounced the army's airstrikes
 * on Darfur": disapproval or rejection (CAMEO roots 11 and 12) of a deed of force whose own phrase
 * names its doer (a nationality, a possessor, a "by" agent: {@link SourceFinder#eventNounSource})
 * targets the doer, as the CAMEO manual codes criticism of an action at its author. The dictionary
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
      boolean force = f.nouns().at(ctx.sentence(), o).map(e -> CameoCode.isForce(e.code())).orElse(false);
      Optional<Actor> doer = force ? f.sources().eventNounSource(ctx, o) : Optional.empty();
      if (doer.isPresent() && doer.get().isCoded()
          && r.sources().stream().noneMatch(s -> s.code().equals(doer.get().code()))
          && r.targets().stream().noneMatch(t -> t.code().equals(doer.get().code()))) {
        return r.withTargets(List.of(doer.get()));
      }
    }
    return r;
  }
}
