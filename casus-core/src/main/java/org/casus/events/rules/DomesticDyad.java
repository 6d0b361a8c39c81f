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
 * event.
 *
 * <p>A source of no known country yet acting on a target of none either takes, with it, the
 * country of the event's place at the article stage. That stands when the source is of a kind that
 * acts within its own country: a sector of the lexicon class {@code home-bound-sector} (police,
 * courts, legislatures, governments, rebels, insurgents, the opposition, unidentified gunmen: "the
 * perpetrator is arrested", "a man is sentenced to death in Tehran", "rebels seize the town of
 * X"; ACLED's codebook gives unidentified and sub-national actors the country of the event), or
 * armed forces named by a word of {@code home-force-word} ("government forces capture the towns
 * of ..."). Other such sources ({@code ---MIL}: "the military attacked facilities in Orenburg")
 * are left self events: the place's country says nothing of whose the soldiers were.
 * Stateless; thread-safe.
 */
public final class DomesticDyad {
  private static final Set<String> SECTORS = Lexicon.words("domestic-actor-sector");
  private static final Set<String> HOME_SECTORS = Lexicon.words("home-bound-sector");
  private static final Set<String> HOME_FORCE_WORDS = Lexicon.words("home-force-word");

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
    if (code.startsWith("01")) {
      return true;
    }
    if (!source.hasKnownCountry()) {
      return !homeBound(source); // "the military attacked facilities in Orenburg": whose soldiers?
    }
    return source.sectors().stream().noneMatch(x -> SECTORS.contains(x.toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether {@code a} acts within its own country: a home-bound sector, or armed forces named as
   * the government's ("government forces", "regime troops").
   */
  static boolean homeBound(Actor a) {
    if (a.sectors().stream().anyMatch(x -> HOME_SECTORS.contains(x.toLowerCase(Locale.ROOT)))) {
      return true;
    }
    if (a.sectors().stream().noneMatch(x -> x.equalsIgnoreCase("MIL"))) {
      return false;
    }
    for (String w : a.text().toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
      if (HOME_FORCE_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
