package org.casus.store.group;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One real event and the reports of it: an {@code event_group}.
 *
 * @param members the reports in canonical order ({@link EventGrouper}); the first is the anchor
 * @param reasons for each member, why it joined: {@code "anchor"} for the first, else the rules it
 *     met against the anchor (it met them against every other member too)
 */
public record EventGroup(List<Candidate> members, List<String> reasons) {
  public EventGroup {
    members = List.copyOf(members);
    reasons = List.copyOf(reasons);
    if (members.isEmpty() || members.size() != reasons.size()) {
      throw new IllegalArgumentException("a group needs members, one reason each: " + members.size() + " members, "
          + reasons.size() + " reasons");
    }
  }

  /** The group's id: its anchor's event id, stable for a given set of reports. */
  public String id() {
    return anchor().eventId();
  }

  /** The first report in canonical order. */
  public Candidate anchor() {
    return members.get(0);
  }

  /**
   * The report whose fields stand for the group in exports: the one with the finest place
   * (city, then locality, region, country, none), the earlier in canonical order on a tie.
   */
  public Candidate representative() {
    Candidate best = members.get(0);
    for (Candidate m : members) {
      if (fineness(m) < fineness(best)) {
        best = m;
      }
    }
    return best;
  }

  private static int fineness(Candidate c) {
    return c.place().isKnown() ? GroupingRules.rank(c.place().precision()) : 4;
  }

  /** Distinct articles. */
  public int articles() {
    return (int) members.stream().map(Candidate::articleId).distinct().count();
  }

  /**
   * Distinct sources: distinct outlet names, an article without an outlet counting as a source of
   * its own (GDELT's NumSources counts information sources).
   */
  public int sources() {
    Set<String> s = new HashSet<>();
    for (Candidate m : members) {
      s.add(m.outlet().isEmpty() ? "article:" + m.articleId() : "outlet:" + m.outlet());
    }
    return s.size();
  }

  /** Mentions over all reports (GDELT's NumMentions). */
  public int mentions() {
    return members.stream().mapToInt(Candidate::mentions).sum();
  }

  /** The earliest publication date of a report, empty when none is known. */
  public Optional<LocalDate> firstReport() {
    return members.stream().flatMap(m -> m.published().stream()).min(LocalDate::compareTo);
  }

  /** The latest publication date of a report, empty when none is known. */
  public Optional<LocalDate> lastReport() {
    return members.stream().flatMap(m -> m.published().stream()).max(LocalDate::compareTo);
  }

  /** The earliest day any report's date can mean. */
  public Optional<LocalDate> earliest() {
    return members.stream().flatMap(m -> m.earliest().stream()).min(LocalDate::compareTo);
  }

  /** The latest day any report's date can mean. */
  public Optional<LocalDate> latest() {
    return members.stream().flatMap(m -> m.latest().stream()).max(LocalDate::compareTo);
  }

  /** The number killed, by {@link CasualtyFigure}'s rule. */
  public Optional<CasualtyFigure> killed() {
    return CasualtyFigure.choose(members, Candidate::killed);
  }

  /** The number wounded, by {@link CasualtyFigure}'s rule. */
  public Optional<CasualtyFigure> wounded() {
    return CasualtyFigure.choose(members, Candidate::wounded);
  }

  @Override
  public String toString() {
    return "EventGroup" + members.stream().map(Candidate::eventId).toList();
  }

}
