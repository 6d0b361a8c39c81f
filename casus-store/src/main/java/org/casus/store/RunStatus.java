package org.casus.store;

/** The values of {@code runs.status}. */
public final class RunStatus {
  /** Under way, or the process died (until the next ingest marks it {@link #INTERRUPTED}). */
  public static final String RUNNING = "running";
  /** Every input was read and every article stored or refused. */
  public static final String COMPLETED = "completed";
  /** The process stopped before the end (killed, Ctrl-C); what it committed is kept. */
  public static final String INTERRUPTED = "interrupted";
  /** The run stopped on an error it could not go past (a database error). */
  public static final String FAILED = "failed";

  private RunStatus() {
  }
}
