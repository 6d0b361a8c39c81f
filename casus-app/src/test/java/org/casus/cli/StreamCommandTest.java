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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.casus.testsupport.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code casus stream} against a real Kafka broker (KRaft, one combined node) started in this JVM:
 * a consumer process is killed with {@code kill -9} after its first committed batch and started
 * again; the database then holds exactly the events of {@code casus ingest} of the same articles,
 * none lost, none twice. A second consumer group that reads the whole topic again stores nothing
 * new (every article is unchanged by its content hash).
 */
class StreamCommandTest {
  static final String CORPUS = "corpus/wikipedia_current_events/articles.jsonl";
  static final int ITEMS = 40;
  static final String TOPIC = "articles";

  /** Records of our own that are not articles casus codes: refused, stored as refused, counted. */
  static final List<String> BAD = List.of(
      "{\"id\": \"broken-1\", \"text\": \"The record stops here",
      "{\"text\": \"A record without an id: the council met on Friday to discuss the harbour budget.\"}",
      "just a line of words, not a JSON object");

  @TempDir
  Path dir;

  @Test
  void killNineThenRestartNeitherLosesNorDuplicatesEvents() throws Exception {
    Optional<Path> corpus = SharedData.file(CORPUS);
    assumeTrue(corpus.isPresent(), "needs ../shared/" + CORPUS + " (the team's shared data folder)");
    List<String> records = new ArrayList<>();
    try (Stream<String> lines = Files.lines(corpus.get(), StandardCharsets.UTF_8)) {
      records.addAll(lines.limit(ITEMS).toList());
    }
    records.addAll(3, BAD.subList(0, 1));
    records.addAll(17, BAD.subList(1, 3));
    long t0 = System.nanoTime();
    try (KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
        .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
        // one broker: the internal topics (consumer offsets) cannot have the default 3 replicas
        .setConfigProp("offsets.topic.replication.factor", "1")
        .setConfigProp("offsets.topic.num.partitions", "1")
        .setConfigProp("transaction.state.log.replication.factor", "1")
        .setConfigProp("group.initial.rebalance.delay.ms", "0")
        .build()) {
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
      String bootstrap = cluster.bootstrapServers();
      double brokerSeconds = (System.nanoTime() - t0) / 1e9;
      try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
        admin.createTopics(List.of(new NewTopic(TOPIC, 2, (short) 1))).all().get(60, TimeUnit.SECONDS);
        produce(bootstrap, records);

        // The single run: casus ingest of the same records, in this JVM.
        Path jsonl = dir.resolve("articles.jsonl");
        Files.write(jsonl, records, StandardCharsets.UTF_8);
        Path reference = dir.resolve("reference.duckdb");
        StringWriter err = new StringWriter();
        int code = CasusCommand.newCommandLine(IngestPipelineTest.ENGINE, InputStream.nullInputStream(),
            new PrintWriter(new StringWriter()), new PrintWriter(err)).execute("ingest", jsonl.toString(), "--db",
            reference.toString(), "--threads", "2");
        assertEquals(0, code, err::toString);

        // kill -9 after the first committed batch
        Path db = dir.resolve("stream.duckdb");
        long t1 = System.nanoTime();
        Process first = consumer(bootstrap, db, "casus-test", false);
        List<String> firstLines = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch committed = new CountDownLatch(1);
        Thread reader = drain(first, firstLines, committed);
        boolean sawCommit = committed.await(3, TimeUnit.MINUTES);
        first.destroyForcibly();
        first.waitFor(60, TimeUnit.SECONDS);
        reader.join(10_000);
        assertTrue(sawCommit && firstLines.stream().anyMatch(l -> l.startsWith("casus stream: committed")),
            () -> "the consumer committed no batch: " + String.join("\n", firstLines));
        long storedAtKill = count(db, "SELECT count(*) FROM articles");
        long committedAtKill = committedOffsets(admin, "casus-test");
        System.err.printf("casus stream test: killed after %d of %d records committed to Kafka, %d in the store%n",
            committedAtKill, records.size(), storedAtKill);
        assertTrue(committedAtKill > 0, "a batch was committed before the kill");
        assertTrue(committedAtKill <= storedAtKill, "no offset is committed before its article is stored");
        assertTrue(storedAtKill < records.size(), () -> "killed mid-run: " + firstLines);

        // restart: it resumes at the committed offsets and reads to the end
        Process second = consumer(bootstrap, db, "casus-test", true);
        List<String> secondLines = Collections.synchronizedList(new ArrayList<>());
        Thread reader2 = drain(second, secondLines, new CountDownLatch(1));
        assertTrue(second.waitFor(10, TimeUnit.MINUTES), "the restarted consumer ends at the end of the topic");
        reader2.join(10_000);
        assertEquals(0, second.exitValue(), () -> String.join("\n", secondLines));
        double streamSeconds = (System.nanoTime() - t1) / 1e9;
        assertEquals(records.size(), committedOffsets(admin, "casus-test"), "every offset committed");
        String summary = secondLines.stream().filter(l -> l.contains(" read: ")).findFirst().orElse("");
        assertTrue(summary.contains((storedAtKill - committedAtKill) + " unchanged"),
            () -> "records stored but not committed before the kill are read again and skipped: " + summary);

        assertEquals(events(reference), events(db), "the events of casus ingest, none lost, none twice");
        assertEquals(count(db, "SELECT count(*) FROM events"), count(db, "SELECT count(DISTINCT event_id) FROM events"));
        assertEquals(count(reference, "SELECT count(*) FROM articles WHERE status = 'coded'"),
            count(db, "SELECT count(*) FROM articles WHERE status = 'coded'"));
        assertEquals(BAD.size(), count(db, "SELECT count(*) FROM articles WHERE status = 'refused'"));
        assertTrue(count(db, "SELECT count(*) FROM events") > 0, "the corpus items give events");

        // the whole topic again under another group: every article is unchanged, nothing is stored twice
        long eventsBefore = count(db, "SELECT count(*) FROM events");
        StringWriter replayErr = new StringWriter();
        int replay = CasusCommand.newCommandLine(IngestPipelineTest.ENGINE, InputStream.nullInputStream(),
            new PrintWriter(new StringWriter()), new PrintWriter(replayErr)).execute("stream", "--bootstrap", bootstrap,
            "--topic", TOPIC, "--db", db.toString(), "--group", "casus-replay", "--stop-at-end");
        assertEquals(0, replay, replayErr::toString);
        assertTrue(replayErr.toString().contains((records.size() - BAD.size()) + " unchanged"), replayErr::toString);
        assertEquals(eventsBefore, count(db, "SELECT count(*) FROM events"));
        System.err.printf("casus stream test: broker up in %.1f s; kill -9, restart and replay %.1f s; %d events%n",
            brokerSeconds, streamSeconds, eventsBefore);
      }
    }
  }

  static void produce(String bootstrap, List<String> records) throws Exception {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
      for (int i = 0; i < records.size(); i++) {
        producer.send(new ProducerRecord<>(TOPIC, i % 2, null, records.get(i).getBytes(StandardCharsets.UTF_8)));
      }
      producer.flush();
    }
  }

  /** {@code casus stream} in a JVM of its own, four records per batch. */
  Process consumer(String bootstrap, Path db, String group, boolean stopAtEnd) throws Exception {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx3500m", "-Xss8m", "-cp", cp, CasusCommand.class.getName(),
        "stream", "--bootstrap", bootstrap, "--topic", TOPIC, "--db", db.toString(), "--group", group, "--batch", "4",
        "--threads", "2"));
    if (stopAtEnd) {
      cmd.add("--stop-at-end");
    }
    return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
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

  static long committedOffsets(Admin admin, String group) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> m = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
        .get(60, TimeUnit.SECONDS);
    return m.values().stream().filter(o -> o != null).mapToLong(OffsetAndMetadata::offset).sum();
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
