package org.casus.store.group;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.casus.model.ModeKind;
import org.casus.model.Place;
import org.casus.model.Quantity;

/**
 * One stored event as grouping sees it.
 *
 * @param eventKey the event's numeric key in the store
 * @param eventId the event's id ({@code <article>-<n>})
 * @param articleId the article that reports it
 * @param seq the event's position among its article's events, from 0
 * @param published the article's publication date, empty when unknown
 * @param outlet the article's outlet, {@code ""} when unknown
 * @param earliest the earliest day the event's date can mean, empty when the date is unknown
 * @param latest the latest day, empty exactly when {@code earliest} is
 * @param point true for a one-day date (precision DAY), false for a month, year or range
 * @param place where it happened, {@link Place#UNKNOWN} when unknown
 * @param sourceCodes the source actors' codes (texts for actors without one), in order
 * @param targetCodes the target actors' codes, in order; empty when none
 * @param participantCountries for a multilateral event, the country (or code) of every participant;
 *     empty for a dyadic event
 * @param mentions the number of mentions in its article, at least 1
 * @param mode the event's mode
 * @param killed the number killed the report gives, empty when none
 * @param wounded the number wounded the report gives, empty when none
 */
public record Candidate(long eventKey, String eventId, String articleId, int seq, Optional<LocalDate> published,
    String outlet, Optional<LocalDate> earliest, Optional<LocalDate> latest, boolean point, Place place,
    List<String> sourceCodes, List<String> targetCodes, Set<String> participantCountries, int mentions,
    ModeKind mode, Optional<Quantity> killed, Optional<Quantity> wounded) {
  public Candidate {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(latest, "latest");
    if (earliest.isPresent() != latest.isPresent()) {
      throw new IllegalArgumentException("event " + eventId + ": earliest and latest must both be known or both unknown");
    }
    if (earliest.isPresent() && earliest.get().isAfter(latest.get())) {
      throw new IllegalArgumentException("event " + eventId + ": earliest " + earliest.get() + " after latest " + latest.get());
    }
    Objects.requireNonNull(place, "place");
    sourceCodes = List.copyOf(sourceCodes);
    targetCodes = List.copyOf(targetCodes);
    participantCountries = Set.copyOf(participantCountries);
    if (mentions < 1) {
      throw new IllegalArgumentException("event " + eventId + " has " + mentions + " mentions");
    }
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(killed, "killed");
    Objects.requireNonNull(wounded, "wounded");
  }

  /** True for a multilateral event. */
  public boolean multilateral() {
    return !participantCountries.isEmpty();
  }

  /** The dyad as written in reasons: {@code IRNMIL>ISR}, or the participants of a multilateral event. */
  public String dyad() {
    return String.join("+", sourceCodes) + (targetCodes.isEmpty() ? "" : ">" + String.join("+", targetCodes));
  }
}
