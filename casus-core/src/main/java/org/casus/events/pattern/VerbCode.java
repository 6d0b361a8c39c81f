package org.casus.events.pattern;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The CAMEO code a verb clause carries, and how the dictionary gave it.
 *
 * @param entry the verb dictionary entry of the trigger
 * @param match the best pattern that matched, empty when the verb's own code applies
 * @param code the event code from source to target (a CAMEO code or a validation test code)
 * @param rule the pattern or entry id ({@code verb_patterns:1234}) for provenance
 * @param consumed tokens used by the verb's other words and the pattern: not targets
 * @param paired a PETRARCH-1 paired code {@code A:B}, empty when none
 * @param compoundSlot the pattern was written for a compound subject ("% *")
 */
public record VerbCode(VerbEntry entry, Optional<PatternMatch> match, String code, String rule, Set<Integer> consumed,
    Optional<PairedCode> paired, boolean compoundSlot) {
  public VerbCode {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(rule, "rule");
    consumed = java.util.Collections.unmodifiableSet(new java.util.HashSet<>(consumed));
    Objects.requireNonNull(paired, "paired");
  }

  /** The two-digit CAMEO root of {@link #code}. */
  public String root() {
    return code.substring(0, 2);
  }

  /** This code with another code and rule (a rule that refines it: 130 threatened force is 138). */
  public VerbCode withCode(String newCode, String newRule) {
    return new VerbCode(entry, match, newCode, newRule, consumed, paired, compoundSlot);
  }
}
