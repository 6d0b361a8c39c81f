package org.casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.casus.store.EventStore;
import org.casus.store.query.EventQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code casus serve --stream}: the Kafka consumer inside the server (with the test coder, no
 * models). Records produced while the server runs appear in {@code GET /api/events}, in two waves;
 * then the server is stopped, every offset is committed, and the database holds exactly the events
 * of {@code casus ingest} of the same records. An article posted with {@code store=true} between
 * the waves, which the second wave brings again, is replaced by the consumer, not stored twice.
 */
class ServeStreamTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void eventsAppearAsTheyArriveAndStoppingCommitsTheOffsets() throws Exception {
    try (KafkaTestBroker broker = KafkaTestBroker.start()) {
      long t0 = System.nanoTime();
      String topic = "serve-articles";
      broker.createTopic(topic);
      List<String> records = StreamCommandTest.ownRecords(20); // 20 articles and 3 records that are not
      List<String> first = records.subList(0, 10);

      // what casus ingest stores from the same records with the same coder: the first ten, then all
      Path jsonl = dir.resolve("articles.jsonl");
      Path reference = dir.resolve("reference.duckdb");
      Files.write(jsonl, first, StandardCharsets.UTF_8);
      assertEquals(0, StreamCommandTest.casusWith(new FakeCoder(), "ingest", jsonl.toString(), "--db",
          reference.toString()));
      long firstEvents = apiCount(reference);
      Files.write(jsonl, records, StandardCharsets.UTF_8);
      assertEquals(0, StreamCommandTest.casusWith(new FakeCoder(), "ingest", jsonl.toString(), "--db",
          reference.toString()));
      long allEvents = apiCount(reference);
      assertTrue(firstEvents > 0 && allEvents > firstEvents, "the test coder gives events: " + firstEvents + ", "
          + allEvents);

      Path db = dir.resolve("served.duckdb");
      StringWriter err = new StringWriter();
      FakeCoder coder = new FakeCoder();
      CommandLine cl = CasusCommand.newCommandLine(() -> coder, InputStream.nullInputStream(),
          new PrintWriter(new StringWriter()), new PrintWriter(err, true));
      ServeCommand serve = cl.getSubcommands().get("serve").getCommand();
      AtomicInteger exit = new AtomicInteger(-1);
      Thread server = new Thread(() -> exit.set(cl.execute("serve", "--db", db.toString(), "--port", "0", "--stream",
          "--bootstrap", broker.bootstrap(), "--topic", topic, "--group", "casus-serve")), "serve-under-test");
      server.start();
      int port = serve.awaitPort(60_000);
      assertTrue(port > 0, err::toString);
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + port;
      assertEquals(0, get(http, base + "/api/status").path("events").asLong(), "an empty database at first");

      broker.produce(topic, first);
      assertEquals(firstEvents, awaitTotal(http, base, firstEvents), err::toString);
      // another writer between batches: a posted article, stored, that the topic brings again later
      String posted = records.get(12);
      HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(base + "/api/code?store=true"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(posted)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, post.statusCode(), post::body);
      assertTrue(JSON.readTree(post.body()).path("stored").asBoolean(), post::body);
      broker.produce(topic, records.subList(10, records.size()));
      assertEquals(allEvents, awaitTotal(http, base, allEvents), err::toString);
      assertEquals(allEvents, get(http, base + "/api/status").path("events").asLong());

      serve.stop();
      server.join(TimeUnit.MINUTES.toMillis(2));
      assertEquals(0, exit.get(), err::toString);
      String lines = err.toString();
      assertTrue(lines.contains("casus serve: stream stopped: " + records.size() + " read: 20 coded, 0 unchanged,"
          + " 1 replaced, 3 refused, 0 failed"), lines);
      assertEquals(records.size(), broker.committedOffsets("casus-serve"), "every offset committed at the stop");
      assertEquals(StreamCommandTest.events(reference), StreamCommandTest.events(db),
          "the events of casus ingest, none lost, none twice");
      assertEquals(3, StreamCommandTest.count(db, "SELECT count(*) FROM articles WHERE status = 'refused'"));
      System.err.printf("casus serve --stream test: broker up in %.1f s; the rest %.1f s%n", broker.startSeconds(),
          (System.nanoTime() - t0) / 1e9);
    }
  }

  /** The event count the API gives for a database ({@code GET /api/status}'s query). */
  private static long apiCount(Path db) throws Exception {
    try (EventStore s = EventStore.openReadOnly(db)) {
      return s.queries().count(EventQuery.ALL);
    }
  }

  /** Polls {@code GET /api/events} (at most 2 minutes) until its total reaches {@code want}; the last total. */
  private static long awaitTotal(HttpClient http, String base, long want) throws Exception {
    long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    long total = -1;
    while (System.nanoTime() < end) {
      total = get(http, base + "/api/events?limit=1").path("total").asLong();
      if (total >= want) {
        return total;
      }
      Thread.sleep(100);
    }
    return total;
  }

  private static JsonNode get(HttpClient http, String url) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r::body);
    return JSON.readTree(r.body());
  }
}
