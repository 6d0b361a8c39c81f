package org.casus.store;

/**
 * What a database holds; every count is {@code >= 0}.
 *
 * @param articles article rows (coded, refused and failed)
 * @param coded articles coded (with or without events)
 * @param refused inputs refused at ingest
 * @param failed articles whose coding threw
 * @param events stored events (a multilateral event counts once)
 * @param multilateral multilateral events among them
 * @param pairs the coder's pairwise records the events stand for
 * @param mentions mentions of the events
 * @param actors actor rows (source and target lists)
 * @param places events with a known place
 * @param groups event groups (real events); every event is in one
 * @param multiReportGroups groups with more than one report
 * @param groupedEvents events in groups with more than one report
 * @param runs ingest runs recorded
 */
public record StoreCounts(long articles, long coded, long refused, long failed, long events, long multilateral,
    long pairs, long mentions, long actors, long places, long groups, long multiReportGroups, long groupedEvents,
    long runs) {
  /** The counts that must not change when the same input is ingested again (all but {@code runs}). */
  public StoreCounts withoutRuns() {
    return new StoreCounts(articles, coded, refused, failed, events, multilateral, pairs, mentions, actors, places,
        groups, multiReportGroups, groupedEvents, 0);
  }
}
