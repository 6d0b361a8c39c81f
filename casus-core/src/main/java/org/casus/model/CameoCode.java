package org.casus.model;

/**
 * A CAMEO event code: two digits for the root (01-20), a third for the base code, an optional
 * fourth for the sub-code ("04", "044", "0212"). CAMEO manual 1.1b3, chapter 2.
 *
 * <p>One further form exists for the PETRARCH functional test suites only: a <em>validation test
 * code</em>, 3 or 4 characters, two digits then digits or capital letters, that is not a CAMEO
 * code (root 00 or 21-99, or a letter: "903", "345", "212", "802", "174K"). The KEDS/WEIS-derived
 * validation verb dictionaries ({@code ../shared/eval/README.md}) use them to test coding
 * mechanics; they have no CAMEO meaning, QuadClass or Goldstein weight ({@link #isCameo()} false).
 * The production dictionaries hold none.
 *
 * @param value the code as written, with leading zeros
 * @throws IllegalArgumentException unless {@code value} is 2 to 4 digits with root 01..20, or a
 *     validation test code as above
 */
public record CameoCode(String value) {
  public CameoCode {
    if (value == null || !(isCameoForm(value) || value.matches("\\d{2}[0-9A-Z]{1,2}"))) {
      throw new IllegalArgumentException("not a CAMEO event code: '" + value
          + "' (want 2-4 digits with root 01..20, or a PETRARCH validation test code such as 174K)");
    }
  }

  private static boolean isCameoForm(String v) {
    if (!v.matches("\\d{2,4}")) {
      return false;
    }
    int root = Integer.parseInt(v.substring(0, 2));
    return root >= 1 && root <= 20;
  }

  /**
   * True for a CAMEO code (2-4 digits, root 01..20); false for a PETRARCH validation test code,
   * which has no QuadClass, Goldstein weight or PLOVER type.
   */
  public boolean isCameo() {
    return isCameoForm(value);
  }

  /** The two-digit root code, e.g. "19" for "195" (for a validation test code its first two digits). */
  public String root() {
    return value.substring(0, 2);
  }

  /** The root as an int: 1..20 for a CAMEO code, 0..99 for a validation test code. */
  public int rootNumber() {
    return Integer.parseInt(root());
  }

  @Override
  public String toString() {
    return value;
  }

  /**
   * True for the material conflict roots of CAMEO: 18 assault, 19 fight, 20 use unconventional
   * mass violence (CAMEO 1.1b3, QuadClass 4 without 17 coerce and 15-16).
   *
   * @param code an event code string, at least two characters
   */
  public static boolean isForce(String code) {
    return code.startsWith("18") || code.startsWith("19") || code.startsWith("20");
  }

  /** True when {@code code} is a valid event code for this record (a CAMEO code or a validation test code). */
  public static boolean isEventCode(String code) {
    return code != null && (isCameoForm(code) || code.matches("\\d{2}[0-9A-Z]{1,2}"));
  }
}
