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
 * A person named by a name no dictionary holds (rule {@value #PERSON_NAME}: "a judge sentenced
 * Jan Kowalski") is the agency's country's person, code the country alone.
 *
 * <p>The other way round, a court implied by an agentless sentence (rule {@value #IMPLIED_COURT})
 * that no place or story gave a country is a court of the accused's country (rule suffix
 * {@code +accused-country}): a trial abroad is reported with its place ("was jailed in Dubai").
 * Likewise the police implied by an agentless arrest (rule {@value #IMPLIED_POLICE}) of an
 * official, politician or member of the elite of a known country ("former Peruvian president X is
 * arrested") are that country's police (rule suffix {@code +official-country}); a national with no
 * such role ("a British couple who were arrested") gives the police no country.
 *
 * <p>A court, police force or legislature of a state (first sector JUD, COP or LEG) does every
 * deed within that state, not only coercion: "the Supreme Court of Chile orders a former senator
 * to wear a tag" (CHLJUD 100 CHLELI), "parliament expels two deputies", "the court acquits the
 * former adviser" (the same domestic reading, for the state's jurisdiction over its courts, police
 * and parliament, CAMEO manual, ch. 3 on domestic actors).
 *
 * <p>Applied after {@link PlaceCountry} (a place in the sentence speaks first). Only the target
 * takes a country from a source of a state (not an international body: "the ICC" has no people of
 * its own) whose first sector is a state agency (GOV, COP, JUD, MIL, SPY, LEG). Rule suffix
 * {@code +counterpart-country}. Stateless; thread-safe.
 */
public final class DomesticCounterpart {
  /** The rule of a court that an agentless sentence implies (the events stage's implied-court rule). */
  public static final String IMPLIED_COURT = "implied-court";
  /** The rule of a person named by a name no dictionary holds (the events stage's person-name rule). */
  public static final String PERSON_NAME = "person-name";
  /** The rule of the police that an agentless arrest implies (the events stage's implied-police rule). */
  public static final String IMPLIED_POLICE = "implied-police";
  private static final Set<String> STATE_SECTORS = Set.of("GOV", "COP", "JUD", "MIL", "SPY", "LEG");
  /** Officials, elites and politicians, whom their own state's police arrest at home. */
  private static final Set<String> OFFICIAL_SECTORS = Set.of("GOV", "ELI", "LEG", "JUD", "COP", "MIL", "SPY", "OPP",
      "PTY");
  /** Courts, police and legislatures: they act within their own state whatever the deed. */
  private static final Set<String> JURISDICTION_SECTORS = Set.of("JUD", "COP", "LEG");
  /** Armed sides, whose country a court or police force acting on them does not tell. */
  private static final Set<String> ARMED_SECTORS = Set.of("UAF", "REB", "INS", "MIL", "SEP");
  /** CAMEO 2.0 root code of coercion. */
  private static final String COERCE = "17";

  private DomesticCounterpart() {}

  /**
   * The mention with its role-only target in its coercing agency's country, or its implied court
   * in the accused's country; {@code m} itself otherwise.
   */
  public static EventMention apply(EventMention m) {
    Optional<Actor> target = m.target();
    Actor source = m.source();
    if (target.isEmpty() || !m.code().root().equals(COERCE) && !withinJurisdiction(source, target.get())) {
      return m;
    }
    if (source.rule().equals(IMPLIED_POLICE) && !source.hasKnownCountry() && target.get().hasKnownCountry()
        && !target.get().sectors().isEmpty() && OFFICIAL_SECTORS.contains(target.get().sectors().get(0))) {
      // "the former president is arrested", no place named: the police of the official's own country
      Actor police = Actor.ofCode(source.text(),
          target.get().country() + source.code().substring(Actor.UNKNOWN_COUNTRY.length()), source.span(),
          source.rule() + "+official-country");
      return police.code().equals(target.get().code()) ? m : with(m, police, target.get());
    }
    if (source.rule().equals(IMPLIED_COURT) && !source.hasKnownCountry() && target.get().hasKnownCountry()) {
      // "the former minister was sentenced to ten years", no place named: a court of the accused's country
      Actor court = Actor.ofCode(source.text(), target.get().country() + source.code().substring(Actor.UNKNOWN_COUNTRY.length()),
          source.span(), source.rule() + "+accused-country");
      return court.code().equals(target.get().code()) ? m : with(m, court, target.get());
    }
    if (!target.get().country().equals(Actor.UNKNOWN_COUNTRY)
        || target.get().sectors().isEmpty() && !target.get().rule().equals(PERSON_NAME)
        || !source.hasStateCountry() || source.sectors().isEmpty()
        || !STATE_SECTORS.contains(source.sectors().get(0))) {
      return m;
    }
    Actor t = target.get();
    String code = source.country() + t.code().substring(Actor.UNKNOWN_COUNTRY.length());
    if (code.equals(source.code())) {
      return m; // "police arrest police officers": no self-dyad
    }
    return with(m, source, Actor.ofCode(t.text(), code, t.span(), t.rule() + "+counterpart-country"));
  }

  /**
   * Whether {@code source} is a state's court, police or legislature (first sector in
   * {@link #JURISDICTION_SECTORS}), whose every deed on a side known only by its role is done within
   * its own state: "the Supreme Court of Chile orders a former senator to wear a tag"; an armed
   * side ({@link #ARMED_SECTORS}) may come from abroad and is left as it is unless coerced.
   */
  private static boolean withinJurisdiction(Actor source, Actor target) {
    return source.hasStateCountry() && !source.sectors().isEmpty()
        && JURISDICTION_SECTORS.contains(source.sectors().get(0))
        && target.sectors().stream().noneMatch(ARMED_SECTORS::contains); // "blamed an armed group": whose?
  }

  private static EventMention with(EventMention m, Actor source, Actor target) {
    return new EventMention(m.sentence(), m.trigger(), source, Optional.of(target), m.code(), m.rule(), m.mode(),
        m.nominal(), m.antecedent());
  }
}
