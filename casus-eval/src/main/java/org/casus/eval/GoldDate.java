package org.casus.eval;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The day a gold event happened, or the inclusive range of days the text supports.
 *
 * @param from first possible day
 * @param to last possible day, {@code >= from}; equal to {@code from} for a single day
 * @throws IllegalArgumentException if {@code to} is before {@code from}
 */
public record GoldDate(LocalDate from, LocalDate to) {
  public GoldDate {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("gold date range " + from + ".." + to + " ends before it starts");
    }
  }

  /** A single day. */
  public static GoldDate day(LocalDate day) {
    return new GoldDate(day, day);
  }

  /** True when this is one day. */
  public boolean isDay() {
    return from.equals(to);
  }

  /** True when {@code day} is in {@code [from, to]}. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  @Override
  public String toString() {
    return isDay() ? from.toString() : "[" + from + ", " + to + "]";
  }
}
