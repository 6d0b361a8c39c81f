package org.casus.store;

/**
 * The event database could not be opened, read or written: a file that is not a casus database,
 * a schema newer than this build, a full disk, a DuckDB error. The message is one line for the user
 * and names the file.
 *
 * <p>Checked: every caller of the store decides what a failed store means for its run.
 */
public class StoreException extends Exception {
  private static final long serialVersionUID = 1L;

  /** @param message one line that names the file and says what to change */
  public StoreException(String message) {
    super(message);
  }

  /**
   * @param message one line that names the file and says what to change
   * @param cause the underlying error (usually a {@link java.sql.SQLException})
   */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
