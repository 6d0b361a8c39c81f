package org.casus.store.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Optional;
import org.casus.store.CountryTable;
import org.casus.store.StoreException;
import org.casus.store.query.EventQueries;
import org.casus.store.query.EventQuery;

/**
 * Exports a store's events in the formats event-data users read ({@link ExportFormat}).
 *
 * <p>By default one row stands for one event group, the real event: the fields of its
 * representative report (the one with the finest place), the group's counts (reports, articles,
 * distinct sources, mentions) and its casualty figures by ACLED's rule; rows come in date order.
 * {@link ExportOptions#perReport()} writes every stored report instead; {@link
 * ExportOptions#expandMultilateral()} writes a multilateral event as its pairwise records.
 *
 * <p>The flat table (CSV and Parquet; the other writers read the same query) has the columns
 * {@link #FLAT_COLUMNS}, in order. List-valued actor columns ({@code source_codes} ...) hold one entry
 * per actor of the side, separated by {@code ;}, aligned across the four columns; an actor's
 * sectors are separated by {@code ,}.
 *
 * <p>Not thread-safe (one connection).
 */
public final class Exporter {
  /** The columns of the CSV and Parquet exports, in order. */
  public static final java.util.List<String> FLAT_COLUMNS = java.util.List.of("global_id", "event_id", "group_id",
      "reports", "articles", "sources", "mentions", "first_report", "last_report", "date", "date_end",
      "date_precision", "date_basis", "date_expression", "multilateral", "source_codes", "source_names",
      "source_countries", "source_sectors", "target_codes", "target_names", "target_countries", "target_sectors",
      "code", "base_code", "root_code", "quad_class", "goldstein", "plover_type", "plover_mode", "plover_context",
      "mode", "speaker", "place_name", "geonames_id", "place_country", "admin1", "lat", "lon", "place_precision",
      "place_relation", "killed_min", "killed_max", "killed_qualifier", "wounded_min", "wounded_max",
      "wounded_qualifier", "arrested_min", "arrested_max", "arrested_qualifier", "displaced_min", "displaced_max",
      "displaced_qualifier", "article_id", "outlet", "title", "url", "published", "stored_at", "sentence",
      "trigger_begin", "trigger_end", "trigger", "sentence_text");

  /** Separator of list entries inside one cell for the Java writers (ASCII unit separator). */
  static final String UNIT = "\u001f";

  private final Connection connection;
  private final Path file;
  private final CountryTable countries;

  /**
   * @param connection the store's connection
   * @param file the database file, for messages
   * @param countries country names and codes
   */
  public Exporter(Connection connection, Path file, CountryTable countries) {
    this.connection = Objects.requireNonNull(connection, "connection");
    this.file = file;
    this.countries = countries;
  }

  /**
   * The flat query. {@code sep} is a constant of this class, never user input.
   */
  static String flatSql(ExportOptions o, String sep) {
    return flatSql(o, sep, null);
  }

  /**
   * The flat query, restricted to the events of {@code filter} when not null: per report, the
   * matching reports; per group, the groups with at least one matching report.
   */
  static String flatSql(ExportOptions o, String sep, EventQueries.KeyFilter filter) {
    String restrict = filter == null ? ""
        : o.perReport() ? " WHERE e.event_key IN (" + filter.sql() + ")"
        : " WHERE g.group_id IN (SELECT fm.group_id FROM group_members fm WHERE fm.event_key IN (" + filter.sql() + "))";
    String base = o.perReport()
        ? "SELECT gm.group_id, 1 AS reports, 1 AS n_articles, 1 AS n_sources,"
            + " (SELECT count(*) FROM mentions m WHERE m.event_key = e.event_key) AS n_mentions,"
            + " a0.pub_date AS first_report, a0.pub_date AS last_report,"
            + " e.killed_min AS k_min, e.killed_max AS k_max, e.killed_qualifier AS k_q,"
            + " e.wounded_min AS w_min, e.wounded_max AS w_max, e.wounded_qualifier AS w_q, e.*"
            + " FROM events e JOIN articles a0 ON a0.article_id = e.article_id"
            + " LEFT JOIN group_members gm ON gm.event_key = e.event_key" + restrict
        : "SELECT g.group_id, g.reports, g.articles AS n_articles, g.sources AS n_sources, g.mentions AS n_mentions,"
            + " g.first_report, g.last_report, g.killed_min AS k_min, g.killed_max AS k_max, g.killed_qualifier AS k_q,"
            + " g.wounded_min AS w_min, g.wounded_max AS w_max, g.wounded_qualifier AS w_q, e.*"
            + " FROM event_groups g JOIN events e ON e.event_key = g.representative_key" + restrict;
    String s = "'" + sep + "'";
    String actors;
    if (o.expandMultilateral()) {
      actors = " q.source_code AS source_codes, q.source_text AS source_names, q.source_country AS source_countries,"
          + " q.source_sectors AS source_sectors, coalesce(q.target_code, '') AS target_codes,"
          + " coalesce(q.target_text, '') AS target_names, coalesce(q.target_country, '') AS target_countries,"
          + " coalesce(q.target_sectors, '') AS target_sectors,";
    } else {
      StringBuilder b = new StringBuilder();
      for (String role : new String[] {"source", "target"}) {
        for (String[] c : new String[][] {{"code", "codes"}, {"text", "names"}, {"country", "countries"},
            {"sectors", "sectors"}}) {
          b.append(" coalesce((SELECT string_agg(x.").append(c[0]).append(", ").append(s)
              .append(" ORDER BY x.ordinal) FROM actors x WHERE x.event_key = b.event_key AND x.role = '")
              .append(role).append("'), '') AS ").append(role).append('_').append(c[1]).append(',');
        }
      }
      actors = b.toString();
    }
    return "WITH b AS (" + base + ") SELECT "
        + (o.expandMultilateral() ? "q.pair_key" : "b.event_key") + " AS global_id, b.event_id, b.group_id,"
        + " b.reports, b.n_articles AS articles, b.n_sources AS sources, b.n_mentions AS mentions,"
        + " b.first_report, b.last_report, b.date_earliest AS date, b.date_latest AS date_end, b.date_precision,"
        + " b.date_basis, b.date_expression, b.multilateral," + actors
        + " b.code, b.base_code, b.root_code, b.quad_class, b.goldstein, b.plover_type, b.plover_mode,"
        + " b.plover_context, b.mode, b.speaker, p.name AS place_name, p.geonames_id, p.country AS place_country,"
        + " p.admin1, p.lat, p.lon, p.precision AS place_precision, p.relation AS place_relation,"
        + " b.k_min AS killed_min, b.k_max AS killed_max, b.k_q AS killed_qualifier,"
        + " b.w_min AS wounded_min, b.w_max AS wounded_max, b.w_q AS wounded_qualifier,"
        + " b.arrested_min, b.arrested_max, b.arrested_qualifier, b.displaced_min, b.displaced_max,"
        + " b.displaced_qualifier, b.article_id, a.outlet, a.title, a.url, a.pub_date AS published, a.stored_at,"
        + " b.sentence, b.span_begin AS trigger_begin, b.span_end AS trigger_end, b.trigger_text AS trigger,"
        + " b.sentence_text"
        + " FROM b JOIN articles a ON a.article_id = b.article_id LEFT JOIN places p ON p.event_key = b.event_key"
        + (o.expandMultilateral() ? " JOIN event_pairs q ON q.event_key = b.event_key" : "")
        + " ORDER BY b.date_earliest NULLS LAST, b.article_id, b.seq" + (o.expandMultilateral() ? ", q.ordinal" : "");
  }

  /**
   * Writes the export to a file.
   *
   * @param format the format
   * @param options rows per group or per report, multilateral events expanded or not
   * @param out the file to write (replaced when it exists)
   * @return what was written
   * @throws StoreException on a database or file error
   */
  public ExportResult export(ExportFormat format, ExportOptions options, Path out) throws StoreException {
    if (format == ExportFormat.CSV || format == ExportFormat.PARQUET) {
      return copy(format, options, out);
    }
    try (OutputStream os = Files.newOutputStream(out)) {
      return export(format, options, os);
    } catch (IOException e) {
      throw new StoreException(out + ": cannot write: " + e.getMessage(), e);
    }
  }

  /**
   * Writes the export to a stream (not closed). Parquet needs a file: it is written to a temporary
   * file first.
   *
   * @throws StoreException on a database error or when the stream fails
   */
  public ExportResult export(ExportFormat format, ExportOptions options, OutputStream out) throws StoreException {
    return export(format, options, Optional.empty(), out);
  }

  /**
   * Writes the export of the events that match {@code filter} to a stream (not closed): per report,
   * the matching reports; per event group, every group with at least one matching report (its
   * limit does not apply). Parquet and CSV are written to a temporary file first.
   *
   * @throws StoreException on a database error or when the stream fails
   */
  public ExportResult export(ExportFormat format, ExportOptions options, Optional<EventQuery> filter, OutputStream out)
      throws StoreException {
    EventQueries.KeyFilter f = filter.map(EventQueries::keyFilter).orElse(null);
    try {
      if (format == ExportFormat.CSV || format == ExportFormat.PARQUET) {
        Path tmp = Files.createTempFile("casus-export", format == ExportFormat.CSV ? ".csv" : ".parquet");
        try {
          ExportResult r = copy(format, options, tmp, f);
          Files.copy(tmp, out);
          out.flush();
          return r;
        } finally {
          Files.deleteIfExists(tmp);
        }
      }
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      RowWriter rows = switch (format) {
        case GDELT -> new GdeltWriter(w, countries, options.header());
        case ICEWS -> new IcewsWriter(w, countries);
        case PLOVER -> new PloverWriter(w);
        default -> throw new IllegalStateException("not a row format: " + format);
      };
      long n = 0;
      try (PreparedStatement s = connection.prepareStatement(flatSql(options, UNIT, f))) {
        if (f != null) {
          EventQueries.bind(s, f.params());
        }
        ResultSet r = s.executeQuery();
        rows.start();
        while (r.next()) {
          if (rows.write(FlatRow.read(r, UNIT))) {
            n++;
          }
        }
      }
      w.flush();
      return new ExportResult(n, rows.skipped());
    } catch (SQLException e) {
      throw new StoreException(file + ": export failed: " + e.getMessage().replaceAll("\\s+", " "), e);
    } catch (IOException e) {
      throw new StoreException("cannot write the export: " + e.getMessage(), e);
    }
  }

  /**
   * One column of the flat table.
   *
   * @param name the column name, one of {@link #FLAT_COLUMNS}
   * @param sqlType DuckDB's type name ({@code VARCHAR}, {@code BIGINT}, {@code INTEGER}, {@code DOUBLE},
   *     {@code BOOLEAN}, {@code DATE}, {@code TIMESTAMP} ...)
   */
  public record FlatColumn(String name, String sqlType) {
  }

  /** Receives the rows of {@link #readFlat}, positioned on one row. */
  @FunctionalInterface
  public interface FlatRowVisitor {
    /**
     * Reads the current row (columns {@link #FLAT_COLUMNS}, in order, as in the CSV and Parquet exports).
     *
     * @throws SQLException to stop the reading; it is reported as a {@link StoreException}
     */
    void row(ResultSet row) throws SQLException;
  }

  /**
   * The columns of the flat table (CSV and Parquet) with their DuckDB types, in order: what a writer
   * of the same table elsewhere (the Spark job) declares.
   *
   * @throws StoreException on a database error
   */
  public java.util.List<FlatColumn> flatColumns(ExportOptions options) throws StoreException {
    java.util.List<FlatColumn> out = new java.util.ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("DESCRIBE (" + flatSql(options, ";") + ")")) {
      while (r.next()) {
        out.add(new FlatColumn(r.getString("column_name"), r.getString("column_type")));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException(file + ": describing the export: " + e.getMessage().replaceAll("\\s+", " "), e);
    }
  }

  /**
   * Reads the flat table row by row, with the values the CSV and Parquet exports write (list
   * columns joined by {@code ;}), in export order.
   *
   * @return the number of rows read
   * @throws StoreException on a database error, or when the visitor throws an {@link SQLException}
   */
  public long readFlat(ExportOptions options, FlatRowVisitor visitor) throws StoreException {
    long n = 0;
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(flatSql(options, ";"))) {
      while (r.next()) {
        visitor.row(r);
        n++;
      }
      return n;
    } catch (SQLException e) {
      throw new StoreException(file + ": reading the export: " + e.getMessage().replaceAll("\\s+", " "), e);
    }
  }

  private ExportResult copy(ExportFormat format, ExportOptions options, Path out) throws StoreException {
    return copy(format, options, out, null);
  }

  private ExportResult copy(ExportFormat format, ExportOptions options, Path out, EventQueries.KeyFilter f)
      throws StoreException {
    String fmt = format == ExportFormat.CSV ? "(FORMAT csv, HEADER true)" : "(FORMAT parquet)";
    java.util.List<Object> params = new java.util.ArrayList<>(f == null ? java.util.List.of() : f.params());
    try (PreparedStatement p = connection.prepareStatement("COPY (" + flatSql(options, ";", f) + ") TO ? " + fmt)) {
      params.add(out.toAbsolutePath().toString());
      EventQueries.bind(p, params);
      p.execute();
      long rows = p.getUpdateCount();
      if (rows < 0) {
        try (PreparedStatement s = connection.prepareStatement("SELECT count(*) FROM (" + flatSql(options, ";", f) + ")")) {
          if (f != null) {
            EventQueries.bind(s, f.params());
          }
          try (ResultSet r = s.executeQuery()) {
            r.next();
            rows = r.getLong(1);
          }
        }
      }
      return new ExportResult(rows, 0);
    } catch (SQLException e) {
      throw new StoreException(out + ": export failed: " + e.getMessage().replaceAll("\\s+", " "), e);
    }
  }

  /** A writer of one row format. */
  interface RowWriter {
    /** Writes what comes before the rows (a header), if anything. */
    void start() throws IOException;

    /** Writes one row; false when the format cannot hold it (it is counted as skipped). */
    boolean write(FlatRow row) throws IOException;

    /** Rows not written. */
    long skipped();
  }
}
