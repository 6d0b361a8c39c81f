package org.casus.events.roles;

import java.util.List;
import java.util.Optional;
import org.casus.events.SentenceContext;
import org.casus.model.Actor;
import org.casus.model.CharSpan;

/**
 * "Thousands marched against the government in Paris", "hundreds of students rally in Belgrade":
 * a demonstration or riot (CAMEO 140, 141, 145 and their subcodes) with no target named is aimed at
 * the government of the place where it happens, as CAMEO coders and ACLED's codebook read a
 * protest with no other named target. The target is left as a government in no known country
 * (code {@code ---GOV}, rule {@code implied-government}; no words name it, so its text is empty
 * and its span the empty span at the trigger), which the article stage completes from
 * the event's place ({@link org.casus.actors.article.PlaceCountry}); with no such place the event
 * drops. Strikes and boycotts (143), hunger strikes (142) and blockades (144) have other targets
 * and are left alone. Applies only where actors are read with the article's world. Stateless;
 * thread-safe.
 */
public final class ImpliedGovernment implements RoleRule {
  /** The rule of the implied target. */
  public static final String RULE = "implied-government";

  @Override
  public String id() {
    return "target:implied-government";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    if (!f.convention().readsArticleWorld() || !r.targets().isEmpty() || r.sources().stream().noneMatch(Actor::isCoded)) {
      return r;
    }
    return of(r.clause().ctx(), r.verb(), r.code().code()).map(t -> r.withTargets(List.of(t))).orElse(r);
  }

  /**
   * The implied government of a protest coded {@code code} at trigger {@code trigger}, or empty when
   * the code is no demonstration or riot.
   */
  public static Optional<Actor> of(SentenceContext ctx, int trigger, String code) {
    if (!(code.startsWith("140") || code.startsWith("141") || code.startsWith("145"))) {
      return Optional.empty();
    }
    int at = ctx.sentence().token(trigger).span().begin();
    return Optional.of(Actor.ofCode("", Actor.UNKNOWN_COUNTRY + "GOV", new CharSpan(at, at), RULE));
  }
}
