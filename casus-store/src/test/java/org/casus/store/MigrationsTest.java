package org.casus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
  @TempDir
  Path dir;

  @Test
  void aVersionOneDatabaseIsUpgradedAndItsBlocksRegroupedByBaseCode() throws Exception {
    Path db = dir.resolve("v1.duckdb");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement();
        InputStream in = Migrations.class.getResourceAsStream("migrations/V001__schema.sql")) {
      s.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
      for (String sql : Migrations.statements(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
        s.execute(sql);
      }
      s.execute("INSERT INTO schema_version VALUES (1, 'V001__schema.sql', now()::TIMESTAMP)");
      s.execute("INSERT INTO events (event_key, event_id, article_id, seq, sentence, span_begin, span_end, sentence_text,"
          + " trigger_text, rule, multilateral, code, base_code, root_code, plover_type, plover_mode, plover_context, mode,"
          + " speaker, date_precision, date_basis, date_expression, block_key, json) VALUES (1, 'a-1', 'a', 0, 0, 0, 1, '',"
          + " '', '', false, '1951', '195', '19', '', '', '', 'asserted', '', 'day', 'text', '', 'fact|19|ISR>SYR', '{}')");
      s.execute("INSERT INTO event_groups (group_id, block_key, anchor_key, representative_key, reports, articles, sources,"
          + " mentions, killed_figures, wounded_figures) VALUES ('a-1', 'fact|19|ISR>SYR', 1, 1, 1, 1, 1, 1, 0, 0)");
    }
    try (EventStore s = EventStore.open(db)) {
      assertEquals(Migrations.CURRENT, Migrations.version(s.connection()));
      try (Statement st = s.connection().createStatement();
          ResultSet r = st.executeQuery("SELECT (SELECT block_key FROM events), (SELECT string_agg(block_key) FROM dirty_blocks),"
              + " (SELECT count(*) FROM event_groups)")) {
        r.next();
        assertEquals("fact|195|ISR>SYR", r.getString(1));
        assertEquals("fact|195|ISR>SYR", r.getString(2));
        assertEquals(0, r.getLong(3));
      }
    }
  }
}
