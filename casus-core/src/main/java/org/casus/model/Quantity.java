package org.casus.model;

import java.util.Objects;

/**
 * A count of people (killed, wounded ...), following ACLED's conventions for vague numbers
 * (ACLED Codebook 2023, "Fatalities": "dozens" = 12, "hundreds" = 100, marked vague).
 *
 * @param min the lowest count the text supports, {@code >= 0}
 * @param max the highest, {@code >= min}; equal to {@code min} for an exact number;
 *     {@code -1} when open-ended ("at least 7", "more than 30")
 * @param qualifier {@code exact}, {@code at least}, {@code more than}, {@code up to},
 *     {@code about}, {@code range} or {@code vague}
 * @param text the words the count was read from
 */
public record Quantity(long min, long max, String qualifier, String text) {
  public Quantity {
    if (min < 0) {
      throw new IllegalArgumentException("count min " + min + " < 0");
    }
    if (max != -1 && max < min) {
      throw new IllegalArgumentException("count max " + max + " < min " + min);
    }
    Objects.requireNonNull(qualifier);
    text = text == null ? "" : text;
  }

  public static Quantity exact(long n, String text) {
    return new Quantity(n, n, "exact", text);
  }

  /** True when open-ended ({@code max == -1}). */
  public boolean openEnded() {
    return max == -1;
  }
}
