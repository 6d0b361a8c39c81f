package org.casus.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casus.store.export.Exporter;
import org.casus.store.group.Regrouper;
import org.casus.store.query.EventQueries;

/**
 * The casus event database: one DuckDB file (default {@code casus.duckdb}) that holds articles,
 * events, their actors, mentions and places, the groups of reports of one real event, and a record
 * of every ingest run. The schema is described in {@code package-info.java}; it is created and
 * upgraded by numbered migrations when a store is opened for writing.
 *
 * <p>One process at a time may open a file for writing, and none may read it meanwhile (DuckDB's
 * file lock); a second process gets a {@link StoreLockedException} that names the holder. Several
 * processes may open it {@linkplain #openReadOnly read-only} together.
 *
 * <p>Not thread-safe: one thread uses a store (DuckDB connections are not shared between threads
 * here). Every SQL statement takes its values as parameters.
 */
public final class EventStore implements AutoCloseable {
  /** The default file name. */
  public static final String DEFAULT_FILE = "casus.duckdb";

  /**
   * DuckDB's memory limit for this process: the machine is shared with the CoreNLP heap, and
   * DuckDB's default (80% of RAM) would compete with it; 2 GB is far above what ingest and queries
   * of a million events need.
   */
  static final String MEMORY_LIMIT = "2GB";

  private static final Pattern HOLDER = Pattern.compile("Conflicting lock is held in (.+?) \\(PID (\\d+)\\)");

  private final Path file;
  private final Connection connection;
  private final boolean readOnly;

  private EventStore(Path file, Connection connection, boolean readOnly) {
    this.file = file;
    this.connection = connection;
    this.readOnly = readOnly;
  }

  /**
   * Opens (creating when missing) a database for writing and brings its schema up to date.
   *
   * @param file the DuckDB file; its directory must exist
   * @throws StoreLockedException when another process holds the file
   * @throws StoreException when the file is not a DuckDB database, its schema is newer than this
   *     build, or it cannot be created
   */
  public static EventStore open(Path file) throws StoreException {
    Objects.requireNonNull(file, "file");
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new StoreException(file + ": no such directory " + dir);
    }
    Connection c = connect(file, false);
    try {
      int version = Migrations.version(c);
      if (version > Migrations.CURRENT) {
        throw new StoreException(file + ": database schema version " + version + " is newer than this casus knows ("
            + Migrations.CURRENT + "); use a newer casus");
      }
      if (version > 0 && !tableExists(c, "articles")) {
        throw new StoreException(file + ": not a casus database");
      }
      if (version == 0 && !tables(c).isEmpty()) {
        throw new StoreException(file + ": a DuckDB database that casus did not create (it has tables "
            + tables(c) + "); give another --db file");
      }
      Migrations.apply(c);
      EventStore store = new EventStore(file, c, false);
      store.createStaging();
      return store;
    } catch (SQLException e) {
      closeQuietly(c);
      throw new StoreException(file + ": " + oneLine(e.getMessage()), e);
    } catch (StoreException e) {
      closeQuietly(c);
      throw e;
    }
  }

  /**
   * Opens an existing database for reading only; other read-only processes may share it.
   *
   * @throws StoreLockedException when a process holds it for writing
   * @throws StoreException when it does not exist, is not a casus database, or its schema is older or
   *     newer than this build (an older one is upgraded by the next {@code casus ingest})
   */
  public static EventStore openReadOnly(Path file) throws StoreException {
    Objects.requireNonNull(file, "file");
    if (!Files.isRegularFile(file)) {
      throw new StoreException("no such database: " + file + " (casus ingest creates one)");
    }
    Connection c = connect(file, true);
    try {
      int version = Migrations.version(c);
      if (version == 0 || !tableExists(c, "articles")) {
        throw new StoreException(file + ": not a casus database");
      }
      if (version != Migrations.CURRENT) {
        throw new StoreException(file + ": database schema version " + version + ", this casus reads version "
            + Migrations.CURRENT + (version < Migrations.CURRENT ? "; run casus ingest on it once to upgrade it"
            : "; use a newer casus"));
      }
      return new EventStore(file, c, true);
    } catch (SQLException e) {
      closeQuietly(c);
      throw new StoreException(file + ": " + oneLine(e.getMessage()), e);
    } catch (StoreException e) {
      closeQuietly(c);
      throw e;
    }
  }

  private static Connection connect(Path file, boolean readOnly) throws StoreException {
    Properties p = new Properties();
    if (readOnly) {
      p.setProperty("duckdb.read_only", "true");
    }
    p.setProperty("memory_limit", MEMORY_LIMIT);
    try {
      return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
    } catch (SQLException e) {
      String m = e.getMessage() == null ? "" : e.getMessage();
      if (m.contains("Could not set lock on file")) {
        Matcher h = HOLDER.matcher(m);
        String who = h.find() ? " (process " + h.group(2) + ", " + Path.of(h.group(1)).getFileName() + ")" : "";
        throw new StoreLockedException(file + ": in use by another process" + who
            + "; one process at a time can write a casus database: wait for it or stop it, then try again", e);
      }
      if (m.contains("not a valid DuckDB database") || m.contains("is not a valid DuckDB")) {
        throw new StoreException(file + ": not a DuckDB database; give another --db file", e);
      }
      throw new StoreException(file + ": cannot open: " + oneLine(m), e);
    }
  }

  private static boolean tableExists(Connection c, String table) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name = ?")) {
      p.setString(1, table);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1) > 0;
      }
    }
  }

  private static List<String> tables(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
            + " ORDER BY table_name")) {
      List<String> out = new java.util.ArrayList<>();
      while (r.next()) {
        out.add(r.getString(1));
      }
      return out;
    }
  }

  /** The staging tables of {@link IngestRun} and {@link Regrouper}: temporary, never in the file. */
  private void createStaging() throws SQLException {
    try (Statement s = connection.createStatement()) {
      for (String t : IngestRun.STAGED) {
        s.execute("CREATE TEMP TABLE stage_" + t + " AS SELECT * FROM main." + t + " LIMIT 0");
      }
    }
  }

  /** The database file. */
  public Path file() {
    return file;
  }

  /** The JDBC connection, for the store's own packages. */
  Connection connection() {
    return connection;
  }

  private void requireWritable() {
    if (readOnly) {
      throw new IllegalStateException(file + " was opened read-only");
    }
  }

  /**
   * The state of every stored article, by id: what ingest compares a new article with.
   *
   * @throws StoreException when the table cannot be read
   */
  public Map<String, ArticleState> articleStates() throws StoreException {
    Map<String, ArticleState> out = new HashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT article_id, content_hash, status FROM articles")) {
      while (r.next()) {
        out.put(r.getString(1), new ArticleState(r.getString(2), r.getString(3)));
      }
      return out;
    } catch (SQLException e) {
      throw failure("reading articles", e);
    }
  }

  /**
   * Marks runs that never finished (the process was killed) as {@code interrupted}.
   *
   * @return how many there were
   * @throws StoreException on a database error
   */
  public int closeInterruptedRuns() throws StoreException {
    requireWritable();
    try (PreparedStatement p = connection.prepareStatement("UPDATE runs SET status = ? WHERE status = ?")) {
      p.setString(1, RunStatus.INTERRUPTED);
      p.setString(2, RunStatus.RUNNING);
      return p.executeUpdate();
    } catch (SQLException e) {
      throw failure("closing interrupted runs", e);
    }
  }

  /**
   * Starts an ingest run: records it as {@code running} and returns the writer of its articles.
   *
   * @param casusVersion the version of casus that codes
   * @param inputs the inputs as the user named them
   * @param options the coding options, as a short text
   * @throws StoreException on a database error
   */
  public IngestRun beginRun(String casusVersion, List<String> inputs, String options) throws StoreException {
    requireWritable();
    try {
      return IngestRun.begin(this, casusVersion, inputs, options);
    } catch (SQLException e) {
      throw failure("starting a run", e);
    }
  }

  /**
   * Groups again the events of every block that changed since it was last grouped, in one
   * transaction (see {@link Regrouper}).
   *
   * @return what was regrouped
   * @throws StoreException on a database error (nothing is changed)
   */
  public Regrouper.Result regroup() throws StoreException {
    requireWritable();
    try {
      return new Regrouper(connection, CountryTable.bundled()).regroupDirty();
    } catch (SQLException e) {
      rollbackQuietly();
      throw failure("grouping events", e);
    }
  }

  /**
   * The number of blocks whose groups are out of date (a run was interrupted before grouping);
   * 0 normally.
   *
   * @throws StoreException on a database error
   */
  public long staleBlocks() throws StoreException {
    return scalar("SELECT count(*) FROM dirty_blocks");
  }

  /**
   * What the database holds.
   *
   * @throws StoreException on a database error
   */
  public StoreCounts counts() throws StoreException {
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT"
        + " (SELECT count(*) FROM articles),"
        + " (SELECT count(*) FROM articles WHERE status = 'coded'),"
        + " (SELECT count(*) FROM articles WHERE status = 'refused'),"
        + " (SELECT count(*) FROM articles WHERE status = 'failed'),"
        + " (SELECT count(*) FROM events),"
        + " (SELECT count(*) FROM events WHERE multilateral),"
        + " (SELECT count(*) FROM event_pairs),"
        + " (SELECT count(*) FROM mentions),"
        + " (SELECT count(*) FROM actors),"
        + " (SELECT count(*) FROM places),"
        + " (SELECT count(*) FROM event_groups),"
        + " (SELECT count(*) FROM event_groups WHERE reports > 1),"
        + " (SELECT coalesce(sum(reports), 0) FROM event_groups WHERE reports > 1),"
        + " (SELECT count(*) FROM runs)")) {
      r.next();
      return new StoreCounts(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6),
          r.getLong(7), r.getLong(8), r.getLong(9), r.getLong(10), r.getLong(11), r.getLong(12), r.getLong(13),
          r.getLong(14));
    } catch (SQLException e) {
      throw failure("counting", e);
    }
  }

  /** Queries over this store. */
  public EventQueries queries() {
    return new EventQueries(connection, file);
  }

  /** Exports of this store. */
  public Exporter exporter() {
    return new Exporter(connection, file, CountryTable.bundled());
  }

  long scalar(String sql) throws StoreException {
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw failure("reading", e);
    }
  }

  StoreException failure(String doing, SQLException e) {
    return new StoreException(file + ": " + doing + ": " + oneLine(e.getMessage()), e);
  }

  void rollbackQuietly() {
    try {
      if (!connection.getAutoCommit()) {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    } catch (SQLException ignored) {
      // the original error is the one to report
    }
  }

  /**
   * Closes the file (DuckDB checkpoints its write-ahead log into it). Uncommitted work is lost.
   *
   * @throws StoreException when closing fails
   */
  @Override
  public void close() throws StoreException {
    try {
      connection.close();
    } catch (SQLException e) {
      throw failure("closing", e);
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // already failing
    }
  }

  static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").trim();
  }
}
