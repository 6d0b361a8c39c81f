package org.casus.pipeline;

import java.util.List;
import java.util.Objects;
import org.casus.model.Event;

/**
 * What coding one article produced.
 *
 * @param docId the article id
 * @param sentences number of sentences read
 * @param events events after de-duplication, in text order
 */
public record CodingResult(String docId, int sentences, List<Event> events) {
  public CodingResult {
    Objects.requireNonNull(docId);
    if (sentences < 0) {
      throw new IllegalArgumentException("sentences " + sentences + " < 0");
    }
    events = List.copyOf(events);
  }
}
