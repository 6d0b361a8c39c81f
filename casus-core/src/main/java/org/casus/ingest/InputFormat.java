package org.casus.ingest;

import java.util.Objects;

/**
 * What {@link ArticleReader} decided about one file or stream: its format and encoding, and why.
 *
 * @param input the input as the user named it, {@code "-"} for standard input
 * @param kind the format
 * @param charset the encoding of the whole input ({@code "UTF-8"}, {@code "UTF-16LE"} ...), or
 *     {@code "UTF-8/windows-1252"} for JSON Lines whose lines are decoded one by one (UTF-8 when
 *     valid, else windows-1252, see {@link TextDecoder}); {@code ""} when not decided (binary)
 * @param gzip true when the input was gzip-compressed and read through it
 * @param basis why this format, e.g. {@code "first character '{'"}, {@code "named .html"},
 *     {@code "markup <html>"}
 * @param asNamed true when the input is what its name says, in UTF-8, not compressed: a
 *     {@code .txt} or {@code .text} file of plain text, a {@code .jsonl} or {@code .ndjson} file
 *     of JSON Lines, a {@code .json} file holding an array, an {@code .html}, {@code .htm} or
 *     {@code .xhtml} page (a caller may leave such decisions unsaid)
 */
public record InputFormat(String input, Kind kind, String charset, boolean gzip, String basis, boolean asNamed) {
  /** The formats casus reads. */
  public enum Kind {
    /** One JSON object per line. */
    JSON_LINES("JSON Lines"),
    /** One JSON array of article objects. */
    JSON_ARRAY("JSON array"),
    /** An HTML page, one article. */
    HTML("HTML"),
    /** Plain text, one article. */
    TEXT("plain text");

    private final String phrase;

    Kind(String phrase) {
      this.phrase = phrase;
    }

    /** The name used in messages. */
    public String phrase() {
      return phrase;
    }
  }

  public InputFormat {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(basis, "basis");
  }

  /** {@code "x.json: JSON Lines, UTF-8 (first character '{')"}. */
  public String message() {
    return input + ": " + (gzip ? "gzip, " : "") + kind.phrase() + (charset.isEmpty() ? "" : ", " + charset)
        + (basis.isEmpty() ? "" : " (" + basis + ")");
  }
}
