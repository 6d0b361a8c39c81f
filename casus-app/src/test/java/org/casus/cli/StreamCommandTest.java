package org.casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.casus.testsupport.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code casus stream} against a real Kafka broker (KRaft, one combined node) started in this JVM.
 *
 * <p>Delivery: a consumer process ({@link StreamChild}, with the test coder) is killed with {@code
 * kill -9} after its first committed batch; the group's offsets are then set back to the start of
 * the topic, the state a kill between the store commit and the offset commit leaves (the store
 * ahead of the offsets); the restarted consumer skips every article it had stored, codes the rest,
 * and the database holds exactly the events of {@code casus ingest} of the same records: none lost,
 * none twice.
 *
 * <p>Coding: with the real pipeline, on corpus items, the streamed database holds the events of
 * {@code casus ingest}, and a second consumer group that reads the whole topic again stores nothing
 * new.
 */
class StreamCommandTest {
  static final String CORPUS = "corpus/wikipedia_current_events/articles.jsonl";

  /** Records of our own that are not articles casus codes: refused, stored as refused, counted. */
  static final List<String> BAD = List.of(
      "{\"id\": \"broken-1\", \"text\": \"The record stops here",
      "{\"text\": \"A record without an id: the council met on Friday to discuss the harbour budget.\"}",
      "just a line of words, not a JSON object");

  static KafkaTestBroker broker;

  @TempDir
  Path dir;

  @BeforeAll
  static void startBroker() throws Exception {
    broker = KafkaTestBroker.start();
  }

  @AfterAll
  static void stopBroker() throws Exception {
    if (broker != null) {
      broker.close();
    }
  }

  /** Articles written for this test, with the bad records among them. */
  static List<String> ownRecords(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(String.format(java.util.Locale.ROOT, "{\"id\": \"own-%d\", \"date\": \"2026-02-%02d\", \"text\":"
          + " \"Report %d: the ministers of two neighbouring states met in the capital on Monday, and the talks"
          + " about the river went on for two days.\"}", i, 1 + i % 27, i));
    }
    out.addAll(5, BAD.subList(0, 1));
    out.addAll(20, BAD.subList(1, 3));
    return out;
  }

  @Test
  void killNineThenRestartNeitherLosesNorDuplicatesEvents() throws Exception {
    String topic = "own-articles";
    List<String> records = ownRecords(60);
    broker.createTopic(topic);
    broker.produce(topic, records);
    long t1 = System.nanoTime();

    // The single run: casus ingest of the same records, with the same test coder.
    Path jsonl = dir.resolve("articles.jsonl");
    Files.write(jsonl, records, StandardCharsets.UTF_8);
    Path reference = dir.resolve("reference.duckdb");
    StringWriter err = new StringWriter();
    FakeCoder coder = new FakeCoder();
    int code = CasusCommand.newCommandLine(() -> coder, InputStream.nullInputStream(),
        new PrintWriter(new StringWriter()), new PrintWriter(err)).execute("ingest", jsonl.toString(), "--db",
        reference.toString(), "--threads", "2");
    assertEquals(0, code, err::toString);

    // kill -9 after the first committed batch
    Path db = dir.resolve("stream.duckdb");
    Process first = child(topic, db, "casus-test", false);
    List<String> firstLines = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch committed = new CountDownLatch(1);
    Thread reader = drain(first, firstLines, committed);
    committed.await(3, TimeUnit.MINUTES);
    first.destroyForcibly();
    first.waitFor(60, TimeUnit.SECONDS);
    reader.join(10_000);
    assertTrue(firstLines.stream().anyMatch(l -> l.startsWith("casus stream: committed")),
        () -> "the consumer committed no batch: " + String.join("\n", firstLines));
    long storedAtKill = count(db, "SELECT count(*) FROM articles");
    long codedAtKill = count(db, "SELECT count(*) FROM articles WHERE status = 'coded'");
    long committedAtKill = broker.committedOffsets("casus-test");
    System.err.printf("casus stream test: killed with %d of %d records committed to Kafka, %d in the store%n",
        committedAtKill, records.size(), storedAtKill);
    assertTrue(committedAtKill > 0, "a batch was committed before the kill");
    assertTrue(committedAtKill <= storedAtKill, "no offset is committed before its record is stored");
    assertTrue(storedAtKill < records.size(), () -> "killed mid-run: " + String.join("\n", firstLines));

    // the store ahead of the offsets, as a kill between the two commits leaves it (once the broker
    // has dropped the killed member, after its session timeout)
    while (!broker.admin().describeConsumerGroups(List.of("casus-test")).all().get(60, TimeUnit.SECONDS).get("casus-test")
        .members().isEmpty()) {
      Thread.sleep(200);
    }
    Map<TopicPartition, OffsetAndMetadata> zero = new HashMap<>();
    for (int p = 0; p < 2; p++) {
      zero.put(new TopicPartition(topic, p), new OffsetAndMetadata(0));
    }
    broker.admin().alterConsumerGroupOffsets("casus-test", zero).all().get(60, TimeUnit.SECONDS);

    // restart: every stored article is delivered again and skipped; the rest is coded
    Process second = child(topic, db, "casus-test", true);
    List<String> secondLines = Collections.synchronizedList(new ArrayList<>());
    Thread reader2 = drain(second, secondLines, new CountDownLatch(1));
    assertTrue(second.waitFor(5, TimeUnit.MINUTES), "the restarted consumer stops at the end of the topic");
    reader2.join(10_000);
    assertEquals(0, second.exitValue(), () -> String.join("\n", secondLines));
    assertEquals(records.size(), broker.committedOffsets("casus-test"), "every offset committed");
    String summary = secondLines.stream().filter(l -> l.contains(" read: ")).findFirst().orElse("");
    assertTrue(summary.startsWith("casus stream: " + records.size() + " read: " + (records.size() - BAD.size()
        - codedAtKill) + " coded, " + codedAtKill + " unchanged"), () -> String.join("\n", secondLines));

    assertEquals(events(reference), events(db), "the events of casus ingest, none lost, none twice");
    assertEquals(count(db, "SELECT count(*) FROM events"), count(db, "SELECT count(DISTINCT event_id) FROM events"));
    assertTrue(count(db, "SELECT count(*) FROM events") > 20, "the test coder gives events");
    assertEquals(records.size() - BAD.size(), count(db, "SELECT count(*) FROM articles WHERE status = 'coded'"));
    assertEquals(BAD.size(), count(db, "SELECT count(*) FROM articles WHERE status = 'refused'"));
    System.err.printf("casus stream test: broker up in %.1f s; ingest, kill -9 and restart %.1f s%n", broker.startSeconds(),
        (System.nanoTime() - t1) / 1e9);
  }

  /** SIGTERM: the batch in hand is stored and its offsets committed, then the summary; exit status 143. */
  @Test
  void sigtermStoresTheBatchInHandAndCommitsItsOffsets() throws Exception {
    String topic = "own-articles-term";
    List<String> records = ownRecords(60);
    broker.createTopic(topic);
    broker.produce(topic, records);
    Path db = dir.resolve("term.duckdb");
    Path errFile = dir.resolve("term.err");
    Process p = child(topic, db, "casus-term", false, true, errFile);
    awaitLine(errFile, "casus stream: committed");
    p.destroy(); // SIGTERM; Process.destroy also closes our end of the child's pipes, hence the file
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the consumer ends after SIGTERM");
    List<String> lines = Files.readAllLines(errFile, StandardCharsets.UTF_8);
    assertEquals(143, p.exitValue(), () -> String.join("\n", lines));
    assertTrue(lines.contains("casus stream: stopping: storing the batch in hand"), () -> String.join("\n", lines));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("casus stream: ") && l.contains(" read: ")),
        () -> "the summary: " + String.join("\n", lines));
    long stored = count(db, "SELECT count(*) FROM articles");
    assertTrue(stored > 0 && stored < records.size(), () -> "stopped mid-run: " + stored);
    assertEquals(stored, broker.committedOffsets("casus-term"), "every stored record's offset is committed, no more");
  }

  @Test
  void theRealPipelineStreamsWhatIngestStores() throws Exception {
    Optional<Path> corpus = SharedData.file(CORPUS);
    assumeTrue(corpus.isPresent(), "needs ../shared/" + CORPUS + " (the team's shared data folder)");
    List<String> records = new ArrayList<>();
    try (Stream<String> lines = Files.lines(corpus.get(), StandardCharsets.UTF_8)) {
      records.addAll(lines.limit(30).toList());
    }
    records.add(BAD.get(2));
    String topic = "corpus-articles";
    broker.createTopic(topic);
    broker.produce(topic, records);
    long t1 = System.nanoTime();

    Path jsonl = dir.resolve("articles.jsonl");
    Files.write(jsonl, records, StandardCharsets.UTF_8);
    Path reference = dir.resolve("reference.duckdb");
    assertEquals(0, casus("ingest", jsonl.toString(), "--db", reference.toString(), "--threads", "2"));

    Path db = dir.resolve("stream.duckdb");
    assertEquals(0, casus("stream", "--bootstrap", broker.bootstrap(), "--topic", topic, "--db", db.toString(),
        "--group", "casus-real", "--threads", "2", "--stop-at-end"));
    assertEquals(events(reference), events(db), "the events of casus ingest");
    assertTrue(count(db, "SELECT count(*) FROM events") > 0, "the corpus items give events");
    assertEquals(1, count(db, "SELECT count(*) FROM articles WHERE status = 'refused'"));

    // the whole topic again under another group: every article is unchanged, nothing is stored twice
    long eventsBefore = count(db, "SELECT count(*) FROM events");
    StringWriter replayErr = new StringWriter();
    assertEquals(0, CasusCommand.newCommandLine(IngestPipelineTest.ENGINE, InputStream.nullInputStream(),
        new PrintWriter(new StringWriter()), new PrintWriter(replayErr)).execute("stream", "--bootstrap",
        broker.bootstrap(), "--topic", topic, "--db", db.toString(), "--group", "casus-replay", "--stop-at-end"),
        replayErr::toString);
    assertTrue(replayErr.toString().contains("casus stream: " + records.size() + " read: 0 coded, "
        + (records.size() - 1) + " unchanged"), replayErr::toString);
    assertEquals(eventsBefore, count(db, "SELECT count(*) FROM events"));
    assertEquals(events(reference), events(db));
    System.err.printf("casus stream test: real pipeline, %d records, %d events, %.1f s%n", records.size(), eventsBefore,
        (System.nanoTime() - t1) / 1e9);
  }

  /** {@code casus} with the given coder; the exit code (standard error printed when not 0). */
  static int casusWith(FakeCoder coder, String... args) {
    StringWriter err = new StringWriter();
    int code = CasusCommand.newCommandLine(() -> coder, InputStream.nullInputStream(),
        new PrintWriter(new StringWriter()), new PrintWriter(err)).execute(args);
    if (code != 0) {
      System.err.println(err);
    }
    return code;
  }

  static int casus(String... args) {
    StringWriter err = new StringWriter();
    int code = CasusCommand.newCommandLine(IngestPipelineTest.ENGINE, InputStream.nullInputStream(),
        new PrintWriter(new StringWriter()), new PrintWriter(err)).execute(args);
    if (code != 0) {
      System.err.println(err);
    }
    return code;
  }

  /** {@code casus stream} with the test coder (100 ms an article) in a JVM of its own, four records per batch. */
  Process child(String topic, Path db, String group, boolean stopAtEnd) throws Exception {
    return child(topic, db, group, stopAtEnd, false);
  }

  /** As {@link #child(String, Path, String, boolean)}; with {@code hooks}, SIGTERM is handled as by {@code casus}. */
  Process child(String topic, Path db, String group, boolean stopAtEnd, boolean hooks) throws Exception {
    return child(topic, db, group, stopAtEnd, hooks, null);
  }

  /** As above, with standard error to a file when {@code errFile} is not null. */
  Process child(String topic, Path db, String group, boolean stopAtEnd, boolean hooks, Path errFile)
      throws Exception {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", cp, StreamChild.class.getName()));
    if (hooks) {
      cmd.add("hooks");
    }
    cmd.addAll(List.of("100",
        "stream", "--bootstrap", broker.bootstrap(), "--topic", topic, "--db", db.toString(), "--group", group,
        "--batch", "4", "--threads", "2", "--consumer-config", "session.timeout.ms=6000"));
    if (stopAtEnd) {
      cmd.add("--stop-at-end");
    }
    ProcessBuilder b = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    if (errFile != null) {
      b.redirectError(errFile.toFile());
    }
    return b.start();
  }

  /** Waits (at most 3 minutes) until a line of the file starts with {@code prefix}. */
  static void awaitLine(Path file, String prefix) throws Exception {
    long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < end) {
      if (Files.exists(file) && Files.readAllLines(file, StandardCharsets.UTF_8).stream().anyMatch(l -> l.startsWith(prefix))) {
        return;
      }
      Thread.sleep(50);
    }
  }

  /** Reads the process's standard error into {@code lines}; counts down at the first committed batch. */
  static Thread drain(Process p, List<String> lines, CountDownLatch committed) {
    Thread t = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          lines.add(line);
          if (line.startsWith("casus stream: committed")) {
            committed.countDown();
          }
        }
      } catch (java.io.IOException e) {
        // the process was killed
      }
      committed.countDown();
    });
    t.setDaemon(true);
    t.start();
    return t;
  }

  static Connection open(Path db) throws Exception {
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    return DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(), p);
  }

  static long count(Path db, String sql) throws Exception {
    try (Connection c = open(db); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** Every stored event as article id, event id and its JSON, in order. */
  static List<String> events(Path db) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = open(db); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT article_id, event_id, json FROM events ORDER BY article_id, event_id")) {
      while (r.next()) {
        out.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3));
      }
    }
    return out;
  }
}
