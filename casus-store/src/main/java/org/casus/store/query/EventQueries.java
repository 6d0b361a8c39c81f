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

    private final String sql;

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

    private final String sql;

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

  private final Connection connection;
  private final Path file;

  /**
   * @param connection the store's connection
   * @param file the database file, for messages
   */
  public EventQueries(Connection connection, Path file) {
    this.connection = connection;
    this.file = file;
  }

  private static final String ROW = "SELECT e.event_key, e.event_id, coalesce(gm.group_id, '') AS group_id,"
      + " e.date_value, e.date_from, e.date_to, e.date_precision, e.code, e.multilateral, e.plover_type, e.mode,"
      + " coalesce(p.name, '') AS place, coalesce(p.country, '') AS place_country,"
      + " e.killed_min, e.killed_max, e.killed_qualifier, e.article_id, e.sentence_text, e.json,"
      + " a.outlet, a.pub_date,"
      + " (SELECT string_agg(CASE WHEN x.code = '' THEN x.text ELSE x.code END, '+' ORDER BY x.ordinal)"
      + "   FROM actors x WHERE x.event_key = e.event_key AND x.role = 'source') AS sources,"
      + " (SELECT string_agg(CASE WHEN x.code = '' THEN x.text ELSE x.code END, '+' ORDER BY x.ordinal)"
      + "   FROM actors x WHERE x.event_key = e.event_key AND x.role = 'target') AS targets";

  private static final String FROM = " FROM events e JOIN articles a ON a.article_id = e.article_id"
      + " LEFT JOIN places p ON p.event_key = e.event_key"
      + " LEFT JOIN group_members gm ON gm.event_key = e.event_key";

  private static final String ORDER = " ORDER BY e.date_earliest NULLS LAST, e.article_id, e.seq";

  /** A WHERE clause and its parameters. */
  private record Where(String sql, List<Object> params) {
  }

  private static Where where(EventQuery q) {
    List<String> c = new ArrayList<>();
    List<Object> p = new ArrayList<>();
    String actorExists = "EXISTS (SELECT 1 FROM actors x WHERE x.event_key = e.event_key AND ";
    q.actor().ifPresent(v -> {
      c.add(actorExists + "starts_with(x.code, ?))");
      p.add(v.toUpperCase(Locale.ROOT));
    });
    q.country().ifPresent(v -> {
      c.add(actorExists + "x.country = ?)");
      p.add(v.toUpperCase(Locale.ROOT));
    });
    q.sector().ifPresent(v -> {
      c.add(actorExists + "list_contains(string_split(x.sectors, ','), ?))");
      p.add(v.toUpperCase(Locale.ROOT));
    });
    q.dyad().ifPresent(d -> {
      String one = "(starts_with(y.source_code, ?) AND starts_with(coalesce(y.target_code, ''), ?))";
      String a = d.first().toUpperCase(Locale.ROOT);
      String b = d.second().toUpperCase(Locale.ROOT);
      c.add("EXISTS (SELECT 1 FROM event_pairs y WHERE y.event_key = e.event_key AND ("
          + one + (q.directed() ? "" : " OR " + one) + "))");
      p.add(a);
      p.add(b);
      if (!q.directed()) {
        p.add(b);
        p.add(a);
      }
    });
    q.code().ifPresent(v -> {
      c.add("starts_with(e.code, ?)");
      p.add(v);
    });
    q.quadClass().ifPresent(v -> {
      c.add("e.quad_class = ?");
      p.add(v);
    });
    q.ploverType().ifPresent(v -> {
      c.add("e.plover_type = ?");
      p.add(v.toUpperCase(Locale.ROOT));
    });
    q.from().ifPresent(v -> {
      c.add("e.date_latest >= ?");
      p.add(v);
    });
    q.to().ifPresent(v -> {
      c.add("e.date_earliest <= ?");
      p.add(v);
    });
    q.placeCountry().ifPresent(v -> {
      c.add("p.country = ?");
      p.add(v.toUpperCase(Locale.ROOT));
    });
    q.place().ifPresent(v -> {
      c.add("lower(p.name) = lower(?)");
      p.add(v);
    });
    q.mode().ifPresent(v -> {
      c.add("e.mode = ?");
      p.add(v.toLowerCase(Locale.ROOT));
    });
    q.text().ifPresent(v -> {
      c.add("e.sentence_text ILIKE ? ESCAPE '\\'");
      p.add("%" + v.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    });
    q.group().ifPresent(v -> {
      c.add("gm.group_id = ?");
      p.add(v);
    });
    return new Where(c.isEmpty() ? "" : " WHERE " + String.join(" AND ", c), p);
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
    Where w = where(q);
    return new KeyFilter("SELECT e.event_key" + FROM + w.sql(), w.params());
  }

  /**
   * Binds parameters as {@link #keyFilter} gives them, from the first {@code ?}.
   *
   * @throws SQLException from the driver
   */
  public static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      Object v = params.get(i);
      if (v instanceof LocalDate d) {
        ps.setObject(i + 1, d);
      } else if (v instanceof Integer n) {
        ps.setInt(i + 1, n);
      } else if (v instanceof Long n) {
        ps.setLong(i + 1, n);
      } else {
        ps.setString(i + 1, (String) v);
      }
    }
  }

  /**
   * The matching events, in date order, to {@code sink}.
   *
   * @return how many
   * @throws StoreException on a database error
   */
  public long events(EventQuery q, Consumer<EventRow> sink) throws StoreException {
    Where w = where(q);
    String sql = ROW + FROM + w.sql() + ORDER + (q.limit().isPresent() ? " LIMIT ?" : "");
    List<Object> params = new ArrayList<>(w.params());
    q.limit().ifPresent(params::add);
    long n = 0;
    try (PreparedStatement ps = prepare(sql, params); ResultSet r = ps.executeQuery()) {
      while (r.next()) {
        sink.accept(row(r));
        n++;
      }
      return n;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /**
   * The number of matching events (the limit does not apply).
   *
   * @throws StoreException on a database error
   */
  public long count(EventQuery q) throws StoreException {
    Where w = where(q);
    try (PreparedStatement ps = prepare("SELECT count(*)" + FROM + w.sql(), w.params()); ResultSet r = ps.executeQuery()) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /**
   * Matching events counted per period of their earliest day, in order; periods without events are
   * left out, as are events with an unknown date.
   *
   * @throws StoreException on a database error
   */
  public List<PeriodCount> countBy(EventQuery q, Period period) throws StoreException {
    Where w = where(q);
    String sql = "SELECT CAST(date_trunc('" + period.sql + "', e.date_earliest) AS DATE) AS d, count(*)" + FROM
        + w.sql() + (w.sql().isEmpty() ? " WHERE" : " AND") + " e.date_earliest IS NOT NULL GROUP BY d ORDER BY d";
    List<PeriodCount> out = new ArrayList<>();
    try (PreparedStatement ps = prepare(sql, w.params()); ResultSet r = ps.executeQuery()) {
      while (r.next()) {
        out.add(new PeriodCount(r.getDate(1).toLocalDate(), r.getLong(2)));
      }
      return out;
    } catch (SQLException e) {
      throw failure(e);
    }
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
    if (offset < 0) {
      throw new IllegalArgumentException("offset " + offset + " < 0");
    }
    Where w = where(q);
    String order = newestFirst ? " ORDER BY e.date_earliest DESC NULLS LAST, e.article_id, e.seq" : ORDER;
    // The page's keys first, then their rows: the actor lists are aggregated for the page only.
    String page = "SELECT e.event_key" + FROM + w.sql() + order + (q.limit().isPresent() ? " LIMIT ?" : "") + " OFFSET ?";
    String sql = "WITH page AS (" + page + "), acts AS (SELECT x.event_key,"
        + " string_agg(CASE WHEN x.code = '' THEN x.text ELSE x.code END, '+' ORDER BY x.ordinal)"
        + "   FILTER (WHERE x.role = 'source') AS sources,"
        + " string_agg(CASE WHEN x.code = '' THEN x.text ELSE x.code END, '+' ORDER BY x.ordinal)"
        + "   FILTER (WHERE x.role = 'target') AS targets"
        + " FROM actors x WHERE x.event_key IN (SELECT event_key FROM page) GROUP BY x.event_key)"
        + " SELECT e.event_key, e.event_id, coalesce(gm.group_id, '') AS group_id,"
        + " e.date_value, e.date_from, e.date_to, e.date_precision, e.code, e.multilateral, e.plover_type, e.mode,"
        + " coalesce(p.name, '') AS place, coalesce(p.country, '') AS place_country,"
        + " e.killed_min, e.killed_max, e.killed_qualifier, e.article_id, e.sentence_text, e.json,"
        + " a.outlet, a.pub_date, acts.sources, acts.targets"
        + FROM + " LEFT JOIN acts ON acts.event_key = e.event_key WHERE e.event_key IN (SELECT event_key FROM page)" + order;
    List<Object> params = new ArrayList<>(w.params());
    q.limit().ifPresent(params::add);
    params.add(offset);
    long n = 0;
    try (PreparedStatement ps = prepare(sql, params); ResultSet r = ps.executeQuery()) {
      while (r.next()) {
        sink.accept(row(r));
        n++;
      }
      return n;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /**
   * Matching events per bucket of their earliest day and QuadClass, with their Goldstein sums, in
   * date then class order. Buckets without events, events with an unknown date and events without
   * a QuadClass (PETRARCH validation test codes) are left out.
   *
   * @throws StoreException on a database error
   */
  public List<TimelineCount> timeline(EventQuery q, Bucket bucket) throws StoreException {
    Where w = where(q);
    String sql = "SELECT CAST(date_trunc('" + bucket.sql + "', e.date_earliest) AS DATE) AS d, e.quad_class,"
        + " count(*), sum(e.goldstein)" + FROM + w.sql() + (w.sql().isEmpty() ? " WHERE" : " AND")
        + " e.date_earliest IS NOT NULL AND e.quad_class IS NOT NULL GROUP BY d, e.quad_class ORDER BY d, e.quad_class";
    List<TimelineCount> out = new ArrayList<>();
    try (PreparedStatement ps = prepare(sql, w.params()); ResultSet r = ps.executeQuery()) {
      while (r.next()) {
        out.add(new TimelineCount(r.getDate(1).toLocalDate(), r.getInt(2), r.getLong(3), r.getDouble(4)));
      }
      return out;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /**
   * The matching events placed at a city or locality, in date order, at most {@code max}. Events
   * placed only to a region or country are not points (see {@link #countryCounts}).
   *
   * @param max the most points, 0 or more
   * @throws StoreException on a database error
   */
  public List<MapPoint> mapPoints(EventQuery q, int max) throws StoreException {
    Where w = where(q);
    String sql = "SELECT e.event_id, p.lat, p.lon, p.precision, p.name, p.country, coalesce(e.quad_class, 0), e.code,"
        + " e.date_value, e.date_from, e.date_to, e.date_precision" + FROM + w.sql()
        + (w.sql().isEmpty() ? " WHERE" : " AND") + " p.precision IN ('city', 'locality')" + ORDER + " LIMIT ?";
    List<Object> params = new ArrayList<>(w.params());
    params.add(max);
    List<MapPoint> out = new ArrayList<>();
    try (PreparedStatement ps = prepare(sql, params); ResultSet r = ps.executeQuery()) {
      while (r.next()) {
        out.add(new MapPoint(r.getString(1), r.getDouble(2), r.getDouble(3), r.getString(4), r.getString(5),
            r.getString(6), r.getInt(7), r.getString(8), dateText(r)));
      }
      return out;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /**
   * The matching events placed only to a country or a region, counted by the place's country, most
   * events first.
   *
   * @throws StoreException on a database error
   */
  public List<CountryCount> countryCounts(EventQuery q) throws StoreException {
    Where w = where(q);
    String sql = "SELECT p.country, coalesce(e.quad_class, 0) AS qc, count(*)" + FROM + w.sql()
        + (w.sql().isEmpty() ? " WHERE" : " AND") + " p.precision IN ('country', 'region') AND p.country <> ''"
        + " GROUP BY p.country, qc";
    java.util.Map<String, long[]> by = new java.util.TreeMap<>();
    try (PreparedStatement ps = prepare(sql, w.params()); ResultSet r = ps.executeQuery()) {
      while (r.next()) {
        int qc = r.getInt(2);
        by.computeIfAbsent(r.getString(1), k -> new long[5])[qc >= 0 && qc <= 4 ? qc : 0] += r.getLong(3);
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    List<CountryCount> out = new ArrayList<>();
    by.forEach((c, n) -> out.add(new CountryCount(c, java.util.Arrays.stream(n).sum(), n)));
    out.sort((a, b) -> Long.compare(b.events(), a.events()));
    return out;
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
    String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    String sql = "SELECT code, mode(text) AS name, count(DISTINCT event_key) AS n FROM actors"
        + " WHERE code <> '' AND (starts_with(code, ?) OR text ILIKE ? ESCAPE '\\')"
        + " GROUP BY code ORDER BY n DESC, code LIMIT ?";
    List<ActorCount> out = new ArrayList<>();
    try (PreparedStatement ps = prepare(sql, List.of(text.toUpperCase(Locale.ROOT), like, max));
        ResultSet r = ps.executeQuery()) {
      while (r.next()) {
        out.add(new ActorCount(r.getString(1), nz(r.getString(2)), r.getLong(3)));
      }
      return out;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /**
   * Everything stored about one event.
   *
   * @param eventId the event id ({@code <article>-<n>})
   * @return empty when there is no such event
   * @throws StoreException on a database error
   */
  public Optional<EventDetail> event(String eventId) throws StoreException {
    String sql = ROW + ", e.span_begin, e.span_end, e.sentence, e.rule, a.title, a.url" + FROM + " WHERE e.event_id = ?";
    EventRow row;
    int tb;
    int te;
    int sentence;
    String rule;
    String title;
    String url;
    String outlet;
    Optional<LocalDate> published;
    try (PreparedStatement ps = prepare(sql, List.of(eventId)); ResultSet r = ps.executeQuery()) {
      if (!r.next()) {
        return Optional.empty();
      }
      row = row(r);
      tb = r.getInt("span_begin");
      te = r.getInt("span_end");
      sentence = r.getInt("sentence");
      rule = r.getString("rule");
      title = nz(r.getString("title"));
      url = nz(r.getString("url"));
      outlet = nz(r.getString("outlet"));
      published = date(r, "pub_date");
    } catch (SQLException e) {
      throw failure(e);
    }
    List<ActorSpan> actors = new ArrayList<>();
    List<MentionSpan> mentions = new ArrayList<>();
    int sentenceBegin = -1;
    try (PreparedStatement ps = prepare("SELECT role, text, code, span_begin, span_end, rule FROM actors"
        + " WHERE event_key = ? ORDER BY role, ordinal", List.of(row.eventKey()));
        ResultSet r = ps.executeQuery()) {
      while (r.next()) {
        actors.add(new ActorSpan(r.getString(1), r.getString(2), r.getString(3), r.getInt(4), r.getInt(5),
            r.getString(6)));
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    try (PreparedStatement ps = prepare("SELECT sentence, span_begin, span_end, trigger_text, rule FROM mentions"
        + " WHERE event_key = ? ORDER BY ordinal", List.of(row.eventKey()));
        ResultSet r = ps.executeQuery()) {
      while (r.next()) {
        MentionSpan m = new MentionSpan(r.getInt(1), r.getInt(2), r.getInt(3), r.getString(4), r.getString(5));
        mentions.add(m);
        if (m.sentence() == sentence && sentenceBegin < 0) {
          sentenceBegin = m.begin();
        }
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    return Optional.of(new EventDetail(row, tb, te, sentence, sentenceBegin, rule, title, url, outlet, published,
        actors, mentions));
  }

  /**
   * A fingerprint of everything the database holds (row counts and a hash over every table's rows),
   * to check that a series of requests changed nothing.
   *
   * @throws StoreException on a database error
   */
  public String fingerprint() throws StoreException {
    StringBuilder b = new StringBuilder();
    for (String t : List.of("runs", "articles", "events", "actors", "event_pairs", "mentions", "places",
        "event_groups", "group_members", "dirty_blocks")) {
      try (PreparedStatement ps = prepare("SELECT count(*), coalesce(sum(hash(x)), 0) FROM " + t + " x", List.of());
          ResultSet r = ps.executeQuery()) {
        r.next();
        b.append(t).append('=').append(r.getLong(1)).append(':').append(r.getString(2)).append(';');
      } catch (SQLException e) {
        throw failure(e);
      }
    }
    return b.toString();
  }

  /**
   * An event group and its reports, anchor first.
   *
   * @return empty when there is no group with this id
   * @throws StoreException on a database error
   */
  public Optional<GroupReport> group(String groupId) throws StoreException {
    String sql = "SELECT group_id, block_key, reports, articles, sources, mentions, first_report, last_report,"
        + " killed_min, killed_max, killed_qualifier, killed_figures, representative_key,"
        + " (SELECT event_id FROM events k WHERE k.event_key = g.killed_event_key) AS killed_from"
        + " FROM event_groups g WHERE group_id = ?";
    GroupReport head;
    long representative;
    try (PreparedStatement ps = prepare(sql, List.of(groupId)); ResultSet r = ps.executeQuery()) {
      if (!r.next()) {
        return Optional.empty();
      }
      representative = r.getLong("representative_key");
      head = new GroupReport(r.getString("group_id"), r.getString("block_key"), r.getInt("reports"),
          r.getInt("articles"), r.getInt("sources"), r.getInt("mentions"), date(r, "first_report"),
          date(r, "last_report"), quantity(r, "killed_min", "killed_max", "killed_qualifier"),
          r.getString("killed_from") == null ? "" : r.getString("killed_from"), r.getInt("killed_figures"), List.of());
    } catch (SQLException e) {
      throw failure(e);
    }
    List<GroupMember> members = new ArrayList<>();
    String membersSql = ROW + ", gm.reason" + FROM + " WHERE gm.group_id = ? ORDER BY gm.ordinal";
    try (PreparedStatement m = prepare(membersSql, List.of(groupId)); ResultSet mr = m.executeQuery()) {
      while (mr.next()) {
        EventRow row = row(mr);
        members.add(new GroupMember(row, mr.getString("outlet"), date(mr, "pub_date"), mr.getString("reason"),
            row.eventKey() == representative));
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    return Optional.of(new GroupReport(head.groupId(), head.blockKey(), head.reports(), head.articles(),
        head.sources(), head.mentions(), head.firstReport(), head.lastReport(), head.killed(), head.killedFrom(),
        head.killedFigures(), members));
  }

  private PreparedStatement prepare(String sql, List<Object> params) throws SQLException {
    PreparedStatement ps = connection.prepareStatement(sql);
    bind(ps, params);
    return ps;
  }

  private static EventRow row(ResultSet r) throws SQLException {
    return new EventRow(r.getLong("event_key"), r.getString("event_id"), r.getString("group_id"), dateText(r),
        nz(r.getString("sources")), r.getString("code"), nz(r.getString("targets")), r.getBoolean("multilateral"),
        r.getString("plover_type"), r.getString("mode"), r.getString("place"), r.getString("place_country"),
        quantity(r, "killed_min", "killed_max", "killed_qualifier"), r.getString("article_id"),
        r.getString("sentence_text"), r.getString("json"));
  }

  /** The date as text, see {@link EventRow#date()}. */
  private static String dateText(ResultSet r) throws SQLException {
    String precision = r.getString("date_precision");
    Optional<LocalDate> value = date(r, "date_value");
    return switch (precision) {
      case "day" -> value.map(LocalDate::toString).orElse("");
      case "month" -> value.map(v -> v.toString().substring(0, 7)).orElse("");
      case "year" -> value.map(v -> String.valueOf(v.getYear())).orElse("");
      case "range" -> date(r, "date_from").map(LocalDate::toString).orElse("") + ".."
          + date(r, "date_to").map(LocalDate::toString).orElse("");
      default -> "";
    };
  }

  /** A count as text: {@code 7}, {@code >=7} (open-ended), {@code 10-12}; {@code ""} when none. */
  static String quantity(ResultSet r, String min, String max, String qualifier) throws SQLException {
    long lo = r.getLong(min);
    if (r.wasNull()) {
      return "";
    }
    long hi = r.getLong(max);
    if (r.wasNull()) {
      return ">=" + lo;
    }
    String q = r.getString(qualifier);
    String base = hi == lo ? String.valueOf(lo) : lo + "-" + hi;
    return "vague".equals(q) ? "~" + base : base;
  }

  private static Optional<LocalDate> date(ResultSet r, String column) throws SQLException {
    Date d = r.getDate(column);
    return d == null ? Optional.empty() : Optional.of(d.toLocalDate());
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private StoreException failure(SQLException e) {
    return new StoreException(file + ": query failed: " + (e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s+", " ")), e);
  }
}
