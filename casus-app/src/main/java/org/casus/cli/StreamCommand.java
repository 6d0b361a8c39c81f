package org.casus.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.casus.actors.ActorDictionary;
import org.casus.ingest.Rejection;
import org.casus.model.Article;
import org.casus.pipeline.CodingOptions;
import org.casus.pipeline.EventCoder;
import org.casus.store.EventStore;
import org.casus.store.IngestRun;
import org.casus.store.RunSummary;
import org.casus.store.StoreCounts;
import org.casus.store.StoreException;
import org.casus.stream.StreamIngest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code casus stream --bootstrap HOST:PORT --topic T --db FILE}: a Kafka consumer that codes the
 * articles of a topic into the event database ({@link StreamIngest}: at-least-once delivery,
 * idempotent by the store's content hash, offsets committed after the store commit).
 *
 * <p>Runs until SIGINT or SIGTERM (the batch in hand is stored and committed first), or with
 * {@code --stop-at-end} until the topic is read to the end it had at start. Standard error: a
 * line when it starts, one per refused record or failed article, one per committed batch, and a
 * summary. Exit code 0 when it stopped as asked; 1 when the database could not be opened or
 * written, or Kafka failed for good; 2 on misuse.
 */
@Command(name = "stream", mixinStandardHelpOptions = true,
    description = {"Code the articles of a Kafka topic into an event database (DuckDB), until stopped.",
        "Each record is one article as a JSON object ({\"id\", \"text\" or \"html\", \"date\", \"title\", \"source\", \"url\"})."
            + " Offsets are committed after the store; a restart resumes there, and an article stored with the same"
            + " content is not stored again."})
public final class StreamCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--bootstrap", required = true, paramLabel = "HOST:PORT[,HOST:PORT...]",
      description = "Kafka bootstrap servers.")
  String bootstrap;

  @Option(names = "--topic", required = true, paramLabel = "T", description = "The topic to read.")
  String topic;

  @Option(names = "--db", paramLabel = "FILE", defaultValue = EventStore.DEFAULT_FILE,
      description = "The database file, created when missing (default ${DEFAULT-VALUE}).")
  Path db;

  @Option(names = "--group", paramLabel = "ID", defaultValue = "casus",
      description = "Kafka consumer group: where the committed offsets are kept (default ${DEFAULT-VALUE}).")
  String group;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = CodeCommand.IsoDay.class,
      description = "Publication date of articles that carry none.")
  LocalDate date;

  @Option(names = "--actors", paramLabel = "FILE", description = "A user actor file, the highest actor layer.")
  Path actors;

  @Option(names = "--threads", paramLabel = "N",
      description = "Coding threads (default: the number of processors, here ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--batch", paramLabel = "N", defaultValue = "64",
      description = "Records per poll at most; each batch is one store commit, then one offset commit (default ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--modes", paramLabel = "MODE[,MODE...]", split = ",",
      description = "Mention modes to store, as for casus code.")
  List<String> modes;

  @Option(names = "--consumer-config", paramLabel = "KEY=VALUE",
      description = "A Kafka consumer setting (security, timeouts ...), repeatable; casus's own settings"
          + " (group, deserializers, automatic commits off, batch) cannot be changed.")
  Map<String, String> consumerConfig;

  @Option(names = "--stop-at-end", description = "Stop once the topic is read to the end it had at start.")
  boolean stopAtEnd;

  private final Engine engine;
  private boolean shutdownHook;
  private volatile StreamIngest current;
  private final CountDownLatch done = new CountDownLatch(1);
  private volatile Runnable stopNote = () -> { };

  /** @param engine builds the coder once, when the first article needs coding */
  public StreamCommand(Engine engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  /** On SIGINT and SIGTERM, stores and commits the batch in hand and prints the summary before the process ends. */
  StreamCommand withShutdownHook() {
    this.shutdownHook = true;
    return this;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    checkArguments();
    CodingOptions options = CodingArguments.options(spec.commandLine(), modes);
    Optional<UserActorOption.UserLayer> layer = UserActorOption.load(spec.commandLine(), actors, engine, err);
    Optional<ActorDictionary> user = layer.map(UserActorOption.UserLayer::dictionary);
    Supplier<EventCoder> coderFactory = () -> engine.coder(user);
    long start = System.nanoTime();
    Thread hook = shutdownHook ? new Thread(this::stopAndWait, "casus-stream-shutdown") : null;
    try (EventStore store = EventStore.open(db)) {
      int interrupted = store.closeInterruptedRuns();
      if (interrupted > 0) {
        err.println("casus stream: note: " + Plural.of(interrupted, "earlier run") + " did not finish; what "
            + (interrupted == 1 ? "it" : "they") + " committed is kept");
      }
      String version = new CasusCommand.Version().getVersion()[0];
      try (IngestRun run = store.beginRun(version, List.of("kafka:" + topic), runOptions())) {
        StreamIngest.Settings settings = new StreamIngest.Settings(topic, threads, batch, stopAtEnd,
            Optional.ofNullable(date), options);
        StreamIngest stream = new StreamIngest(consumer(), settings, store, run, coderFactory, new Lines(err));
        current = stream;
        stopNote = () -> {
          err.println("casus stream: stopping: storing the batch in hand");
          err.flush();
        };
        if (hook != null) {
          Runtime.getRuntime().addShutdownHook(hook);
        }
        err.println("casus stream: reading topic " + topic + " from " + bootstrap + " as group " + group + " into " + db
            + (stopAtEnd ? " (until the end)" : "; stop with Ctrl-C"));
        err.flush();
        try {
          stream.run();
        } catch (KafkaException e) {
          err.println("casus stream: error: Kafka: " + CasusCommand.describe(e)
              + "; what was committed is kept, run again to go on");
          return 1;
        } catch (StoreException e) {
          err.println("casus stream: error: " + e.getMessage() + "; what was committed is kept, run again to go on");
          return 1;
        }
        printSummary(err, run.finish(), store.counts(), (System.nanoTime() - start) / 1e9, stream.loadSeconds());
        return 0;
      }
    } catch (StoreException e) {
      err.println("casus stream: error: " + e.getMessage());
      return 1;
    } finally {
      err.flush();
      done.countDown();
      if (hook != null) {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // the hook is running: it waits for this
        }
      }
    }
  }

  private void checkArguments() {
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    if (batch < 1) {
      throw new ParameterException(spec.commandLine(), "--batch must be at least 1, got " + batch);
    }
    if (bootstrap.isBlank() || topic.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--bootstrap and --topic must not be empty");
    }
  }

  /** The options of this run, as the store's run record keeps them. */
  private String runOptions() {
    return "stream; bootstrap=" + bootstrap + "; group=" + group + "; modes="
        + (modes == null ? "default" : String.join(",", modes)) + "; date=" + (date == null ? "" : date)
        + "; actors=" + (actors == null ? "" : actors) + "; threads=" + threads;
  }

  /** The Kafka consumer; a bad {@code --consumer-config} is misuse. */
  private Consumer<byte[], byte[]> consumer() {
    try {
      return StreamIngest.kafkaConsumer(bootstrap, group, batch, consumerConfig == null ? Map.of() : consumerConfig);
    } catch (IllegalArgumentException | KafkaException e) {
      throw new ParameterException(spec.commandLine(), "--consumer-config: " + CasusCommand.oneLine(
          e.getCause() != null && e instanceof KafkaException ? e.getCause().getMessage() : e.getMessage()));
    }
  }

  /** The two summary lines: the run, then the database. */
  private void printSummary(PrintWriter err, RunSummary s, StoreCounts c, double total, double loadSeconds) {
    err.println(String.format(Locale.ROOT, "casus stream: %d read: %d coded, %d unchanged, %d replaced, %d refused,"
        + " %d failed; %s stored; %.1f s (model load %.1f s)", s.read(), s.coded(), s.unchanged(), s.replaced(),
        s.refused(), s.failed(), Plural.of(s.events(), "event"), total, loadSeconds));
    err.println(String.format(Locale.ROOT, "casus stream: %s: %s (%d coded, %d refused, %d failed), %s, %s",
        db, Plural.of(c.articles(), "article"), c.coded(), c.refused(), c.failed(), Plural.of(c.events(), "event"),
        Plural.of(c.groups(), "event group")));
  }

  /** The shutdown hook: stop the consumer and wait (at most a minute) until the batch is stored and the summary written. */
  private void stopAndWait() {
    StreamIngest s = current;
    if (s != null) {
      stopNote.run();
      s.stop();
    }
    try {
      done.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Lines on standard error, each starting with a prefix ({@code "casus stream: "}). */
  static final class Lines implements StreamIngest.Listener {
    private final PrintWriter err;
    private final String prefix;

    Lines(PrintWriter err) {
      this(err, "casus stream: ");
    }

    Lines(PrintWriter err, String prefix) {
      this.err = err;
      this.prefix = prefix;
    }

    @Override
    public void refused(Rejection r) {
      err.println(prefix + "refused " + r.message());
    }

    @Override
    public void failed(Article article, Throwable error) {
      err.println(prefix + "failed to code article " + article.id() + ": " + CasusCommand.describe(error));
    }

    @Override
    public void committed(RunSummary p, Map<TopicPartition, Long> offsets) {
      StringBuilder b = new StringBuilder();
      new TreeMap<>(offsets.entrySet().stream().collect(java.util.stream.Collectors.toMap(
          e -> e.getKey().partition(), Map.Entry::getValue))).forEach((part, off) ->
          b.append(b.isEmpty() ? "" : ", ").append(part).append(':').append(off));
      err.println(prefix + String.format(Locale.ROOT, "committed (next offsets %s): %d read, %d coded,"
          + " %d unchanged, %d refused, %d failed, %s", b, p.read(), p.coded(), p.unchanged(), p.refused(), p.failed(),
          Plural.of(p.events(), "event")));
      err.flush();
    }

    @Override
    public void note(String message) {
      err.println(prefix + "note: " + message);
      err.flush();
    }
  }
}
