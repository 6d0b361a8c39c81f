package org.casus.ingest;

import java.util.Objects;

/**
 * One input refused at ingest, with where it was and why. Rejections are reported and counted,
 * never silently dropped.
 *
 * @param input the input as the user named it: a path, or {@code "-"} for standard input
 * @param line 1-based line of a JSON Lines record; {@code 0} when the rejection concerns a whole
 *     file or stream (a plain-text article, a missing file)
 * @param reason why, one of a fixed set
 * @param detail what exactly was wrong, for the user (may name the article id); {@code ""} when the
 *     reason says it all
 * @throws IllegalArgumentException if {@code line < 0}
 */
public record Rejection(String input, int line, RejectReason reason, String detail) {
  public Rejection {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(reason, "reason");
    detail = detail == null ? "" : detail;
    if (line < 0) {
      throw new IllegalArgumentException("line " + line + " < 0");
    }
  }

  /** Where it was: {@code input:line}, or {@code input} when {@code line == 0}. */
  public String location() {
    return line == 0 ? input : input + ":" + line;
  }

  /** One line for the user: {@code "articles.jsonl:17: bad date: '2025-13-01' (id x)"}. */
  public String message() {
    return location() + ": " + reason.phrase() + (detail.isEmpty() ? "" : ": " + detail);
  }
}
