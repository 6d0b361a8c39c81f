package org.casus.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.casus.events.Discards;
import org.casus.model.Event;

/**
 * What coding one article produced.
 *
 * @param docId the article id
 * @param sentences number of sentences read
 * @param events events after de-duplication, in text order
 * @param storyDiscard the story-discard phrase that made the coder skip the whole article (sport,
 *     entertainment ...; {@link Discards#storyDiscardInLead}), in which case {@code events} is
 *     empty; empty when the article was coded
 */
public record CodingResult(String docId, int sentences, List<Event> events, Optional<Discards.Discard> storyDiscard) {
  public CodingResult {
    Objects.requireNonNull(docId);
    if (sentences < 0) {
      throw new IllegalArgumentException("sentences " + sentences + " < 0");
    }
    events = List.copyOf(events);
    Objects.requireNonNull(storyDiscard, "storyDiscard");
    if (storyDiscard.isPresent() && !events.isEmpty()) {
      throw new IllegalArgumentException("a discarded story has no events, got " + events.size());
    }
  }

  /** The result of a coded article (no story discard). */
  public CodingResult(String docId, int sentences, List<Event> events) {
    this(docId, sentences, events, Optional.empty());
  }
}
