package org.casus.eval;

/**
 * Whether one attribute (date, place, killed) of a matched event is right. {@link #NOT_SCORED} when
 * the gold gives no value for it (SCORING.md: "A gold value of null is not scored").
 */
public enum Verdict {
  RIGHT, WRONG, NOT_SCORED;

  static Verdict of(boolean right) {
    return right ? RIGHT : WRONG;
  }
}
