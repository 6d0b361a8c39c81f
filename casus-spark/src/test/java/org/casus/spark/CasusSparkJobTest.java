package org.casus.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.casus.ingest.ArticleReader;
import org.casus.model.Article;
import org.casus.pipeline.CodingOptions;
import org.casus.pipeline.CodingResult;
import org.casus.pipeline.EventCoder;
import org.casus.store.EventStore;
import org.casus.store.IngestRun;
import org.casus.store.export.ExportFormat;
import org.casus.store.export.ExportOptions;
import org.casus.store.export.Exporter;
import org.casus.testsupport.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job with {@code local[2]} (two executor threads sharing one pipeline, as two cores of
 * one executor do) against the single-JVM run of the same articles: {@code casus ingest} into an
 * event database and {@code casus export --format parquet --per-report}. Every row must be equal,
 * column by column, except the three columns that the job documents as its own ({@code global_id},
 * {@code group_id}, {@code stored_at}).
 */
class CasusSparkJobTest {
  static final String CORPUS = "corpus/wikipedia_current_events/articles.jsonl";
  static final int ITEMS = 200;
  static final List<String> JOB_OWN = List.of("global_id", "group_id", "stored_at");

  static SparkSession spark;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("casus-test")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void sparkOutputEqualsTheSingleJvmRunEventForEvent() throws Exception {
    Optional<Path> corpus = SharedData.file(CORPUS);
    assumeTrue(corpus.isPresent(), "needs ../shared/" + CORPUS + " (the team's shared data folder)");
    Path in = dir.resolve("articles.jsonl");
    try (Stream<String> lines = Files.lines(corpus.get(), StandardCharsets.UTF_8)) {
      Files.write(in, lines.limit(ITEMS).toList(), StandardCharsets.UTF_8);
    }

    boolean loaded = ExecutorCoder.builds() > 0;
    long t0 = System.nanoTime();
    Path out = dir.resolve("events-spark");
    CasusSparkJob.Summary s = CasusSparkJob.run(spark, new CasusSparkJob.Options(in.toString(), out.toString(), false,
        null, CodingOptions.DEFAULT, 0));
    double sparkSeconds = (System.nanoTime() - t0) / 1e9;
    assertEquals(ITEMS, s.read(), s::toString);
    assertEquals(ITEMS, s.coded() + s.refused() + s.failed(), s::toString);
    assertEquals(0, s.failed(), s::toString);
    assertEquals(1, ExecutorCoder.builds(), "one pipeline per executor JVM");

    long t1 = System.nanoTime();
    Path reference = dir.resolve("events-ingest.parquet");
    singleJvmRun(in, dir.resolve("ingest.duckdb"), reference);
    double singleSeconds = (System.nanoTime() - t1) / 1e9;

    Dataset<Row> job = spark.read().parquet(out.toString());
    Dataset<Row> ref = spark.read().parquet(reference.toString());
    assertEquals(List.of(ref.columns()), List.of(job.columns()), "the store's export columns, in order");
    assertEquals(Exporter.FLAT_COLUMNS, List.of(job.columns()));
    assertEquals(List.of(ref.schema().fields()).stream().map(f -> f.name() + " " + f.dataType()).toList(),
        List.of(job.schema().fields()).stream().map(f -> f.name() + " " + f.dataType()).toList());
    long events = job.count();
    assertEquals(ref.count(), events, "events");
    assertEquals(s.events(), events);
    assertTrue(events >= ITEMS / 10, "the corpus items give events: " + events);
    assertEquals(events, job.select("global_id").distinct().count(), "global_id is unique");

    String[] own = JOB_OWN.toArray(String[]::new);
    Dataset<Row> a = job.drop(own);
    Dataset<Row> b = ref.drop(own);
    List<Row> onlyJob = a.exceptAll(b).collectAsList();
    List<Row> onlyRef = b.exceptAll(a).collectAsList();
    assertTrue(onlyJob.isEmpty() && onlyRef.isEmpty(), () -> "rows only in the Spark output: " + onlyJob
        + "\nrows only in the single-JVM run: " + onlyRef);

    System.err.printf("casus-spark test: %d items, %d events; Spark job %.1f s (%s), single-JVM run"
        + " %.1f s; peak heap %d MB%n", ITEMS, events, sparkSeconds, loaded ? "models loaded before" : "with the model load",
        singleSeconds, peakHeapMb());
  }

  /** Articles of our own as Parquet (one without an id): the same rows as the same records as JSON Lines. */
  @Test
  void parquetArticlesGiveTheRowsOfTheSameJsonLines() throws Exception {
    List<String> records = List.of(
        "{\"id\": \"p1\", \"date\": \"2026-04-07\", \"title\": \"Border\", \"text\": \"Soldiers of Kenya"
            + " attacked a camp of the rebels near Moyale on Tuesday, and four rebels were killed.\"}",
        "{\"id\": \"p2\", \"date\": \"2026-04-08\", \"text\": \"The foreign minister of Ethiopia met the"
            + " president of Kenya in Nairobi on Wednesday to talk about the border.\"}",
        "{\"date\": \"2026-04-08\", \"text\": \"A record without an id cannot be stored.\"}");
    Path jsonl = dir.resolve("own.jsonl");
    Files.write(jsonl, records, StandardCharsets.UTF_8);
    Path parquet = dir.resolve("own.parquet");
    spark.read().json(jsonl.toString()).write().parquet(parquet.toString());

    Path fromJson = dir.resolve("from-json");
    Path fromParquet = dir.resolve("from-parquet");
    CasusSparkJob.Summary a = CasusSparkJob.run(spark, new CasusSparkJob.Options(jsonl.toString(), fromJson.toString(),
        false, null, CodingOptions.DEFAULT, 0));
    CasusSparkJob.Summary b = CasusSparkJob.run(spark, CasusSparkJob.parse(new String[] {"--in", parquet.toString(),
        "--out", fromParquet.toString()}));
    assertEquals("casus-spark: 3 read: 2 coded, 1 refused, 0 failed; " + a.events() + " events", a.toString());
    assertEquals(a.toString(), b.toString());
    assertTrue(a.events() > 0, a::toString);
    String[] own = JOB_OWN.toArray(String[]::new);
    Dataset<Row> x = spark.read().parquet(fromJson.toString()).drop(own);
    Dataset<Row> y = spark.read().parquet(fromParquet.toString()).drop(own);
    assertEquals(0, x.exceptAll(y).count());
    assertEquals(0, y.exceptAll(x).count());
  }

  @Test
  void misuseIsNamed() {
    assertEquals("--in and --out are required", assertThrows(IllegalArgumentException.class,
        () -> CasusSparkJob.parse(new String[] {"--in", "x.jsonl"})).getMessage());
    assertEquals("--format: expected jsonl or parquet, got csv", assertThrows(IllegalArgumentException.class,
        () -> CasusSparkJob.parse(new String[] {"--in", "x", "--out", "y", "--format", "csv"})).getMessage());
    assertEquals("--partitions: expected a number of at least 1, got 0", assertThrows(IllegalArgumentException.class,
        () -> CasusSparkJob.parse(new String[] {"--in", "x", "--out", "y", "--partitions", "0"})).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> CasusSparkJob.parse(new String[] {"--in", "x",
        "--out", "y", "--modes", "asserted,maybe"})).getMessage().startsWith("--modes: unknown mode 'maybe'"));
    assertEquals(true, CasusSparkJob.parse(new String[] {"--in", "a.parquet", "--out", "y"}).parquetIn());
    assertEquals(false, CasusSparkJob.parse(new String[] {"--in", "a.parquet", "--out", "y", "--format", "jsonl"})
        .parquetIn());
  }

  /** {@code casus ingest} (two coding threads, stored in input order) and {@code casus export --per-report}. */
  static void singleJvmRun(Path in, Path db, Path parquet) throws Exception {
    List<Article> articles = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    new ArticleReader().read(List.of(in.toString()), Optional.empty(), articles::add, r -> refused.add(r.message()));
    EventCoder coder = ExecutorCoder.get();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (EventStore store = EventStore.open(db); IngestRun run = store.beginRun("test", List.of(in.toString()), "")) {
      List<Future<CodingResult>> results = new ArrayList<>();
      for (Article a : articles) {
        results.add(pool.submit(() -> coder.code(a, CodingOptions.DEFAULT)));
      }
      for (int i = 0; i < articles.size(); i++) {
        run.coded(articles.get(i), results.get(i).get());
      }
      run.finish();
      store.exporter().export(ExportFormat.PARQUET, new ExportOptions(true, false, false), parquet);
    } finally {
      pool.shutdownNow();
    }
  }

  static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }
}
