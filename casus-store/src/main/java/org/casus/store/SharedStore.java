package org.casus.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.casus.store.export.Exporter;
import org.casus.store.query.EventQueries;
import org.duckdb.DuckDBConnection;

/**
 * A store shared by the threads of one process (a server): this process owns the file, so no other
 * process can open it (it gets {@link StoreLockedException}'s one-line message). Reads run on a
 * fixed pool of connections duplicated from the one writer connection (DuckDB's way to use one
 * database from several threads); writes go through the writer, one at a time.
 *
 * <p>Thread-safe. Readers see what writes have committed.
 */
public final class SharedStore implements AutoCloseable {
  /** Work on one reader connection. */
  @FunctionalInterface
  public interface ReadWork<T> {
    /**
     * @param reader a reader that only this thread uses until the work returns
     * @throws StoreException on a database error
     */
    T apply(Reader reader) throws StoreException;
  }

  /** Work with the writer. */
  @FunctionalInterface
  public interface WriteWork<T> {
    /**
     * @param writer the store opened for writing; used by this thread only until the work returns
     * @throws StoreException on a database error
     */
    T apply(EventStore writer) throws StoreException;
  }

  /** Queries and exports over one reader connection. Not thread-safe: one thread at a time. */
  public static final class Reader {
    private final EventQueries queries;
    private final Exporter exporter;

    private Reader(Connection c, Path file) {
      this.queries = new EventQueries(c, file);
      this.exporter = new Exporter(c, file, CountryTable.bundled());
    }

    /** Queries. */
    public EventQueries queries() {
      return queries;
    }

    /** Exports. */
    public Exporter exporter() {
      return exporter;
    }
  }

  private final EventStore writer;
  private final List<Connection> connections = new ArrayList<>();
  private final BlockingQueue<Reader> readers;
  private final long waitMillis;
  private long writes;

  private SharedStore(EventStore writer, int readers, long waitMillis) throws SQLException {
    this.writer = writer;
    this.readers = new ArrayBlockingQueue<>(readers);
    this.waitMillis = waitMillis;
    for (int i = 0; i < readers; i++) {
      Connection c = ((DuckDBConnection) writer.connection()).duplicate();
      connections.add(c);
      this.readers.add(new Reader(c, writer.file()));
    }
  }

  /**
   * Opens (creating when missing) a database for this process, and {@code readers} reader
   * connections on it.
   *
   * @param file the DuckDB file
   * @param readers reader connections, 1..64: at most this many reads run at once
   * @param waitMillis how long a read waits for a free connection before it fails, 1 or more
   * @throws IllegalArgumentException when readers or waitMillis are out of range
   * @throws StoreLockedException when another process holds the file
   * @throws StoreException when the file cannot be opened (see {@link EventStore#open})
   */
  public static SharedStore open(Path file, int readers, long waitMillis) throws StoreException {
    if (readers < 1 || readers > 64) {
      throw new IllegalArgumentException("readers " + readers + " not in 1..64");
    }
    if (waitMillis < 1) {
      throw new IllegalArgumentException("waitMillis " + waitMillis + " < 1");
    }
    EventStore store = EventStore.open(Objects.requireNonNull(file, "file"));
    try {
      return new SharedStore(store, readers, waitMillis);
    } catch (SQLException e) {
      try {
        store.close();
      } catch (StoreException ignored) {
        // the first error is the one to report
      }
      throw new StoreException(file + ": cannot open reader connections: " + EventStore.oneLine(e.getMessage()), e);
    }
  }

  /** The database file. */
  public Path file() {
    return writer.file();
  }

  /**
   * Runs read work on a free reader connection.
   *
   * @throws StoreException from the work, or when no connection is free within the wait
   */
  public <T> T read(ReadWork<T> work) throws StoreException {
    Reader r;
    try {
      r = readers.poll(waitMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException(file() + ": interrupted while waiting for a reader connection", e);
    }
    if (r == null) {
      throw new StoreBusyException(file() + ": busy: no reader connection free within " + waitMillis + " ms");
    }
    try {
      return work.apply(r);
    } finally {
      readers.add(r);
    }
  }

  /**
   * Runs write work with the writer, after any other write in progress (one at a time). This is the
   * way for anything running inside the server process (coding a posted article, a stream consumer)
   * to store events.
   *
   * @throws StoreException from the work
   */
  public <T> T write(WriteWork<T> work) throws StoreException {
    synchronized (writer) {
      writes++;
      return work.apply(writer);
    }
  }

  /**
   * The number of {@link #write} calls begun so far, this one included when called from write work:
   * a writer that keeps state across its writes (a stream consumer's run) sees from it whether
   * another writer came between.
   */
  public long writes() {
    synchronized (writer) {
      return writes;
    }
  }

  /** Closes the reader connections and the file. */
  @Override
  public void close() throws StoreException {
    for (Connection c : connections) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // closing the writer below reports what matters
      }
    }
    synchronized (writer) {
      writer.close();
    }
  }

  /** No reader connection was free in time: the server is overloaded; try again. */
  public static final class StoreBusyException extends StoreException {
    private static final long serialVersionUID = 1L;

    StoreBusyException(String message) {
      super(message);
    }
  }
}
