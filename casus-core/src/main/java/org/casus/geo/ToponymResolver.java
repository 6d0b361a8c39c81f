package org.casus.geo;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.casus.model.Place;
import org.casus.model.PlacePrecision;

/**
 * Toponym resolution: a place name, with an optional "Name, Country" or "Name, Region" qualifier,
 * to a {@link Place}, by the lookup order and ranking of {@link GazetteerPlaceResolver} (regions
 * table, then country names, then gazetteer places and first-order divisions, ranked by
 * population, the actors' countries, capitals and seats). Immutable; thread-safe.
 */
public final class ToponymResolver {
  private final Gazetteer gazetteer;
  private final Countries countries;
  private final Regions regions;

  ToponymResolver(Gazetteer gazetteer, Countries countries, Regions regions) {
    this.gazetteer = Objects.requireNonNull(gazetteer);
    this.countries = Objects.requireNonNull(countries);
    this.regions = Objects.requireNonNull(regions);
  }

  /**
   * The place a toponym names: "Lima, Peru", "Gaza Strip", "Ontario".
   *
   * @param text the toponym, with an optional qualifier after its last comma
   * @param contextCountries ISO3 codes of the event's countries, which rank candidates; may be null
   * @return the place, empty when no table knows the name
   */
  public Optional<Place> placeOfToponym(String text, Set<String> contextCountries) {
    Objects.requireNonNull(text);
    Set<String> context = contextCountries == null ? Set.of() : contextCountries;
    String name = text.strip();
    String qualifier = null;
    int comma = name.lastIndexOf(',');
    if (comma > 0) {
      qualifier = name.substring(comma + 1).strip();
      name = name.substring(0, comma).strip();
    }
    if (name.isEmpty()) {
      return Optional.empty();
    }
    return resolveName(name, qualifier == null || qualifier.isEmpty() ? null : qualifier, Set.of(), context,
        text.strip());
  }

  /** What a "Name, Qualifier" qualifier restricts the name to: a country, a division, or nothing. */
  private record Within(String country, String admin1, Place place) {
    static final Within ANYWHERE = new Within(null, null, null);
  }

  private Within within(String name, String qualifier) {
    if (qualifier == null || isCountryList(name, qualifier)) {
      return Within.ANYWHERE; // "missiles at Bahrain, Jordan and Kuwait": a list, not "City, Country"
    }
    Optional<Country> c = countries.byPlaceName(qualifier);
    if (c.isPresent()) {
      return new Within(c.get().iso3(), null, countryPlace(c.get(), qualifier));
    }
    for (Region r : regions.lookup(qualifier)) {
      return new Within(r.country().isEmpty() ? null : r.country(), r.admin1().isEmpty() ? null : r.admin1(),
          regionPlace(r, qualifier));
    }
    return Within.ANYWHERE;
  }

  /**
   * The place a name names, by the lookup order and ranking of the class comment.
   *
   * @param qualifier the "Name, Qualifier" country or division, null when none
   * @param hints ISO3 codes of countries the phrase itself names ("the Syrian capital")
   * @param context ISO3 codes of the event's countries
   * @param toponym the words as written, kept in the place
   */
  Optional<Place> resolveName(String name, String qualifier, Set<String> hints, Set<String> context,
      String toponym) {
    Within in = within(name, qualifier);
    Region admin1Match = null;
    for (Region r : regions.lookup(name)) {
      if (in.country() != null && !r.country().equals(in.country())) {
        continue;
      }
      if (r.admin1().isEmpty()) {
        return Optional.of(regionPlace(r, toponym));
      }
      if (admin1Match == null || context.contains(r.country()) && !context.contains(admin1Match.country())) {
        admin1Match = r;
      }
    }
    Optional<Country> asCountry = countries.byPlaceName(name);
    if (asCountry.isPresent() && (in.country() == null || in.country().equals(asCountry.get().iso3()))
        && !(admin1Match != null && context.contains(admin1Match.country())
            && !context.contains(asCountry.get().iso3()))) {
      Country c = asCountry.get();
      Optional<GazetteerEntry> cap = gazetteer.capitalOf(c.iso3());
      if (cap.isPresent() && Toponyms.key(cap.get().name()).equals(Toponyms.key(name))) {
        return Optional.of(cityPlace(cap.get(), toponym)); // city-states: Singapore, Monaco
      }
      return Optional.of(countryPlace(c, toponym));
    }
    GazetteerEntry best = bestEntry(name, in, hints, context);
    if (admin1Match != null) {
      boolean prominentCity = best != null && (best.featureCode().equals("PPLC") || best.featureCode().equals("PPLA")
          || best.population() >= 1_000_000);
      boolean admin1InContext = context.contains(admin1Match.country()) || hints.contains(admin1Match.country());
      boolean cityInContext = best != null && (context.contains(best.country()) || hints.contains(best.country()));
      if (best == null || !prominentCity && !(cityInContext && !admin1InContext)) {
        return Optional.of(regionPlace(admin1Match, toponym));
      }
    }
    if (best != null) {
      return Optional.of(cityPlace(best, toponym));
    }
    return Optional.ofNullable(in.place());
  }

  /**
   * The best gazetteer place of the name within the qualifier: score = log10(population + 10),
   * + 2 in an actor's or a hinted country, + 1 for a national capital (PPLC), + 0.5 for a
   * first-order seat (PPLA); null when none.
   */
  private GazetteerEntry bestEntry(String name, Within in, Set<String> hints, Set<String> context) {
    GazetteerEntry best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (GazetteerEntry e : gazetteer.lookup(name)) {
      if (in.country() != null && !e.country().equals(in.country())
          || in.admin1() != null && !e.admin1().equals(in.admin1())) {
        continue;
      }
      double score = Math.log10(e.population() + 10.0);
      if (context.contains(e.country()) || hints.contains(e.country())) {
        score += 2;
      }
      if (e.featureCode().equals("PPLC")) {
        score += 1;
      } else if (e.featureCode().equals("PPLA")) {
        score += 0.5;
      }
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * True when "name, qualifier" lists two countries rather than naming a place in a country: both
   * are country names and the first is no division of the second ("Georgia, United States" is
   * the state).
   */
  boolean isCountryList(String name, String qualifier) {
    Optional<Country> first = countries.byPlaceName(name);
    Optional<Country> second = countries.byPlaceName(qualifier);
    if (first.isEmpty() || second.isEmpty() || first.get().iso3().equals(second.get().iso3())) {
      return false;
    }
    String in = second.get().iso3();
    return regions.lookup(name).stream().noneMatch(r -> r.country().equals(in));
  }

  Place cityPlace(GazetteerEntry e, String toponym) {
    return new Place(e.name(), e.geonamesId(), e.country(), gazetteer.admin1Name(e), e.lat(), e.lon(),
        PlacePrecision.CITY, toponym);
  }

  static Place countryPlace(Country c, String toponym) {
    return new Place(c.name(), 0, c.iso3(), "", c.lat(), c.lon(), PlacePrecision.COUNTRY, toponym);
  }

  static Place regionPlace(Region r, String toponym) {
    return new Place(r.name(), 0, r.country(), r.admin1().isEmpty() ? "" : r.name(), r.lat(), r.lon(),
        PlacePrecision.REGION, toponym);
  }

  Optional<GazetteerEntry> capital(Country c) {
    Optional<GazetteerEntry> cap = gazetteer.capitalOf(c.iso3());
    if (cap.isPresent() || c.capital().isEmpty()) {
      return cap;
    }
    // GeoNames marks no PPLC for some countries (Israel's Jerusalem is PPLA): use the country
    // table's capital name, looked up inside that country.
    return gazetteer.lookup(c.capital()).stream().filter(e -> e.country().equals(c.iso3())).findFirst();
  }
}
