package org.casus.model;

/**
 * A CAMEO event code: two digits for the root (01-20), a third for the base code, an optional
 * fourth for the sub-code ("04", "044", "0212"). CAMEO manual 1.1b3, chapter 2.
 *
 * @param value the digits as written, with leading zeros
 * @throws IllegalArgumentException unless {@code value} is 2 to 4 digits with root 01..20
 */
public record CameoCode(String value) {
  public CameoCode {
    if (value == null || !value.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("not a CAMEO event code: '" + value + "' (want 2-4 digits)");
    }
    int root = Integer.parseInt(value.substring(0, 2));
    if (root < 1 || root > 20) {
      throw new IllegalArgumentException("CAMEO root code out of 01..20: " + value);
    }
  }

  /** The two-digit root code, e.g. "19" for "195". */
  public String root() {
    return value.substring(0, 2);
  }

  /** The root as an int, 1..20. */
  public int rootNumber() {
    return Integer.parseInt(root());
  }

  @Override
  public String toString() {
    return value;
  }
}
