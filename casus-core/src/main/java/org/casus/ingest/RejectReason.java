package org.casus.ingest;

/**
 * Why an input was refused at ingest. Each constant carries the short phrase used in messages and
 * in the run report.
 */
public enum RejectReason {
  /** The text is empty or only white space. */
  EMPTY("empty text"),
  /** The bytes are not text ({@link TextDecoder}: a NUL byte, or many control bytes). */
  BINARY("binary"),
  /** The text is longer than the reader's limit ({@link ArticleReader.Options#maxChars()}). */
  OVERSIZED("oversized"),
  /** The text is not English ({@link LanguageIdentifier}). */
  NOT_ENGLISH("not English"),
  /** A JSON Lines line is not one JSON object, or a field has the wrong type. */
  MALFORMED_JSON("malformed JSON"),
  /** A JSON Lines record has no non-blank {@code id}. */
  MISSING_ID("missing id"),
  /** A {@code date} that is not an ISO {@code YYYY-MM-DD} day. */
  BAD_DATE("bad date"),
  /** A second record with an id already read, when duplicates are refused ({@code --strict}). */
  DUPLICATE_ID("duplicate id"),
  /** A format casus does not read: an archive other than gzip (zip, bzip2, xz), a PDF. */
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
