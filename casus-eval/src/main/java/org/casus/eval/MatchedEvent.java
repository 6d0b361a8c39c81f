package org.casus.eval;

import java.util.Objects;
import org.casus.model.Event;

/**
 * A gold event and the prediction the scorer paired it with.
 *
 * @param gold the gold event
 * @param predicted the predicted event
 * @param exactCode true when the predicted code equals the gold code character for character
 * @param date whether the predicted date is right
 * @param place whether the predicted place is right
 * @param killed whether the predicted number killed is right
 */
public record MatchedEvent(GoldEvent gold, Event predicted, boolean exactCode, Verdict date, Verdict place,
    Verdict killed) {
  public MatchedEvent {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(killed, "killed");
  }

  /** True when a required gold event was matched: a true positive. */
  public boolean isTruePositive() {
    return gold.required();
  }
}
