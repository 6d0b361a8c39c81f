package org.casus.actors.article;

import java.util.Optional;
import java.util.Set;
import org.casus.model.Actor;
import org.casus.model.EventMention;

/**
 * A side known only by its role ("four men", "students", "a former minister": {@code ---CVL},
 * {@code ---EDU}, {@code ---ELI}) that a state's agency coerces (CAMEO root 17: arrest, detain,
 * seize, expel, repress) takes that agency's country: "Spanish police arrest four men" is ESPCOP
 * 173 ESPCVL. Police, courts, soldiers and officials act within their state's jurisdiction unless
 * the text says otherwise (the domestic reading that ICEWS's and PETRARCH's sector-only actors
 * assume when a sentence names no other country); a sentence that does name one ("detain four
 * Syrians") has given the side its country already and is left as it is.
 *
 * <p>Applied after {@link PlaceCountry} (a place in the sentence speaks first). Only the target
 * takes a country, and only from a source whose first sector is a state agency
 * (GOV, COP, JUD, MIL, SPY, LEG). Rule suffix {@code +counterpart-country}. Stateless;
 * thread-safe.
 */
public final class DomesticCounterpart {
  private static final Set<String> STATE_SECTORS = Set.of("GOV", "COP", "JUD", "MIL", "SPY", "LEG");
  /** CAMEO 2.0 root code of coercion. */
  private static final String COERCE = "17";

  private DomesticCounterpart() {}

  /** The mention with its role-only target in its coercing agency's country; {@code m} itself otherwise. */
  public static EventMention apply(EventMention m) {
    Optional<Actor> target = m.target();
    Actor source = m.source();
    if (target.isEmpty() || !m.code().root().equals(COERCE)
        || !target.get().country().equals(Actor.UNKNOWN_COUNTRY) || target.get().sectors().isEmpty()
        || !source.hasKnownCountry() || source.sectors().isEmpty()
        || !STATE_SECTORS.contains(source.sectors().get(0))) {
      return m;
    }
    Actor t = target.get();
    String code = source.country() + t.code().substring(Actor.UNKNOWN_COUNTRY.length());
    if (code.equals(source.code())) {
      return m; // "police arrest police officers": no self-dyad
    }
    Actor withCountry = Actor.ofCode(t.text(), code, t.span(), t.rule() + "+counterpart-country");
    return new EventMention(m.sentence(), m.trigger(), source, Optional.of(withCountry), m.code(), m.rule(), m.mode(),
        m.nominal(), m.antecedent());
  }
}
