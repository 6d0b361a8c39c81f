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
import java.util.function.Consumer;
import org.casus.store.StoreException;

/**
 * Queries over a store: events by filter ({@link EventQuery}), counts, counts per day, month or
 * year, and the reports of one event group with the reasons they were joined.
 *
 * <p>Every value is a bound parameter. Events come in date order (earliest day; unknown dates last),
 * then by article and position. Not thread-safe (one connection).
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
    for (int i = 0; i < params.size(); i++) {
      Object v = params.get(i);
      if (v instanceof LocalDate d) {
        ps.setObject(i + 1, d);
      } else if (v instanceof Integer n) {
        ps.setInt(i + 1, n);
      } else {
        ps.setString(i + 1, (String) v);
      }
    }
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
