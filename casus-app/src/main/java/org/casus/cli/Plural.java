package org.casus.cli;

/** Counts with their noun for the command line's messages: "1 article", "0 articles", "2 articles". */
final class Plural {
  private Plural() {}

  /**
   * {@code n} and {@code noun}, the noun with an {@code s} unless {@code n} is 1 (English regular
   * plurals only; every noun the CLI counts is one).
   *
   * @param n the count, any value (negative counts take the plural, as "-1 degrees")
   * @param noun the singular noun, non-blank
   * @throws IllegalArgumentException if {@code noun} is blank
   */
  static String of(long n, String noun) {
    if (noun == null || noun.isBlank()) {
      throw new IllegalArgumentException("noun is blank");
    }
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
