package org.casus.store.query;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The filters of a query; every present filter must hold (AND). Codes compare as prefixes where
 * said, so {@code IRN} matches {@code IRNGOVMIL}.
 *
 * @param actor an actor code prefix that a source or target must have
 * @param country a country (3 letters) that a source or target must have
 * @param sector a 3-letter sector ({@code MIL}) that a source or target must have
 * @param dyad two actor code prefixes: an event whose coder records include one from the first to
 *     the second (or, unless {@code directed}, the other way round); a multilateral event matches
 *     through its pairwise records
 * @param directed whether {@code dyad} is directed
 * @param code a CAMEO event code prefix ({@code 19}, {@code 190})
 * @param quadClass the QuadClass, 1..4
 * @param ploverType a PLOVER event type ({@code ASSAULT}), any case
 * @param from events whose dates reach this day or later (date ranges overlap)
 * @param to events whose dates begin on this day or earlier
 * @param placeCountry the event place's country (3 letters)
 * @param place the event place's name, any case
 * @param mode the mode ({@code asserted}, {@code reported} ...), any case
 * @param text words the reporting sentence contains, any case (a substring: {@code ceasefire} also
 *     finds {@code ceasefires})
 * @param group the id of an event group
 * @param limit the most rows to return, empty for all
 */
public record EventQuery(Optional<String> actor, Optional<String> country, Optional<String> sector,
    Optional<Dyad> dyad, boolean directed, Optional<String> code, Optional<Integer> quadClass,
    Optional<String> ploverType, Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> placeCountry,
    Optional<String> place, Optional<String> mode, Optional<String> text, Optional<String> group,
    Optional<Integer> limit) {
  /** A dyad of actor code prefixes. */
  public record Dyad(String first, String second) {
    public Dyad {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(second, "second");
    }
  }

  /** No filter: every event. */
  public static final EventQuery ALL = new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * @throws IllegalArgumentException when quadClass is not 1..4, limit is negative, or from is after to
   */
  public EventQuery {
    for (Object o : new Object[] {actor, country, sector, dyad, code, quadClass, ploverType, from, to, placeCountry,
        place, mode, text, group, limit}) {
      Objects.requireNonNull(o, "filter");
    }
    if (quadClass.isPresent() && (quadClass.get() < 1 || quadClass.get() > 4)) {
      throw new IllegalArgumentException("QuadClass " + quadClass.get() + " is not 1..4");
    }
    if (limit.isPresent() && limit.get() < 0) {
      throw new IllegalArgumentException("limit " + limit.get() + " < 0");
    }
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new IllegalArgumentException("from " + from.get() + " is after to " + to.get());
    }
  }
}
