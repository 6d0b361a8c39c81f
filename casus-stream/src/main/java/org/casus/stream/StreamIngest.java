package org.casus.stream;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.casus.ingest.RecordReader;
import org.casus.ingest.Rejection;
import org.casus.model.Article;
import org.casus.pipeline.CodingOptions;
import org.casus.pipeline.CodingResult;
import org.casus.pipeline.EventCoder;
import org.casus.store.EventStore;
import org.casus.store.IngestRun;
import org.casus.store.RunSummary;
import org.casus.store.SharedStore;
import org.casus.store.StoreException;

/**
 * Codes the articles of a Kafka topic into the event database, for {@code casus stream} (and for a
 * server that hosts the consumer beside its pages: it takes the store and the run it writes with).
 *
 * <p><b>Records.</b> Each record's value is one article as a JSON object, as a line of JSON Lines
 * ({@link RecordReader}: {@code id}, {@code text} or {@code html}, optional {@code date},
 * {@code title}, {@code source}, {@code url}); keys and headers are not read. A record that is not
 * an article is refused, stored as {@code refused:<topic>:<partition>:<offset>} with its reason, and
 * reported to the {@link Listener}; an article whose coding throws is stored as failed.
 *
 * <p><b>Delivery.</b> At least once, and idempotent: records are polled in batches (at most
 * {@link Settings#batch()}); the articles of a batch are coded on {@link Settings#threads()}
 * threads and stored in record order; then the store commits ({@link IngestRun#commitPending}),
 * the changed event groups are regrouped, and only then are the batch's offsets committed to Kafka
 * (synchronously). A process killed at any point has committed no offset of an article that is not
 * in the store; the records after the last committed offset are delivered again on restart, and
 * an article already stored with the same content ({@link org.casus.store.ArticleHash}) is skipped
 * as unchanged, so nothing is lost and nothing is stored twice. A record with the id of a stored
 * article and other content replaces it (as {@code casus ingest} does).
 *
 * <p>The coder is built on the first article that needs coding (a restart that only skips
 * redelivered articles loads no models). {@link #run} returns when {@link #stop} is called, or,
 * with {@link Settings#stopAtEnd()}, when every assigned partition has been read to the end offset
 * it had when first seen.
 *
 * <p>Thread safety: {@link #run} runs on one thread, which alone uses the consumer and the run;
 * {@link #stop} may be called from any thread (a signal handler). Given an {@link EventStore}, that
 * thread alone uses it. Given a {@link SharedStore} (a server), every write of a batch, its commit
 * and its regrouping happen in one {@link SharedStore#write} (the server's single writer, between
 * the writes of posted articles); coding happens outside it, and the server's readers keep their
 * own connections.
 */
public final class StreamIngest {
  /**
   * What to read and how.
   *
   * @param topic the topic, non-blank
   * @param threads coding threads, at least 1
   * @param batch records per poll at most, at least 1
   * @param stopAtEnd return once the partitions are read to their end (for a backfill, a test)
   * @param defaultDate the publication date of articles that carry none; empty for unknown
   * @param options the coding options (modes)
   */
  public record Settings(String topic, int threads, int batch, boolean stopAtEnd, Optional<LocalDate> defaultDate,
      CodingOptions options) {
    public Settings {
      if (topic == null || topic.isBlank()) {
        throw new IllegalArgumentException("no topic");
      }
      if (threads < 1) {
        throw new IllegalArgumentException("threads " + threads + " < 1");
      }
      if (batch < 1) {
        throw new IllegalArgumentException("batch " + batch + " < 1");
      }
      Objects.requireNonNull(defaultDate, "defaultDate");
      Objects.requireNonNull(options, "options");
    }
  }

  /** What happens, on the thread of {@link #run}. Every method has an empty default. */
  public interface Listener {
    /** A record was refused (and stored as refused). */
    default void refused(Rejection rejection) {
    }

    /** Coding an article threw (it is stored as failed). */
    default void failed(Article article, Throwable error) {
    }

    /**
     * A batch was committed to the store and then its offsets to Kafka.
     *
     * @param progress the run's counts so far
     * @param offsets the next offset to read, per partition, as committed
     */
    default void committed(RunSummary progress, Map<TopicPartition, Long> offsets) {
    }

    /** Anything else worth a line (no partition assigned yet ...). */
    default void note(String message) {
    }
  }

  /** Time between polls at most while the topic is quiet. */
  static final Duration POLL = Duration.ofMillis(500);
  /** After this long without an assigned partition, the listener is told once. */
  static final long ASSIGNMENT_NOTE_MS = 30_000;

  private final Consumer<byte[], byte[]> consumer;
  private final Settings settings;
  private final EventStore store;
  private final SharedStore shared;
  private long lastWrite;
  private final IngestRun run;
  private final Supplier<EventCoder> coderFactory;
  private final Listener listener;
  private final RecordReader reader = new RecordReader();
  private volatile boolean stopping;
  private EventCoder coder;
  private long loadNanos;

  /**
   * @param consumer the Kafka consumer, not yet subscribed, with automatic offset commits off
   *     ({@link #consumerConfig}); this object closes it at the end of {@link #run}
   * @param settings the topic and how to code
   * @param store the event database the run writes
   * @param run the run that stores the articles (from {@code store}); the caller finishes it
   * @param coderFactory builds the coder, once, on the first article to code
   * @param listener receives refusals, failures and commits
   */
  public StreamIngest(Consumer<byte[], byte[]> consumer, Settings settings, EventStore store, IngestRun run,
      Supplier<EventCoder> coderFactory, Listener listener) {
    this.consumer = Objects.requireNonNull(consumer, "consumer");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.store = Objects.requireNonNull(store, "store");
    this.shared = null;
    this.run = Objects.requireNonNull(run, "run");
    this.coderFactory = Objects.requireNonNull(coderFactory, "coderFactory");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /**
   * A consumer inside a process that shares its store (a server): each batch is stored, committed
   * and regrouped in one {@link SharedStore#write}, and when another writer stored articles since
   * the last batch the run reads the stored states again ({@link IngestRun#refreshStates}), so an
   * article stored by both is replaced or skipped, never stored twice.
   *
   * @param run the run that stores the articles, begun by the caller in a {@code shared.write}; the
   *     caller finishes it in another
   * @see #StreamIngest(Consumer, Settings, EventStore, IngestRun, Supplier, Listener)
   */
  public StreamIngest(Consumer<byte[], byte[]> consumer, Settings settings, SharedStore shared, IngestRun run,
      Supplier<EventCoder> coderFactory, Listener listener) {
    this.consumer = Objects.requireNonNull(consumer, "consumer");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.store = null;
    this.shared = Objects.requireNonNull(shared, "shared");
    this.lastWrite = shared.writes();
    this.run = Objects.requireNonNull(run, "run");
    this.coderFactory = Objects.requireNonNull(coderFactory, "coderFactory");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /** Store work of one batch. */
  @FunctionalInterface
  private interface StoreWork {
    void apply(EventStore writer) throws StoreException;
  }

  /** Runs store work on the store, or in one write of the shared store. */
  private void locked(StoreWork work) throws StoreException {
    if (shared == null) {
      work.apply(store);
      return;
    }
    shared.write(w -> {
      long n = shared.writes();
      if (n != lastWrite + 1) {
        run.refreshStates(); // another writer came between: what it stored counts
      }
      lastWrite = n;
      work.apply(w);
      return null;
    });
  }

  /**
   * The consumer configuration {@code casus stream} uses: byte-array keys and values, automatic
   * commits off (this class commits after the store), a new group reads from the earliest offset,
   * at most {@code batch} records per poll, and a poll interval long enough for a batch of long
   * articles (30 minutes).
   *
   * @param bootstrap {@code HOST:PORT[,HOST:PORT...]}
   * @param group the consumer group whose committed offsets say where to resume
   * @param batch records per poll at most
   */
  public static Properties consumerConfig(String bootstrap, String group, int batch) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(batch));
    p.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, String.valueOf(30 * 60 * 1000));
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, "casus-stream");
    return p;
  }

  /** The settings of {@link #consumerConfig} that the user cannot change: the delivery guarantee rests on them. */
  public static final Set<String> FIXED = Set.of(ConsumerConfig.GROUP_ID_CONFIG, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
      ConsumerConfig.MAX_POLL_RECORDS_CONFIG, ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
      ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG);

  /**
   * A Kafka consumer with {@link #consumerConfig} and the user's extra settings (security,
   * timeouts ...).
   *
   * @param extra Kafka consumer settings added to (or replacing) the defaults
   * @throws IllegalArgumentException when {@code extra} sets one of {@link #FIXED}
   * @throws org.apache.kafka.common.KafkaException when the settings are invalid
   */
  public static Consumer<byte[], byte[]> kafkaConsumer(String bootstrap, String group, int batch,
      Map<String, String> extra) {
    Properties p = consumerConfig(bootstrap, group, batch);
    for (Map.Entry<String, String> e : extra.entrySet()) {
      if (FIXED.contains(e.getKey())) {
        throw new IllegalArgumentException("the consumer setting " + e.getKey() + " is casus's own; it cannot be changed");
      }
      p.put(e.getKey(), e.getValue());
    }
    return new KafkaConsumer<>(p);
  }

  /** Asks {@link #run} to return after the batch in hand is stored and committed; any thread. */
  public void stop() {
    stopping = true;
    consumer.wakeup();
  }

  /** Seconds spent building the coder; 0 when no article needed coding. */
  public double loadSeconds() {
    return loadNanos / 1e9;
  }

  /**
   * Reads, codes and stores until {@link #stop} (or the end, with {@link Settings#stopAtEnd()}),
   * then closes the consumer. The run is left open for the caller to finish.
   *
   * @return the run's counts
   * @throws StoreException when the store cannot be written: the batch in hand is not committed,
   *     nor its offsets, so it is read again on restart
   * @throws org.apache.kafka.common.KafkaException when Kafka fails for good (authorisation, a
   *     topic that cannot be read)
   */
  public RunSummary run() throws StoreException {
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
      Thread t = new Thread(r, "casus-stream-coder-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    long started = System.currentTimeMillis();
    boolean noted = false;
    Map<TopicPartition, Long> ends = new HashMap<>();
    try {
      consumer.subscribe(List.of(settings.topic()));
      while (!stopping) {
        ConsumerRecords<byte[], byte[]> records;
        try {
          records = consumer.poll(POLL);
        } catch (WakeupException e) {
          continue; // stop() was called; the loop condition ends it
        }
        if (!records.isEmpty()) {
          process(records, pool);
        }
        Set<TopicPartition> assigned = consumer.assignment();
        if (assigned.isEmpty()) {
          if (!noted && System.currentTimeMillis() - started > ASSIGNMENT_NOTE_MS) {
            noted = true;
            listener.note("no partition of topic " + settings.topic() + " assigned after "
                + ASSIGNMENT_NOTE_MS / 1000 + " s: is the broker up, does the topic exist?");
          }
        } else if (settings.stopAtEnd()) {
          try {
            if (atEnd(assigned, ends)) {
              break;
            }
          } catch (WakeupException e) {
            // stop() was called; the loop condition ends it
          }
        }
      }
      return run.progress();
    } finally {
      pool.shutdownNow();
      try {
        consumer.close();
      } catch (WakeupException ignored) {
        // a stop() after the last poll; the consumer closes all the same
      }
    }
  }

  /** True when every assigned partition's position is at or past its end offset when first seen. */
  private boolean atEnd(Set<TopicPartition> assigned, Map<TopicPartition, Long> ends) {
    List<TopicPartition> unknown = assigned.stream().filter(p -> !ends.containsKey(p)).toList();
    if (!unknown.isEmpty()) {
      ends.putAll(consumer.endOffsets(unknown));
    }
    for (TopicPartition p : assigned) {
      if (consumer.position(p) < ends.get(p)) {
        return false;
      }
    }
    return true;
  }

  /** One record's outcome, in record order. */
  private record Outcome(Article article, Future<CodingResult> coding, Rejection rejection) {
  }

  private void process(ConsumerRecords<byte[], byte[]> records, ExecutorService pool) throws StoreException {
    List<Outcome> outcomes = new ArrayList<>(records.count());
    Map<TopicPartition, Long> next = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> r : records) {
      next.put(new TopicPartition(r.topic(), r.partition()), r.offset() + 1);
      String location = r.topic() + ":" + r.partition() + ":" + r.offset();
      reader.read(r.value(), location, settings.defaultDate(), a -> {
        if (!run.isCurrent(a)) {
          EventCoder c = coder();
          outcomes.add(new Outcome(a, pool.submit(() -> c.code(a, settings.options())), null));
        }
      }, rej -> outcomes.add(new Outcome(null, null, rej)));
    }
    // coding first, outside the store's lock; then the whole batch in one write
    List<Throwable> failures = new ArrayList<>(outcomes.size());
    List<CodingResult> results = new ArrayList<>(outcomes.size());
    for (Outcome o : outcomes) {
      CodingResult result = null;
      Throwable failure = null;
      if (o.rejection() == null) {
        try {
          result = o.coding().get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while coding", e);
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (!(cause instanceof RuntimeException || cause instanceof StackOverflowError
              || cause instanceof AssertionError)) {
            // Out of memory and other errors stop the consumer; nothing of this batch is committed.
            if (cause instanceof Error err) {
              throw err;
            }
            throw new IllegalStateException(cause);
          }
          failure = cause;
        }
      }
      results.add(result);
      failures.add(failure);
    }
    locked(w -> {
      boolean stored = false;
      for (int i = 0; i < outcomes.size(); i++) {
        Outcome o = outcomes.get(i);
        if (o.rejection() != null) {
          run.refused(o.rejection());
        } else if (failures.get(i) != null) {
          run.failed(o.article(), describe(failures.get(i)));
        } else {
          run.coded(o.article(), results.get(i));
          stored = true;
        }
      }
      run.commitPending();
      if (stored) {
        w.regroup();
      }
    });
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome o = outcomes.get(i);
      if (o.rejection() != null) {
        listener.refused(o.rejection());
      } else if (failures.get(i) != null) {
        listener.failed(o.article(), failures.get(i));
      }
    }
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    next.forEach((p, o) -> offsets.put(p, new OffsetAndMetadata(o)));
    commitOffsets(offsets);
    listener.committed(run.progress(), Map.copyOf(next));
  }

  /** Commits offsets; a {@link #stop} that lands in the commit does not lose it. */
  private void commitOffsets(Map<TopicPartition, OffsetAndMetadata> offsets) {
    try {
      consumer.commitSync(offsets);
    } catch (WakeupException e) {
      consumer.commitSync(offsets); // the wake-up is used up; the commit is tried again
    }
  }

  private EventCoder coder() {
    if (coder == null) {
      long t = System.nanoTime();
      coder = Objects.requireNonNull(coderFactory.get(), "coder factory returned null");
      loadNanos = System.nanoTime() - t;
    }
    return coder;
  }

  private static String describe(Throwable t) {
    String m = t.getMessage();
    return t.getClass().getSimpleName() + (m == null ? "" : ": " + m.replaceAll("\\s+", " ").trim());
  }
}
