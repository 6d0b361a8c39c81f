package org.casus.actors.article;

import java.util.Optional;
import org.casus.geo.Countries;
import org.casus.model.Actor;
import org.casus.model.EventMention;
import org.casus.model.Place;

/**
 * Actors known only by their role ("police", "gunmen", code {@code ---COP}) take the country of the
 * place where the event happened ("Police in Lagos arrested ..." is NGACOP), when the place is known
 * at country precision or better, and unless that would give both sides the same code: "settlers
 * ... killed two Palestinians in the West Bank" does not make the settlers Palestinian (then
 * neither side takes it, and a side left with no country drops the event). Rule suffix
 * {@code +place-country}. Stateless; thread-safe.
 */
public final class PlaceCountry {
  private final Countries countries;

  public PlaceCountry(Countries countries) {
    this.countries = countries;
  }

  /** The mention with its role-only sides in the place's country; {@code m} itself when none changes. */
  public EventMention apply(EventMention m, Place place) {
    if (!place.isKnown() || place.country().isEmpty()) {
      return m;
    }
    String country = countries.byIso3(place.country()).map(countries::cameoCode).orElse(place.country());
    Actor source = withCountry(m.source(), country);
    Optional<Actor> target = m.target().map(t -> withCountry(t, country));
    if (source == m.source() && target.equals(m.target())) {
      return m;
    }
    if (target.isPresent() && source.code().equals(target.get().code())) {
      return m;
    }
    return new EventMention(m.sentence(), m.trigger(), source, target, m.code(), m.rule(), m.mode(), m.nominal(),
        m.antecedent());
  }

  /** True when a side of {@code m} is still a role in no known country ({@code ---}). */
  public static boolean hasRoleWithoutCountry(EventMention m) {
    return m.source().country().equals(Actor.UNKNOWN_COUNTRY)
        || m.target().map(t -> t.country().equals(Actor.UNKNOWN_COUNTRY)).orElse(false);
  }

  private static Actor withCountry(Actor a, String country) {
    if (!a.country().equals(Actor.UNKNOWN_COUNTRY)) {
      return a;
    }
    return Actor.ofCode(a.text(), country + a.code().substring(3), a.span(), a.rule() + "+place-country");
  }
}
