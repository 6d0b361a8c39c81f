package org.casus.ingest;

/**
 * Why an input was refused at ingest. Each constant carries the short phrase used in messages.
 */
public enum RejectReason {
  /** The text is empty or only white space. */
  EMPTY("empty text"),
  /** The bytes are not text: a NUL byte, or invalid UTF-8. */
  BINARY("binary or not UTF-8"),
  /** The text is longer than {@link ArticleReader#MAX_CHARS} chars. */
  OVERSIZED("oversized"),
  /** The text fails the {@link EnglishCheck} heuristic. */
  NOT_ENGLISH("not English"),
  /** A JSON Lines line is not one JSON object, or a field has the wrong type. */
  MALFORMED_JSON("malformed JSON"),
  /** A JSON Lines record has no non-blank {@code id}. */
  MISSING_ID("missing id"),
  /** A {@code date} that is not an ISO {@code YYYY-MM-DD} day. */
  BAD_DATE("bad date"),
  /** A format casus cannot read yet (HTML). */
  UNSUPPORTED_FORMAT("unsupported format"),
  /** The file or stream could not be read (missing, no permission, I/O error). */
  UNREADABLE("unreadable");

  private final String phrase;

  RejectReason(String phrase) {
    this.phrase = phrase;
  }

  /** The short phrase used in messages, e.g. {@code "not English"}. */
  public String phrase() {
    return phrase;
  }
}
