package org.casus.eval;

import java.util.List;
import java.util.Objects;
import org.casus.model.Event;

/**
 * How one gold record scored.
 *
 * @param record the gold record
 * @param predicted everything the coder produced for it, in the coder's order
 * @param matched gold events paired with a prediction, in gold order (required ones are true
 *     positives; the others count for nothing)
 * @param missed required gold events left unmatched: false negatives
 * @param extra predictions left unmatched: false positives
 * @param actorMisses required gold events left unmatched although some prediction of the record has
 *     an acceptable code (in {@code accept_codes} or of the same root): the actors were wrong
 * @param passed true when the predicted (source, target, code) multiset equals the gold one exactly
 *     (see {@link Scorer#exactActor})
 */
public record RecordResult(GoldRecord record, List<Event> predicted, List<MatchedEvent> matched,
    List<GoldEvent> missed, List<Event> extra, List<GoldEvent> actorMisses, boolean passed) {
  public RecordResult {
    Objects.requireNonNull(record, "record");
    predicted = List.copyOf(predicted);
    matched = List.copyOf(matched);
    missed = List.copyOf(missed);
    extra = List.copyOf(extra);
    actorMisses = List.copyOf(actorMisses);
  }

  /** True positives: matched required gold events. */
  public int tp() {
    return (int) matched.stream().filter(MatchedEvent::isTruePositive).count();
  }

  /** False positives: unmatched predictions. */
  public int fp() {
    return extra.size();
  }

  /** False negatives: unmatched required gold events. */
  public int fn() {
    return missed.size();
  }
}
