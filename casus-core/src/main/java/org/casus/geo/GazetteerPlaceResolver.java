package org.casus.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.casus.model.Place;
import org.casus.model.PlacePrecision;
import org.casus.nlp.Dependency;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;
import org.casus.resource.ResourceFormatException;

/**
 * Resolves event places with the dependency tree, the GeoNames gazetteer, the country table and
 * the regions table.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li><b>Attachment.</b> Only phrases tied to the trigger count: a dependent of the trigger (or of
 *       the verb whose object or subject the trigger noun is) inside the trigger's clause, at most
 *       {@value #MAX_DEPTH} arcs away (a subject arc counts two), attached by {@code obl} or
 *       {@code nmod} with a locative preposition ({@code in, at, near, inside, outside, within,
 *       throughout, across, around}; the relation's subtype, {@code obl:in}, or else the
 *       dependent's {@code case} word). Relative, adverbial and complement clauses, conjuncts and
 *       possessors are not followed. The
 *       nearest such phrase that resolves wins ("attacked a clinic in Bunia", "met ... in Lima",
 *       "shelled the trade office of Chad's mission in the Libyan capital"). A phrase
 *       attached by {@code on} or {@code against} ("strikes on Kyiv") counts only when it names a
 *       city or region, never a whole country ("sanctions on Iran" is not located in Iran).</li>
 *   <li><b>Names of people and organisations are not places.</b> A phrase with a token tagged
 *       PERSON or ORGANIZATION is skipped ("Kingston Police", "Jordan Peterson"); only proper nouns
 *       or tokens tagged as locations are looked up. The exception is a town the NER misreads,
 *       governed by a locative preposition and confirmed by the text (see {@code misreadTown}).</li>
 *   <li><b>"City, Country" / "City, State".</b> Proper nouns right after a comma following the name
 *       restrict the candidates to that country or first-order division ("Lima, Peru",
 *       "Bangor, Maine"); a name not found there falls back to the qualifier itself. A name no
 *       table lists, tagged a location or not tagged, written so ("strikes on Hodeidah, Yemen"), is a
 *       locality in the qualifier's country or region, even after "on" (it is no whole country).</li>
 *   <li><b>Facilities named for their town.</b> "the Iranshahr Airport", "Kharkiv Airport": when the
 *       full name is no place, the name without its last word (airport, base, port, harbour) is
 *       looked up as a town; the last word alone never is.</li>
 *   <li><b>Capitals.</b> "the Syrian capital", "Syria's capital", "the capital of Syria" give the
 *       country's capital; "the Syrian capital of Damascus" looks Damascus up in Syria. "the
 *       capital" with no country is left unresolved.</li>
 *   <li><b>Lookup order.</b> The hand-written regions table (Gaza Strip, West Bank, Donbas ...),
 *       then country names (precision COUNTRY, the country's representative point from
 *       world-countries; a city-state whose capital has the same name gives that city), then
 *       gazetteer places and first-order divisions (Ontario, Maine).</li>
 *   <li><b>Ranking gazetteer candidates.</b> score = log10(population + 10) + 2 if the place lies in
 *       an actor's country or a country named in the phrase + 1 for a national capital (PPLC), 0.5
 *       for a first-order seat (PPLA). So an actor's country outweighs a hundredfold population,
 *       and a large foreign capital still beats a small namesake in an actor's country (Paris,
 *       France over Paris, Texas for an American actor). A first-order division with the same name
 *       beats a city unless the city is a capital, a first-order seat or has a million people
 *       (Ontario the province, not Ontario, California; Washington the city, not the state).</li>
 * </ol>
 *
 * <p>Immutable and thread-safe after construction.
 */
public final class GazetteerPlaceResolver implements PlaceResolver {
  /** How many arcs from the trigger a place phrase may be. */
  public static final int MAX_DEPTH = 6;

  private final Gazetteer gazetteer;
  private final Countries countries;
  private final Regions regions;
  private final ToponymResolver toponyms;
  private final PlacePhrases phrases;

  /**
   * @param gazetteer the GeoNames gazetteer
   * @param countries the country table
   * @param regions the regions and first-order divisions table
   */
  public GazetteerPlaceResolver(Gazetteer gazetteer, Countries countries, Regions regions) {
    this.gazetteer = Objects.requireNonNull(gazetteer);
    this.countries = Objects.requireNonNull(countries);
    this.regions = Objects.requireNonNull(regions);
    this.toponyms = new ToponymResolver(gazetteer, countries, regions);
    this.phrases = new PlacePhrases(toponyms, gazetteer, countries, regions);
  }

  /**
   * Loads the bundled gazetteer, countries, regions and admin1 resources (about a second).
   *
   * @throws ResourceFormatException if a resource is missing, fails its checksum or has a bad row
   */
  public static GazetteerPlaceResolver loadDefault() throws ResourceFormatException {
    return new GazetteerPlaceResolver(Gazetteer.loadDefault(), Countries.loadDefault(), Regions.loadDefault());
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  public Countries countries() {
    return countries;
  }

  public Regions regions() {
    return regions;
  }

  /** The toponym resolver (names to places). */
  public ToponymResolver toponyms() {
    return toponyms;
  }

  @Override
  public Place resolve(ParsedSentence sentence, int trigger, Set<String> actorCountries) {
    return resolve(sentence, trigger, actorCountries, false);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Here: the attachment rule of the class comment without entering the saying's object,
   * object complement or clausal complements, nor a nominal trigger's {@code of} complement (what
   * was said about: "slammed the attack ... in Syria", "invited him to a conference in Beijing",
   * "its condemnation of the strike in Damascus"). Phrases on the verb itself and its subject stay
   * ("said in Brussels", "ministers meeting in Brussels condemned ...").
   */
  @Override
  public Place resolveStatement(ParsedSentence sentence, int trigger, Set<String> actorCountries) {
    return resolve(sentence, trigger, actorCountries, true);
  }

  private Place resolve(ParsedSentence sentence, int trigger, Set<String> actorCountries, boolean saying) {
    Objects.requireNonNull(sentence);
    if (trigger < 0 || trigger >= sentence.size()) {
      throw new IllegalArgumentException("trigger " + trigger + " outside sentence of " + sentence.size() + " tokens");
    }
    Set<String> context = actorCountries == null ? Set.of() : actorCountries;
    Place best = null;
    TriggerAttachment.Candidate unlisted = null;
    for (TriggerAttachment.Candidate c : TriggerAttachment.attachedPhrases(sentence, trigger, saying)) {
      Optional<Place> p = phrases.placeOfListOrPhrase(sentence, c.head(), context);
      if (p.isPresent() && (!c.targetOnly() || p.get().precision() != PlacePrecision.COUNTRY)) {
        Place q = p.get().withRelation(c.relation());
        if (best == null) {
          best = q;
        } else if (q.precision().ordinal() < best.precision().ordinal() && inside(q, best)) {
          best = q; // "positions near Bakhmut in the Donetsk region": the town, not the region
        }
      } else if ((p.isEmpty() || c.targetOnly()) && unlisted == null && PlacePhrases.listedWith(sentence, c.head()).isEmpty()
          && (!c.targetOnly() && phrases.isUnlistedName(sentence, c.head())
              || phrases.isQualifiedName(sentence, c.head(), context))) {
        // (not in a list: placeOfListOrPhrase was placeOfPhrase itself, and found nothing)
        unlisted = c;
      }
    }
    if (unlisted != null && (best == null || best.precision() == PlacePrecision.REGION
        || best.precision() == PlacePrecision.COUNTRY)) {
      Place enclosing = best != null ? best : phrases.enclosingOf(sentence, unlisted.head(), context).orElse(null);
      if (enclosing != null) {
        return PlacePhrases.locality(sentence, unlisted, enclosing);
      }
    }
    return best == null ? Place.UNKNOWN : best;
  }

  /**
   * A town or site the text names near the trigger that no table lists ("near Tessit"), placed
   * in {@code country}: for a caller that knows the event's country from its actors. Precision
   * {@link PlacePrecision#LOCALITY}, at the country's representative point.
   *
   * @param sentence the parsed sentence, non-null
   * @param trigger 0-based token index of the event's verb or noun
   * @param iso3 ISO 3166-1 alpha-3 code of the country to place it in
   * @return the locality, or empty when no unlisted name is attached to the trigger or the country
   *     is not in the country table
   * @throws IllegalArgumentException if {@code trigger} is outside the sentence
   */
  @Override
  public Optional<Place> unlistedLocality(ParsedSentence sentence, int trigger, String iso3) {
    Objects.requireNonNull(sentence);
    if (trigger < 0 || trigger >= sentence.size()) {
      throw new IllegalArgumentException("trigger " + trigger + " outside sentence of " + sentence.size() + " tokens");
    }
    Optional<Country> country = countries.byIso3(iso3);
    if (country.isEmpty()) {
      return Optional.empty();
    }
    for (TriggerAttachment.Candidate c : TriggerAttachment.attachedPhrases(sentence, trigger, false)) {
      if (c.targetOnly()) {
        continue;
      }
      if (phrases.placeOfPhrase(sentence, c.head(), Set.of(iso3)).isPresent()) {
        return Optional.empty(); // a listed place is nearer: not for this method
      }
      if (phrases.isUnlistedName(sentence, c.head())) {
        return Optional.of(PlacePhrases.locality(sentence, c, ToponymResolver.countryPlace(country.get(), "")));
      }
    }
    return Optional.empty();
  }

  /** True when {@code q} may lie in {@code outer}: the same country (the text ties them). */
  private static boolean inside(Place q, Place outer) {
    return !outer.country().isEmpty() && q.country().equals(outer.country());
  }

  /**
   * {@inheritDoc}
   *
   * <p>Here: each proper name tagged as a location (the head of its compound/flat name), or
   * tagged as a person or organisation after a locative preposition (a town the NER misreads), is
   * resolved as a place phrase with no context countries.
   */
  @Override
  public List<Place> placesNamed(ParsedSentence sentence) {
    return phrases.placesNamed(sentence);
  }

  @Override
  public Optional<Place> placeOfToponym(String text, Set<String> contextCountries) {
    return toponyms.placeOfToponym(text, contextCountries);
  }

  /**
   * The place a noun phrase headed by token {@code head} names, with the rules of the class
   * comment (names, "City, Country", capitals, containers); empty when it names none.
   *
   * @throws IndexOutOfBoundsException if {@code head} is not a token index of {@code s}
   */
  @Override
  public Optional<Place> placeOfPhrase(ParsedSentence s, int head, Collection<String> contextCountries) {
    return phrases.placeOfPhrase(s, head, Set.copyOf(contextCountries));
  }

  /**
   * {@inheritDoc}
   *
   * @throws IndexOutOfBoundsException if {@code head} is not a token index of {@code s}
   */
  @Override
  public Optional<Place> placeOfTerritory(ParsedSentence s, int head, Collection<String> contextCountries) {
    Set<String> context = Set.copyOf(contextCountries);
    return phrases.placeOfPhrase(s, head, context).or(() -> phrases.misreadTown(s, head, context, true));
  }
}
