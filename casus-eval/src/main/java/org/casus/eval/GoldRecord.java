package org.casus.eval;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.casus.model.Article;

/**
 * One unit of gold that is coded on its own: the whole article of a document gold file, or one line
 * of a sentence gold file. Predictions are matched only against the events of their own record.
 *
 * @param id the gold's id: the record {@code id} (sentence gold, not unique in the PETRARCH files)
 *     or the article file name without extension (document gold)
 * @param line 1-based line of the record in the gold file; 0 for document gold
 * @param group what per-group figures are grouped by: {@code category} (PETRARCH sets),
 *     {@code kind} (hard cases), {@code ""} when none
 * @param article the article to code; its id is unique within the gold set
 * @param events the hand-coded events, in gold order; empty for no-event records
 * @param noEvents true when the record says the coder must produce nothing
 * @param config coder options the record changes from the defaults (PETRARCH {@code config}, e.g.
 *     {@code require_dyad -> false}); empty when none. Reported, not applied by the scorer.
 */
public record GoldRecord(String id, int line, String group, Article article, List<GoldEvent> events,
    boolean noEvents, Map<String, String> config) {
  public GoldRecord {
    Objects.requireNonNull(id, "id");
    if (line < 0) {
      throw new IllegalArgumentException("line " + line + " < 0");
    }
    group = group == null ? "" : group;
    Objects.requireNonNull(article, "article");
    events = List.copyOf(events);
    config = Map.copyOf(config);
  }

  /** The number of events with {@code required: true}. */
  public long requiredEvents() {
    return events.stream().filter(GoldEvent::required).count();
  }
}
