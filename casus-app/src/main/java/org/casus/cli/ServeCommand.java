package org.casus.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.KafkaException;
import org.casus.api.ApiServer;
import org.casus.pipeline.CodingOptions;
import org.casus.store.IngestRun;
import org.casus.store.RunSummary;
import org.casus.store.SharedStore;
import org.casus.store.StoreException;
import org.casus.store.query.EventQuery;
import org.casus.stream.StreamIngest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code casus serve --db FILE [--port 8080] [--host 127.0.0.1] [--stream --bootstrap HOST:PORT
 * --topic T [--group ID]]}: the HTTP API and the web page over an event database
 * ({@link ApiServer}), until Ctrl-C (SIGINT) or SIGTERM.
 *
 * <p>With {@code --stream}, a Kafka consumer ({@link StreamIngest}) runs inside the server and
 * codes the topic's articles into the database through the server's single writer, so the API and
 * the page show events as they arrive. Stopping the server stops the consumer before the store
 * closes: the batch in hand is stored, then its offsets committed. A consumer that fails for good (Kafka, the store)
 * says so in one line; the server goes on serving what is stored.
 *
 * <p>The server owns the file: another process that opens it gets a one-line "in use" message.
 * Exit code 0 after a stop by signal; 1 when the database cannot be opened (held by another
 * process) or the port is taken; 2 on misuse.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve an event database: a JSON API (OpenAPI at /openapi.json) and a web page with a map,"
        + " a timeline, a table and the sentence behind every event. Works without internet."})
public final class ServeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--db", paramLabel = "FILE", defaultValue = org.casus.store.EventStore.DEFAULT_FILE,
      description = "The database file, created when missing (default ${DEFAULT-VALUE}).")
  Path db;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "The port (default ${DEFAULT-VALUE};"
      + " 0 for any free one).")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "The address to listen on (default ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every"
          + " interface).")
  String host;

  @Option(names = "--code-timeout", paramLabel = "SECONDS", defaultValue = "120",
      description = "The longest a posted article may take to code (default ${DEFAULT-VALUE}).")
  int codeTimeout;

  @Option(names = "--max-chars", paramLabel = "N", defaultValue = "200000",
      description = "The longest posted article text, in characters (default ${DEFAULT-VALUE}).")
  int maxChars;

  @Option(names = "--readers", paramLabel = "N", defaultValue = "4",
      description = "Database connections for reading: requests answered at once (default ${DEFAULT-VALUE}).")
  int readers;

  @Option(names = "--stream", description = "Also code the articles of a Kafka topic into the database as they"
      + " arrive (needs --bootstrap and --topic; see casus stream).")
  boolean stream;

  @Option(names = "--bootstrap", paramLabel = "HOST:PORT[,HOST:PORT...]", description = "With --stream: Kafka"
      + " bootstrap servers.")
  String bootstrap;

  @Option(names = "--topic", paramLabel = "T", description = "With --stream: the topic to read.")
  String topic;

  @Option(names = "--group", paramLabel = "ID", defaultValue = "casus",
      description = "With --stream: the Kafka consumer group, where offsets are committed (default ${DEFAULT-VALUE}).")
  String group;

  private final Engine engine;
  private final CountDownLatch ready = new CountDownLatch(1);
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile ApiServer running;
  private volatile Runnable stopper;
  private volatile IngestRun streamRun;

  /** @param engine builds the coder when the first article is posted or streamed */
  public ServeCommand(Engine engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  @Override
  public Integer call() {
    checkArguments();
    PrintWriter err = spec.commandLine().getErr();
    ApiServer.Config config = new ApiServer.Config(host, port, 4096, 1 << 20, maxChars, codeTimeout * 1000L,
        1);
    String version = new CasusCommand.Version().getVersion()[0];
    SharedStore store;
    try {
      store = SharedStore.open(db, readers, 10_000);
    } catch (StoreException e) {
      err.println("casus serve: error: " + e.getMessage());
      return 1;
    }
    Consumer<byte[], byte[]> consumer = null;
    if (stream) {
      try {
        consumer = StreamIngest.kafkaConsumer(bootstrap, group, BATCH, Map.of());
      } catch (KafkaException e) {
        closeQuietly(store);
        throw new ParameterException(spec.commandLine(), "--bootstrap: " + CasusCommand.oneLine(
            e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
      }
    }
    ApiServer server;
    try {
      server = new ApiServer(store, () -> engine.coder(Optional.empty()), config, version).start();
    } catch (RuntimeException e) {
      if (consumer != null) {
        consumer.close();
      }
      closeQuietly(store);
      err.println("casus serve: error: cannot listen on " + host + ":" + port + ": " + CasusCommand.describe(rootCause(e)));
      return 1;
    }
    Thread consumerThread = null;
    StreamIngest ingest = null;
    if (consumer != null) {
      try {
        ingest = startStream(store, consumer, version, err);
      } catch (StoreException e) {
        consumer.close();
        server.close();
        closeQuietly(store);
        err.println("casus serve: error: " + e.getMessage());
        return 1;
      }
      StreamIngest s = ingest;
      consumerThread = new Thread(() -> consume(s, store, err), "casus-serve-stream");
    }
    StreamIngest streamIngest = ingest;
    Thread consuming = consumerThread;
    if (consuming != null) {
      consuming.start();
    }
    stopper = () -> {
      server.close();
      if (streamIngest != null) {
        err.println("casus serve: stopping the stream: storing the batch in hand");
        err.flush();
        streamIngest.stop();
        try {
          consuming.join(TimeUnit.MINUTES.toMillis(1));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      closeQuietly(store);
      stopped.countDown();
    };
    Thread hook = new Thread(this::stop, "casus-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    printBanner(err, store, server.port(), consuming != null);
    running = server;
    ready.countDown();
    awaitStop(hook);
    return 0;
  }

  private void checkArguments() {
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port wants 0..65535, got " + port);
    }
    if (codeTimeout < 1 || codeTimeout > 3600) {
      throw new ParameterException(spec.commandLine(), "--code-timeout wants 1..3600 seconds, got " + codeTimeout);
    }
    if (maxChars < 1 || maxChars > 10_000_000) {
      throw new ParameterException(spec.commandLine(), "--max-chars wants 1..10000000, got " + maxChars);
    }
    if (readers < 1 || readers > 64) {
      throw new ParameterException(spec.commandLine(), "--readers wants 1..64, got " + readers);
    }
    if (stream && (bootstrap == null || bootstrap.isBlank() || topic == null || topic.isBlank())) {
      throw new ParameterException(spec.commandLine(), "--stream needs --bootstrap HOST:PORT and --topic T");
    }
    if (!stream && (bootstrap != null || topic != null)) {
      throw new ParameterException(spec.commandLine(), "--bootstrap and --topic go with --stream");
    }
    Path dir = db.toAbsolutePath().getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new ParameterException(spec.commandLine(), "--db: no such directory " + dir);
    }
  }

  /** The address line (and the streaming line) on standard error. */
  private void printBanner(PrintWriter err, SharedStore store, int port, boolean streaming) {
    long events;
    try {
      events = store.read(r -> r.queries().count(EventQuery.ALL));
    } catch (StoreException e) {
      events = -1;
    }
    String shown = host.contains(":") ? "[" + host + "]" : host;
    err.println("casus serve: http://" + shown + ":" + port + "/ (" + db + ", "
        + (events < 0 ? "events unknown" : Plural.of(events, "event")) + "); API description at /openapi.json;"
        + " Ctrl-C stops");
    if (streaming) {
      err.println("casus serve: streaming topic " + topic + " from " + bootstrap + " as group " + group + " into " + db);
    }
    err.flush();
  }

  /** Waits until the server is stopped (Ctrl-C, {@link #stop}), then drops the shutdown hook. */
  private void awaitStop(Thread hook) {
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook stopped it
    }
  }

  /** Records per poll, and so per store commit and offset commit, of the consumer. */
  static final int BATCH = 64;

  /** The run the consumer stores with, begun in one write (after closing runs an earlier process left open). */
  private StreamIngest startStream(SharedStore store, Consumer<byte[], byte[]> consumer, String version,
      PrintWriter err) throws StoreException {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    String opts = "serve --stream; bootstrap=" + bootstrap + "; group=" + group + "; modes=default; threads=" + threads;
    IngestRun run = store.write(w -> {
      int interrupted = w.closeInterruptedRuns();
      if (interrupted > 0) {
        err.println("casus serve: note: " + Plural.of(interrupted, "earlier run") + " did not finish; what "
            + (interrupted == 1 ? "it" : "they") + " committed is kept");
      }
      return w.beginRun(version, List.of("kafka:" + topic), opts);
    });
    streamRun = run;
    StreamIngest.Settings settings = new StreamIngest.Settings(topic, threads, BATCH, false, Optional.empty(),
        CodingOptions.DEFAULT);
    return new StreamIngest(consumer, settings, store, run, () -> engine.coder(Optional.empty()),
        new StreamCommand.Lines(err, "casus serve: stream: "));
  }

  /** The consumer thread: runs until stopped, then finishes the run (or closes it after an error). */
  private void consume(StreamIngest ingest, SharedStore store, PrintWriter err) {
    IngestRun run = streamRun;
    try {
      ingest.run();
      RunSummary s = store.write(w -> run.finish());
      err.println(String.format(Locale.ROOT, "casus serve: stream stopped: %d read: %d coded, %d unchanged,"
          + " %d replaced, %d refused, %d failed; %s stored", s.read(), s.coded(), s.unchanged(), s.replaced(),
          s.refused(), s.failed(), Plural.of(s.events(), "event")));
    } catch (StoreException | RuntimeException e) {
      err.println("casus serve: stream stopped: error: " + (e instanceof KafkaException ? "Kafka: " : "")
          + CasusCommand.describe(e) + "; what was committed is kept; the server goes on");
      try {
        store.write(w -> {
          run.close();
          return null;
        });
      } catch (StoreException ignored) {
        // the run stays open; the next run marks it interrupted
      }
    } finally {
      err.flush();
    }
  }

  /**
   * Stops the server: the HTTP server, then the consumer (it stores the batch in hand and commits
   * its offsets), then the store; {@link #call} then returns 0. Any thread; idempotent; a no-op
   * before the server is up.
   */
  synchronized void stop() {
    Runnable s = stopper;
    stopper = null;
    if (s != null) {
      s.run();
    }
  }

  /**
   * Waits until the server listens (at most {@code millis}).
   *
   * @return its port, or -1 when it is not up in time
   */
  int awaitPort(long millis) throws InterruptedException {
    return ready.await(millis, TimeUnit.MILLISECONDS) ? running.port() : -1;
  }

  private static Throwable rootCause(Throwable t) {
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  private static void closeQuietly(SharedStore store) {
    try {
      store.close();
    } catch (StoreException ignored) {
      // stopping anyway
    }
  }
}
