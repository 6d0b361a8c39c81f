package org.casus.store.query;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casus.store.StoreException;
import org.casus.store.query.EventQueries.ActorCount;
import org.casus.store.query.EventQueries.Bucket;
import org.casus.store.query.EventQueries.CountryCount;
import org.casus.store.query.EventQueries.MapPoint;
import org.casus.store.query.EventQueries.TimelineCount;

/**
 * The summary queries behind {@link EventQueries} for charts and maps: the timeline per bucket and
 * QuadClass, map points, counts per country, and actor codes for completion. Not thread-safe (one
 * connection).
 */
final class EventSummaryQueries {
  private final QueryContext ctx;

  EventSummaryQueries(QueryContext ctx) {
    this.ctx = ctx;
  }

  /** See {@link EventQueries#timeline}. */
  List<TimelineCount> timeline(EventQuery q, Bucket bucket) throws StoreException {
    EventSql.Where w = EventSql.where(q);
    String sql = "SELECT CAST(date_trunc('" + bucket.sql + "', e.date_earliest) AS DATE) AS d, e.quad_class,"
        + " count(*), sum(e.goldstein)" + EventSql.FROM + w.sql() + (w.sql().isEmpty() ? " WHERE" : " AND")
        + " e.date_earliest IS NOT NULL AND e.quad_class IS NOT NULL GROUP BY d, e.quad_class ORDER BY d, e.quad_class";
    List<TimelineCount> out = new ArrayList<>();
    try (PreparedStatement ps = ctx.prepare(sql, w.params()); ResultSet r = ps.executeQuery()) {
      while (r.next()) {
        out.add(new TimelineCount(r.getDate(1).toLocalDate(), r.getInt(2), r.getLong(3), r.getDouble(4)));
      }
      return out;
    } catch (SQLException e) {
      throw ctx.failure(e);
    }
  }

  /** See {@link EventQueries#mapPoints}. */
  List<MapPoint> mapPoints(EventQuery q, int max) throws StoreException {
    EventSql.Where w = EventSql.where(q);
    String sql = "SELECT e.event_id, p.lat, p.lon, p.precision, p.name, p.country, coalesce(e.quad_class, 0), e.code,"
        + " e.date_value, e.date_from, e.date_to, e.date_precision" + EventSql.FROM + w.sql()
        + (w.sql().isEmpty() ? " WHERE" : " AND") + " p.precision IN ('city', 'locality')" + EventSql.ORDER + " LIMIT ?";
    List<Object> params = new ArrayList<>(w.params());
    params.add(max);
    List<MapPoint> out = new ArrayList<>();
    try (PreparedStatement ps = ctx.prepare(sql, params); ResultSet r = ps.executeQuery()) {
      while (r.next()) {
        out.add(new MapPoint(r.getString(1), r.getDouble(2), r.getDouble(3), r.getString(4), r.getString(5),
            r.getString(6), r.getInt(7), r.getString(8), EventSql.dateText(r)));
      }
      return out;
    } catch (SQLException e) {
      throw ctx.failure(e);
    }
  }

  /** See {@link EventQueries#countryCounts}. */
  List<CountryCount> countryCounts(EventQuery q) throws StoreException {
    EventSql.Where w = EventSql.where(q);
    String sql = "SELECT p.country, coalesce(e.quad_class, 0) AS qc, count(*)" + EventSql.FROM + w.sql()
        + (w.sql().isEmpty() ? " WHERE" : " AND") + " p.precision IN ('country', 'region') AND p.country <> ''"
        + " GROUP BY p.country, qc";
    java.util.Map<String, long[]> by = new java.util.TreeMap<>();
    try (PreparedStatement ps = ctx.prepare(sql, w.params()); ResultSet r = ps.executeQuery()) {
      while (r.next()) {
        int qc = r.getInt(2);
        by.computeIfAbsent(r.getString(1), k -> new long[5])[qc >= 0 && qc <= 4 ? qc : 0] += r.getLong(3);
      }
    } catch (SQLException e) {
      throw ctx.failure(e);
    }
    List<CountryCount> out = new ArrayList<>();
    by.forEach((c, n) -> out.add(new CountryCount(c, java.util.Arrays.stream(n).sum(), n)));
    out.sort((a, b) -> Long.compare(b.events(), a.events()));
    return out;
  }

  /** See {@link EventQueries#actors}. */
  List<ActorCount> actors(String text, int max) throws StoreException {
    String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    String sql = "SELECT code, mode(text) AS name, count(DISTINCT event_key) AS n FROM actors"
        + " WHERE code <> '' AND (starts_with(code, ?) OR text ILIKE ? ESCAPE '\\')"
        + " GROUP BY code ORDER BY n DESC, code LIMIT ?";
    List<ActorCount> out = new ArrayList<>();
    try (PreparedStatement ps = ctx.prepare(sql, List.of(text.toUpperCase(Locale.ROOT), like, max));
        ResultSet r = ps.executeQuery()) {
      while (r.next()) {
        out.add(new ActorCount(r.getString(1), EventSql.nz(r.getString(2)), r.getLong(3)));
      }
      return out;
    } catch (SQLException e) {
      throw ctx.failure(e);
    }
  }
}
