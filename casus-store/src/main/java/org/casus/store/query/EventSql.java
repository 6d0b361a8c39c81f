package org.casus.store.query;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SQL shared by the event queries: the event row's SELECT and joins, the date order, a
 * query's WHERE clause with its bound parameters, parameter binding and reading a row. Stateless.
 */
final class EventSql {
  private EventSql() {
  }

  static final String ROW = "SELECT e.event_key, e.event_id, coalesce(gm.group_id, '') AS group_id,"
      + " e.date_value, e.date_from, e.date_to, e.date_precision, e.code, e.multilateral, e.plover_type, e.mode,"
      + " coalesce(p.name, '') AS place, coalesce(p.country, '') AS place_country,"
      + " e.killed_min, e.killed_max, e.killed_qualifier, e.article_id, e.sentence_text, e.json,"
      + " a.outlet, a.pub_date,"
      + " (SELECT string_agg(CASE WHEN x.code = '' THEN x.text ELSE x.code END, '+' ORDER BY x.ordinal)"
      + "   FROM actors x WHERE x.event_key = e.event_key AND x.role = 'source') AS sources,"
      + " (SELECT string_agg(CASE WHEN x.code = '' THEN x.text ELSE x.code END, '+' ORDER BY x.ordinal)"
      + "   FROM actors x WHERE x.event_key = e.event_key AND x.role = 'target') AS targets";

  static final String FROM = " FROM events e JOIN articles a ON a.article_id = e.article_id"
      + " LEFT JOIN places p ON p.event_key = e.event_key"
      + " LEFT JOIN group_members gm ON gm.event_key = e.event_key";

  static final String ORDER = " ORDER BY e.date_earliest NULLS LAST, e.article_id, e.seq";

  /** A WHERE clause and its parameters. */
  record Where(String sql, List<Object> params) {
  }

  static Where where(EventQuery q) {
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

  /** Binds parameters from the first {@code ?}: see {@link EventQueries#bind}. */
  static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
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

  static EventRow row(ResultSet r) throws SQLException {
    return new EventRow(r.getLong("event_key"), r.getString("event_id"), r.getString("group_id"), dateText(r),
        nz(r.getString("sources")), r.getString("code"), nz(r.getString("targets")), r.getBoolean("multilateral"),
        r.getString("plover_type"), r.getString("mode"), r.getString("place"), r.getString("place_country"),
        quantity(r, "killed_min", "killed_max", "killed_qualifier"), r.getString("article_id"),
        r.getString("sentence_text"), r.getString("json"));
  }

  /** The date as text, see {@link EventRow#date()}. */
  static String dateText(ResultSet r) throws SQLException {
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

  static Optional<LocalDate> date(ResultSet r, String column) throws SQLException {
    Date d = r.getDate(column);
    return d == null ? Optional.empty() : Optional.of(d.toLocalDate());
  }

  static String nz(String s) {
    return s == null ? "" : s;
  }
}
