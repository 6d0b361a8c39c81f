package org.casus.cli;

import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress of {@code casus ingest}: a progress bar (me.tongfei progressbar) with articles/s,
 * events and refused when standard error is a terminal; otherwise one plain line every
 * {@value #PLAIN_EVERY_MS} ms, since the bar redraws with carriage returns that a log file would
 * keep. Not thread-safe: called from the ingest thread.
 */
final class IngestProgress implements AutoCloseable {
  /** Time between plain progress lines, ms. */
  static final long PLAIN_EVERY_MS = 10_000;

  private final PrintWriter err;
  private final ProgressBar bar;
  private final long start = System.nanoTime();
  private long lastLine = System.currentTimeMillis();

  /**
   * @param err where plain lines go
   * @param terminal whether standard error is a terminal
   * @param total the number of articles expected, or -1 when unknown (standard input)
   */
  IngestProgress(PrintWriter err, boolean terminal, long total) {
    this.err = err;
    this.bar = terminal ? new ProgressBarBuilder().setTaskName("ingest").setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).showSpeed()
        .setConsumer(new ConsoleProgressBarConsumer(System.err)).build() : null;
  }

  /** Whether this JVM's standard streams are a terminal (then standard error usually is too). */
  static boolean terminal() {
    return System.console() != null && !"dumb".equals(System.getenv("TERM"));
  }

  /** Reports the counts so far. */
  void update(long read, long events, long refused, long failed) {
    if (bar != null) {
      bar.stepTo(read);
      bar.setExtraMessage(String.format(Locale.ROOT, "; %d events, %d refused, %d failed", events, refused, failed));
      return;
    }
    long now = System.currentTimeMillis();
    if (now - lastLine >= PLAIN_EVERY_MS) {
      lastLine = now;
      double s = (System.nanoTime() - start) / 1e9;
      err.println(String.format(Locale.ROOT, "casus ingest: %s read (%.1f/s), %s, %d refused, %d failed",
          Plural.of(read, "article"), read / Math.max(s, 1e-9), Plural.of(events, "event"), refused, failed));
      err.flush();
    }
  }

  private boolean closed;

  /** Draws the bar a last time and leaves it; later calls do nothing. */
  @Override
  public void close() {
    if (bar != null && !closed) {
      closed = true;
      bar.close();
    }
  }
}
