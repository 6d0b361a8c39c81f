package org.casus.events.rules;

import java.util.Locale;
import java.util.Set;
import org.casus.lexicon.Lexicon;
import org.casus.model.Actor;

/**
 * Whether an event of an actor on its own country is an event. A country does not act on itself
 * ("Iran's president denies Iran's involvement": IRNGOV on IRN is no dyad), but an authority or an
 * armed actor does act on its country's people and places: a court sentences a citizen (BGDJUD on
 * BGD), an army retakes a town (SDNMIL on SDN), rebels shell a city (SDNREB on SDN), police arrest
 * protesters. Event datasets code those dyads: the CAMEO manual's actor codes give such domestic
 * dyads their sectors (Schrodt 2012, ch. 3), ACLED's codebook codes state forces against
 * civilians and rebels against towns, and the project's WCEP gold codes them too.
 *
 * <p>The rule: when the target is its country alone (no sector) and the source is of the same
 * country, the event stands when the source has a sector of the lexicon class
 * {@code domestic-actor-sector}, lower case (the state's authorities and the armed actors: GOV, MIL, COP, JUD,
 * LEG, SPY, REB, OPP, UAF, INS) and the event is not a public statement (CAMEO root 01: a
 * government denying or commenting on its country's deeds speaks of itself); else it is a self
 * event. A source of no known country yet ({@code ---MIL}) is left a self event: the article stage
 * would give it and the place it acts on the same country, the place's, which says nothing of
 * whose the soldiers were. Stateless; thread-safe.
 */
public final class DomesticDyad {
  private static final Set<String> SECTORS = Lexicon.words("domestic-actor-sector");

  private DomesticDyad() {}

  /**
   * @return whether {@code source} acting on {@code target} is a self event: the target is the
   *     source's own country with no sector, and the source holds no sector of an authority or an
   *     armed actor or the event is a public statement. Both actors are coded; {@code code} is a
   *     CAMEO event code.
   */
  public static boolean isSelf(Actor source, Actor target, String code) {
    if (!target.sectors().isEmpty() || !target.country().equals(source.country())) {
      return false;
    }
    if (!source.hasKnownCountry()) {
      return true; // "the military attacked facilities in Orenburg": both sides would take the place's country
    }
    return code.startsWith("01") || source.sectors().stream().noneMatch(x -> SECTORS.contains(x.toLowerCase(Locale.ROOT)));
  }
}
