package org.casus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.casus.ingest.RejectReason;
import org.casus.ingest.Rejection;
import org.casus.model.Article;
import org.casus.model.Event;
import org.casus.pipeline.CodingResult;
import org.casus.store.query.EventQueries;
import org.casus.store.query.EventQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class EventStoreTest {
  static final LocalDate D = LocalDate.of(2024, 4, 13);

  @TempDir
  Path dir;

  /** Three outlets report the same strike; a fourth article reports a meeting of four. */
  public static Map<Article, CodingResult> corpus() {
    Map<Article, CodingResult> m = new java.util.LinkedHashMap<>();
    for (String[] a : new String[][] {{"strike-a", "Reuters"}, {"strike-b", "AP"}, {"strike-c", "Reuters"}}) {
      Article art = Fixtures.article(a[0], D, a[1]);
      m.put(art, new CodingResult(art.id(), 2, List.of(
          Fixtures.event(art.id(), 1, "ISRMIL", "195", "SYRGOV", D, a[0].endsWith("c") ? Fixtures.SYRIA : Fixtures.DAMASCUS,
              Fixtures.killed(a[0].endsWith("a") ? 9 : 7)))));
    }
    Article meet = Fixtures.article("summit", D, "AFP");
    m.put(meet, new CodingResult(meet.id(), 1, MultilateralFoldingTest.meetingOfFour(meet.id())));
    Article other = Fixtures.article("far", D.plusDays(5), "AP");
    m.put(other, new CodingResult(other.id(), 1, List.of(
        Fixtures.event(other.id(), 1, "ISRMIL", "195", "SYRGOV", D.plusDays(5), Fixtures.ALEPPO, Optional.empty()))));
    return m;
  }

  public static RunSummary ingest(EventStore s, Map<Article, CodingResult> corpus) throws StoreException {
    try (IngestRun run = s.beginRun("test", List.of("corpus"), "")) {
      for (Map.Entry<Article, CodingResult> e : corpus.entrySet()) {
        if (!run.isCurrent(e.getKey())) {
          run.coded(e.getKey(), e.getValue());
        }
      }
      run.refused(new Rejection("corpus.jsonl", 7, RejectReason.NOT_ENGLISH, "id x: too few English words"));
      return run.finish();
    }
  }

  @Test
  void ingestStoresFoldsGroupsAndIsIdempotent() throws Exception {
    Path db = dir.resolve("casus.duckdb");
    StoreCounts first;
    try (EventStore s = EventStore.open(db)) {
      RunSummary r = ingest(s, corpus());
      assertEquals(5, r.coded());
      assertEquals(1, r.refused());
      assertEquals(5, r.events(), "3 strikes, 1 multilateral meeting (12 records), 1 later strike");
      first = s.counts();
      assertEquals(6, first.articles());
      assertEquals(5, first.events());
      assertEquals(1, first.multilateral());
      assertEquals(16, first.pairs());
      assertEquals(3, first.groups(), "the three strike reports are one event");
      assertEquals(1, first.multiReportGroups());
      assertEquals(3, first.groupedEvents());
    }
    try (EventStore s = EventStore.open(db)) {
      RunSummary again = ingest(s, corpus());
      assertEquals(0, again.coded());
      assertEquals(5, again.unchanged());
      assertEquals(first.withoutRuns(), s.counts().withoutRuns());
      assertEquals(2, s.counts().runs());
    }
  }

  @Test
  void aGroupIsExplainedAndCountsItsReportsByAcled() throws Exception {
    try (EventStore s = EventStore.open(dir.resolve("g.duckdb"))) {
      ingest(s, corpus());
      EventQueries.GroupReport g = s.queries().group("strike-a-1").orElseThrow();
      assertEquals(3, g.reports());
      assertEquals(3, g.articles());
      assertEquals(2, g.sources(), "Reuters twice, AP once");
      assertEquals("7", g.killed(), "the most conservative figure");
      assertEquals(2, g.killedFigures() - 1, "three reports give a figure");
      assertEquals(List.of("anchor"), g.members().stream().limit(1).map(EventQueries.GroupMember::reason).toList());
      assertTrue(g.members().get(1).reason().startsWith("same dyad ISRMIL>SYRGOV; same day 2024-04-13"),
          g.members().get(1).reason());
      assertEquals("fact|195|ISR>SYR", g.blockKey());
      assertTrue(s.queries().group("no-such-group").isEmpty());
    }
  }

  @Test
  void aChangedArticleReplacesItsEventsAndRegroups() throws Exception {
    try (EventStore s = EventStore.open(dir.resolve("r.duckdb"))) {
      ingest(s, corpus());
      Map<Article, CodingResult> changed = corpus();
      Article b = changed.keySet().stream().filter(a -> a.id().equals("strike-b")).findFirst().orElseThrow();
      Article b2 = new Article(b.id(), b.publicationDate(), b.title(), b.text() + " Later reports moved it.", b.source(),
          b.url());
      changed.remove(b);
      changed.put(b2, new CodingResult(b2.id(), 3, List.of(
          Fixtures.event(b2.id(), 1, "ISRMIL", "195", "SYRGOV", D, Fixtures.ALEPPO, Fixtures.killed(7)))));
      RunSummary r = ingest(s, changed);
      assertEquals(1, r.coded());
      assertEquals(1, r.replaced());
      StoreCounts c = s.counts();
      assertEquals(5, c.events());
      assertEquals(4, c.groups(), "strike-b now lies in Aleppo: a group of its own");
      assertEquals(2, s.queries().group("strike-a-1").orElseThrow().reports());
      assertEquals(0, s.staleBlocks());
    }
  }

  @Test
  void groupsDoNotDependOnTheOrderOfIngest() throws Exception {
    List<Map.Entry<Article, CodingResult>> items = new ArrayList<>(corpus().entrySet());
    Map<String, String> expected = null;
    Random rnd = new Random(7);
    for (int trial = 0; trial < 3; trial++) {
      Collections.shuffle(items, rnd);
      Path db = dir.resolve("order" + trial + ".duckdb");
      try (EventStore s = EventStore.open(db)) {
        // one article per run: every run regroups
        for (Map.Entry<Article, CodingResult> e : items) {
          try (IngestRun run = s.beginRun("test", List.of(), "")) {
            run.coded(e.getKey(), e.getValue());
            run.finish();
          }
        }
        Map<String, String> groups = new TreeMap<>();
        s.queries().events(EventQuery.ALL, row -> groups.put(row.eventId(), row.groupId()));
        if (expected == null) {
          expected = groups;
        } else {
          assertEquals(expected, groups);
        }
      }
    }
  }

  @Test
  void aRunThatStopsBeforeItsCommitLeavesNothingOfItsBatch() throws Exception {
    Path db = dir.resolve("a.duckdb");
    try (EventStore s = EventStore.open(db)) {
      IngestRun run = s.beginRun("test", List.of(), "");
      for (Map.Entry<Article, CodingResult> e : corpus().entrySet()) {
        run.coded(e.getKey(), e.getValue());
      }
      // no finish(): the process "dies" with the batch staged but not committed
    }
    try (EventStore s = EventStore.open(db)) {
      StoreCounts c = s.counts();
      assertEquals(0, c.articles());
      assertEquals(0, c.events());
      assertEquals(0, c.pairs());
      assertEquals(0, c.mentions());
      assertEquals(1, s.closeInterruptedRuns());
      ingest(s, corpus());
      assertEquals(5, s.counts().events());
    }
  }

  @Test
  void anArticleThatFailsIsCodedAgainNextTime() throws Exception {
    Article a = Fixtures.article("boom", D, "");
    try (EventStore s = EventStore.open(dir.resolve("f.duckdb"))) {
      try (IngestRun run = s.beginRun("test", List.of(), "")) {
        run.failed(a, "IllegalStateException: parser choked");
        run.finish();
      }
      assertEquals(1, s.counts().failed());
      try (IngestRun run = s.beginRun("test", List.of(), "")) {
        assertTrue(!run.isCurrent(a), "a failed article is not current");
        Event e = Fixtures.event(a.id(), 1, "KENREB", "190", "KENCOP", D, Fixtures.MOYALE, Fixtures.killed(4));
        run.coded(a, new CodingResult(a.id(), 1, List.of(e)));
        assertEquals(1, run.finish().replaced());
      }
      assertEquals(0, s.counts().failed());
      assertEquals(1, s.counts().events());
    }
  }

  @Test
  void readOnlyAndForeignFilesAreRefusedWithOneLine() throws Exception {
    StoreException missing = assertThrows(StoreException.class, () -> EventStore.openReadOnly(dir.resolve("none.duckdb")));
    assertTrue(missing.getMessage().startsWith("no such database: "), missing.getMessage());
    Path text = dir.resolve("notes.duckdb");
    Files.writeString(text, "not a database at all, just words\n".repeat(200));
    StoreException foreign = assertThrows(StoreException.class, () -> EventStore.open(text));
    assertTrue(foreign.getMessage().contains("not a DuckDB database") || foreign.getMessage().contains("cannot open"),
        foreign.getMessage());
    assertTrue(!foreign.getMessage().contains("\n"));
  }
}
