package org.casus.store;

import java.util.List;
import java.util.Objects;
import org.casus.model.Actor;
import org.casus.model.Event;

/**
 * One event as the store keeps it: a dyadic event of the coder, or a multilateral event folded from
 * the coder's pairwise records ({@link MultilateralFolding}).
 *
 * <p>The actor lists follow PLOVER's compound and reciprocal actors (PLOVER manual 0.7b1, section
 * "Compound and Reciprocal Actors"): a compound side is a list; in a reciprocal event (a meeting)
 * every participant is a source and there is no recipient.
 *
 * @param event the representative record: for a dyadic event the coder's event itself, for a
 *     multilateral one its first pairwise record, whose date, place, counts, mode and mentions the
 *     folded event keeps
 * @param sources the source (PLOVER actor) list, in text order, at least one
 * @param targets the target (PLOVER recipient) list, in text order; empty when none is named or the
 *     event is reciprocal
 * @param pairs the coder's records this event stands for, in the coder's order: the event alone for a
 *     dyadic event, every pairwise record for a multilateral one
 * @param multilateral true when folded from records whose actors form three or more participants
 */
public record FoldedEvent(Event event, List<Actor> sources, List<Actor> targets, List<Event> pairs,
    boolean multilateral) {
  public FoldedEvent {
    Objects.requireNonNull(event, "event");
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
    pairs = List.copyOf(pairs);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("event " + event.id() + " has no source");
    }
    if (pairs.isEmpty()) {
      throw new IllegalArgumentException("event " + event.id() + " stands for no coder record");
    }
  }

  /** A dyadic event: the coder's record as it is. */
  public static FoldedEvent dyadic(Event e) {
    return new FoldedEvent(e, List.of(e.source()), e.target().stream().toList(), List.of(e), false);
  }

  /** The number of distinct participants (sources and targets). */
  public int participants() {
    return (int) java.util.stream.Stream.concat(sources.stream(), targets.stream())
        .map(MultilateralFolding::participantKey).distinct().count();
  }
}
