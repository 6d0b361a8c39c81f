package org.casus.store.group;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Groups the events of one block ({@link GroupingRules#blockKey}) into real events.
 *
 * <p>Complete linkage, greedy, in a canonical order: events are sorted by earliest day, latest day,
 * publication date, article id and position in the article (unknown dates last); each joins the
 * first open group all of whose members it is {@linkplain GroupingRules#compatible compatible}
 * with, or starts a new one. Complete linkage keeps a chain of reports a day apart each from
 * becoming one week-long event. Because the order depends only on the events, not on the order of
 * ingest, the same events always give the same groups. A group is closed once its latest day is
 * more than a day before the next event's earliest day: no later event can join it.
 *
 * <p>Thread-safe (stateless).
 */
public final class EventGrouper {
  /** The canonical order. */
  public static final Comparator<Candidate> CANONICAL = Comparator
      .comparing((Candidate c) -> c.earliest().orElse(LocalDate.MAX))
      .thenComparing(c -> c.latest().orElse(LocalDate.MAX))
      .thenComparing(c -> c.published().orElse(LocalDate.MAX))
      .thenComparing(Candidate::articleId)
      .thenComparingInt(Candidate::seq)
      .thenComparing(Candidate::eventId);

  private EventGrouper() {
  }

  /**
   * The groups of one block's events.
   *
   * @param block the events of one block, in any order
   * @return the groups, in the canonical order of their anchors; every event is in exactly one
   */
  public static List<EventGroup> group(List<Candidate> block) {
    List<Candidate> sorted = new ArrayList<>(block);
    sorted.sort(CANONICAL);
    List<EventGroup> done = new ArrayList<>();
    List<Open> open = new ArrayList<>();
    for (Candidate c : sorted) {
      if (c.earliest().isPresent()) {
        LocalDate from = c.earliest().get();
        for (Iterator<Open> it = open.iterator(); it.hasNext(); ) {
          Open g = it.next();
          if (g.latest.plusDays(GroupingRules.MAX_DAYS_APART).isBefore(from)) {
            done.add(g.close());
            it.remove();
          }
        }
      }
      Open joined = null;
      String reason = null;
      if (c.earliest().isPresent()) {
        for (Open g : open) {
          Optional<String> why = g.accepts(c);
          if (why.isPresent()) {
            joined = g;
            reason = why.get();
            break;
          }
        }
      }
      if (joined == null) {
        Open g = new Open(c);
        if (c.earliest().isPresent()) {
          open.add(g);
        } else {
          done.add(g.close()); // an undated event is one event on its own
        }
      } else {
        joined.add(c, reason);
      }
    }
    open.forEach(g -> done.add(g.close()));
    done.sort(Comparator.comparing(EventGroup::anchor, CANONICAL));
    return done;
  }

  private static final class Open {
    final List<Candidate> members = new ArrayList<>();
    final List<String> reasons = new ArrayList<>();
    LocalDate latest;

    Open(Candidate first) {
      members.add(first);
      reasons.add("anchor");
      latest = first.latest().orElse(LocalDate.MIN);
    }

    Optional<String> accepts(Candidate c) {
      Optional<String> toAnchor = Optional.empty();
      for (Candidate m : members) {
        Optional<String> why = GroupingRules.compatible(m, c);
        if (why.isEmpty()) {
          return Optional.empty();
        }
        if (m == members.get(0)) {
          toAnchor = why;
        }
      }
      return toAnchor;
    }

    void add(Candidate c, String reason) {
      members.add(c);
      reasons.add(reason);
      if (c.latest().get().isAfter(latest)) {
        latest = c.latest().get();
      }
    }

    EventGroup close() {
      return new EventGroup(members, reasons);
    }
  }
}
