package org.casus.store;

import java.util.Objects;
import org.casus.store.group.Regrouper;

/**
 * The counts of one ingest run; every count is {@code >= 0}.
 *
 * @param runId the run's id in {@code runs}
 * @param read articles and refused inputs read
 * @param coded articles coded and stored (new or changed)
 * @param unchanged articles skipped because the same content was stored before
 * @param replaced stored articles (or refusals) replaced by a new version
 * @param refused inputs refused
 * @param failed articles whose coding threw
 * @param events events stored by this run (a multilateral event counts once)
 * @param grouping what grouping did at the end of the run
 */
public record RunSummary(long runId, long read, long coded, long unchanged, long replaced, long refused, long failed,
    long events, Regrouper.Result grouping) {
  public RunSummary {
    Objects.requireNonNull(grouping, "grouping");
  }
}
