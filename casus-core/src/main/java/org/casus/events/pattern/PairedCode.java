package org.casus.events.pattern;

import java.util.Optional;

/**
 * A TABARI / PETRARCH-1 paired event code {@code A:B}: one clause codes two events, {@code A} from
 * the source to the target and {@code B} back from the target to the source ("Arnor's envoy left for
 * Gondor", {@code 032:033}: the envoy visits Gondor, Gondor hosts the envoy). Source: the PETRARCH-1
 * validation suite (records DEMO-02, DEMO-17, DATE-09: {@code 032:033} and {@code 031:032} yield one
 * event each way) and its verb dictionaries, where a colon code means a pair.
 *
 * <p>PETRARCH-2 reads the same notation in the CAMEO 2.0 dictionary as active:passive, so a pair is
 * only read under the PETRARCH validation convention ({@link org.casus.events.Convention#readsPairedCodes}).
 *
 * @param forward the code from source to target, a CAMEO or validation test code
 * @param reverse the code from target to source
 */
public record PairedCode(String forward, String reverse) {
  public PairedCode {
    if (forward == null || forward.isBlank() || reverse == null || reverse.isBlank()) {
      throw new IllegalArgumentException("a paired code needs two codes, got '" + forward + ":" + reverse + "'");
    }
  }

  /**
   * The pair a dictionary code {@code "A:B"} writes, when {@code paired} is true and both halves are
   * event codes (not {@code ---}); else empty.
   */
  public static Optional<PairedCode> of(String code, boolean paired) {
    int colon = code == null ? -1 : code.indexOf(':');
    if (!paired || colon <= 0) {
      return Optional.empty();
    }
    return of(code.substring(0, colon).trim(), code.substring(colon + 1).trim());
  }

  /**
   * The pair of a pattern written {@code A:B} upstream, which the converted dictionaries keep as
   * active code {@code A} and passive code {@code B}; empty when either is missing or {@code paired}
   * is false.
   */
  public static Optional<PairedCode> of(VerbPattern p, boolean paired) {
    return paired ? of(p.codeActive(), p.codePassive()) : Optional.empty();
  }

  private static Optional<PairedCode> of(String a, String b) {
    if (a.isEmpty() || b.isEmpty() || a.startsWith("-") || b.startsWith("-")) {
      return Optional.empty();
    }
    return Optional.of(new PairedCode(a, b));
  }
}
