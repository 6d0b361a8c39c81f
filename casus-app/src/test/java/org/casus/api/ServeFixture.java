package org.casus.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.casus.cli.CasusCommand;
import org.casus.cli.TestEngine;
import org.casus.store.SharedStore;
import org.casus.store.StoreException;

/**
 * The test database of the serve tests, built once per JVM with the real pipeline: the example
 * article, and when {@code ../shared} is there the reference article (published 2024-04-27) and the
 * first 200 items of the Wikipedia current-events corpus (January 2025). Each test class serves its
 * own copy.
 */
final class ServeFixture {
  static final String REFERENCE = "iran-china-defense-2024-04";
  private static Path database;
  private static Path dir;

  private ServeFixture() {
  }

  /** {@code ../shared}, found from the working directory up; empty when absent. */
  static Optional<Path> shared() {
    for (Path d = Path.of("").toAbsolutePath(); d != null && d.getParent() != null; d = d.getParent()) {
      Path s = d.resolveSibling("shared");
      if (Files.isRegularFile(s.resolve("eval/seed/iran-china-defense-2024-04.txt"))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  static synchronized Path dir() throws IOException {
    if (dir == null) {
      Path target = Path.of("target");
      Files.createDirectories(target);
      dir = Files.createTempDirectory(target.toAbsolutePath(), "serve-test");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
    }
    return dir;
  }

  static void delete(Path p) {
    try (Stream<Path> s = Files.walk(p)) {
      s.sorted((a, b) -> b.compareTo(a)).forEach(f -> f.toFile().delete());
    } catch (IOException | UncheckedIOException ignored) {
      // best effort
    }
  }

  /** The fixture database, built on first use. */
  static synchronized Path database() throws IOException {
    if (database == null) {
      Path db = dir().resolve("fixture.duckdb");
      Path example = findExample();
      ingest(db, example.toString(), "--date", "2026-03-12");
      Optional<Path> shared = shared();
      if (shared.isPresent()) {
        ingest(db, shared.get().resolve("eval/seed/iran-china-defense-2024-04.txt").toString(), "--date", "2024-04-27");
        Path corpus = dir().resolve("corpus-200.jsonl");
        try (Stream<String> lines = Files.lines(shared.get().resolve("corpus/wikipedia_current_events/articles.jsonl"))) {
          Files.write(corpus, lines.limit(200).toList(), StandardCharsets.UTF_8);
        }
        ingest(db, corpus.toString());
      }
      database = db;
    }
    return database;
  }

  private static Path findExample() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path e = d.resolve("examples/border-talks.txt");
      if (Files.isRegularFile(e)) {
        return e;
      }
    }
    throw new IllegalStateException("examples/border-talks.txt not found");
  }

  private static void ingest(Path db, String... args) {
    StringWriter err = new StringWriter();
    String[] all = Stream.concat(Stream.of("ingest", "--db", db.toString()), Stream.of(args)).toArray(String[]::new);
    int code = CasusCommand.newCommandLine(TestEngine.shared(), InputStream.nullInputStream(),
        new PrintWriter(new StringWriter()), new PrintWriter(err)).execute(all);
    if (code != 0) {
      throw new IllegalStateException("ingest failed: " + err);
    }
  }

  /** A fresh copy of the fixture database. */
  static Path copy(String name) throws IOException {
    Path to = dir().resolve(name + ".duckdb");
    Files.copy(database(), to);
    return to;
  }

  /** A server on a copy of the fixture database, on a free loopback port. */
  static final class Served implements AutoCloseable {
    final SharedStore store;
    final ApiServer server;
    final Path db;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    Served(String name) throws IOException, StoreException {
      this(name, ApiServer.Config.DEFAULT.at("127.0.0.1", 0));
    }

    Served(String name, ApiServer.Config config) throws IOException, StoreException {
      db = copy(name);
      store = SharedStore.open(db, 4, 10_000);
      server = new ApiServer(store, () -> TestEngine.shared().coder(Optional.empty()), config, "casus (test)").start();
    }

    String base() {
      return "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
      return http.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String pathAndQuery, String contentType, String body)
        throws IOException, InterruptedException {
      return http.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).timeout(Duration.ofSeconds(180))
          .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    String fingerprint() throws StoreException {
      return store.read(r -> r.queries().fingerprint());
    }

    @Override
    public void close() throws StoreException {
      server.close();
      store.close();
    }
  }

  /** Lines of a gold file, for messages. */
  static List<String> lines(Path p) throws IOException {
    return Files.readAllLines(p, StandardCharsets.UTF_8);
  }
}
