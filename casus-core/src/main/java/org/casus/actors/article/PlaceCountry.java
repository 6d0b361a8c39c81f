package org.casus.actors.article;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casus.geo.Countries;
import org.casus.model.Actor;
import org.casus.model.EventMention;
import org.casus.model.Place;
import org.casus.model.PlacePrecision;

/**
 * Actors known only by their role ("police", "gunmen", code {@code ---COP}) take the country of the
 * place where the event happened ("Police in Lagos arrested ..." is NGACOP), when the place is known
 * at country precision or better, and unless that would give both sides the same code: "settlers
 * ... killed two Palestinians in the West Bank" does not make the settlers Palestinian (then
 * neither side takes it, and a side left with no country drops the event). Rule suffix
 * {@code +place-country}. Stateless; thread-safe.
 */
public final class PlaceCountry {
  /**
   * The rule of a visit's host pending the country of the place visited (the events stage's
   * visit-host rule): it takes no country that is the visitor's own, as travel at home is no visit.
   */
  public static final String VISIT_HOST = "visit-host";
  private final Countries countries;

  public PlaceCountry(Countries countries) {
    this.countries = countries;
  }

  /**
   * The mention with its role-only sides in the country of its place; {@code m} itself when none
   * changes. A mention with no place takes the country of the story: the one country of all the
   * towns and regions the earlier sentences named ("A gunman opened fire at a school in Tacloban,
   * Philippines. Two suspects were arrested.": the police and the suspects are Philippine), except
   * for armed groups (UAF, REB), which the story's country does not make its own. A
   * place with no country (a sea, a disputed region) gives none, nor does a story of several
   * countries. A toponym of the mention's own sentence that the placer did not tie to the mention
   * gives none either ("since the start of the Gaza war" is no place of the deed).
   *
   * @param place the mention's place, {@link Place#UNKNOWN} when none was found
   * @param earlier the places the article named before this mention's sentence
   */
  public EventMention apply(EventMention m, Place place, List<Place> earlier) {
    Optional<String> iso3 = place.isKnown() ? Optional.of(place.country()).filter(c -> !c.isEmpty()) : storyCountry(earlier);
    if (iso3.isEmpty()) {
      return m;
    }
    String country = countries.byIso3(iso3.get()).map(countries::cameoCode).orElse(iso3.get());
    boolean fromStory = !place.isKnown();
    Actor source = withCountry(m.source(), country, fromStory);
    Optional<Actor> target = m.target()
        .filter(t -> !(t.rule().equals(VISIT_HOST) && m.source().country().equals(country)))
        .map(t -> withCountry(t, country, fromStory))
        .or(() -> m.target());
    if (source == m.source() && target.equals(m.target())) {
      return m;
    }
    if (target.isPresent() && source.code().equals(target.get().code())) {
      return m;
    }
    return new EventMention(m.sentence(), m.trigger(), source, target, m.code(), m.rule(), m.mode(), m.nominal(),
        m.antecedent());
  }

  /**
   * The one country of the towns and regions named so far, empty when they lie in none or in
   * several. A country's own name is left out: it names an actor as often as a place ("Congress
   * urged Obama to help Iran").
   */
  static Optional<String> storyCountry(List<Place> named) {
    Set<String> countries = new HashSet<>();
    for (Place p : named) {
      if (!p.country().isEmpty() && p.precision() != PlacePrecision.COUNTRY && countries.add(p.country())
          && countries.size() > 1) {
        return Optional.empty(); // a second country: no story country, whatever follows
      }
    }
    return countries.size() == 1 ? Optional.of(countries.iterator().next()) : Optional.empty();
  }

  /** True when a side of {@code m} is still a role in no known country ({@code ---}). */
  public static boolean hasRoleWithoutCountry(EventMention m) {
    return m.source().country().equals(Actor.UNKNOWN_COUNTRY)
        || m.target().map(t -> t.country().equals(Actor.UNKNOWN_COUNTRY)).orElse(false);
  }

  /**
   * Armed groups of no named country ("gunmen", "an armed group based across the border") often
   * come from elsewhere: only the place of their own deed gives them a country, not the story's.
   */
  private static final Set<String> ARMED_GROUP_SECTORS = Set.of("UAF", "REB");

  private static Actor withCountry(Actor a, String country, boolean fromStory) {
    if (!a.country().equals(Actor.UNKNOWN_COUNTRY)
        || fromStory && !a.sectors().isEmpty() && ARMED_GROUP_SECTORS.contains(a.sectors().get(0))) {
      return a;
    }
    return Actor.ofCode(a.text(), country + a.code().substring(3), a.span(), a.rule() + "+place-country");
  }
}
