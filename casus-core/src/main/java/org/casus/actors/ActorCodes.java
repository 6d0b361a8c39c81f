package org.casus.actors;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casus.geo.Countries;
import org.casus.geo.Country;

/**
 * The CAMEO actor codes this build knows, for checking hand-written codes ({@link UserActors}).
 *
 * <p>A code is well formed when it is one or more groups of three capital letters (CAMEO manual,
 * chapter "Actor codes": a country or international code, then 3-letter sectors). It is known when
 * its first group is a country of the countries table (its CAMEO code, {@link Countries#cameoCode})
 * or the first group of a code in an actor dictionary ({@code IGO}, {@code NGO}, {@code MNC},
 * regions such as {@code EUR} ...), and every further group is either a sector of an agent
 * dictionary code ({@code GOV}, {@code MIL}, {@code REB} ...) or continues a code prefix found in an
 * actor dictionary ({@code IGOSCO}: {@code SCO} names the organisation, not a sector).
 *
 * <p>Immutable and thread-safe.
 */
public final class ActorCodes {
  private final Set<String> firstGroups;
  private final Set<String> sectors;
  private final Set<String> prefixes;

  private ActorCodes(Set<String> firstGroups, Set<String> sectors, Set<String> prefixes) {
    this.firstGroups = Set.copyOf(firstGroups);
    this.sectors = Set.copyOf(sectors);
    this.prefixes = Set.copyOf(prefixes);
  }

  /**
   * The codes known to the given dictionaries and countries table.
   *
   * @param actors actor dictionaries whose codes (and code prefixes at 3-letter boundaries) are known
   * @param agents agent dictionaries whose codes give the known sectors
   * @param countries the countries table
   */
  public static ActorCodes of(List<ActorDictionary> actors, List<AgentDictionary> agents, Countries countries) {
    Set<String> first = new HashSet<>();
    Set<String> sectors = new HashSet<>();
    Set<String> prefixes = new HashSet<>();
    for (Country c : countries.all()) {
      first.add(countries.cameoCode(c));
    }
    for (ActorDictionary d : actors) {
      for (String code : d.codes()) {
        if (!isWellFormed(code)) {
          continue;
        }
        first.add(code.substring(0, 3));
        for (int i = 6; i <= code.length(); i += 3) {
          prefixes.add(code.substring(0, i));
        }
      }
    }
    for (AgentDictionary d : agents) {
      for (String code : d.codes()) {
        if (isWellFormed(code)) {
          for (int i = 0; i < code.length(); i += 3) {
            sectors.add(code.substring(i, i + 3));
          }
        }
      }
    }
    return new ActorCodes(first, sectors, prefixes);
  }

  /** True when {@code code} is one or more groups of three capital letters A-Z. */
  public static boolean isWellFormed(String code) {
    return !code.isEmpty() && code.length() % 3 == 0 && code.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z');
  }

  /**
   * What is wrong with {@code code}, if anything.
   *
   * @param code a CAMEO actor code as written by a user, non-null
   * @return a one-line message saying what to change, or empty when the code is well formed and known
   */
  public Optional<String> problem(String code) {
    if (!isWellFormed(code)) {
      return Optional.of("code '" + code + "' is not groups of three capital letters (e.g. KENGOV, IGOUNO)");
    }
    String first = code.substring(0, 3);
    if (!firstGroups.contains(first)) {
      return Optional.of("code '" + code + "': '" + first
          + "' is neither a country code of the countries table nor an international code of the actor dictionaries");
    }
    for (int i = 3; i < code.length(); i += 3) {
      String group = code.substring(i, i + 3);
      if (!sectors.contains(group) && !prefixes.contains(code.substring(0, i + 3))) {
        return Optional.of("code '" + code + "': '" + group + "' is not a sector of the agent dictionaries");
      }
    }
    return Optional.empty();
  }

  /** True when {@code sector} is a 3-letter sector of the agent dictionaries. */
  public boolean isSector(String sector) {
    return sectors.contains(sector);
  }
}
