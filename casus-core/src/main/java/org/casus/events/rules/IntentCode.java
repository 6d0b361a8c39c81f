package org.casus.events.rules;

import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO code of the intent to do a deed: an announced or intended deed ("will meet", "will
 * attack") is coded as the intent, not as the deed (CAMEO 1.1b3, categories 03 "Express intent to
 * cooperate" and 13 "Threaten": 138 "Threaten to use military force"). Stateless.
 */
public final class IntentCode {
  private IntentCode() {}

  /** Trace and provenance suffix of a code replaced by its intent. */
  public static final String RULE = "+intent";

  /** CAMEO root of a future deed to the code of the intent to do it. */
  private static final Map<String, String> INTENT_CODES = Map.of(
      "04", "036", "05", "032", "06", "031", "07", "033", "08", "034",
      "18", "138", "19", "138", "20", "138");

  /**
   * The intent code of a deed coded {@code code}.
   *
   * @return empty when CAMEO has no intent code for the deed's root (the future deed is then not coded)
   */
  public static Optional<String> of(String code) {
    return Optional.ofNullable(INTENT_CODES.get(code.substring(0, 2)));
  }

  /** True when {@code code} is one of the intent codes above (036, 032, 031, 033, 034, 138). */
  public static boolean isIntent(String code) {
    return INTENT_CODES.containsValue(code);
  }
}
