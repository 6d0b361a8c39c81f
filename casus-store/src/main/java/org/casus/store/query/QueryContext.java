package org.casus.store.query;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.casus.store.StoreException;

/**
 * The connection the queries run on and the database file named in their errors.
 *
 * @param connection the store's connection (not thread-safe)
 * @param file the database file, for messages
 */
record QueryContext(Connection connection, Path file) {

  /** A statement for {@code sql} with {@code params} bound (see {@link EventSql#bind}). */
  PreparedStatement prepare(String sql, List<Object> params) throws SQLException {
    PreparedStatement ps = connection.prepareStatement(sql);
    EventSql.bind(ps, params);
    return ps;
  }

  /** A query failure as a {@link StoreException} naming the file, on one line. */
  StoreException failure(SQLException e) {
    return new StoreException(file + ": query failed: " + (e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s+", " ")), e);
  }
}
