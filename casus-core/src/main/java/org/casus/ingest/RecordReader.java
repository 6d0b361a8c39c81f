package org.casus.ingest;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.casus.model.Article;

/**
 * Reads one article record that arrives on its own, not in a file: a Kafka message, a line of a
 * JSON Lines file split by Spark, a row of a Parquet table turned into JSON. The record is one JSON
 * object as in JSON Lines ({@code id}, {@code text} or {@code html}, optional {@code date},
 * {@code title}, {@code source}, {@code url}) and is read exactly as {@link ArticleReader} reads a
 * line: same encodings, checks, refusals, normalisation and bounds.
 *
 * <p>Differences from a file: a record that holds more than one line of JSON is refused; a record that is not a JSON object (its first character that is not
 * white space or a byte-order mark is not <code>'{'</code>) is refused as malformed JSON, never read as
 * plain text; no id is renamed (each record is read alone, so a repeated id stays the same id and a
 * store replaces the earlier version); a refusal's location is the one given by the caller
 * ({@code topic:partition:offset}, a file name), with no line.
 *
 * <p>Thread-safe (each call uses its own {@link ArticleReader}).
 */
public final class RecordReader {
  private final ArticleReader.Options options;

  /** A reader with {@link ArticleReader.Options#DEFAULT}. */
  public RecordReader() {
    this(ArticleReader.Options.DEFAULT);
  }

  /** @param options limits as for {@link ArticleReader}; the duplicate-id policy is not used */
  public RecordReader(ArticleReader.Options options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Reads one record; exactly one of {@code ok} and {@code rejected} is called, once.
   *
   * @param record the record's bytes (UTF-8, UTF-16 or windows-1252, as a JSON Lines line); null or
   *     empty is refused as empty
   * @param location where it came from, for the refusal message; non-null
   * @param defaultDate the publication date when the record has none; empty for unknown
   * @param ok receives the article
   * @param rejected receives the refusal
   */
  public void read(byte[] record, String location, Optional<LocalDate> defaultDate, Consumer<Article> ok,
      Consumer<Rejection> rejected) {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(defaultDate, "defaultDate");
    if (record == null || isBlank(record)) {
      rejected.accept(new Rejection(location, 0, RejectReason.EMPTY, "the record is empty"));
      return;
    }
    if (!opensObject(record)) {
      rejected.accept(new Rejection(location, 0, RejectReason.MALFORMED_JSON, "not a JSON object"));
      return;
    }
    List<Object> outcomes = new java.util.ArrayList<>(1);
    new ArticleReader(new ByteArrayInputStream(record), options).read(List.of("-"), defaultDate, outcomes::add,
        outcomes::add);
    if (outcomes.size() > 1) {
      rejected.accept(new Rejection(location, 0, RejectReason.MALFORMED_JSON,
          "more than one JSON line in one record (one article per record)"));
    } else if (outcomes.isEmpty()) {
      rejected.accept(new Rejection(location, 0, RejectReason.EMPTY, "the record holds no article"));
    } else if (outcomes.get(0) instanceof Article a) {
      ok.accept(a);
    } else {
      Rejection r = (Rejection) outcomes.get(0);
      rejected.accept(new Rejection(location, 0, r.id(), r.reason(), r.detail()));
    }
  }

  private static boolean isBlank(byte[] b) {
    for (byte x : b) {
      if (x != ' ' && x != '\t' && x != '\n' && x != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the first character that is not white space is {@code '{'}, in UTF-8 (with or without
   * a byte-order mark) or UTF-16 (with a mark, or ASCII with NUL bytes).
   */
  private static boolean opensObject(byte[] b) {
    for (byte x : b) {
      int c = x & 0xFF;
      if (c == 0 || c == 0xEF || c == 0xBB || c == 0xBF || c == 0xFE || c == 0xFF || c == ' ' || c == '\t'
          || c == '\n' || c == '\r') {
        continue;
      }
      return c == '{';
    }
    return false;
  }
}
