package org.casus.ingest;

import java.util.Objects;

/**
 * Something ingest changed in an article that it still passes on: the user is told, and the run
 * report counts it.
 *
 * @param input the input as the user named it, {@code "-"} for standard input
 * @param line 1-based line of a JSON Lines record, {@code 0} for a whole file
 * @param id the article id as passed on (after a duplicate was renamed)
 * @param kind what was changed
 * @param detail the figures, for the user
 */
public record IngestWarning(String input, int line, String id, Kind kind, String detail) {
  /** What ingest changed. */
  public enum Kind {
    /** A second record with an id already read got a new id ({@code id#2}). */
    DUPLICATE_ID("duplicate id renamed"),
    /** Runs of chars without white space longer than {@link InputBounds#maxTokenChars()} were blanked. */
    LONG_TOKEN("over-long token blanked"),
    /** Sentences longer than {@link InputBounds#maxSentenceTokens()} tokens were broken. */
    LONG_SENTENCE("over-long sentence split");

    private final String phrase;

    Kind(String phrase) {
      this.phrase = phrase;
    }

    /** The short phrase used in messages. */
    public String phrase() {
      return phrase;
    }
  }

  public IngestWarning {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
    if (line < 0) {
      throw new IllegalArgumentException("line " + line + " < 0");
    }
  }

  /** {@code "a.jsonl:3: duplicate id renamed: id x#2: ..."}. */
  public String message() {
    return (line == 0 ? input : input + ":" + line) + ": " + kind.phrase() + ": id " + id
        + (detail.isEmpty() ? "" : ": " + detail);
  }
}
