package org.casus.events.roles;

import java.util.List;
import java.util.Optional;
import org.casus.events.SentenceContext;
import org.casus.model.Actor;

/**
 * "Protests against the new law are held across the country": a protest (CAMEO 14) whose
 * protesters the text does not name (an agentless passive, a protest noun with no possessor or
 * "by") is by civilians of the place where it happens, as ACLED's codebook codes unnamed
 * protesters. The source is left as civilians in no known country (code {@code ---CVL}, rule
 * {@code implied-protesters}), which the article stage completes from the event's place
 * ({@link org.casus.actors.article.PlaceCountry}); with no such place the event drops. Applies only
 * where actors are read with the article's world. Stateless; thread-safe.
 */
public final class ImpliedProtesters implements RoleRule {
  /** The rule of the implied source. */
  public static final String RULE = "implied-protesters";

  @Override
  public String id() {
    return "source:implied-protesters";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    VerbClause c = r.clause();
    if (!f.convention().readsArticleWorld() || !r.sources().isEmpty() || !c.passive()
        || c.hasByAgent()) {
      return r;
    }
    return of(c.ctx(), c.verb(), r.code().code()).map(a -> r.withSources(List.of(a))).orElse(r);
  }

  /** The implied protesters of a protest coded {@code code} at {@code trigger}, or empty when it is no protest. */
  public static Optional<Actor> of(SentenceContext ctx, int trigger, String code) {
    if (!code.startsWith("14")) {
      return Optional.empty();
    }
    return Optional.of(Actor.ofCode(ctx.sentence().token(trigger).word(), Actor.UNKNOWN_COUNTRY + "CVL",
        ctx.sentence().token(trigger).span(), RULE));
  }
}
