package org.casus.spark;

import java.util.concurrent.atomic.AtomicInteger;
import org.casus.nlp.ChunkedSentenceParser;
import org.casus.nlp.SentenceParserProvider;
import org.casus.pipeline.CasusPipeline;
import org.casus.pipeline.CodingResources;
import org.casus.pipeline.EventCoder;
import org.casus.resource.ResourceFormatException;

/**
 * The one event coder of a JVM (a Spark executor, or the driver in local mode): built on first use
 * from the resources in the job jar, then shared by every task the executor runs. Building it loads
 * CoreNLP and the dictionaries (10-30 s, about 2 GB of heap), so it happens once per executor, not
 * per task or partition.
 *
 * <p>Thread-safe: the coder is thread-safe ({@link CasusPipeline} over the shared parser), and
 * concurrent first calls build it once.
 */
public final class ExecutorCoder {
  private static final AtomicInteger BUILDS = new AtomicInteger();
  private static volatile EventCoder coder;

  private ExecutorCoder() {
  }

  /**
   * The coder of this JVM.
   *
   * @throws IllegalStateException when a bundled resource is broken (a packaging error)
   */
  public static EventCoder get() {
    EventCoder c = coder;
    if (c == null) {
      synchronized (ExecutorCoder.class) {
        c = coder;
        if (c == null) {
          try {
            // Long articles are parsed a piece at a time, as casus code does, so memory stays bounded.
            c = new CasusPipeline(new ChunkedSentenceParser(SentenceParserProvider.standard()),
                CodingResources.loadDefault());
          } catch (ResourceFormatException e) {
            throw new IllegalStateException("bundled resource is broken: " + e.getMessage(), e);
          }
          BUILDS.incrementAndGet();
          coder = c;
        }
      }
    }
    return c;
  }

  /** How many times this JVM built the coder: 0 before the first article, then 1. */
  public static int builds() {
    return BUILDS.get();
  }
}
