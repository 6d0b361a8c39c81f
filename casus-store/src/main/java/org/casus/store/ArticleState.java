package org.casus.store;

import java.util.Objects;

/**
 * What the database holds for one article id.
 *
 * @param contentHash the {@link ArticleHash} of the stored version
 * @param status {@code coded}, {@code failed} (coding threw; coded again on the next ingest) or
 *     {@code refused}
 */
public record ArticleState(String contentHash, String status) {
  public ArticleState {
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(status, "status");
  }

  /** True when an article with this hash needs no coding: the same content was coded before. */
  public boolean isCurrent(String hash) {
    return status.equals(ArticleStatus.CODED) && contentHash.equals(hash);
  }
}
