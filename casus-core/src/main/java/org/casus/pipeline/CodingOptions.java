package org.casus.pipeline;

/**
 * Coder options that a caller may change per article. The defaults are casus's (and PETRARCH's)
 * production behaviour; the PETRARCH functional suites change them per record with
 * {@code <Config>} elements ({@code ../shared/eval/README.md}, field {@code config}).
 *
 * @param requireDyad true (default): an event needs a coded source and a coded target; false:
 *     events with no target, or with an uncoded source (PETRARCH {@code ---}), are coded too
 *     (PETRARCH option {@code require_dyad})
 */
public record CodingOptions(boolean requireDyad) {
  /** The production options: {@code requireDyad} true. */
  public static final CodingOptions DEFAULT = new CodingOptions(true);
}
