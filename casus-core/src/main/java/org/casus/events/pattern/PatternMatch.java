package org.casus.events.pattern;

import java.util.List;
import java.util.Objects;

/**
 * A verb pattern that matched a clause, with the tokens its words used (they belong to the
 * pattern and are not the target: "burned flags").
 *
 * @param pattern the pattern
 * @param tokens token indexes the pattern's words used
 * @param score how much of the clause it covers; the highest score wins
 */
public record PatternMatch(VerbPattern pattern, List<Integer> tokens, int score) {
  public PatternMatch {
    Objects.requireNonNull(pattern, "pattern");
    tokens = List.copyOf(tokens);
  }
}
