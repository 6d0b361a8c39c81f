package org.casus.dedup;

import java.util.Objects;
import java.util.Optional;
import org.casus.model.EventMention;
import org.casus.model.CharSpan;
import org.casus.model.EventDate;
import org.casus.model.Place;
import org.casus.model.Quantity;

/**
 * An event mention with everything the later stages added: date, place, counts, and where it is.
 *
 * @param mention the coded mention
 * @param sentenceSpan the sentence's span in the article text
 * @param sentenceText the sentence
 * @param triggerSpan the trigger word's span
 * @param triggerText the trigger word
 * @param date when (never null; UNKNOWN when none)
 * @param place where (never null; UNKNOWN when none)
 * @param killed killed count, empty when none
 * @param wounded wounded count, empty when none
 * @param arrested arrested, detained or abducted count, empty when none
 * @param displaced displaced count, empty when none
 */
public record LocatedMention(EventMention mention, CharSpan sentenceSpan, String sentenceText, CharSpan triggerSpan,
    String triggerText, EventDate date, Place place, Optional<Quantity> killed, Optional<Quantity> wounded,
    Optional<Quantity> arrested, Optional<Quantity> displaced) {
  /** A mention with no arrested or displaced count. */
  public LocatedMention(EventMention mention, CharSpan sentenceSpan, String sentenceText, CharSpan triggerSpan,
      String triggerText, EventDate date, Place place, Optional<Quantity> killed, Optional<Quantity> wounded) {
    this(mention, sentenceSpan, sentenceText, triggerSpan, triggerText, date, place, killed, wounded, Optional.empty(),
        Optional.empty());
  }

  public LocatedMention {
    Objects.requireNonNull(mention);
    Objects.requireNonNull(sentenceSpan);
    Objects.requireNonNull(sentenceText);
    Objects.requireNonNull(triggerSpan);
    Objects.requireNonNull(triggerText);
    Objects.requireNonNull(date);
    Objects.requireNonNull(place);
    Objects.requireNonNull(killed);
    Objects.requireNonNull(wounded);
    Objects.requireNonNull(arrested);
    Objects.requireNonNull(displaced);
  }
}
