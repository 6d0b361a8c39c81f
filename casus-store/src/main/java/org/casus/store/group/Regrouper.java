package org.casus.store.group;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.casus.model.ModeKind;
import org.casus.model.Place;
import org.casus.model.PlacePrecision;
import org.casus.model.Quantity;
import org.casus.store.CountryTable;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Brings {@code event_groups} and {@code group_members} up to date for the blocks listed in
 * {@code dirty_blocks} (those an ingest added events to or removed events from), in one
 * transaction: it reads the blocks' events, groups each block with {@link EventGrouper}, replaces
 * the blocks' groups and clears the marks. Because a block's groups depend only on its events, the
 * result equals grouping the whole database from scratch.
 *
 * <p>Not thread-safe; used by the store that owns the connection.
 */
public final class Regrouper {
  private static final String SEP = "\u001f";
  private static final String FIELD = "\u001e";

  /**
   * What a regrouping did.
   *
   * @param blocks blocks regrouped
   * @param events events in them
   * @param groups groups they form
   */
  public record Result(long blocks, long events, long groups) {
  }

  private final Connection connection;
  private final CountryTable countries;

  /**
   * @param connection the store's read-write connection, in auto-commit mode
   * @param countries which actor codes are countries
   */
  public Regrouper(Connection connection, CountryTable countries) {
    this.connection = connection;
    this.countries = countries;
  }

  /**
   * Regroups the marked blocks.
   *
   * @throws SQLException on a database error; the transaction is rolled back
   */
  public Result regroupDirty() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TEMP TABLE IF NOT EXISTS stage_event_groups AS SELECT * FROM main.event_groups LIMIT 0");
      s.execute("CREATE TEMP TABLE IF NOT EXISTS stage_group_members AS SELECT * FROM main.group_members LIMIT 0");
      s.execute("DELETE FROM stage_event_groups");
      s.execute("DELETE FROM stage_group_members");
    }
    connection.setAutoCommit(false);
    try {
      long blocks;
      try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM dirty_blocks")) {
        r.next();
        blocks = r.getLong(1);
      }
      if (blocks == 0) {
        connection.commit();
        return new Result(0, 0, 0);
      }
      // Read first, write after: the result set is closed before the appenders write.
      Map<String, List<Candidate>> byBlock = new LinkedHashMap<>();
      long events = 0;
      try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(CANDIDATES)) {
        while (r.next()) {
          byBlock.computeIfAbsent(r.getString("block_key"), k -> new ArrayList<>()).add(candidate(r));
          events++;
        }
      }
      long groups = 0;
      try (DuckDBAppender g = ((DuckDBConnection) connection).createAppender("temp", "main", "stage_event_groups");
          DuckDBAppender m = ((DuckDBConnection) connection).createAppender("temp", "main", "stage_group_members")) {
        for (Map.Entry<String, List<Candidate>> b : byBlock.entrySet()) {
          groups += write(b.getKey(), b.getValue(), g, m);
        }
      }
      try (Statement s = connection.createStatement()) {
        s.execute("DELETE FROM group_members WHERE group_id IN (SELECT group_id FROM event_groups"
            + " WHERE block_key IN (SELECT block_key FROM dirty_blocks))");
        s.execute("DELETE FROM event_groups WHERE block_key IN (SELECT block_key FROM dirty_blocks)");
        s.execute("INSERT INTO main.event_groups SELECT * FROM stage_event_groups");
        s.execute("INSERT INTO main.group_members SELECT * FROM stage_group_members");
        s.execute("DELETE FROM dirty_blocks");
        s.execute("DELETE FROM stage_event_groups");
        s.execute("DELETE FROM stage_group_members");
      }
      connection.commit();
      return new Result(blocks, events, groups);
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private static final String CANDIDATES = "SELECT e.block_key, e.event_key, e.event_id, e.article_id, e.seq,"
      + " a.pub_date, a.outlet, e.date_earliest, e.date_latest, e.date_precision, e.mode, e.multilateral,"
      + " e.killed_min, e.killed_max, e.killed_qualifier, e.wounded_min, e.wounded_max, e.wounded_qualifier,"
      + " p.name AS p_name, p.geonames_id AS p_id, p.country AS p_country, p.admin1 AS p_admin1, p.lat AS p_lat,"
      + " p.lon AS p_lon, p.precision AS p_precision, p.toponym AS p_toponym, p.relation AS p_relation,"
      + " (SELECT count(*) FROM mentions x WHERE x.event_key = e.event_key) AS mention_count,"
      + " (SELECT string_agg(x.country || chr(30) || x.code || chr(30) || x.text, chr(31) ORDER BY x.ordinal)"
      + "   FROM actors x WHERE x.event_key = e.event_key AND x.role = 'source') AS sources,"
      + " (SELECT string_agg(x.country || chr(30) || x.code || chr(30) || x.text, chr(31) ORDER BY x.ordinal)"
      + "   FROM actors x WHERE x.event_key = e.event_key AND x.role = 'target') AS targets"
      + " FROM events e JOIN articles a ON a.article_id = e.article_id"
      + " LEFT JOIN places p ON p.event_key = e.event_key"
      + " WHERE e.block_key IN (SELECT block_key FROM dirty_blocks)"
      + " ORDER BY e.block_key, e.event_key";

  private Candidate candidate(ResultSet r) throws SQLException {
    Place place = Place.UNKNOWN;
    if (r.getString("p_name") != null) {
      place = new Place(r.getString("p_name"), r.getLong("p_id"), r.getString("p_country"), r.getString("p_admin1"),
          r.getDouble("p_lat"), r.getDouble("p_lon"),
          PlacePrecision.valueOf(r.getString("p_precision").toUpperCase(Locale.ROOT)), r.getString("p_toponym"),
          r.getString("p_relation"));
    }
    List<String[]> sources = actors(r.getString("sources"));
    List<String[]> targets = actors(r.getString("targets"));
    Set<String> participants = new LinkedHashSet<>();
    if (r.getBoolean("multilateral")) {
      for (String[] a : concat(sources, targets)) {
        participants.add(a[1].isEmpty() ? "text:" + a[2].toLowerCase(Locale.ROOT)
            : countries.isCountry(a[0]) ? a[0] : a[1]);
      }
    }
    return new Candidate(r.getLong("event_key"), r.getString("event_id"), r.getString("article_id"), r.getInt("seq"),
        date(r, "pub_date"), r.getString("outlet"), date(r, "date_earliest"), date(r, "date_latest"),
        r.getString("date_precision").equals("day"), place,
        sources.stream().map(Regrouper::label).toList(), targets.stream().map(Regrouper::label).toList(), participants,
        Math.max(1, r.getInt("mention_count")), ModeKind.valueOf(r.getString("mode").toUpperCase(Locale.ROOT)),
        quantity(r, "killed"), quantity(r, "wounded"));
  }

  private static List<String[]> concat(List<String[]> a, List<String[]> b) {
    List<String[]> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static String label(String[] actor) {
    return actor[1].isEmpty() ? actor[2] : actor[1];
  }

  private static List<String[]> actors(String agg) {
    if (agg == null || agg.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(agg.split(SEP, -1)).map(a -> a.split(FIELD, 3)).toList();
  }

  private static Optional<LocalDate> date(ResultSet r, String column) throws SQLException {
    Date d = r.getDate(column);
    return d == null ? Optional.empty() : Optional.of(d.toLocalDate());
  }

  private static Optional<Quantity> quantity(ResultSet r, String what) throws SQLException {
    long min = r.getLong(what + "_min");
    if (r.wasNull()) {
      return Optional.empty();
    }
    long max = r.getLong(what + "_max");
    if (r.wasNull()) {
      max = -1;
    }
    return Optional.of(new Quantity(min, max, r.getString(what + "_qualifier"), ""));
  }

  private static int write(String block, List<Candidate> members, DuckDBAppender g, DuckDBAppender m) throws SQLException {
    List<EventGroup> groups = EventGrouper.group(members);
    for (EventGroup group : groups) {
      g.beginRow().append(group.id()).append(block).append(group.anchor().eventKey())
          .append(group.representative().eventKey()).append(group.members().size()).append(group.articles())
          .append(group.sources()).append(group.mentions());
      date(g, group.firstReport());
      date(g, group.lastReport());
      date(g, group.earliest());
      date(g, group.latest());
      figure(g, group.killed());
      figure(g, group.wounded());
      g.endRow();
      for (int i = 0; i < group.members().size(); i++) {
        m.beginRow().append(group.id()).append(group.members().get(i).eventKey()).append(i)
            .append(group.reasons().get(i)).endRow();
      }
    }
    return groups.size();
  }

  private static void date(DuckDBAppender a, Optional<LocalDate> d) throws SQLException {
    if (d.isPresent()) {
      a.append(d.get());
    } else {
      a.appendNull();
    }
  }

  private static void figure(DuckDBAppender a, Optional<CasualtyFigure> f) throws SQLException {
    if (f.isEmpty()) {
      a.appendNull().appendNull().appendNull().appendNull().append(0);
      return;
    }
    Quantity q = f.get().quantity();
    a.append(q.min());
    if (q.openEnded()) {
      a.appendNull();
    } else {
      a.append(q.max());
    }
    a.append(q.qualifier()).append(f.get().eventKey()).append(f.get().figures());
  }
}
