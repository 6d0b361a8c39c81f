package org.casus.events.roles;

import java.util.List;
import java.util.Objects;
import org.casus.events.pattern.VerbCode;
import org.casus.model.Actor;

/**
 * A verb clause's code and roles as they pass through the roles chain.
 *
 * @param clause the verb's clause (consumed tokens from its pattern)
 * @param code the code so far
 * @param readAsActive a passive read as active by TABARI's convention
 *     ({@link org.casus.events.Convention#honoursTabariSlots}): its subject is the source
 * @param sources the sources so far, in text order
 * @param targets the targets so far, in text order
 */
public record ClauseRoles(VerbClause clause, VerbCode code, boolean readAsActive, List<Actor> sources,
    List<Actor> targets) {
  public ClauseRoles {
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(code, "code");
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
  }

  /** These roles with other sources; {@code this} when they are the same (so a rule that changes nothing is seen so). */
  public ClauseRoles withSources(List<Actor> newSources) {
    return newSources.equals(sources) ? this : new ClauseRoles(clause, code, readAsActive, newSources, targets);
  }

  /** These roles with other targets; {@code this} when they are the same. */
  public ClauseRoles withTargets(List<Actor> newTargets) {
    return newTargets.equals(targets) ? this : new ClauseRoles(clause, code, readAsActive, sources, newTargets);
  }

  /** These roles with another code; {@code this} when it is the same. */
  public ClauseRoles withCode(VerbCode newCode) {
    return newCode.equals(code) ? this : new ClauseRoles(clause, newCode, readAsActive, sources, targets);
  }

  /** The verb's token index. */
  public int verb() {
    return clause.verb();
  }

  /** True when a source has the code {@code code} (a target that is the source itself). */
  public boolean isSourceCode(String code) {
    return sources.stream().anyMatch(a -> a.code().equals(code));
  }
}
