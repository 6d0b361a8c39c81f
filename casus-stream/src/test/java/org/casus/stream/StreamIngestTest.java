package org.casus.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.casus.ingest.Rejection;
import org.casus.model.Article;
import org.casus.pipeline.CodingOptions;
import org.casus.pipeline.CodingResult;
import org.casus.pipeline.EventCoder;
import org.casus.store.EventStore;
import org.casus.store.IngestRun;
import org.casus.store.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link StreamIngest} on Kafka's {@link MockConsumer}, without a broker or CoreNLP: each offset is
 * committed only once the store holds its record; refusals and coding failures are stored and
 * counted; the same records read again store nothing new.
 */
class StreamIngestTest {
  static final TopicPartition P0 = new TopicPartition("t", 0);

  @TempDir
  Path dir;

  /** Three articles in our own words, a record that is not JSON, and an article the coder fails on. */
  static final List<String> RECORDS = List.of(
      "{\"id\": \"a1\", \"date\": \"2026-03-02\", \"text\": \"The two delegations met at the lake on Monday and agreed to meet again in spring.\"}",
      "not a JSON object at all",
      "{\"id\": \"a2\", \"text\": \"The harbour workers went on strike for the third day, and the port stayed closed to ships.\"}",
      "{\"id\": \"boom\", \"text\": \"This article makes the test coder throw, as a bug in a rule would do.\"}",
      "{\"id\": \"a3\", \"text\": \"The council of the northern province voted to build a new bridge over the river this year.\"}");

  /** Stores nothing: the store's handling of events is tested in casus-store. */
  static final EventCoder CODER = new EventCoder() {
    @Override
    public CodingResult code(Article a) {
      if (a.id().equals("boom")) {
        throw new IllegalStateException("a rule broke");
      }
      return new CodingResult(a.id(), 1, List.of());
    }
  };

  /** A mock consumer that records, at each offset commit, how many articles the store holds committed. */
  static final class Recording extends MockConsumer<byte[], byte[]> {
    final List<long[]> commits = new ArrayList<>();
    EventStore store;

    Recording() {
      super("earliest");
      schedulePollTask(() -> {
        rebalance(List.of(P0));
        updateBeginningOffsets(Map.of(P0, 0L));
        for (int i = 0; i < RECORDS.size(); i++) {
          addRecord(new ConsumerRecord<>("t", 0, i, null, RECORDS.get(i).getBytes(StandardCharsets.UTF_8)));
        }
        updateEndOffsets(Map.of(P0, (long) RECORDS.size()));
      });
    }

    @Override
    public synchronized void commitSync(Map<TopicPartition, OffsetAndMetadata> offsets) {
      try {
        commits.add(new long[] {offsets.get(P0).offset(), store.counts().articles()});
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      super.commitSync(offsets);
    }
  }

  RunSummary stream(Path db, Recording consumer, List<String> lines) throws Exception {
    try (EventStore store = EventStore.open(db); IngestRun run = store.beginRun("test", List.of("kafka:t"), "")) {
      consumer.store = store;
      AtomicInteger builds = new AtomicInteger();
      StreamIngest s = new StreamIngest(consumer, new StreamIngest.Settings("t", 2, 64, true, Optional.empty(),
          CodingOptions.DEFAULT), store, run, () -> {
            builds.incrementAndGet();
            return CODER;
          }, new StreamIngest.Listener() {
            @Override
            public void refused(Rejection r) {
              lines.add("refused " + r.message());
            }

            @Override
            public void failed(Article a, Throwable e) {
              lines.add("failed " + a.id() + ": " + e.getMessage());
            }
          });
      s.run();
      lines.add("coder built " + builds.get());
      return run.finish();
    }
  }

  @Test
  void offsetsFollowTheStoreAndAReplayStoresNothingNew() throws Exception {
    Path db = dir.resolve("s.duckdb");
    Recording first = new Recording();
    List<String> lines = new ArrayList<>();
    RunSummary s = stream(db, first, lines);
    assertEquals(5, s.read());
    assertEquals(3, s.coded());
    assertEquals(1, s.refused());
    assertEquals(1, s.failed());
    assertEquals(List.of("refused t:0:1: malformed JSON: not a JSON object", "failed boom: a rule broke",
        "coder built 1"), lines);
    assertTrue(first.closed(), "the consumer is closed");
    assertEquals(1, first.commits.size());
    assertEquals(5, first.commits.get(0)[0], "the next offset");
    assertEquals(5, first.commits.get(0)[1], "every record of the batch was in the store when its offset was committed");

    // the same records again (a redelivery): nothing is coded or stored again but the failed article
    List<String> again = new ArrayList<>();
    RunSummary r = stream(db, new Recording(), again);
    assertEquals(3, r.unchanged());
    assertEquals(0, r.coded());
    assertEquals(1, r.failed());
    try (EventStore store = EventStore.openReadOnly(db)) {
      assertEquals(5, store.counts().articles());
    }
  }
}
