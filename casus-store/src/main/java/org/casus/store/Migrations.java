package org.casus.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbered schema migrations. Migration {@code n} is the resource
 * {@code org/casus/store/migrations/V00n__name.sql}; a database records the versions applied in
 * {@code schema_version (version, name, applied_at)}. Opening a database applies, in order and each in
 * its own transaction, every migration it lacks. A migration is never edited after release: a change
 * of schema is a new migration.
 *
 * <p>Not thread-safe; used while opening a store.
 */
final class Migrations {
  /** The migrations of this build, in order; index {@code i} is version {@code i + 1}. */
  static final List<String> ALL = List.of("V001__schema.sql", "V002__base_code_blocks.sql");

  /** The schema version this build writes. */
  static final int CURRENT = ALL.size();

  private Migrations() {
  }

  /**
   * The database's schema version, 0 for an empty database.
   *
   * @throws SQLException when the version table cannot be read
   */
  static int version(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'")) {
      r.next();
      if (r.getLong(1) == 0) {
        return 0;
      }
    }
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      r.next();
      return r.getInt(1);
    }
  }

  /**
   * Applies the missing migrations. The connection must be in auto-commit mode; it is left so.
   *
   * @return the number of migrations applied
   * @throws SQLException when a migration fails (that migration is rolled back)
   */
  static int apply(Connection c) throws SQLException {
    int have = version(c);
    if (have == 0) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
            + " applied_at TIMESTAMP NOT NULL)");
      }
    }
    int applied = 0;
    for (int v = have + 1; v <= CURRENT; v++) {
      String name = ALL.get(v - 1);
      c.setAutoCommit(false);
      try {
        try (Statement s = c.createStatement()) {
          for (String sql : statements(read(name))) {
            s.execute(sql);
          }
        }
        try (PreparedStatement p = c.prepareStatement(
            "INSERT INTO schema_version VALUES (?, ?, current_timestamp::TIMESTAMP)")) {
          p.setInt(1, v);
          p.setString(2, name);
          p.executeUpdate();
        }
        c.commit();
        applied++;
      } catch (SQLException e) {
        c.rollback();
        throw new SQLException("migration " + name + " failed: " + e.getMessage(), e);
      } finally {
        c.setAutoCommit(true);
      }
    }
    return applied;
  }

  /** The statements of a migration file: split at ';' at the end of a line; '--' comment lines dropped. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      String t = line.strip();
      if (t.startsWith("--") || t.isEmpty()) {
        continue;
      }
      cur.append(line).append('\n');
      if (t.endsWith(";")) {
        String sql = cur.toString().strip();
        out.add(sql.substring(0, sql.length() - 1));
        cur.setLength(0);
      }
    }
    if (!cur.toString().isBlank()) {
      throw new IllegalStateException("migration script ends without ';': " + cur.toString().strip());
    }
    return out;
  }

  private static String read(String name) {
    String path = "migrations/" + name;
    try (InputStream in = Migrations.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("migration resource missing from the build: org/casus/store/" + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration org/casus/store/" + path + ": " + e.getMessage(), e);
    }
  }
}
