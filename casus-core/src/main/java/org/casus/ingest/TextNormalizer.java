package org.casus.ingest;

import java.text.Normalizer;

/**
 * Normalises article text once, at ingest, so that every later offset ({@link
 * org.casus.model.CharSpan}) indexes into the same string: {@code Article.text} is the output of
 * {@link #normalize}.
 *
 * <p>Steps, in order: drop a leading byte-order mark (U+FEFF); turn CRLF and lone CR into LF;
 * Unicode NFC. Nothing else (no trimming, no white-space folding), so the text stays as written.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextNormalizer {
  private TextNormalizer() {
  }

  /**
   * @param raw decoded text, non-null
   * @return the normalised text, never null
   */
  public static String normalize(String raw) {
    String s = raw;
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
      s = s.substring(1);
    }
    if (s.indexOf('\r') >= 0) {
      s = s.replace("\r\n", "\n").replace('\r', '\n');
    }
    if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
      s = Normalizer.normalize(s, Normalizer.Form.NFC);
    }
    return s;
  }
}
