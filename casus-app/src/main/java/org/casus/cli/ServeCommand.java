package org.casus.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import org.casus.api.ApiServer;
import org.casus.store.SharedStore;
import org.casus.store.StoreException;
import org.casus.store.query.EventQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code casus serve --db FILE [--port 8080] [--host 127.0.0.1]}: the HTTP API and the web page
 * over an event database ({@link ApiServer}), until Ctrl-C (SIGINT) or SIGTERM.
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

  private final Engine engine;

  /** @param engine builds the coder when the first article is posted */
  public ServeCommand(Engine engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  @Override
  public Integer call() {
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
    Path dir = db.toAbsolutePath().getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new ParameterException(spec.commandLine(), "--db: no such directory " + dir);
    }
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
    ApiServer server;
    try {
      server = new ApiServer(store, () -> engine.coder(Optional.empty()), config, version).start();
    } catch (RuntimeException e) {
      closeQuietly(store);
      err.println("casus serve: error: cannot listen on " + host + ":" + port + ": " + CasusCommand.describe(rootCause(e)));
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      server.close();
      closeQuietly(store);
      stopped.countDown();
    }, "casus-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    long events;
    try {
      events = store.read(r -> r.queries().count(EventQuery.ALL));
    } catch (StoreException e) {
      events = -1;
    }
    String shown = host.contains(":") ? "[" + host + "]" : host;
    err.println("casus serve: http://" + shown + ":" + server.port() + "/ (" + db + ", "
        + (events < 0 ? "events unknown" : Plural.of(events, "event")) + "); API description at /openapi.json;"
        + " Ctrl-C stops");
    err.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
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
