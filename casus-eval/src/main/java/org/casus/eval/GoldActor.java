package org.casus.eval;

import java.util.Objects;
import java.util.Optional;

/**
 * A gold source or target: a CAMEO actor code, the null actor, an unidentified actor with a sector,
 * or the noun-phrase text of a new (non-dictionary) actor.
 *
 * <p>Forms, as the PETRARCH-derived gold writes them ({@code ../shared/eval/README.md}, "Fields"):
 * <ul>
 *   <li>{@code ---} (or a JSON {@code null}): no actor, {@link #isNone()}.
 *   <li>{@code ---GOV}: an actor of unidentified country with sector {@code GOV},
 *       {@link #isUnidentifiedCountry()}.
 *   <li>{@code IRNGOVMIL}: country {@code IRN}, first sector {@code GOV}.
 *   <li>text ({@code source_is_text}/{@code target_is_text}): {@code value} is the expected noun
 *       phrase, e.g. {@code THE MINISTRY OF MAGIC}, {@link #isText()}.
 * </ul>
 *
 * @param value the code ({@code ---} for none) or the noun-phrase text; non-blank
 * @param isText true when {@code value} is noun-phrase text rather than a code
 * @throws IllegalArgumentException if value is blank, or a code shorter than 3 characters
 */
public record GoldActor(String value, boolean isText) {
  /** The null actor {@code ---}. */
  public static final GoldActor NONE = new GoldActor("---", false);

  public GoldActor {
    Objects.requireNonNull(value, "value");
    value = value.strip();
    if (value.isEmpty()) {
      throw new IllegalArgumentException("gold actor is blank (write --- or null for no actor)");
    }
    if (!isText && value.length() < 3) {
      throw new IllegalArgumentException("gold actor code '" + value + "' is shorter than 3 letters");
    }
  }

  /** The actor a raw gold field describes: {@link #NONE} for {@code null} or {@code ---}. */
  public static GoldActor of(String raw, boolean isText) {
    if (raw == null || (!isText && raw.strip().equals("---"))) {
      return NONE;
    }
    return new GoldActor(raw, isText);
  }

  /** True for the null actor {@code ---}. */
  public boolean isNone() {
    return !isText && value.equals("---");
  }

  /** True for {@code ---XXX}: no country, but a sector. */
  public boolean isUnidentifiedCountry() {
    return !isText && value.startsWith("---") && value.length() > 3;
  }

  /** The first three letters of a code ({@code ---} when unidentified); {@code ""} for text. */
  public String country() {
    return isText ? "" : value.substring(0, 3);
  }

  /** The first sector (letters 4-6 of the code); empty for text or a country-only code. */
  public Optional<String> sector() {
    return !isText && value.length() >= 6 ? Optional.of(value.substring(3, 6)) : Optional.empty();
  }

  @Override
  public String toString() {
    return isText ? '"' + value + '"' : value;
  }
}
