package org.casus.model;

/**
 * A half-open range {@code [begin, end)} of UTF-16 char indices into the normalised article text
 * (the {@code text} of an {@link Article} after ingest). Every offset in casus means this.
 *
 * @param begin first char, {@code >= 0}
 * @param end one past the last char, {@code >= begin}
 * @throws IllegalArgumentException if {@code begin < 0} or {@code end < begin}
 */
public record CharSpan(int begin, int end) {
  public CharSpan {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span [" + begin + ", " + end + "): need 0 <= begin <= end");
    }
  }

  /** Number of chars covered, {@code end - begin}. */
  public int length() {
    return end - begin;
  }

  /** True when this span lies inside {@code [0, textLength)}. */
  public boolean fitsIn(int textLength) {
    return end <= textLength;
  }

  /** True when this span lies inside {@code other} (both ends included). */
  public boolean within(CharSpan other) {
    return begin >= other.begin && end <= other.end;
  }

  /** The smallest span that covers both. */
  public CharSpan union(CharSpan other) {
    return new CharSpan(Math.min(begin, other.begin), Math.max(end, other.end));
  }

  /** The covered text of {@code text}. @throws IndexOutOfBoundsException if the span does not fit. */
  public String of(String text) {
    return text.substring(begin, end);
  }
}
