package org.casus.store.query;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.casus.store.StoreException;
import org.casus.store.query.EventQueries.ActorSpan;
import org.casus.store.query.EventQueries.EventDetail;
import org.casus.store.query.EventQueries.GroupMember;
import org.casus.store.query.EventQueries.GroupReport;
import org.casus.store.query.EventQueries.MentionSpan;
import org.casus.store.query.EventQueries.Period;
import org.casus.store.query.EventQueries.PeriodCount;

/**
 * The event-by-event queries behind {@link EventQueries}: matching events (all or one page), their
 * count and counts per period, one event in detail, one event group, and the store fingerprint.
 * Not thread-safe (one connection).
 */
final class EventPageQueries {
  private final QueryContext ctx;

  EventPageQueries(QueryContext ctx) {
    this.ctx = ctx;
  }

  /** See {@link EventQueries#events}. */
  long events(EventQuery q, Consumer<EventRow> sink) throws StoreException {
    EventSql.Where w = EventSql.where(q);
    String sql = EventSql.ROW + EventSql.FROM + w.sql() + EventSql.ORDER + (q.limit().isPresent() ? " LIMIT ?" : "");
    List<Object> params = new ArrayList<>(w.params());
    q.limit().ifPresent(params::add);
    return stream(sql, params, sink);
  }

  /** See {@link EventQueries#count}. */
  long count(EventQuery q) throws StoreException {
    EventSql.Where w = EventSql.where(q);
    try (PreparedStatement ps = ctx.prepare("SELECT count(*)" + EventSql.FROM + w.sql(), w.params()); ResultSet r = ps.executeQuery()) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw ctx.failure(e);
    }
  }

  /** See {@link EventQueries#countBy}. */
  List<PeriodCount> countBy(EventQuery q, Period period) throws StoreException {
    EventSql.Where w = EventSql.where(q);
    String sql = "SELECT CAST(date_trunc('" + period.sql + "', e.date_earliest) AS DATE) AS d, count(*)" + EventSql.FROM
        + w.sql() + (w.sql().isEmpty() ? " WHERE" : " AND") + " e.date_earliest IS NOT NULL GROUP BY d ORDER BY d";
    List<PeriodCount> out = new ArrayList<>();
    try (PreparedStatement ps = ctx.prepare(sql, w.params()); ResultSet r = ps.executeQuery()) {
      while (r.next()) {
        out.add(new PeriodCount(r.getDate(1).toLocalDate(), r.getLong(2)));
      }
      return out;
    } catch (SQLException e) {
      throw ctx.failure(e);
    }
  }

  /** See {@link EventQueries#events}. */
  long events(EventQuery q, long offset, boolean newestFirst, Consumer<EventRow> sink) throws StoreException {
    if (offset < 0) {
      throw new IllegalArgumentException("offset " + offset + " < 0");
    }
    EventSql.Where w = EventSql.where(q);
    String order = newestFirst ? " ORDER BY e.date_earliest DESC NULLS LAST, e.article_id, e.seq" : EventSql.ORDER;
    // The page's keys first, then their rows: the actor lists are aggregated for the page only.
    String page = "SELECT e.event_key" + EventSql.FROM + w.sql() + order + (q.limit().isPresent() ? " LIMIT ?" : "") + " OFFSET ?";
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
        + EventSql.FROM + " LEFT JOIN acts ON acts.event_key = e.event_key WHERE e.event_key IN (SELECT event_key FROM page)" + order;
    List<Object> params = new ArrayList<>(w.params());
    q.limit().ifPresent(params::add);
    params.add(offset);
    return stream(sql, params, sink);
  }

  /** See {@link EventQueries#event}. */
  Optional<EventDetail> event(String eventId) throws StoreException {
    String sql = EventSql.ROW + ", e.span_begin, e.span_end, e.sentence, e.rule, a.title, a.url" + EventSql.FROM + " WHERE e.event_id = ?";
    EventRow row;
    int tb;
    int te;
    int sentence;
    String rule;
    String title;
    String url;
    String outlet;
    Optional<LocalDate> published;
    try (PreparedStatement ps = ctx.prepare(sql, List.of(eventId)); ResultSet r = ps.executeQuery()) {
      if (!r.next()) {
        return Optional.empty();
      }
      row = EventSql.row(r);
      tb = r.getInt("span_begin");
      te = r.getInt("span_end");
      sentence = r.getInt("sentence");
      rule = r.getString("rule");
      title = EventSql.nz(r.getString("title"));
      url = EventSql.nz(r.getString("url"));
      outlet = EventSql.nz(r.getString("outlet"));
      published = EventSql.date(r, "pub_date");
    } catch (SQLException e) {
      throw ctx.failure(e);
    }
    List<ActorSpan> actors = new ArrayList<>();
    List<MentionSpan> mentions = new ArrayList<>();
    int sentenceBegin = -1;
    try (PreparedStatement ps = ctx.prepare("SELECT role, text, code, span_begin, span_end, rule FROM actors"
        + " WHERE event_key = ? ORDER BY role, ordinal", List.of(row.eventKey()));
        ResultSet r = ps.executeQuery()) {
      while (r.next()) {
        actors.add(new ActorSpan(r.getString(1), r.getString(2), r.getString(3), r.getInt(4), r.getInt(5),
            r.getString(6)));
      }
    } catch (SQLException e) {
      throw ctx.failure(e);
    }
    try (PreparedStatement ps = ctx.prepare("SELECT sentence, span_begin, span_end, trigger_text, rule FROM mentions"
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
      throw ctx.failure(e);
    }
    return Optional.of(new EventDetail(row, tb, te, sentence, sentenceBegin, rule, title, url, outlet, published,
        actors, mentions));
  }

  /** See {@link EventQueries#group}. */
  Optional<GroupReport> group(String groupId) throws StoreException {
    String sql = "SELECT group_id, block_key, reports, articles, sources, mentions, first_report, last_report,"
        + " killed_min, killed_max, killed_qualifier, killed_figures, representative_key,"
        + " (SELECT event_id FROM events k WHERE k.event_key = g.killed_event_key) AS killed_from"
        + " FROM event_groups g WHERE group_id = ?";
    GroupReport head;
    long representative;
    try (PreparedStatement ps = ctx.prepare(sql, List.of(groupId)); ResultSet r = ps.executeQuery()) {
      if (!r.next()) {
        return Optional.empty();
      }
      representative = r.getLong("representative_key");
      head = new GroupReport(r.getString("group_id"), r.getString("block_key"), r.getInt("reports"),
          r.getInt("articles"), r.getInt("sources"), r.getInt("mentions"), EventSql.date(r, "first_report"),
          EventSql.date(r, "last_report"), EventSql.quantity(r, "killed_min", "killed_max", "killed_qualifier"),
          r.getString("killed_from") == null ? "" : r.getString("killed_from"), r.getInt("killed_figures"), List.of());
    } catch (SQLException e) {
      throw ctx.failure(e);
    }
    List<GroupMember> members = new ArrayList<>();
    String membersSql = EventSql.ROW + ", gm.reason" + EventSql.FROM + " WHERE gm.group_id = ? ORDER BY gm.ordinal";
    try (PreparedStatement m = ctx.prepare(membersSql, List.of(groupId)); ResultSet mr = m.executeQuery()) {
      while (mr.next()) {
        EventRow row = EventSql.row(mr);
        members.add(new GroupMember(row, mr.getString("outlet"), EventSql.date(mr, "pub_date"), mr.getString("reason"),
            row.eventKey() == representative));
      }
    } catch (SQLException e) {
      throw ctx.failure(e);
    }
    return Optional.of(new GroupReport(head.groupId(), head.blockKey(), head.reports(), head.articles(),
        head.sources(), head.mentions(), head.firstReport(), head.lastReport(), head.killed(), head.killedFrom(),
        head.killedFigures(), members));
  }

  /** See {@link EventQueries#fingerprint}. */
  String fingerprint() throws StoreException {
    StringBuilder b = new StringBuilder();
    for (String t : List.of("runs", "articles", "events", "actors", "event_pairs", "mentions", "places",
        "event_groups", "group_members", "dirty_blocks")) {
      try (PreparedStatement ps = ctx.prepare("SELECT count(*), coalesce(sum(hash(x)), 0) FROM " + t + " x", List.of());
          ResultSet r = ps.executeQuery()) {
        r.next();
        b.append(t).append('=').append(r.getLong(1)).append(':').append(r.getString(2)).append(';');
      } catch (SQLException e) {
        throw ctx.failure(e);
      }
    }
    return b.toString();
  }

  /** Runs {@code sql} and hands each row to {@code sink}; returns the number of rows. */
  private long stream(String sql, List<Object> params, Consumer<EventRow> sink) throws StoreException {
    long n = 0;
    try (PreparedStatement ps = ctx.prepare(sql, params); ResultSet r = ps.executeQuery()) {
      while (r.next()) {
        sink.accept(EventSql.row(r));
        n++;
      }
      return n;
    } catch (SQLException e) {
      throw ctx.failure(e);
    }
  }
}
