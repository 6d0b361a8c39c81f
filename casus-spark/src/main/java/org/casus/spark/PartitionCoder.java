package org.casus.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;
import org.casus.ingest.RecordReader;
import org.casus.ingest.Rejection;
import org.casus.model.Article;
import org.casus.pipeline.CodingOptions;
import org.casus.pipeline.CodingResult;
import org.casus.pipeline.EventCoder;
import org.casus.store.EventStore;
import org.casus.store.IngestRun;
import org.casus.store.StoreException;
import org.casus.store.export.ExportOptions;

/**
 * Codes the article records of one Spark partition and returns their events as rows of the event
 * database's flat export table ({@link FlatSchema}), one row per stored report.
 *
 * <p>Records are read as {@link RecordReader} reads them and coded by the executor's one {@link
 * ExecutorCoder}. They are taken {@value #CHUNK} at a time: each chunk is stored in a temporary
 * event database (a DuckDB file in {@code java.io.tmpdir}, deleted after the chunk) through the same
 * {@link IngestRun} that {@code casus ingest} uses, so multilateral folding and every column are the
 * store's, and read back with the store's export query ({@code casus export --per-report}). So the
 * rows of a job are exactly the rows {@code casus ingest} and {@code casus export --format parquet
 * --per-report} give for the same articles, except for three columns: {@code global_id} is {@code
 * (partition << 33) + n} (unique in the job's output, not the numbering of a database),
 * {@code group_id} is null (events are grouped when they are loaded into a database) and {@code
 * stored_at} is when the executor coded the article.
 *
 * <p>A refused record, or an article whose coding throws, gives no row: it is counted in the job's
 * accumulators and named in one line on the executor's standard error. Memory: one chunk's
 * articles and rows at a time.
 *
 * <p>Each call runs on one task thread; the object is immutable and serializable.
 */
final class PartitionCoder implements MapPartitionsFunction<String, Row> {
  private static final long serialVersionUID = 1L;

  /** Articles per temporary database. */
  static final int CHUNK = 256;

  /** The job's counts, summed over the tasks by Spark. */
  record Counts(LongAccumulator read, LongAccumulator coded, LongAccumulator refused, LongAccumulator failed,
      LongAccumulator events) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private final FlatSchema schema;
  /** {@link CodingOptions} is not serializable: its parts are. */
  private final boolean requireDyad;
  private final java.util.EnumSet<org.casus.model.ModeKind> modes;
  private final LocalDate defaultDate;
  private final Counts counts;

  /**
   * @param schema the output table
   * @param options modes to emit, as for {@code casus code --modes}
   * @param defaultDate the publication date of articles without one; null for unknown
   * @param counts where the counts go
   */
  PartitionCoder(FlatSchema schema, CodingOptions options, LocalDate defaultDate, Counts counts) {
    this.schema = schema;
    this.requireDyad = options.requireDyad();
    this.modes = options.modes().map(m -> m.isEmpty() ? java.util.EnumSet.noneOf(org.casus.model.ModeKind.class)
        : java.util.EnumSet.copyOf(m)).orElse(null);
    this.defaultDate = defaultDate;
    this.counts = counts;
  }

  @Override
  public Iterator<Row> call(Iterator<String> records) {
    TaskContext task = TaskContext.get();
    int partition = task == null ? 0 : task.partitionId();
    return new Iterator<>() {
      final ArrayDeque<Row> ready = new ArrayDeque<>();
      long next = (long) partition << 33;
      long recordNo;

      @Override
      public boolean hasNext() {
        while (ready.isEmpty() && records.hasNext()) {
          List<String> chunk = new ArrayList<>(CHUNK);
          while (chunk.size() < CHUNK && records.hasNext()) {
            chunk.add(records.next());
          }
          for (Object[] values : code(chunk, partition, recordNo)) {
            values[schema.index("global_id")] = next++;
            ready.add(RowFactory.create(values));
          }
          recordNo += chunk.size();
        }
        return !ready.isEmpty();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return ready.removeFirst();
      }
    };
  }

  /** Codes one chunk and returns its export rows. */
  List<Object[]> code(List<String> chunk, int partition, long firstRecord) {
    EventCoder coder = ExecutorCoder.get();
    CodingOptions options = modes == null ? new CodingOptions(requireDyad) : new CodingOptions(requireDyad).withModes(modes);
    RecordReader reader = new RecordReader();
    Path dir = null;
    try {
      dir = Files.createTempDirectory("casus-spark");
      List<Object[]> rows = new ArrayList<>();
      try (EventStore store = EventStore.open(dir.resolve("chunk.duckdb"));
          IngestRun run = store.beginRun("casus-spark", List.of("partition " + partition), options.toString())) {
        long n = firstRecord;
        for (String record : chunk) {
          String location = "partition " + partition + ", record " + (++n);
          counts.read().add(1);
          List<Article> ok = new ArrayList<>(1);
          reader.read(record.getBytes(StandardCharsets.UTF_8), location, Optional.ofNullable(defaultDate), ok::add,
              this::refused);
          for (Article a : ok) {
            CodingResult result;
            try {
              result = coder.code(a, options);
            } catch (RuntimeException | StackOverflowError | AssertionError e) {
              String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
              System.err.println("casus-spark: failed to code article " + a.id() + ": " + oneLine(why));
              counts.failed().add(1);
              continue;
            }
            run.coded(a, result);
            counts.coded().add(1);
          }
        }
        run.commitPending();
        store.exporter().readFlat(new ExportOptions(true, false, false), r -> rows.add(schema.values(r)));
      }
      counts.events().add(rows.size());
      return rows;
    } catch (IOException e) {
      throw new IllegalStateException("casus-spark: cannot create a temporary database: " + e.getMessage(), e);
    } catch (StoreException e) {
      throw new IllegalStateException("casus-spark: temporary database: " + e.getMessage(), e);
    } finally {
      deleteQuietly(dir);
    }
  }

  private void refused(Rejection r) {
    System.err.println("casus-spark: refused " + r.message());
    counts.refused().add(1);
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(dir);
    } catch (IOException ignored) {
      // a temporary file left behind; the executor's temporary directory is cleaned with it
    }
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }
}
