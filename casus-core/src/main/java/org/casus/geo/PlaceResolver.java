package org.casus.geo;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casus.model.Place;
import org.casus.nlp.ParsedSentence;

/**
 * The geo stage: where an event happened.
 *
 * <p>Implementations are thread-safe.
 */
public interface PlaceResolver {
  /**
   * The place of the event whose trigger (verb or event noun) is token {@code trigger} of
   * {@code sentence}.
   *
   * @param sentence the parsed sentence, non-null
   * @param trigger 0-based token index of the event's verb or noun, in {@code [0, sentence.size())}
   * @param actorCountries ISO 3166-1 alpha-3 codes of the event's actors, used to prefer places in
   *     those countries; may be empty
   * @return the place, or {@link Place#UNKNOWN} when the sentence ties no place to the trigger;
   *     never null and never a silent country centroid (a country is returned only when the text
   *     names the country as the place)
   * @throws IllegalArgumentException if {@code trigger} is outside the sentence
   */
  Place resolve(ParsedSentence sentence, int trigger, Set<String> actorCountries);

  /**
   * Where a statement was made (CAMEO verbal events: statements, appeals, praise, criticism,
   * demands, threats): like {@link #resolve} but only from phrases about the saying itself or its
   * speaker, never from toponyms inside what was said ("condemned the attack in Syria" is not said
   * in Syria). The default is {@link #resolve}.
   *
   * @param sentence the parsed sentence, non-null
   * @param trigger 0-based token index of the saying verb or noun, in {@code [0, sentence.size())}
   * @param actorCountries ISO 3166-1 alpha-3 codes of the event's actors; may be empty
   * @return the place, or {@link Place#UNKNOWN}; never null
   * @throws IllegalArgumentException if {@code trigger} is outside the sentence
   */
  default Place resolveStatement(ParsedSentence sentence, int trigger, Set<String> actorCountries) {
    return resolve(sentence, trigger, actorCountries);
  }

  /**
   * Every place the sentence names, in text order, resolved without event context (a country
   * name gives the country, "Gaza Strip" the region): the article's geographic context. Names
   * of people and organisations are skipped. The default returns none.
   *
   * @param sentence the parsed sentence, non-null
   * @return the places, possibly empty; never null
   */
  default List<Place> placesNamed(ParsedSentence sentence) {
    return List.of();
  }

  /**
   * The place a noun phrase names, its head being token {@code head} ("the town of Geneina",
   * "Kharkiv", "Bangor, Maine"); for a deed whose object is a place ("stormed the town of X").
   * The default names none.
   *
   * @param sentence the parsed sentence, non-null
   * @param head the phrase's head token index
   * @param contextCountries ISO 3166-1 alpha-3 codes whose places are preferred; may be empty
   * @return the place, or empty
   */
  default Optional<Place> placeOfPhrase(ParsedSentence sentence, int head, java.util.Collection<String> contextCountries) {
    return Optional.empty();
  }

  /**
   * The place a noun phrase names when the text makes it territory: the object (or a passive's
   * subject) of a deed of occupation, CAMEO 192 ("rebels retake Bakhmut", "Pokrovsk was captured
   * by ..."). As {@link #placeOfPhrase}, and a proper name that the NER misread as a person's or
   * an organisation's is looked up as a town with no locative preposition before it, since the
   * deed says it is a place. The default names none.
   *
   * @param sentence the parsed sentence, non-null
   * @param head the phrase's head token index
   * @param contextCountries ISO 3166-1 alpha-3 codes whose places are preferred; may be empty
   * @return the place, or empty
   */
  default Optional<Place> placeOfTerritory(ParsedSentence sentence, int head,
      java.util.Collection<String> contextCountries) {
    return Optional.empty();
  }

  /**
   * Resolves a toponym given as text: {@code "Lima, Peru"}, {@code "Gaza Strip"},
   * {@code "Syria"}, {@code "Bangor, Maine"}. A part after the last comma narrows the first part to
   * that country or first-order division.
   *
   * @param text the toponym, non-null
   * @param contextCountries ISO 3166-1 alpha-3 codes whose places are preferred; may be empty
   * @return the place, or empty when no gazetteer, region or country name matches
   */
  Optional<Place> placeOfToponym(String text, Set<String> contextCountries);

  /**
   * A town or site named near the trigger that the gazetteer does not list ("ambushed a convoy near
   * Tessit"), placed in a country the caller knows from the event's actors, with precision
   * {@link org.casus.model.PlacePrecision#LOCALITY} at the country's point. The default has no
   * such knowledge and returns empty.
   *
   * @param sentence the parsed sentence, non-null
   * @param trigger 0-based token index of the event's verb or noun
   * @param iso3 ISO 3166-1 alpha-3 code of the country
   * @return the locality, or empty when none is attached to the trigger
   * @throws IllegalArgumentException if {@code trigger} is outside the sentence
   */
  default Optional<Place> unlistedLocality(ParsedSentence sentence, int trigger, String iso3) {
    return Optional.empty();
  }
}
