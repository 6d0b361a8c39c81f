package org.casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.casus.store.EventStore;
import org.casus.store.StoreCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** casus ingest, query and export on the command line, with the {@link FakeCoder} (no CoreNLP). */
class StoreCommandsTest {
  @TempDir
  Path dir;

  StringWriter out = new StringWriter();
  StringWriter err = new StringWriter();

  int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    FakeCoder coder = new FakeCoder();
    return CasusCommand.newCommandLine(() -> coder, InputStream.nullInputStream(), new PrintWriter(out),
        new PrintWriter(err)).execute(args);
  }

  /** A JSON Lines corpus: n articles over 20 days, every 50th with empty text (refused). */
  Path corpus(int n) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String text = i % 50 == 49 ? "" : "Officials said the talks in the capital would go on after the ceasefire.";
      lines.add("{\"id\":\"a" + i + "\",\"date\":\"" + LocalDate.of(2025, 6, 1).plusDays(i % 20) + "\",\"source\":\"outlet"
          + (i % 7) + "\",\"text\":\"" + text + "\"}");
    }
    Path f = dir.resolve("corpus.jsonl");
    Files.write(f, lines, StandardCharsets.UTF_8);
    return f;
  }

  static StoreCounts counts(Path db) throws Exception {
    try (EventStore s = EventStore.openReadOnly(db)) {
      return s.counts();
    }
  }

  @Test
  void ingestTwiceChangesNothingAndQueryAndExportRead() throws Exception {
    Path f = corpus(300);
    Path db = dir.resolve("c.duckdb");
    assertEquals(0, run("ingest", f.toString(), "--db", db.toString(), "--threads", "2"), err::toString);
    String summary = err.toString();
    assertTrue(summary.contains("300 read: 294 coded, 0 unchanged, 0 replaced, 6 refused, 0 failed"), summary);
    assertTrue(summary.contains("casus ingest: refused "), summary);
    StoreCounts first = counts(db);
    assertEquals(300, first.articles());
    assertTrue(first.events() > 100 && first.multilateral() > 0 && first.multiReportGroups() > 0, first.toString());

    assertEquals(0, run("ingest", f.toString(), "--db", db.toString()), err::toString);
    assertTrue(err.toString().contains("300 read: 0 coded, 294 unchanged"), err.toString());
    assertEquals(first.withoutRuns(), counts(db).withoutRuns());

    assertEquals(0, run("query", "--db", db.toString(), "--count"), err::toString);
    assertEquals(String.valueOf(first.events()), out.toString().strip());
    assertEquals(0, run("query", "--db", db.toString(), "--dyad", "ISR,SYR", "--format", "jsonl"), err::toString);
    List<String> lines = out.toString().lines().toList();
    assertTrue(!lines.isEmpty() && lines.stream().allMatch(l -> l.startsWith("{") && l.contains("\"group_id\"")));
    assertEquals(0, run("query", "--db", db.toString(), "--country", "SYR", "--from", "2025-06-01", "--to",
        "2025-06-30", "--by", "day"), err::toString);
    assertTrue(out.toString().lines().allMatch(l -> l.matches("2025-06-\\d\\d +\\d+")), out.toString());
    assertEquals(0, run("query", "--db", db.toString(), "--text", "ceasefire", "--limit", "3"), err::toString);
    assertEquals(4, out.toString().lines().count(), "a header and three events");

    // the largest group, explained
    String group;
    try (EventStore s = EventStore.openReadOnly(db)) {
      List<String> ids = new ArrayList<>();
      s.queries().events(org.casus.store.query.EventQuery.ALL, r -> ids.add(r.groupId()));
      group = ids.stream().filter(g -> ids.stream().filter(g::equals).count() > 1).findFirst().orElseThrow();
    }
    assertEquals(0, run("query", "--db", db.toString(), "--group", group), err::toString);
    assertTrue(out.toString().startsWith("event group " + group + ": "), out.toString());
    assertTrue(out.toString().contains("why: anchor") && out.toString().contains("why: same "), out.toString());

    assertEquals(0, run("export", "--db", db.toString(), "--format", "gdelt"), err::toString);
    assertEquals(first.groups(), out.toString().lines().count());
    assertTrue(out.toString().lines().allMatch(l -> l.split("\t", -1).length == 61));
    Path parquet = dir.resolve("e.parquet");
    assertEquals(0, run("export", "--db", db.toString(), "--format", "parquet", "--out", parquet.toString()),
        err::toString);
    assertTrue(Files.size(parquet) > 0);
  }

  @Test
  void misuseAndMissingDatabaseGiveOneLine() throws Exception {
    assertEquals(2, run("export", "--db", dir.resolve("x.duckdb").toString(), "--format", "parquet"));
    assertEquals(1, err.toString().lines().count(), err::toString);
    assertEquals(1, run("query", "--db", dir.resolve("none.duckdb").toString()));
    assertTrue(err.toString().startsWith("casus query: error: no such database: "), err.toString());
    assertEquals(2, run("query", "--db", "x", "--dyad", "ISR"));
    assertEquals(2, run("query", "--db", "x", "--root", "21"));
    assertEquals(2, run("ingest", "--db", dir.resolve("i.duckdb").toString(), dir.resolve("missing.jsonl").toString()));
  }

  private Process child(long sleepMs, Path marker, int markAt, String... casus) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", System.getProperty("java.class.path"), IngestChild.class.getName(),
        String.valueOf(sleepMs), marker.toString(), String.valueOf(markAt)));
    cmd.addAll(List.of(casus));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
  }

  private static void await(Path marker, Process p, long seconds) throws Exception {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!Files.exists(marker)) {
      if (!p.isAlive()) {
        throw new AssertionError("child ended (exit " + p.exitValue() + ") before " + marker);
      }
      if (System.nanoTime() > until) {
        p.destroyForcibly();
        throw new AssertionError("child did not reach " + marker + " in " + seconds + " s");
      }
      Thread.sleep(20);
    }
  }

  /**
   * Issue 15, done-when 2: a real child JVM ingests, is killed with SIGKILL half way, and a second
   * ingest finds exactly the counts of an uninterrupted run.
   */
  @Test
  void killNineHalfWayThenRestartGivesTheCountsOfAnUninterruptedRun() throws Exception {
    int n = 1500;
    Path f = corpus(n);
    Path whole = dir.resolve("whole.duckdb");
    assertEquals(0, run("ingest", f.toString(), "--db", whole.toString(), "--threads", "2"), err::toString);
    StoreCounts expected = counts(whole);

    Path db = dir.resolve("killed.duckdb");
    Path half = dir.resolve("half");
    Process p = child(2, half, n / 2, "ingest", f.toString(), "--db", db.toString(), "--threads", "2");
    await(half, p, 120);
    p.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no close
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(137, p.exitValue(), "killed by SIGKILL");

    StoreCounts cut = counts(db);
    assertTrue(cut.articles() > 0 && cut.articles() < n, "killed mid-way: " + cut);
    assertEquals(cut.coded() + cut.refused(), cut.articles());

    assertEquals(0, run("ingest", f.toString(), "--db", db.toString(), "--threads", "2"), err::toString);
    assertTrue(err.toString().contains("1 earlier run did not finish"), err.toString());
    assertEquals(expected.withoutRuns(), counts(db).withoutRuns());
  }

  @Test
  void aSecondProcessIsToldTheDatabaseIsInUse() throws Exception {
    Path f = corpus(400);
    Path db = dir.resolve("locked.duckdb");
    Path started = dir.resolve("started");
    Process p = child(200, started, 1, "ingest", f.toString(), "--db", db.toString(), "--threads", "1");
    try {
      await(started, p, 120);
      assertEquals(1, run("query", "--db", db.toString(), "--count"));
      List<String> lines = err.toString().lines().toList();
      assertEquals(1, lines.size(), err::toString);
      assertTrue(lines.get(0).startsWith("casus query: error: " + db + ": in use by another process (process "
          + p.pid()), lines.get(0));
      assertEquals(1, run("ingest", f.toString(), "--db", db.toString()));
      assertTrue(err.toString().contains("in use by another process"), err.toString());
    } finally {
      p.destroyForcibly();
      p.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
