package org.casus.cli;

import java.io.IOException;

/**
 * How long {@code casus bench} warms up: warm-up articles are coded in batches, at least a given
 * number of them, then more until a batch in which the JIT compilers have settled, or until a
 * maximum. The JIT compilers count as settled in a batch when their threads compiled for at most
 * {@link #SETTLED} of the batch's wall time, by both measures: the JVM's ({@link
 * BenchCommand.JvmTime#jitSeconds()}, elapsed time summed over the compiler threads, counted when a
 * compilation ends) and the compiler threads' CPU time ({@link CompilerThreadsCpu}, which counts a
 * compilation still under way: without it one long compilation of a huge method made a batch look
 * settled, issue 17, ninth round).
 *
 * <p>Why: CoreNLP's methods are large and many; on this project's 2-core machine the C2 compiler
 * was still compiling them for most of a run timed after 200 warm-up articles, so that run measured
 * the compiler as much as the coder. The same rule, on the same articles, warms up casus and the
 * baseline.
 *
 * <p>Stateless; {@link #run} is safe to call from any thread, and calls its runner from the
 * calling thread only.
 */
final class WarmUp {
  /** The largest share of a batch's wall time the JIT compiler threads may compile for, settled. */
  static final double SETTLED = 0.10;

  private WarmUp() {}

  /**
   * One warm-up batch.
   *
   * @param seconds its wall time, seconds, at least 0
   * @param jitSeconds the JIT compiler threads' compiling time during it, seconds, as the JVM counts
   *     it (when a compilation ends); {@code NaN} when the JVM does not measure it
   * @param jitCpuSeconds the JIT compiler threads' CPU time during it, seconds, compilations under way
   *     included; {@code NaN} when not measured (not Linux). A measure that is {@code NaN} does not
   *     count; with neither every batch counts as settled, and the warm-up is its minimum
   */
  record Batch(double seconds, double jitSeconds, double jitCpuSeconds) {
    Batch {
      if (!(seconds >= 0)) {
        throw new IllegalArgumentException("a batch's wall time is 0 s or more, got " + seconds);
      }
    }

    /** A batch whose compiler threads' CPU time was not measured. */
    Batch(double seconds, double jitSeconds) {
      this(seconds, jitSeconds, Double.NaN);
    }

    /** Whether the JIT compilers had settled in this batch (see {@link WarmUp}). */
    boolean settled() {
      return (Double.isNaN(jitSeconds) || jitSeconds <= SETTLED * seconds)
          && (Double.isNaN(jitCpuSeconds) || jitCpuSeconds <= SETTLED * seconds);
    }
  }

  /**
   * What a warm-up did.
   *
   * @param articles the articles coded, 0 or more
   * @param seconds their wall time, seconds
   * @param jitSeconds the JIT compiler threads' compiling time, seconds ({@code NaN} when not measured)
   * @param settled whether its last batch was settled ({@code false} when it stopped at its maximum
   *     or ran out of articles first, and when there was no batch)
   */
  record Result(int articles, double seconds, double jitSeconds, boolean settled) {}

  /** Codes the warm-up articles {@code [from, to)} (indices into the warm-up list) and times them. */
  @FunctionalInterface
  interface BatchRunner {
    /**
     * @param from the first article's index, 0 or more
     * @param to one past the last, {@code from < to}
     * @return the batch's figures
     * @throws IOException as the runner's coding does
     */
    Batch run(int from, int to) throws IOException;
  }

  /**
   * Warms up: batches of {@code batch} articles from the first warm-up article, until at least
   * {@code min} articles are coded and the last batch was settled, or {@code max(min, max)}
   * articles are coded, or the {@code available} ones are. So {@code max <= min} warms up on exactly
   * {@code min} articles (fewer if fewer are available), and {@code min = max = 0} not at all.
   *
   * @param available the warm-up articles there are, 0 or more
   * @param min the fewest to code, 0 or more
   * @param max the most to code (when above {@code min}), 0 or more
   * @param batch articles per batch, at least 1
   * @param runner codes and times one batch
   * @return what was done
   * @throws IllegalArgumentException if a count is out of range
   * @throws IOException as the runner does
   */
  static Result run(int available, int min, int max, int batch, BatchRunner runner) throws IOException {
    if (available < 0 || min < 0 || max < 0 || batch < 1) {
      throw new IllegalArgumentException("warm-up: available " + available + ", min " + min + ", max " + max
          + " must be 0 or more and batch " + batch + " at least 1");
    }
    int cap = Math.min(available, Math.max(min, max));
    int done = 0;
    double seconds = 0;
    double jit = 0;
    boolean settled = false;
    while (done < cap && (done < min || !settled)) {
      int to = Math.min(done + batch, cap);
      Batch b = runner.run(done, to);
      done = to;
      seconds += b.seconds();
      jit += b.jitSeconds();
      settled = b.settled();
    }
    return new Result(done, seconds, jit, settled && done > 0);
  }
}
