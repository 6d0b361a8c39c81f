package org.casus.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One hand-coded event of a gold file.
 *
 * @param key stable id: document gold's {@code event_key} ("E5"), or {@code <record id>#<n>} with
 *     {@code n} the 1-based position in the record's {@code expected[]}
 * @param text what to show people: the gold's own description (document gold) or the record text
 * @param source the gold source actor
 * @param target the gold target actor, {@link GoldActor#NONE} when none
 * @param code the CAMEO-style event code as written, leading zeros kept ("044", "0212"; the
 *     validation sets also hold non-CAMEO codes such as "174K" or "912"); at least 2 characters
 * @param acceptCodes further codes that count as a match (document gold); empty for sentence gold,
 *     where only the root of {@code code} is compared
 * @param date when it happened; empty when the gold gives none (not scored)
 * @param place where it happened; empty when the gold gives none (not scored)
 * @param killed the number killed; empty when the gold gives none (not scored)
 * @param wounded the number wounded; empty when none (kept for reports, not scored by SCORING.md)
 * @param required false for defensible-but-not-demanded events: matching one is neither a true nor
 *     a false positive, missing one is not a false negative
 * @throws IllegalArgumentException if key or code is blank, code is shorter than 2 characters or a
 *     count is negative
 */
public record GoldEvent(String key, String text, GoldActor source, GoldActor target, String code,
    List<String> acceptCodes, Optional<GoldDate> date, Optional<GoldPlace> place, OptionalLong killed,
    OptionalLong wounded, boolean required) {
  public GoldEvent {
    Objects.requireNonNull(key, "key");
    if (key.isBlank()) {
      throw new IllegalArgumentException("gold event key is blank");
    }
    text = text == null ? "" : text;
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(code, "code");
    code = code.strip();
    if (code.length() < 2) {
      throw new IllegalArgumentException("gold event " + key + " has code '" + code + "'; need >= 2 characters");
    }
    acceptCodes = List.copyOf(acceptCodes);
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(killed, "killed");
    Objects.requireNonNull(wounded, "wounded");
    if (killed.isPresent() && killed.getAsLong() < 0 || wounded.isPresent() && wounded.getAsLong() < 0) {
      throw new IllegalArgumentException("gold event " + key + " has a negative count");
    }
  }

  /** The root code: the first two characters of {@link #code()} ("19" for "195"). */
  public String root() {
    return code.substring(0, 2);
  }

  /** "source -> target code", for reports. */
  public String dyad() {
    return source + " -> " + target + " " + code;
  }
}
