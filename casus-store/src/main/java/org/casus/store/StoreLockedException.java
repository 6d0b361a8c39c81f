package org.casus.store;

/**
 * Another process holds the database file: DuckDB lets one process open a file for writing, and
 * none for reading while it does (DuckDB documentation, "Concurrency"). The message names the file
 * and, when DuckDB reports it, the process that holds it.
 */
public final class StoreLockedException extends StoreException {
  private static final long serialVersionUID = 1L;

  /** @param message one line naming the file and the holder */
  public StoreLockedException(String message, Throwable cause) {
    super(message, cause);
  }
}
