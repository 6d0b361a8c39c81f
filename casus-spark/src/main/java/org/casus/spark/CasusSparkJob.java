package org.casus.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.functions;
import org.casus.pipeline.CodingOptions;
import org.casus.store.EventStore;
import org.casus.store.StoreException;
import org.casus.store.export.ExportOptions;

/**
 * The casus pipeline as a Spark job: articles in (JSON Lines, one record per line as {@code casus
 * code} reads them, or Parquet with the columns {@code id}, {@code text} or {@code html}, and
 * optionally {@code date}, {@code title}, {@code source}, {@code url}), events out as Parquet with
 * the event database's export columns (see {@link PartitionCoder} for the three columns that
 * differ from {@code casus export --per-report}).
 *
 * <p>Usage: {@code CasusSparkJob --in PATH --out DIR [--format jsonl|parquet] [--date YYYY-MM-DD]
 * [--modes MODE,...] [--partitions N]}. {@code --format} defaults to Parquet when the input's name
 * ends in {@code .parquet}, else JSON Lines; {@code --partitions} (default: the input's partitions,
 * at least Spark's default parallelism) spreads the articles over the executors' cores. The output
 * directory is replaced. One pipeline per executor JVM ({@link ExecutorCoder}).
 *
 * <p>The last line on standard output is a summary: records read, coded, refused, failed, events.
 * Exit codes: 0 done, 1 the job failed, 2 misuse.
 */
public final class CasusSparkJob {
  /**
   * The options of one job.
   *
   * @param in the input path (any path Spark reads: a file, a directory, a glob, {@code hdfs://}, {@code s3a://})
   * @param out the output directory
   * @param parquetIn true for a Parquet input, false for JSON Lines
   * @param defaultDate the publication date of articles without one; null for unknown
   * @param options the modes to emit
   * @param partitions the number of partitions to code in; 0 for the default
   */
  public record Options(String in, String out, boolean parquetIn, LocalDate defaultDate, CodingOptions options,
      int partitions) {
  }

  /** The counts of a job; read = coded + refused + failed. */
  public record Summary(long read, long coded, long refused, long failed, long events) {
    @Override
    public String toString() {
      return "casus-spark: " + read + " read: " + coded + " coded, " + refused + " refused, " + failed + " failed; "
          + events + " events";
    }
  }

  private CasusSparkJob() {
  }

  /** Runs the job with the Spark master and settings of {@code spark-submit}. */
  public static void main(String[] args) {
    Options o;
    try {
      o = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("casus-spark: " + e.getMessage());
      System.err.println("usage: CasusSparkJob --in PATH --out DIR [--format jsonl|parquet] [--date YYYY-MM-DD]"
          + " [--modes MODE,...] [--partitions N]");
      System.exit(2);
      return;
    }
    int code = 0;
    SparkSession spark = SparkSession.builder().appName("casus").getOrCreate();
    try {
      System.out.println(run(spark, o));
    } catch (RuntimeException e) {
      System.err.println("casus-spark: error: " + e.getMessage());
      code = 1;
    } finally {
      spark.stop();
    }
    System.exit(code);
  }

  /**
   * Runs one job on a session.
   *
   * @return the counts
   * @throws IllegalStateException when the output's schema cannot be had from the store
   */
  public static Summary run(SparkSession spark, Options o) {
    FlatSchema schema = schema();
    PartitionCoder.Counts counts = new PartitionCoder.Counts(spark.sparkContext().longAccumulator("read"),
        spark.sparkContext().longAccumulator("coded"), spark.sparkContext().longAccumulator("refused"),
        spark.sparkContext().longAccumulator("failed"), spark.sparkContext().longAccumulator("events"));
    Dataset<String> records = o.parquetIn()
        ? spark.read().parquet(o.in()).select(functions.to_json(functions.struct(functions.col("*")))).as(Encoders.STRING())
        : spark.read().textFile(o.in()).filter((org.apache.spark.api.java.function.FilterFunction<String>) s -> !s.isBlank());
    int partitions = o.partitions() > 0 ? o.partitions()
        : Math.max(records.rdd().getNumPartitions(), spark.sparkContext().defaultParallelism());
    if (partitions != records.rdd().getNumPartitions()) {
      records = records.repartition(partitions);
    }
    Dataset<Row> events = records.mapPartitions(new PartitionCoder(schema, o.options(), o.defaultDate(), counts),
        ExpressionEncoder.apply(schema.type()));
    events.write().mode(SaveMode.Overwrite).parquet(o.out());
    return new Summary(counts.read().value(), counts.coded().value(), counts.refused().value(),
        counts.failed().value(), counts.events().value());
  }

  /** The export table's columns, from an empty temporary event database. */
  static FlatSchema schema() {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("casus-spark-schema");
      try (EventStore store = EventStore.open(dir.resolve("schema.duckdb"))) {
        return FlatSchema.of(store.exporter().flatColumns(new ExportOptions(true, false, false)));
      }
    } catch (IOException | StoreException e) {
      throw new IllegalStateException("cannot read the export columns from a temporary event database: "
          + e.getMessage(), e);
    } finally {
      if (dir != null) {
        try (var files = Files.list(dir)) {
          for (Path f : (Iterable<Path>) files::iterator) {
            Files.deleteIfExists(f);
          }
          Files.deleteIfExists(dir);
        } catch (IOException ignored) {
          // left in the temporary directory
        }
      }
    }
  }

  /**
   * Parses the command line.
   *
   * @throws IllegalArgumentException naming the bad or missing argument
   */
  static Options parse(String[] args) {
    String in = null;
    String out = null;
    String format = null;
    LocalDate date = null;
    CodingOptions options = CodingOptions.DEFAULT;
    int partitions = 0;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(a.startsWith("--") ? a + " needs a value" : "unexpected argument " + a);
      }
      String v = args[++i];
      switch (a) {
        case "--in" -> in = v;
        case "--out" -> out = v;
        case "--format" -> {
          format = v.toLowerCase(Locale.ROOT);
          if (!format.equals("jsonl") && !format.equals("parquet")) {
            throw new IllegalArgumentException("--format: expected jsonl or parquet, got " + v);
          }
        }
        case "--date" -> {
          try {
            date = LocalDate.parse(v);
          } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--date: '" + v + "' is not an ISO day YYYY-MM-DD");
          }
        }
        case "--modes" -> options = modes(v);
        case "--partitions" -> {
          try {
            partitions = Integer.parseInt(v);
          } catch (NumberFormatException e) {
            partitions = -1;
          }
          if (partitions < 1) {
            throw new IllegalArgumentException("--partitions: expected a number of at least 1, got " + v);
          }
        }
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
    }
    if (in == null || out == null) {
      throw new IllegalArgumentException("--in and --out are required");
    }
    boolean parquet = format == null ? in.toLowerCase(Locale.ROOT).endsWith(".parquet") : format.equals("parquet");
    return new Options(in, out, parquet, date, options, partitions);
  }

  private static CodingOptions modes(String v) {
    try {
      return CodingOptions.ofModeNames(Arrays.asList(v.split(",")));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--modes: " + e.getMessage(), e);
    }
  }
}
