package org.casus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.casus.events.Discards;
import org.casus.ingest.IngestWarning;
import org.casus.ingest.InputFormat;
import org.casus.ingest.RejectReason;
import org.casus.ingest.Rejection;

/**
 * The tally of one {@code casus code} run: what was read, coded, refused (by reason), failed (by
 * reason), and what ingest changed; the last line on standard error and the {@code --report} JSON
 * are written from it.
 *
 * <p>The counts add up: {@code read == coded + refused + failed + unfinished}, where an item is an
 * article or an input that was refused whole (a missing file, a binary file, a malformed JSON
 * line), and {@code unfinished} counts articles handed to the coder whose result was not written
 * because the run was interrupted. Story discards are coded articles (with no event).
 *
 * <p>Thread-safe: every method synchronises on the report (the writer thread adds, a shutdown
 * hook may read).
 */
final class RunReport {
  /** Why coding an article failed. */
  enum Failure {
    /** The per-article time budget ran out. */
    TIMEOUT,
    /** The JVM ran out of heap while coding it. */
    OUT_OF_MEMORY,
    /** The coder threw. */
    ERROR;

    String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    String phrase() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  private record Refused(String input, int line, String id, RejectReason reason, String detail) {}

  private record Failed(String id, Failure reason, String detail) {}

  private record Discarded(String id, String phrase, String rule) {}

  private long coded;
  private long sentences;
  private long events;
  private long unfinished;
  private final Map<RejectReason, Long> refusedBy = new EnumMap<>(RejectReason.class);
  private final Map<Failure, Long> failedBy = new EnumMap<>(Failure.class);
  private final Map<IngestWarning.Kind, Long> warningsBy = new EnumMap<>(IngestWarning.Kind.class);
  private final List<Refused> refused = new ArrayList<>();
  private final List<Failed> failed = new ArrayList<>();
  private final List<Discarded> discarded = new ArrayList<>();
  private final List<IngestWarning> warnings = new ArrayList<>();
  private final List<InputFormat> inputs = new ArrayList<>();

  synchronized void input(InputFormat f) {
    inputs.add(f);
  }

  synchronized void refused(Rejection r) {
    refusedBy.merge(r.reason(), 1L, Long::sum);
    refused.add(new Refused(r.input(), r.line(), r.id(), r.reason(), r.detail()));
  }

  synchronized void warning(IngestWarning w) {
    warningsBy.merge(w.kind(), 1L, Long::sum);
    warnings.add(w);
  }

  synchronized void coded(String id, int sentenceCount, int eventCount, Optional<Discards.Discard> discard) {
    coded++;
    sentences += sentenceCount;
    events += eventCount;
    discard.ifPresent(d -> discarded.add(new Discarded(id, d.phrase(), d.rule())));
  }

  synchronized void failed(String id, Failure reason, String detail) {
    failedBy.merge(reason, 1L, Long::sum);
    failed.add(new Failed(id, reason, detail));
  }

  /** Articles handed to the coder whose results will not be written (the run was interrupted). */
  synchronized void unfinished(long n) {
    unfinished = n;
  }

  synchronized long coded() {
    return coded;
  }

  synchronized long refused() {
    return refused.size();
  }

  synchronized long failed() {
    return failed.size();
  }

  synchronized long read() {
    return coded + refused.size() + failed.size() + unfinished;
  }

  synchronized long events() {
    return events;
  }

  synchronized long sentences() {
    return sentences;
  }

  synchronized long storyDiscards() {
    return discarded.size();
  }

  /**
   * The exit code the run has earned: 1 when items were read and none could be coded, or, with
   * {@code strict}, when anything was refused or failed; else 0.
   */
  synchronized int exitCode(boolean strict) {
    if (read() > 0 && coded == 0) {
      return 1;
    }
    return strict && (!refused.isEmpty() || !failed.isEmpty()) ? 1 : 0;
  }

  /**
   * The summary line: the counts of earlier casus versions, in the same words and order, then,
   * only when there is something to say, {@code "; refused: 2 not English, 1 binary"},
   * {@code "; failed: 1 timeout"}, {@code "; 3 story discards"}, {@code "; warnings: ..."},
   * {@code "; 12 read"}.
   */
  synchronized String summary(double seconds, double loadSeconds, int threads) {
    double coding = Math.max(seconds - loadSeconds, 1e-9);
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
        "casus code: %s, %d rejected, %d failed, %s, %s; %.1f s (model load %.1f s); %.2f articles/s,"
            + " %.2f sentences/s (%s)",
        Plural.of(coded, "article"), refused.size(), failed.size(), Plural.of(sentences, "sentence"),
        Plural.of(events, "event"), seconds, loadSeconds, coded / coding, sentences / coding,
        Plural.of(threads, "thread")));
    if (!refusedBy.isEmpty()) {
      b.append("; refused: ").append(join(refusedBy, RejectReason::phrase));
    }
    if (!failedBy.isEmpty()) {
      b.append("; failed: ").append(join(failedBy, Failure::phrase));
    }
    if (!discarded.isEmpty()) {
      b.append("; ").append(Plural.of(discarded.size(), "story discard"));
    }
    if (!warningsBy.isEmpty()) {
      b.append("; warnings: ").append(join(warningsBy, IngestWarning.Kind::phrase));
    }
    if (unfinished > 0) {
      b.append("; ").append(unfinished).append(" unfinished");
    }
    if (!refusedBy.isEmpty() || !failedBy.isEmpty() || unfinished > 0) {
      b.append("; ").append(read()).append(" read");
    }
    return b.toString();
  }

  private static <K> String join(Map<K, Long> counts, java.util.function.Function<K, String> phrase) {
    List<String> parts = new ArrayList<>();
    counts.forEach((k, n) -> parts.add(n + " " + phrase.apply(k)));
    return String.join(", ", parts);
  }

  /**
   * The report as one JSON object (snake_case keys): {@code read, coded, refused, failed,
   * unfinished, sentences, events, story_discards, refused_by_reason, failed_by_reason,
   * warnings_by_kind, refused_items, failed_items, discarded_items, warnings, inputs, seconds,
   * model_load_seconds, threads, interrupted, exit_code}.
   */
  synchronized ObjectNode toJson(double seconds, double loadSeconds, int threads, boolean interrupted, int exitCode) {
    ObjectMapper m = new ObjectMapper();
    ObjectNode o = m.createObjectNode();
    o.put("read", read());
    o.put("coded", coded);
    o.put("refused", refused.size());
    o.put("failed", failed.size());
    o.put("unfinished", unfinished);
    o.put("sentences", sentences);
    o.put("events", events);
    o.put("story_discards", discarded.size());
    ObjectNode rb = o.putObject("refused_by_reason");
    refusedBy.forEach((k, n) -> rb.put(k.name().toLowerCase(Locale.ROOT), n));
    ObjectNode fb = o.putObject("failed_by_reason");
    failedBy.forEach((k, n) -> fb.put(k.key(), n));
    ObjectNode wb = o.putObject("warnings_by_kind");
    warningsBy.forEach((k, n) -> wb.put(k.name().toLowerCase(Locale.ROOT), n));
    ArrayNode ri = o.putArray("refused_items");
    for (Refused r : refused) {
      ObjectNode x = ri.addObject();
      x.put("input", r.input());
      x.put("line", r.line());
      x.put("id", r.id());
      x.put("reason", r.reason().name().toLowerCase(Locale.ROOT));
      x.put("detail", r.detail());
    }
    ArrayNode fi = o.putArray("failed_items");
    for (Failed f : failed) {
      fi.addObject().put("id", f.id()).put("reason", f.reason().key()).put("detail", f.detail());
    }
    ArrayNode di = o.putArray("discarded_items");
    for (Discarded d : discarded) {
      di.addObject().put("id", d.id()).put("phrase", d.phrase()).put("rule", d.rule());
    }
    ArrayNode wi = o.putArray("warnings");
    for (IngestWarning w : warnings) {
      wi.addObject().put("input", w.input()).put("line", w.line()).put("id", w.id())
          .put("kind", w.kind().name().toLowerCase(Locale.ROOT)).put("detail", w.detail());
    }
    ArrayNode in = o.putArray("inputs");
    for (InputFormat f : inputs) {
      in.addObject().put("input", f.input()).put("format", f.kind().name().toLowerCase(Locale.ROOT))
          .put("charset", f.charset()).put("gzip", f.gzip()).put("basis", f.basis());
    }
    o.put("seconds", Math.round(seconds * 1000) / 1000.0);
    o.put("model_load_seconds", Math.round(loadSeconds * 1000) / 1000.0);
    o.put("threads", threads);
    o.put("interrupted", interrupted);
    o.put("exit_code", exitCode);
    return o;
  }

  /**
   * Writes the JSON report to {@code file} through a temporary file in the same directory, so the
   * file is either the old one or the whole new report.
   *
   * @throws IOException when it cannot be written
   */
  static void write(ObjectNode report, Path file) throws IOException {
    Path abs = file.toAbsolutePath();
    Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
    Files.write(tmp, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(report));
    try {
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (java.nio.file.AtomicMoveNotSupportedException e) {
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
