package org.casus.events.rules;

import java.util.Map;
import java.util.Optional;

/**
 * PETRARCH-2's reading of a negated verb ("didn't clash over the efforts", "will not wire tap"):
 * the code whose internal meaning is the negation of the verb's code. PETRARCH-2 and UD-PETRARCH
 * code events through an internal bit-vector ontology in which some codes are written as the
 * negation ({@code 0xFFFF}) of others; negating a verb moves its code to that partner.
 *
 * <p>Source: openeventdata/UniversalPetrarch {@code data/dictionaries/PETR.Internal.Coding.Ontology.txt}
 * (MIT, (c) 2016 Open Event Data Alliance): {@code 110:0x1007f#0xFFFF+0x0080} (disapprove = not
 * diplomatic cooperation, 050 = {@code 0x0080}), {@code 170:0x10086#0x0087+0xFFFF} (coerce = not
 * 057, {@code 0x0087}), and the reject family {@code 12x = -0xFFFF + x} (121 = not 060, 124 = not
 * 080, ...). Only the pairs that file states are listed; 122/123 carry an extra mask and have no
 * partner. The UD-PETRARCH 2.02 validation records code "didn't clash over the efforts" (110
 * pattern) as 050 and "will not wire tap" (170) as 057, which these pairs reproduce.
 *
 * <p>Stateless and thread-safe.
 */
public final class PetrarchNegation {
  private PetrarchNegation() {}

  private static final Map<String, String> NEGATED = Map.ofEntries(
      Map.entry("050", "110"), Map.entry("110", "050"),
      Map.entry("057", "170"), Map.entry("170", "057"),
      Map.entry("121", "060"), Map.entry("1211", "061"), Map.entry("1212", "062"),
      Map.entry("124", "080"), Map.entry("1241", "081"), Map.entry("1242", "082"),
      Map.entry("1244", "085"), Map.entry("1245", "086"), Map.entry("1246", "087"));

  /**
   * The code of the negated event.
   *
   * @param code a CAMEO code as written in the dictionaries ("110")
   * @return the partner code, or empty when the ontology defines no negation for {@code code}
   */
  public static Optional<String> negate(String code) {
    return Optional.ofNullable(NEGATED.get(code));
  }
}
