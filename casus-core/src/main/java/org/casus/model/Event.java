package org.casus.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One political event: who did what to whom, when, where, with how many killed or wounded.
 *
 * @param id stable id within a run, {@code <docId>-<n>}
 * @param docId the article's id
 * @param sentence 0-based index of the (first) sentence that reports it
 * @param span the trigger's span in the article text
 * @param text the sentence that reports it
 * @param source the actor that acts (CAMEO source; PLOVER actor)
 * @param target the actor acted upon (CAMEO target; PLOVER recipient), empty when none is named
 * @param code the CAMEO event code
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict (from the root code, as GDELT 1.0 documents it); 0 (unknown) exactly when the code is
 *     a PETRARCH validation test code ({@link CameoCode#isCameo()} false)
 * @param goldstein Goldstein (1992) conflict-cooperation weight in [-10, 10] of the CAMEO code;
 *     {@code NaN} (unknown) exactly when the code is a validation test code
 * @param plover PLOVER type, mode and context of the code ({@link Plover}); {@link Plover#NONE} for CAMEO
 *     01/02 and validation test codes
 * @param mode asserted, negated, hypothetical, future, threatened or reported
 * @param date when it happened
 * @param place where it happened
 * @param killed number killed, empty when the text gives none
 * @param wounded number wounded, empty when the text gives none
 * @param arrested number arrested, detained or abducted, empty when the text gives none
 * @param displaced number displaced, evacuated or who fled, empty when the text gives none
 * @param mentions every mention of this event in the article, in text order, at least one
 * @param provenance why it was coded
 * @throws IllegalArgumentException if quadClass is not 1..4 or goldstein outside [-10, 10] for a CAMEO
 *     code, they are not 0 and NaN for a validation test code, or there is no mention
 */
public record Event(String id, String docId, int sentence, CharSpan span, String text, Actor source,
    Optional<Actor> target, CameoCode code, int quadClass, double goldstein, Plover plover,
    Mode mode, EventDate date, Place place, Optional<Quantity> killed, Optional<Quantity> wounded,
    Optional<Quantity> arrested, Optional<Quantity> displaced, List<Mention> mentions, Provenance provenance) {
  /** An event with no arrested or displaced count. */
  public Event(String id, String docId, int sentence, CharSpan span, String text, Actor source,
      Optional<Actor> target, CameoCode code, int quadClass, double goldstein, Plover plover,
      Mode mode, EventDate date, Place place, Optional<Quantity> killed, Optional<Quantity> wounded,
      List<Mention> mentions, Provenance provenance) {
    this(id, docId, sentence, span, text, source, target, code, quadClass, goldstein, plover, mode, date, place, killed,
        wounded, Optional.empty(), Optional.empty(), mentions, provenance);
  }

  public Event {
    Objects.requireNonNull(id);
    Objects.requireNonNull(docId);
    Objects.requireNonNull(span);
    Objects.requireNonNull(text);
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target);
    Objects.requireNonNull(code);
    if (!code.isCameo()) {
      if (quadClass != 0 || !Double.isNaN(goldstein)) {
        throw new IllegalArgumentException("validation test code " + code + " has no QuadClass or Goldstein weight;"
            + " give 0 and NaN, not " + quadClass + " and " + goldstein);
      }
    } else if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("QuadClass " + quadClass + " not in 1..4");
    } else if (!(goldstein >= -10 && goldstein <= 10)) {
      throw new IllegalArgumentException("Goldstein " + goldstein + " not in [-10, 10]");
    }
    Objects.requireNonNull(plover, "plover");
    Objects.requireNonNull(mode);
    Objects.requireNonNull(date);
    Objects.requireNonNull(place);
    Objects.requireNonNull(killed);
    Objects.requireNonNull(wounded);
    Objects.requireNonNull(arrested);
    Objects.requireNonNull(displaced);
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("event " + id + " has no mention");
    }
    Objects.requireNonNull(provenance);
  }

  /** The CAMEO root code, "01".."20". */
  public String rootCode() {
    return code.root();
  }

  /** The PLOVER event type, {@code ""} when none: {@code plover().type()}. */
  public String ploverType() {
    return plover.type();
  }
}
