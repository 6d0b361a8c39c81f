package org.casus.store;

/** The values of {@code articles.status}. */
public final class ArticleStatus {
  /** Coded; its events (possibly none) are stored. */
  public static final String CODED = "coded";
  /** Refused at ingest (empty, binary, not English ...); {@code reason} says why. */
  public static final String REFUSED = "refused";
  /** Coding threw; {@code reason} holds the error; coded again by the next ingest. */
  public static final String FAILED = "failed";

  private ArticleStatus() {
  }
}
