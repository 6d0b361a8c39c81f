package org.casus.events.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.casus.events.EventWords;
import org.casus.lexicon.Lexicon;
import org.casus.nlp.ParsedSentence;

/**
 * A refused cooperation is a rejection (CAMEO 1.1b3 category 12, "Reject"): "Hungary refuses to
 * supply weapons to Ukraine", "Poland declined to extradite the businessman", "Iran said it would
 * not negotiate with the United States", "vowed never to recognise the annexation". The deed refused
 * is not coded (it did not happen); the refusal is, in the code of category 12 that the manual gives
 * for refusing that kind of cooperation:
 *
 * <ul>
 *   <li>consult, meet, negotiate (04) -> 125 "Reject proposal to meet, discuss, or negotiate";
 *       mediate (045) -> 126 "Reject mediation";
 *   <li>sign an agreement (057) -> 127 "Reject plan, agreement to settle dispute"; other diplomatic
 *       cooperation (05) -> 120 "Reject, not specified below";
 *   <li>material cooperation (06) -> 121 "Reject material cooperation", economic (061) 1211,
 *       military (062) 1212;
 *   <li>aid (07) -> 122 "Reject request or demand for material aid", economic (071) 1221, military
 *       (072) 1222, humanitarian (073) 1223, protection or peacekeeping (074) 1224;
 *   <li>yield (08) -> 124 "Refuse to yield": administrative sanctions (081) 1241, popular dissent
 *       (082) 1242, release (084) 1243, economic sanctions (085) 1244, international involvement
 *       (086) 1245, de-escalation (087) 1246; political reform (083) -> 123, with 0831-0834 -> 1231-1234.
 * </ul>
 *
 * <p>A refusal is a verb of refusal over the deed's infinitive (lexicon class {@code refusal-verb}:
 * "refuse", "decline"), or the deed negated by "not", "n't" or "never" under a future auxiliary
 * ("will not", "would not") or an intent verb ("vowed never to"). A deed done or not done in the
 * past ("did not attend") is no refusal; nor is the refusal of a deed that is no cooperation
 * ("will not attack": the negated deed is simply not coded).
 *
 * <p>Stateless and thread-safe.
 */
public final class Refusal {
  private Refusal() {}

  /** The rule name that an event coded by this rule carries. */
  public static final String RULE = "refused";

  private static final Set<String> REFUSAL_VERBS = Lexicon.words("refusal-verb");
  /** Auxiliaries of a declared future: "will not", "won't" ("wo"), and "would not" said of oneself. */
  private static final Set<String> REFUSAL_AUX = Lexicon.words("refusal-auxiliary");
  private static final Set<String> INTENT_VERBS = Lexicon.words("intent-verb");

  /**
   * The verb of refusal whose infinitive is {@code v} ("refused" in "refused to meet"), or for a
   * deed negated under a future auxiliary or an intent verb, {@code v} itself.
   *
   * @param s a parsed sentence
   * @param v the token index of the deed's verb
   * @return the token of the refusal, or empty when {@code v} is not refused
   */
  public static Optional<Integer> refusedAt(ParsedSentence s, int v) {
    int up = s.head(v);
    if (s.relation(v).equals("xcomp") && up >= 0 && EventWords.lemmaIn(s, up, REFUSAL_VERBS)) {
      return Optional.of(up);
    }
    if (!EventWords.isNegatedByAdverb(s, v)) {
      return Optional.empty();
    }
    for (int a : s.children(v, "aux")) {
      if (REFUSAL_AUX.contains(s.token(a).word().toLowerCase(Locale.ROOT))) {
        return Optional.of(v);
      }
    }
    if (s.relation(v).equals("xcomp") && up >= 0 && EventWords.lemmaIn(s, up, INTENT_VERBS)) {
      return Optional.of(v);
    }
    return Optional.empty();
  }

  /**
   * The CAMEO code of refusing the cooperation coded {@code code}.
   *
   * @param code a CAMEO event code of three or four digits ("062", "0874")
   * @return the rejection's code (category 12), or empty when {@code code} is no cooperation of
   *     categories 04-08
   */
  public static Optional<String> rejectionOf(String code) {
    if (code.length() < 3 || !code.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    String base = code.substring(0, 3);
    String r = switch (base) {
      case "045" -> "126";
      case "057" -> "127";
      case "061" -> "1211";
      case "062" -> "1212";
      case "071" -> "1221";
      case "072" -> "1222";
      case "073" -> "1223";
      case "074" -> "1224";
      case "081" -> "1241";
      case "082" -> "1242";
      case "083" -> code.length() == 4 ? "123" + code.charAt(3) : "123";
      case "084" -> "1243";
      case "085" -> "1244";
      case "086" -> "1245";
      case "087" -> "1246";
      default -> switch (code.substring(0, 2)) {
        case "04" -> "125";
        case "05" -> "120";
        case "06" -> "121";
        case "07" -> "122";
        case "08" -> "124";
        default -> null;
      };
    };
    return Optional.ofNullable(r);
  }
}
