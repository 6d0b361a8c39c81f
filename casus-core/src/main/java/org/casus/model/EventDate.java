package org.casus.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When an event happened (not when it was reported).
 *
 * <p>Either a single {@code value} with precision DAY, MONTH or YEAR (the value is then the first
 * day of that month or year), or a range {@code [from, to]} (both inclusive) with precision RANGE,
 * or nothing with precision UNKNOWN.
 *
 * @param value the day, present unless precision is RANGE or UNKNOWN
 * @param from first day of a range, present only for RANGE
 * @param to last day of a range, present only for RANGE
 * @param precision how exact the date is
 * @param basis where it came from
 * @param expression the text of the temporal expression used, {@code ""} when none
 * @throws IllegalArgumentException when the fields do not fit the precision
 */
public record EventDate(Optional<LocalDate> value, Optional<LocalDate> from, Optional<LocalDate> to,
    DatePrecision precision, DateBasis basis, String expression) {
  public EventDate {
    Objects.requireNonNull(value);
    Objects.requireNonNull(from);
    Objects.requireNonNull(to);
    Objects.requireNonNull(precision);
    Objects.requireNonNull(basis);
    expression = expression == null ? "" : expression;
    switch (precision) {
      case RANGE -> {
        if (from.isEmpty() || to.isEmpty() || value.isPresent() || from.get().isAfter(to.get())) {
          throw new IllegalArgumentException("a RANGE date needs from <= to and no value: " + from + ".." + to);
        }
      }
      case UNKNOWN -> {
        if (value.isPresent() || from.isPresent() || to.isPresent()) {
          throw new IllegalArgumentException("an UNKNOWN date has no value or range");
        }
      }
      default -> {
        if (value.isEmpty() || from.isPresent() || to.isPresent()) {
          throw new IllegalArgumentException(precision + " date needs a value and no range");
        }
      }
    }
  }

  /** The absent date. */
  public static final EventDate UNKNOWN =
      new EventDate(Optional.empty(), Optional.empty(), Optional.empty(), DatePrecision.UNKNOWN, DateBasis.NONE, "");

  public static EventDate day(LocalDate day, DateBasis basis, String expression) {
    return new EventDate(Optional.of(day), Optional.empty(), Optional.empty(), DatePrecision.DAY, basis, expression);
  }

  public static EventDate of(LocalDate value, DatePrecision precision, DateBasis basis, String expression) {
    return new EventDate(Optional.of(value), Optional.empty(), Optional.empty(), precision, basis, expression);
  }

  public static EventDate range(LocalDate from, LocalDate to, DateBasis basis, String expression) {
    return new EventDate(Optional.empty(), Optional.of(from), Optional.of(to), DatePrecision.RANGE, basis, expression);
  }

  /** The earliest day this date can mean, empty when UNKNOWN. */
  public Optional<LocalDate> earliest() {
    return value.isPresent() ? value : from;
  }

  /** The latest day this date can mean, empty when UNKNOWN. */
  public Optional<LocalDate> latest() {
    if (to.isPresent()) {
      return to;
    }
    return value.map(v -> switch (precision) {
      case MONTH -> v.withDayOfMonth(v.lengthOfMonth());
      case YEAR -> v.withDayOfYear(v.lengthOfYear());
      default -> v;
    });
  }
}
