package org.casus.events.rules;

import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO code of the intent to do a deed: an announced or intended deed ("will meet", "will
 * attack", "agrees to release") is coded as the intent, not as the deed (CAMEO 1.1b3, categories
 * 03 "Express intent to cooperate" and 13 "Threaten": 138 "Threaten to use military force").
 * Each deed of the codebook's categories 04-08 has its own intent code there: material
 * cooperation 061-064 are 0311-0314, aid 071-074 are 0331-0334, political reform 0831-0834 are
 * 0341-0344, and the yields 081, 082, 084, 085, 086 and 087 are 0351-0356 (release of persons,
 * 0841, is 0353); mediation, 045, is 039; a deed with no intent code of its own takes its category's (04 and 046 are
 * 036, 05 is 032, 06 is 031, 07 is 033, 08 is 035, 18-20 are 138). Stateless; thread-safe.
 */
public final class IntentCode {
  private IntentCode() {}

  /** Trace and provenance suffix of a code replaced by its intent. */
  public static final String RULE = "+intent";

  /** CAMEO deed code (its first three or four digits) to the code of the intent to do it. */
  private static final Map<String, String> INTENT_CODES = Map.ofEntries(
      Map.entry("061", "0311"), Map.entry("062", "0312"), Map.entry("063", "0313"), Map.entry("064", "0314"),
      Map.entry("071", "0331"), Map.entry("072", "0332"), Map.entry("073", "0333"), Map.entry("074", "0334"),
      Map.entry("083", "034"), Map.entry("0831", "0341"), Map.entry("0832", "0342"), Map.entry("0833", "0343"),
      Map.entry("0834", "0344"), Map.entry("081", "0351"), Map.entry("082", "0352"), Map.entry("084", "0353"),
      Map.entry("085", "0354"), Map.entry("086", "0355"), Map.entry("087", "0356"), Map.entry("045", "039"));

  /** CAMEO root of a deed with no intent code of its own to its category's intent code. */
  private static final Map<String, String> ROOT_INTENT_CODES = Map.of(
      "04", "036", "05", "032", "06", "031", "07", "033", "08", "035",
      "18", "138", "19", "138", "20", "138");

  /**
   * The intent code of a deed coded {@code code}.
   *
   * @param code a CAMEO code of two to four digits
   * @return empty when CAMEO has no intent code for the deed's root (the future deed is then not
   *     coded: a deed already coded as an intent, 03, or a threat, 13, has none)
   */
  public static Optional<String> of(String code) {
    if (code.length() >= 4 && INTENT_CODES.containsKey(code.substring(0, 4))) {
      return Optional.of(INTENT_CODES.get(code.substring(0, 4)));
    }
    if (code.length() >= 3 && INTENT_CODES.containsKey(code.substring(0, 3))) {
      return Optional.of(INTENT_CODES.get(code.substring(0, 3)));
    }
    return Optional.ofNullable(ROOT_INTENT_CODES.get(code.substring(0, 2)));
  }

  /** True when {@code code} is one of the intent codes above. */
  public static boolean isIntent(String code) {
    return INTENT_CODES.containsValue(code) || ROOT_INTENT_CODES.containsValue(code);
  }
}
