package org.casus.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.casus.ingest.Rejection;
import org.casus.json.EventJson;
import org.casus.model.Actor;
import org.casus.model.Article;
import org.casus.model.Event;
import org.casus.model.Mention;
import org.casus.model.Place;
import org.casus.model.Quantity;
import org.casus.pipeline.CodingResult;
import org.casus.store.group.GroupingRules;
import org.casus.store.group.Regrouper;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * One ingest run: decides which articles need coding, and stores coded, failed and refused
 * articles in batches, each batch in one transaction.
 *
 * <p><b>Atomicity.</b> Rows go first through DuckDB's appender into temporary staging tables (which
 * live only in this process), then one transaction moves a batch into the real tables, deletes the
 * rows of articles it replaces, marks the grouping blocks it touched as out of date and updates the
 * run's counters. A process killed at any point leaves the file with whole batches only: every
 * article has all of its events, actors, mentions and places, or none. The next ingest skips what
 * was committed, codes the rest and groups the marked blocks ({@link Regrouper}). A batch is
 * committed every {@value #BATCH_ARTICLES} articles or {@value #BATCH_MILLIS} ms, whichever comes
 * first.
 *
 * <p><b>Idempotence.</b> An article whose id and {@link ArticleHash} are stored as coded is not
 * coded again ({@link #isCurrent}); one whose hash differs replaces the stored version; a refused
 * input is stored under {@code refused:<input>[:<line>]} with its reason.
 *
 * <p>Not thread-safe: call from one thread, in the order the articles should be stored.
 */
public final class IngestRun implements AutoCloseable {
  /** Articles per transaction at most. */
  public static final int BATCH_ARTICLES = 256;
  /** Time between commits at most, ms (checked when an article is stored). */
  public static final long BATCH_MILLIS = 1000;

  /** The tables that are written through staging tables, in insert order. */
  static final List<String> STAGED = List.of("articles", "events", "actors", "event_pairs", "mentions", "places");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final EventStore store;
  private final Connection connection;
  private final CountryTable countries;
  private final long runId;
  private final Map<String, ArticleState> states;
  private final Map<String, DuckDBAppender> appenders = new LinkedHashMap<>();
  private final Set<String> batchIds = new HashSet<>();
  private final Set<String> batchReplaced = new HashSet<>();
  private final Map<String, String> resources = new TreeMap<>();
  private final Clock clock = Clock.systemUTC();
  private long nextKey;
  private long lastCommit = System.currentTimeMillis();
  private boolean finished;

  private long read;
  private long coded;
  private long unchanged;
  private long replaced;
  private long refused;
  private long failed;
  private long events;

  private IngestRun(EventStore store, long runId, long nextKey, Map<String, ArticleState> states) {
    this.store = store;
    this.connection = store.connection();
    this.countries = CountryTable.bundled();
    this.runId = runId;
    this.nextKey = nextKey;
    this.states = states;
  }

  static IngestRun begin(EventStore store, String casusVersion, List<String> inputs, String options)
      throws SQLException, StoreException {
    Connection c = store.connection();
    long runId;
    long nextKey;
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT"
        + " (SELECT coalesce(max(run_id), 0) + 1 FROM runs),"
        + " greatest((SELECT coalesce(max(event_key), 0) FROM events), (SELECT coalesce(max(pair_key), 0) FROM event_pairs)) + 1")) {
      r.next();
      runId = r.getLong(1);
      nextKey = r.getLong(2);
    }
    ArrayNode in = JSON.createArrayNode();
    inputs.forEach(in::add);
    try (PreparedStatement p = c.prepareStatement("INSERT INTO runs VALUES (?, ?, NULL, ?, ?, ?, ?, '{}', 0, 0, 0, 0, 0, 0, 0)")) {
      p.setLong(1, runId);
      p.setObject(2, LocalDateTime.now(ZoneOffset.UTC));
      p.setString(3, RunStatus.RUNNING);
      p.setString(4, casusVersion);
      p.setString(5, in.toString());
      p.setString(6, options);
      p.executeUpdate();
    }
    return new IngestRun(store, runId, nextKey, store.articleStates());
  }

  /** This run's id in {@code runs}. */
  public long runId() {
    return runId;
  }

  /**
   * True when the article is stored, coded, with this content: it needs no coding, and is counted as
   * unchanged. False when it is new, changed, or failed last time.
   */
  public boolean isCurrent(Article a) {
    ArticleState s = states.get(a.id());
    if (s != null && s.isCurrent(ArticleHash.of(a))) {
      unchanged++;
      read++;
      return true;
    }
    return false;
  }

  /**
   * Stores a coded article and its events (folding multilateral events, {@link MultilateralFolding}).
   *
   * @throws StoreException on a database error; the run cannot go on
   * @throws IllegalArgumentException when the result is not of this article
   */
  public void coded(Article a, CodingResult result) throws StoreException {
    if (!result.docId().equals(a.id())) {
      throw new IllegalArgumentException("result of " + result.docId() + " given for article " + a.id());
    }
    Set<String> ids = new HashSet<>();
    for (Event e : result.events()) {
      if (!ids.add(e.id())) {
        failed(a, "the coder gave two events the id " + e.id());
        return;
      }
    }
    List<FoldedEvent> folded = MultilateralFolding.fold(result.events());
    String hash = ArticleHash.of(a);
    try {
      prepare(a.id());
      articleRow(a.id(), hash, a.publicationDate(), a.source(), a.title(), a.url(), ArticleStatus.CODED, "",
          result.sentences(), folded.size());
      int seq = 0;
      for (FoldedEvent f : folded) {
        eventRows(a.id(), seq++, f);
        f.pairs().forEach(p -> resources.putAll(p.provenance().resourceVersions()));
      }
    } catch (SQLException e) {
      throw fail("storing article " + a.id(), e);
    }
    states.put(a.id(), new ArticleState(hash, ArticleStatus.CODED));
    coded++;
    read++;
    events += folded.size();
    maybeCommit();
  }

  /**
   * Records an article whose coding threw; it is coded again by the next ingest.
   *
   * @param reason the error, one line
   * @throws StoreException on a database error
   */
  public void failed(Article a, String reason) throws StoreException {
    String hash = ArticleHash.of(a);
    try {
      prepare(a.id());
      articleRow(a.id(), hash, a.publicationDate(), a.source(), a.title(), a.url(), ArticleStatus.FAILED, reason, 0, 0);
    } catch (SQLException e) {
      throw fail("storing article " + a.id(), e);
    }
    states.put(a.id(), new ArticleState(hash, ArticleStatus.FAILED));
    failed++;
    read++;
    maybeCommit();
  }

  /**
   * Records a refused input under the id {@code refused:<input>[:<line>]}.
   *
   * @throws StoreException on a database error
   */
  public void refused(Rejection r) throws StoreException {
    String id = "refused:" + r.location();
    String hash = sha256(r.message());
    refused++;
    read++;
    ArticleState s = states.get(id);
    if (s != null && s.contentHash().equals(hash) && s.status().equals(ArticleStatus.REFUSED)) {
      return;
    }
    try {
      prepare(id);
      articleRow(id, hash, Optional.empty(), "", "", "", ArticleStatus.REFUSED, r.message(), 0, 0);
    } catch (SQLException e) {
      throw fail("storing refusal " + id, e);
    }
    states.put(id, new ArticleState(hash, ArticleStatus.REFUSED));
    maybeCommit();
  }

  /** Commits first when the id is already in this batch; notes a replacement. */
  private void prepare(String id) throws SQLException, StoreException {
    if (batchIds.contains(id)) {
      commit();
    }
    batchIds.add(id);
    if (states.containsKey(id)) {
      batchReplaced.add(id);
      replaced++;
    }
  }

  private void maybeCommit() throws StoreException {
    if (batchIds.size() >= BATCH_ARTICLES || System.currentTimeMillis() - lastCommit >= BATCH_MILLIS) {
      try {
        commit();
      } catch (SQLException e) {
        throw fail("committing", e);
      }
    }
  }

  /**
   * Commits what is pending now, in one transaction, without waiting for the batch to fill: after it
   * returns, every article passed to this run is in the file (a consumer commits its input offsets
   * only then).
   *
   * @throws StoreException on a database error (the pending batch is rolled back and dropped)
   */
  public void commitPending() throws StoreException {
    try {
      commit();
    } catch (SQLException e) {
      throw fail("committing", e);
    }
  }

  /**
   * Commits the current batch in one transaction.
   *
   * @throws SQLException on a database error (the batch is rolled back)
   */
  private void commit() throws SQLException {
    for (DuckDBAppender a : appenders.values()) {
      a.close();
    }
    appenders.clear();
    connection.setAutoCommit(false);
    try (Statement s = connection.createStatement()) {
      if (!batchReplaced.isEmpty()) {
        s.execute("CREATE OR REPLACE TEMP TABLE stage_replaced (article_id VARCHAR)");
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO stage_replaced VALUES (?)")) {
          for (String id : batchReplaced) {
            p.setString(1, id);
            p.addBatch();
          }
          p.executeBatch();
        }
        s.execute("INSERT INTO dirty_blocks SELECT DISTINCT block_key FROM events"
            + " WHERE article_id IN (SELECT article_id FROM stage_replaced) ON CONFLICT DO NOTHING");
        for (String t : List.of("actors", "event_pairs", "mentions", "places")) {
          s.execute("DELETE FROM " + t + " WHERE event_key IN (SELECT event_key FROM events"
              + " WHERE article_id IN (SELECT article_id FROM stage_replaced))");
        }
        s.execute("DELETE FROM events WHERE article_id IN (SELECT article_id FROM stage_replaced)");
        s.execute("DELETE FROM articles WHERE article_id IN (SELECT article_id FROM stage_replaced)");
      }
      for (String t : STAGED) {
        s.execute("INSERT INTO main." + t + " SELECT * FROM stage_" + t);
      }
      s.execute("INSERT INTO dirty_blocks SELECT DISTINCT block_key FROM stage_events ON CONFLICT DO NOTHING");
      updateRun(RunStatus.RUNNING, false);
      for (String t : STAGED) {
        s.execute("DELETE FROM stage_" + t);
      }
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      clearStaging();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
    batchIds.clear();
    batchReplaced.clear();
    lastCommit = System.currentTimeMillis();
  }

  private void clearStaging() {
    try (Statement s = connection.createStatement()) {
      connection.setAutoCommit(true);
      for (String t : STAGED) {
        s.execute("DELETE FROM stage_" + t);
      }
    } catch (SQLException ignored) {
      // the run is failing; the staging tables die with the connection
    }
  }

  private void updateRun(String status, boolean finishing) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("UPDATE runs SET status = ?, finished_at = ?, resources = ?,"
        + " articles_read = ?, coded = ?, unchanged = ?, replaced = ?, refused = ?, failed = ?, events = ? WHERE run_id = ?")) {
      p.setString(1, status);
      p.setObject(2, finishing ? LocalDateTime.now(clock) : null);
      ObjectNode r = JSON.createObjectNode();
      resources.forEach(r::put);
      p.setString(3, r.toString());
      p.setLong(4, read);
      p.setLong(5, coded);
      p.setLong(6, unchanged);
      p.setLong(7, replaced);
      p.setLong(8, refused);
      p.setLong(9, failed);
      p.setLong(10, events);
      p.setLong(11, runId);
      p.executeUpdate();
    }
  }

  /**
   * Commits what is pending, groups the changed blocks, and records the run as completed.
   *
   * @return the run's counts and the grouping's
   * @throws StoreException on a database error; the run stays {@code running} and the next ingest
   *     marks it interrupted
   */
  public RunSummary finish() throws StoreException {
    try {
      commit();
    } catch (SQLException e) {
      throw fail("committing", e);
    }
    Regrouper.Result grouping = store.regroup();
    try {
      updateRun(RunStatus.COMPLETED, true);
    } catch (SQLException e) {
      throw fail("closing the run", e);
    }
    finished = true;
    return new RunSummary(runId, read, coded, unchanged, replaced, refused, failed, events, grouping);
  }

  /**
   * Reads the stored articles' states again, for a run that shares its store with other writers (a
   * server's consumer after a posted article was stored): what they stored is then replaced, or
   * skipped as unchanged, rather than stored twice. Call it only when nothing is pending (after
   * {@link #commitPending}).
   *
   * @throws StoreException on a database error
   * @throws IllegalStateException when articles are pending
   */
  public void refreshStates() throws StoreException {
    if (!batchIds.isEmpty()) {
      throw new IllegalStateException(batchIds.size() + " articles pending: commit first");
    }
    Map<String, ArticleState> now = store.articleStates();
    states.clear();
    states.putAll(now);
  }

  /** The counts so far: read, coded, unchanged, replaced, refused, failed, events. */
  public RunSummary progress() {
    return new RunSummary(runId, read, coded, unchanged, replaced, refused, failed, events,
        new Regrouper.Result(0, 0, 0));
  }

  /**
   * Ends a run that did not finish: what was committed stays; the pending batch is dropped; the run
   * is recorded with {@code status}.
   */
  @Override
  public void close() {
    if (finished) {
      return;
    }
    finished = true;
    try {
      for (DuckDBAppender a : appenders.values()) {
        a.close();
      }
    } catch (SQLException ignored) {
      // dropping the batch
    }
    appenders.clear();
    clearStaging();
    try {
      updateRun(RunStatus.INTERRUPTED, true);
    } catch (SQLException ignored) {
      // the next ingest marks it interrupted
    }
  }

  private StoreException fail(String doing, SQLException e) {
    return store.failure(doing, e);
  }

  private DuckDBAppender appender(String table) throws SQLException {
    DuckDBAppender a = appenders.get(table);
    if (a == null) {
      a = ((DuckDBConnection) connection).createAppender("temp", "main", "stage_" + table);
      appenders.put(table, a);
    }
    return a;
  }

  private void articleRow(String id, String hash, Optional<LocalDate> date, String outlet, String title, String url,
      String status, String reason, int sentences, int eventCount) throws SQLException {
    DuckDBAppender a = appender("articles").beginRow();
    a.append(id).append(hash);
    date(a, date);
    a.append(outlet).append(title).append(url).append(status).append(reason).append(sentences).append(eventCount)
        .append(runId).append(LocalDateTime.now(clock)).endRow();
  }

  private void eventRows(String articleId, int seq, FoldedEvent f) throws SQLException {
    Event e = f.event();
    long key = nextKey++;
    String base = e.code().value().substring(0, Math.min(3, e.code().value().length()));
    String block = GroupingRules.blockKey(e.mode().kind(), base, f.multilateral(), f.sources().get(0),
        f.targets().stream().findFirst(), countries);
    DuckDBAppender a = appender("events").beginRow();
    a.append(key).append(e.id()).append(articleId).append(seq).append(e.sentence()).append(e.span().begin())
        .append(e.span().end()).append(e.text()).append(e.mentions().get(0).trigger()).append(e.provenance().rule())
        .append(f.multilateral()).append(e.code().value())
        .append(base).append(e.rootCode());
    if (e.code().isCameo()) {
      a.append(e.quadClass()).append(e.goldstein());
    } else {
      a.appendNull().appendNull();
    }
    a.append(e.plover().type()).append(e.plover().mode()).append(e.plover().context())
        .append(e.mode().kind().name().toLowerCase(Locale.ROOT)).append(e.mode().speaker());
    date(a, e.date().value());
    date(a, e.date().from());
    date(a, e.date().to());
    a.append(e.date().precision().name().toLowerCase(Locale.ROOT)).append(e.date().basis().name().toLowerCase(Locale.ROOT))
        .append(e.date().expression());
    date(a, e.date().earliest());
    date(a, e.date().latest());
    quantity(a, e.killed());
    quantity(a, e.wounded());
    quantity(a, e.arrested());
    quantity(a, e.displaced());
    a.append(block).append(json(f)).endRow();

    int ord = 0;
    for (Actor s : f.sources()) {
      actorRow(key, "source", ord++, s);
    }
    ord = 0;
    for (Actor t : f.targets()) {
      actorRow(key, "target", ord++, t);
    }
    ord = 0;
    for (Event p : f.pairs()) {
      long pairKey = f.multilateral() ? nextKey++ : key;
      DuckDBAppender pa = appender("event_pairs").beginRow();
      pa.append(pairKey).append(key).append(ord++).append(p.id()).append(p.source().text()).append(p.source().code())
          .append(p.source().country()).append(String.join(",", p.source().sectors()));
      if (p.target().isPresent()) {
        Actor t = p.target().get();
        pa.append(t.text()).append(t.code()).append(t.country()).append(String.join(",", t.sectors()));
      } else {
        pa.appendNull().appendNull().appendNull().appendNull();
      }
      pa.endRow();
    }
    Map<String, Mention> mentions = new LinkedHashMap<>();
    for (Event p : f.pairs()) {
      for (Mention m : p.mentions()) {
        mentions.putIfAbsent(m.sentence() + "|" + m.span().begin() + "|" + m.span().end() + "|" + m.trigger(), m);
      }
    }
    ord = 0;
    for (Mention m : mentions.values()) {
      appender("mentions").beginRow().append(key).append(articleId).append(ord++).append(m.sentence())
          .append(m.span().begin()).append(m.span().end()).append(m.trigger()).append(m.rule()).endRow();
    }
    Place pl = e.place();
    if (pl.isKnown()) {
      appender("places").beginRow().append(key).append(pl.name()).append(pl.geonamesId()).append(pl.country())
          .append(pl.admin1()).append(pl.lat()).append(pl.lon()).append(pl.precision().name().toLowerCase(Locale.ROOT))
          .append(pl.relation()).append(pl.toponym()).endRow();
    }
  }

  private void actorRow(long key, String role, int ordinal, Actor x) throws SQLException {
    appender("actors").beginRow().append(key).append(role).append(ordinal).append(x.text()).append(x.code())
        .append(x.country()).append(String.join(",", x.sectors())).append(x.rule()).append(x.span().begin())
        .append(x.span().end()).endRow();
  }

  /**
   * The stored JSON: {@link EventJson} of a dyadic event as {@code casus code} writes it; for a
   * multilateral event, that of its first record plus {@code multilateral: true}, the PLOVER-style
   * {@code sources} and {@code targets} lists, and every pairwise record in {@code pairs}.
   */
  static String json(FoldedEvent f) {
    if (!f.multilateral()) {
      return EventJson.toLine(f.event());
    }
    ObjectNode o = EventJson.toNode(f.event());
    o.put("multilateral", true);
    ArrayNode s = o.putArray("sources");
    ArrayNode t = o.putArray("targets");
    for (Actor a : f.sources()) {
      s.add(EventJson.toNode(withSide(f.event(), a)).get("source"));
    }
    for (Actor a : f.targets()) {
      t.add(EventJson.toNode(withSide(f.event(), a)).get("source"));
    }
    ArrayNode pairs = o.putArray("pairs");
    f.pairs().forEach(p -> pairs.add(EventJson.toNode(p)));
    return o.toString();
  }

  /** The event with {@code a} as its source: a way to get EventJson's actor form of {@code a}. */
  private static Event withSide(Event e, Actor a) {
    return new Event(e.id(), e.docId(), e.sentence(), e.span(), e.text(), a, e.target(), e.code(), e.quadClass(),
        e.goldstein(), e.plover(), e.mode(), e.date(), e.place(), e.killed(), e.wounded(), e.arrested(), e.displaced(),
        e.mentions(), e.provenance());
  }

  private static void date(DuckDBAppender a, Optional<LocalDate> d) throws SQLException {
    if (d.isPresent()) {
      a.append(d.get());
    } else {
      a.appendNull();
    }
  }

  private static void quantity(DuckDBAppender a, Optional<Quantity> q) throws SQLException {
    if (q.isEmpty()) {
      a.appendNull().appendNull().appendNull();
      return;
    }
    a.append(q.get().min());
    if (q.get().openEnded()) {
      a.appendNull();
    } else {
      a.append(q.get().max());
    }
    a.append(q.get().qualifier());
  }

  private static String sha256(String s) {
    try {
      return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
