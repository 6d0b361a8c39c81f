package org.casus.store.query;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import org.casus.store.StoreException;

/**
 * Queries over a store: events by filter ({@link EventQuery}), counts, counts per day, month or
 * year, and the reports of one event group with the reasons they were joined.
 *
 * <p>Every value is a bound parameter. Events come in date order (earliest day; unknown dates last),
 * then by article and position. Not thread-safe (one connection); a server gives each thread its own
 * (see {@link org.casus.store.SharedStore}).
 */
public final class EventQueries {
  /** The time units of {@link #countBy}. */
  public enum Period {
    DAY("day"), MONTH("month"), YEAR("year");

    final String sql;

    Period(String sql) {
      this.sql = sql;
    }
  }

  /**
   * One period's count.
   *
   * @param start the first day of the period
   * @param events events whose earliest day falls in it
   */
  public record PeriodCount(LocalDate start, long events) {
  }

  /**
   * One report of a group.
   *
   * @param event the event
   * @param outlet its article's outlet, {@code ""} when unknown
   * @param published its article's date, empty when unknown
   * @param reason why it is in the group ({@code anchor} for the first)
   * @param representative whether its fields stand for the group in exports
   */
  public record GroupMember(EventRow event, String outlet, Optional<LocalDate> published, String reason,
      boolean representative) {
  }

  /**
   * An event group and its reports.
   *
   * @param groupId the group id
   * @param blockKey the block: mode class, base code and dyad up to sector
   * @param reports reports (events)
   * @param articles distinct articles
   * @param sources distinct sources
   * @param mentions mentions over all reports
   * @param firstReport earliest article date, empty when unknown
   * @param lastReport latest article date, empty when unknown
   * @param killed the group's number killed by the ACLED rule as text, {@code ""} when none
   * @param killedFrom the event id the figure comes from, {@code ""} when none
   * @param killedFigures how many reports give a number killed
   * @param members the reports, anchor first
   */
  public record GroupReport(String groupId, String blockKey, int reports, int articles, int sources, int mentions,
      Optional<LocalDate> firstReport, Optional<LocalDate> lastReport, String killed, String killedFrom,
      int killedFigures, List<GroupMember> members) {
  }

  /** The time buckets of {@link #timeline}: a day, an ISO week (starting on Monday) or a month. */
  public enum Bucket {
    DAY("day"), WEEK("week"), MONTH("month");

    final String sql;

    Bucket(String sql) {
      this.sql = sql;
    }
  }

  /**
   * The events of one bucket and QuadClass.
   *
   * @param start the first day of the bucket (a Monday for weeks, the 1st for months)
   * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
   * @param events matching events whose earliest day falls in the bucket
   * @param goldsteinSum the sum of their Goldstein scores (each in [-10, 10])
   */
  public record TimelineCount(LocalDate start, int quadClass, long events, double goldsteinSum) {
  }

  /**
   * A matching event with a point place (city or locality precision), for a map.
   *
   * @param eventId the event id
   * @param lat latitude, decimal degrees WGS84
   * @param lon longitude, decimal degrees WGS84
   * @param precision {@code city} or {@code locality}
   * @param place the place name
   * @param country the place's country (3 letters), {@code ""} when unknown
   * @param quadClass 1..4, 0 for a validation test code
   * @param code the CAMEO code
   * @param date the date as text (see {@link EventRow#date()})
   */
  public record MapPoint(String eventId, double lat, double lon, String precision, String place, String country,
      int quadClass, String code, String date) {
  }

  /**
   * Matching events placed only to a country or region, counted by country, for shading a map.
   *
   * @param country the place's country (3 letters)
   * @param events the number of such events
   * @param byQuadClass events per QuadClass, index 0 for a validation test code, 1..4 for the classes
   */
  public record CountryCount(String country, long events, long[] byQuadClass) {
  }

  /**
   * An actor code seen in the store.
   *
   * @param code the actor code ({@code IRNGOVMIL})
   * @param name the words most often coded with it
   * @param events events with it as a source or target
   */
  public record ActorCount(String code, String name, long events) {
  }

  /**
   * One actor of an event, with its span.
   *
   * @param role {@code source} or {@code target}
   * @param text the words, as the article has them
   * @param code the actor code, {@code ""} when uncoded
   * @param begin the span's first char in the article text (UTF-16 offsets)
   * @param end the span's end, exclusive
   * @param rule the rule that found the actor
   */
  public record ActorSpan(String role, String text, String code, int begin, int end, String rule) {
  }

  /**
   * One report of an event in its article.
   *
   * @param sentence the 0-based sentence index
   * @param begin the sentence's first char in the article text
   * @param end the sentence's end, exclusive
   * @param trigger the trigger words
   * @param rule the rule that coded it
   */
  public record MentionSpan(int sentence, int begin, int end, String trigger, String rule) {
  }

  /**
   * Everything stored about one event.
   *
   * @param row the event as {@link #events} returns it
   * @param triggerBegin the trigger's first char in the article text
   * @param triggerEnd the trigger's end, exclusive
   * @param sentenceIndex the 0-based index of the reporting sentence
   * @param sentenceBegin the reporting sentence's first char in the article text, -1 when no mention
   *     of that sentence is stored
   * @param rule the coder's rule
   * @param articleTitle the article's title, {@code ""} when none
   * @param articleUrl the article's URL, {@code ""} when none
   * @param outlet the article's outlet, {@code ""} when unknown
   * @param published the article's date, empty when unknown
   * @param actors sources then targets, in order
   * @param mentions every stored report in the article, in text order
   */
  public record EventDetail(EventRow row, int triggerBegin, int triggerEnd, int sentenceIndex, int sentenceBegin,
      String rule, String articleTitle, String articleUrl, String outlet, Optional<LocalDate> published,
      List<ActorSpan> actors, List<MentionSpan> mentions) {
  }

  private final EventPageQueries pages;
  private final EventSummaryQueries summary;

  /**
   * @param connection the store's connection
   * @param file the database file, for messages
   */
  public EventQueries(Connection connection, Path file) {
    QueryContext ctx = new QueryContext(connection, file);
    this.pages = new EventPageQueries(ctx);
    this.summary = new EventSummaryQueries(ctx);
  }

  /**
   * A query's filters as a SQL sub-query of event keys, for the store's other readers (exports).
   *
   * @param sql {@code SELECT e.event_key FROM ... WHERE ...}, with {@code ?} for each parameter
   * @param params the parameters in order: {@link String}, {@link Integer} or {@link LocalDate}
   */
  public record KeyFilter(String sql, List<Object> params) {
    public KeyFilter {
      params = List.copyOf(params);
    }
  }

  /** The keys of the events that match {@code q} (its limit does not apply). */
  public static KeyFilter keyFilter(EventQuery q) {
    EventSql.Where w = EventSql.where(q);
    return new KeyFilter("SELECT e.event_key" + EventSql.FROM + w.sql(), w.params());
  }

  /**
   * Binds parameters as {@link #keyFilter} gives them, from the first {@code ?}.
   *
   * @throws SQLException from the driver
   */
  public static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
    EventSql.bind(ps, params);
  }

  /**
   * The matching events, in date order, to {@code sink}.
   *
   * @return how many
   * @throws StoreException on a database error
   */
  public long events(EventQuery q, Consumer<EventRow> sink) throws StoreException {
    return pages.events(q, sink);
  }

  /**
   * The number of matching events (the limit does not apply).
   *
   * @throws StoreException on a database error
   */
  public long count(EventQuery q) throws StoreException {
    return pages.count(q);
  }

  /**
   * Matching events counted per period of their earliest day, in order; periods without events are
   * left out, as are events with an unknown date.
   *
   * @throws StoreException on a database error
   */
  public List<PeriodCount> countBy(EventQuery q, Period period) throws StoreException {
    return pages.countBy(q, period);
  }

  /**
   * One page of the matching events.
   *
   * @param q the filters; its limit is the page size (empty: to the end)
   * @param offset events to skip, 0 or more
   * @param newestFirst latest days first (unknown dates still last) instead of earliest first
   * @param sink receives the events in order
   * @return how many were given to the sink
   * @throws IllegalArgumentException when offset is negative
   * @throws StoreException on a database error
   */
  public long events(EventQuery q, long offset, boolean newestFirst, Consumer<EventRow> sink) throws StoreException {
    return pages.events(q, offset, newestFirst, sink);
  }

  /**
   * Matching events per bucket of their earliest day and QuadClass, with their Goldstein sums, in
   * date then class order. Buckets without events, events with an unknown date and events without
   * a QuadClass (PETRARCH validation test codes) are left out.
   *
   * @throws StoreException on a database error
   */
  public List<TimelineCount> timeline(EventQuery q, Bucket bucket) throws StoreException {
    return summary.timeline(q, bucket);
  }

  /**
   * The matching events placed at a city or locality, in date order, at most {@code max}. Events
   * placed only to a region or country are not points (see {@link #countryCounts}).
   *
   * @param max the most points, 0 or more
   * @throws StoreException on a database error
   */
  public List<MapPoint> mapPoints(EventQuery q, int max) throws StoreException {
    return summary.mapPoints(q, max);
  }

  /**
   * The matching events placed only to a country or a region, counted by the place's country, most
   * events first.
   *
   * @throws StoreException on a database error
   */
  public List<CountryCount> countryCounts(EventQuery q) throws StoreException {
    return summary.countryCounts(q);
  }

  /**
   * Actor codes that start with {@code text} (any case), or whose words contain it, with the
   * number of events they are a source or target of; most events first.
   *
   * @param text what was typed, may be empty (then the most frequent codes)
   * @param max the most codes, 0 or more
   * @throws StoreException on a database error
   */
  public List<ActorCount> actors(String text, int max) throws StoreException {
    return summary.actors(text, max);
  }

  /**
   * Everything stored about one event.
   *
   * @param eventId the event id ({@code <article>-<n>})
   * @return empty when there is no such event
   * @throws StoreException on a database error
   */
  public Optional<EventDetail> event(String eventId) throws StoreException {
    return pages.event(eventId);
  }

  /**
   * A fingerprint of everything the database holds (row counts and a hash over every table's rows),
   * to check that a series of requests changed nothing.
   *
   * @throws StoreException on a database error
   */
  public String fingerprint() throws StoreException {
    return pages.fingerprint();
  }

  /**
   * An event group and its reports, anchor first.
   *
   * @return empty when there is no group with this id
   * @throws StoreException on a database error
   */
  public Optional<GroupReport> group(String groupId) throws StoreException {
    return pages.group(groupId);
  }
}
