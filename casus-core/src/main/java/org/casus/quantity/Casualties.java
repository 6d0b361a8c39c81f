package org.casus.quantity;

import java.util.Objects;
import java.util.Optional;
import org.casus.model.Quantity;

/**
 * The casualty counts a sentence gives for one event.
 *
 * @param killed people killed (ACLED's "fatalities"), empty when the sentence gives no count
 * @param wounded people wounded or injured, empty when none is given
 * @param arrested people arrested, detained or abducted, empty when none is given
 * @param displaced people displaced, evacuated or who fled, empty when none is given
 * @param cumulative true when the counts add up a period ("have been killed ... in the war",
 *     "since January", "the cumulative death toll"), not one incident: the event's date should
 *     then be a range
 * @param statistic true when the counts are a toll with no violent event in the sentence to carry
 *     them ("the health ministry said the death toll had reached 12,480"): a figure to report,
 *     not evidence of an event by itself
 */
public record Casualties(Optional<Quantity> killed, Optional<Quantity> wounded, Optional<Quantity> arrested,
    Optional<Quantity> displaced, boolean cumulative, boolean statistic) {
  /** No counts. */
  public static final Casualties NONE =
      new Casualties(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, false);

  public Casualties {
    Objects.requireNonNull(killed);
    Objects.requireNonNull(wounded);
    Objects.requireNonNull(arrested);
    Objects.requireNonNull(displaced);
  }

  /** True when neither killed nor wounded is present (arrests and displacement aside). */
  public boolean isEmpty() {
    return killed.isEmpty() && wounded.isEmpty();
  }
}
