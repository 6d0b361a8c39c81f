package org.casus.ingest;

import java.util.Objects;

/**
 * One input refused at ingest, with where it was and why. Rejections are reported and counted,
 * never silently dropped.
 *
 * @param input the input as the user named it: a path, or {@code "-"} for standard input
 * @param line 1-based line of a JSON Lines record (or of the start of a JSON array element);
 *     {@code 0} when the rejection concerns a whole file or stream (a plain-text article, a
 *     missing file)
 * @param id the article id when it is known (the record's {@code id}, the file name of a
 *     plain-text article); {@code ""} when not (a malformed line, a missing file)
 * @param reason why, one of a fixed set
 * @param detail what exactly was wrong, for the user; {@code ""} when the reason says it all
 * @throws IllegalArgumentException if {@code line < 0}
 */
public record Rejection(String input, int line, String id, RejectReason reason, String detail) {
  public Rejection {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(reason, "reason");
    id = id == null ? "" : id;
    detail = detail == null ? "" : detail;
    if (line < 0) {
      throw new IllegalArgumentException("line " + line + " < 0");
    }
  }

  /** A rejection without a known id. */
  public Rejection(String input, int line, RejectReason reason, String detail) {
    this(input, line, "", reason, detail);
  }

  /** Where it was: {@code input:line}, or {@code input} when {@code line == 0}. */
  public String location() {
    return line == 0 ? input : input + ":" + line;
  }

  /** One line for the user: {@code "articles.jsonl:17: bad date: id x: '2025-13-01' is not ..."}. */
  public String message() {
    String what = (id.isEmpty() ? "" : "id " + id) + (!id.isEmpty() && !detail.isEmpty() ? ": " : "") + detail;
    return location() + ": " + reason.phrase() + (what.isEmpty() ? "" : ": " + what);
  }
}
