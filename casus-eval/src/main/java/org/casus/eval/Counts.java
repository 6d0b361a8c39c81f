package org.casus.eval;

/**
 * True positive, false positive and false negative counts and the figures derived from them.
 *
 * <p>Undefined figures are {@code null}, as the JSON line prints them: precision when nothing was
 * predicted ({@code tp + fp == 0}), recall when nothing was required ({@code tp + fn == 0}), F1 when
 * both are zero-sized ({@code tp + fp + fn == 0}). F1 is {@code 2tp / (2tp + fp + fn)}, the harmonic
 * mean of precision and recall where both are defined, and 0 when there were gold events but no
 * prediction.
 *
 * @param tp true positives, {@code >= 0}
 * @param fp false positives, {@code >= 0}
 * @param fn false negatives, {@code >= 0}
 * @throws IllegalArgumentException if a count is negative
 */
public record Counts(int tp, int fp, int fn) {
  public Counts {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("negative count tp=" + tp + " fp=" + fp + " fn=" + fn);
    }
  }

  /** {@code tp / (tp + fp)}, null when nothing was predicted. */
  public Double precision() {
    return ratio(tp, tp + fp);
  }

  /** {@code tp / (tp + fn)}, null when no required gold event exists. */
  public Double recall() {
    return ratio(tp, tp + fn);
  }

  /** {@code 2tp / (2tp + fp + fn)}, null when all three counts are 0. */
  public Double f1() {
    return ratio(2 * tp, 2 * tp + fp + fn);
  }

  /** Sum of two counts. */
  public Counts plus(Counts other) {
    return new Counts(tp + other.tp, fp + other.fp, fn + other.fn);
  }

  /** {@code num / den}, null when {@code den == 0}. */
  static Double ratio(long num, long den) {
    return den == 0 ? null : (double) num / den;
  }
}
