package org.casus.events.roles;

import java.util.ArrayList;
import java.util.List;
import org.casus.events.SentenceContext;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;

/**
 * "Fighting between the army and the rebels", "clashes broke out between Kurdish forces and
 * government troops", "talks between Kenya and Ethiopia": a deed whose parties are named only in a
 * "between A and B" complement is done by each party to the other, so each is the source and each
 * the target (the self pairs are dropped as self events). A "between" phrase that names fewer than
 * two distinct actors ("clashes between rival militias") names no dyad. Stateless; thread-safe.
 */
public final class BetweenParties implements RoleRule {
  @Override
  public String id() {
    return "role:between-parties";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    if (!r.sources().isEmpty()) {
      return r;
    }
    List<Actor> parties = of(r.clause().ctx(), r.verb(), f.phrases());
    if (parties.isEmpty()) {
      return r;
    }
    return r.withSources(parties).withTargets(parties);
  }

  /**
   * The parties of the "between" complement of {@code h} (an {@code obl} or {@code nmod}: the parser
   * hangs it either way on a gerund such as "Fighting"): two or more actors with distinct codes, in
   * text order, else empty.
   */
  public static List<Actor> of(SentenceContext ctx, int h, ActorPhrases phrases) {
    ParsedSentence s = ctx.sentence();
    for (var d : s.children(h)) {
      int k = d.dependent();
      if ((d.relation().equals("obl") || d.relation().equals("nmod")) && s.hasCase(k, "between")) {
        List<Actor> found = new ArrayList<>();
        phrases.addWithConjuncts(ctx, k, found);
        if (found.stream().map(Actor::code).distinct().count() >= 2) {
          return List.copyOf(found);
        }
      }
    }
    return List.of();
  }
}
