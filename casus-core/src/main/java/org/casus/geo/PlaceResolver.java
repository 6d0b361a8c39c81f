package org.casus.geo;

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
   * Resolves a toponym given as text: {@code "Lima, Peru"}, {@code "Gaza Strip"},
   * {@code "Syria"}, {@code "Bangor, Maine"}. A part after the last comma narrows the first part to
   * that country or first-order division.
   *
   * @param text the toponym, non-null
   * @param contextCountries ISO 3166-1 alpha-3 codes whose places are preferred; may be empty
   * @return the place, or empty when no gazetteer, region or country name matches
   */
  Optional<Place> placeOfToponym(String text, Set<String> contextCountries);
}
