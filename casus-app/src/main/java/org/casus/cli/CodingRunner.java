package org.casus.cli;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.casus.model.Article;
import org.casus.pipeline.CodingOptions;
import org.casus.pipeline.CodingResult;
import org.casus.pipeline.EventCoder;

/**
 * Codes articles on N worker threads and hands the results to a {@link Sink} in input order, on the
 * caller's thread: what {@code casus code} and {@code casus ingest} share.
 *
 * <p>The coder is built once, when the first article is submitted (a run whose input is all refused
 * does not load the models). Memory stays bounded: at most {@code 2 * threads} articles are in
 * flight; {@link #submit} hands finished results to the sink until there is room. An article whose
 * coding throws a {@link RuntimeException}, {@link StackOverflowError} or {@link AssertionError}
 * goes to {@link Sink#failed} and the run goes on; other errors (out of memory) stop it. Exceptions
 * the sink throws propagate out of {@link #submit} and {@link #drain}.
 *
 * <p>Not thread-safe: one thread submits.
 */
final class CodingRunner implements AutoCloseable {
  /** Receives results in input order, on the submitting thread. */
  interface Sink {
    /** An article was coded. */
    void coded(Article article, CodingResult result);

    /** Coding the article threw. */
    void failed(Article article, Throwable error);
  }

  private record Outcome(Article article, CodingResult result, Throwable failure) {
  }

  private final Supplier<EventCoder> coderFactory;
  private final int threads;
  private final CodingOptions options;
  private final Sink sink;
  private final ArrayDeque<Future<Outcome>> inFlight = new ArrayDeque<>();
  private final ExecutorService pool;
  private EventCoder coder;
  private long loadNanos;

  /**
   * @param coderFactory builds the coder, once, on the first article
   * @param threads worker threads, at least 1
   * @param options the coding options of every article
   * @param sink receives the results
   * @throws IllegalArgumentException if threads is below 1
   */
  CodingRunner(Supplier<EventCoder> coderFactory, int threads, CodingOptions options, Sink sink) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads " + threads + " < 1");
    }
    this.coderFactory = Objects.requireNonNull(coderFactory, "coderFactory");
    this.threads = threads;
    this.options = Objects.requireNonNull(options, "options");
    this.sink = Objects.requireNonNull(sink, "sink");
    AtomicInteger n = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "casus-coder-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** Queues an article for coding; may first hand finished results to the sink. */
  void submit(Article article) {
    if (coder == null) {
      long t = System.nanoTime();
      coder = Objects.requireNonNull(coderFactory.get(), "coder factory returned null");
      loadNanos = System.nanoTime() - t;
    }
    EventCoder c = coder;
    inFlight.add(pool.submit(() -> codeOne(c, article, options)));
    while (inFlight.size() >= 2 * threads) {
      handHead();
    }
  }

  /** Hands every remaining result to the sink. */
  void drain() {
    while (!inFlight.isEmpty()) {
      handHead();
    }
  }

  /** Seconds spent building the coder (loading the models); 0 when no article came. */
  double loadSeconds() {
    return loadNanos / 1e9;
  }

  private void handHead() {
    Outcome o;
    try {
      o = inFlight.removeFirst().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("worker failed", e.getCause()); // codeOne catches; not reached
    }
    if (o.failure() != null) {
      sink.failed(o.article(), o.failure());
    } else {
      sink.coded(o.article(), o.result());
    }
  }

  private static Outcome codeOne(EventCoder coder, Article article, CodingOptions options) {
    try {
      return new Outcome(article, coder.code(article, options), null);
    } catch (RuntimeException | StackOverflowError | AssertionError e) {
      // One bad article must not stop the run; OutOfMemoryError and other errors still do.
      return new Outcome(article, null, e);
    }
  }

  /** Stops the workers; results not yet handed over are dropped. */
  @Override
  public void close() {
    pool.shutdownNow();
  }
}
