package org.casus.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.casus.pipeline.CodingOptions;
import org.casus.pipeline.EventCoder;
import org.casus.store.IngestRun;
import org.casus.store.RunSummary;
import org.casus.store.SharedStore;
import org.casus.store.StoreException;
import org.casus.store.export.ExportFormat;
import org.casus.store.export.ExportOptions;
import org.casus.store.query.EventQueries;
import org.casus.store.query.EventQuery;

/**
 * {@code casus serve}: the HTTP API over a {@link SharedStore} and the web page, on Javalin (Jetty).
 * The routes and their parameters are described in the OpenAPI document at {@code /openapi.json}
 * (the resource {@code org/casus/api/openapi.json}).
 *
 * <p>Every refusal is a 4xx JSON object {@code {"error": "...", "field": "..."}}, never a stack
 * trace; an unexpected failure is a 500 with {@code {"error": "internal error ..."}}. Limits: query
 * strings of at most {@link Config#maxQueryChars} characters, request bodies of at most
 * {@link Config#maxBodyBytes} bytes, pages of at most 1,000 events, posted texts of at most
 * {@link Config#maxTextChars} characters, coding at most {@link Config#codeTimeoutMillis}.
 *
 * <p>Thread-safe: requests run on Jetty's threads; reads on the store's reader connections, writes
 * through its one writer.
 */
public final class ApiServer implements AutoCloseable {
  /**
   * The server's settings.
   *
   * @param host the address to bind ({@code 127.0.0.1} by default: only this machine)
   * @param port the port, 0 for any free one
   * @param maxQueryChars the longest query string, in characters
   * @param maxBodyBytes the largest request body, in bytes
   * @param maxTextChars the longest posted article text, in characters
   * @param codeTimeoutMillis the longest time one posted article may take to code
   * @param coders threads that code posted articles
   */
  public record Config(String host, int port, int maxQueryChars, long maxBodyBytes, int maxTextChars,
      long codeTimeoutMillis, int coders) {
    /** Loopback, port 8080, 4,096-char query strings, 1 MB bodies, 200,000-char texts, 120 s, 1 coder. */
    public static final Config DEFAULT = new Config("127.0.0.1", 8080, 4096, 1 << 20, 200_000, 120_000, 1);

    public Config {
      Objects.requireNonNull(host, "host");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port " + port + " not in 0..65535");
      }
    }

    /** These settings on another host and port. */
    public Config at(String newHost, int newPort) {
      return new Config(newHost, newPort, maxQueryChars, maxBodyBytes, maxTextChars, codeTimeoutMillis, coders);
    }
  }

  /** The API routes, as {@code METHOD path}; the OpenAPI document lists each. */
  public static final List<String> ROUTES = List.of("GET /api/events", "GET /api/events/{id}", "GET /api/dyads",
      "GET /api/timeline", "GET /api/map", "GET /api/actors", "GET /api/export", "POST /api/code", "GET /api/status");

  /** The most events of one page. */
  public static final int MAX_LIMIT = 1000;
  /** The most points of {@code /api/map}. */
  public static final int MAX_POINTS = 5000;

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final Pattern EVENT_ID = Pattern.compile("[\\p{L}\\p{N}._:#-]{1,200}");
  private static final List<String> PAGE = List.of("limit", "offset", "sort");

  private final SharedStore store;
  private final Config config;
  private final ArticleCoding coding;
  private final String version;
  private final Javalin app;
  private final byte[] openapi;

  /**
   * Builds the server (not started).
   *
   * @param store the database, owned by this process
   * @param coderFactory builds the event coder on the first posted article
   * @param config the settings
   * @param version the casus version, recorded with stored runs
   */
  public ApiServer(SharedStore store, Supplier<EventCoder> coderFactory, Config config, String version) {
    this.store = Objects.requireNonNull(store, "store");
    this.config = Objects.requireNonNull(config, "config");
    this.version = version;
    this.coding = new ArticleCoding(coderFactory, config.coders(), config.codeTimeoutMillis(), config.maxTextChars());
    this.openapi = resource("openapi.json");
    this.app = Javalin.create(c -> {
      c.jetty.host = config.host();
      c.jetty.port = config.port();
      c.startup.showJavalinBanner = false;
      c.http.maxRequestSize = config.maxBodyBytes();
      // Jetty refuses request lines over this with its own page; up to it, our limit answers in JSON.
      c.jetty.modifyHttpConfiguration(h -> h.setRequestHeaderSize(64 * 1024));
      c.jetty.modifyServer(s -> s.setErrorHandler(new JsonErrorHandler()));
      c.staticFiles.enableWebjars();
      c.staticFiles.add(s -> {
        s.hostedPath = "/";
        s.directory = "/org/casus/api/web";
        s.location = Location.CLASSPATH;
      });
      c.routes.before(this::limits);
      c.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
      c.routes.get("/api/events", this::events);
      c.routes.get("/api/events/{id}", this::event);
      c.routes.get("/api/dyads", this::dyads);
      c.routes.get("/api/timeline", this::timeline);
      c.routes.get("/api/map", this::map);
      c.routes.get("/api/actors", this::actors);
      c.routes.get("/api/export", this::export);
      c.routes.post("/api/code", this::code);
      c.routes.get("/api/status", this::status);
      c.routes.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.field(), e.getMessage()));
      c.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), "",
          e.getStatus() == 413 ? "the request body is larger than " + config.maxBodyBytes() + " bytes" : e.getMessage()));
      c.routes.exception(SharedStore.StoreBusyException.class, (e, ctx) -> error(ctx, 503, "", e.getMessage()));
      c.routes.exception(Exception.class, (e, ctx) -> error(ctx, 500, "", "internal error: "
          + e.getClass().getSimpleName()));
      c.routes.error(404, "*", ctx -> {
        String body = ctx.result();
        if (body == null || !body.startsWith("{")) {
          error(ctx, 404, "", "no such page or route: " + Filters.clip(ctx.path()));
        }
      });
      c.routes.error(405, "*", ctx -> error(ctx, 405, "", "method " + ctx.method() + " not allowed on " + Filters.clip(ctx.path())));
    });
  }

  private static byte[] resource(String name) {
    try (InputStream in = ApiServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/casus/api/" + name + " (a build error)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts listening. @throws IllegalStateException (Javalin's) when the port is taken */
  public ApiServer start() {
    app.start();
    return this;
  }

  /** The port it listens on (useful with port 0). */
  public int port() {
    return app.port();
  }

  /** Stops the server and the coders (the store stays open: its owner closes it). */
  @Override
  public void close() {
    app.stop();
    coding.close();
  }

  private static void error(Context ctx, int status, String field, String message) {
    ObjectNode o = F.objectNode();
    o.put("error", message == null ? "" : message.replaceAll("\\s+", " ").trim());
    o.put("field", field);
    ctx.status(status).contentType("application/json").result(o.toString());
  }

  private static void json(Context ctx, JsonNode body) {
    ctx.contentType("application/json").result(body.toString());
  }

  private void limits(Context ctx) {
    String q = ctx.queryString();
    if (q != null && q.length() > config.maxQueryChars()) {
      throw new ApiError(414, "", "the query string is " + q.length() + " characters long; at most "
          + config.maxQueryChars());
    }
    if (ctx.path().startsWith("/api/")) {
      try {
        ctx.queryParamMap();
      } catch (RuntimeException e) {
        throw ApiError.bad("", "the query string cannot be decoded");
      }
    }
  }

  private static List<String> with(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private void events(Context ctx) throws StoreException {
    Map<String, List<String>> p = ctx.queryParamMap();
    Filters.onlyKnown(p, with(Filters.NAMES, PAGE));
    EventQuery base = Filters.query(p);
    int limit = (int) Filters.number(p, "limit", 1, MAX_LIMIT, 100);
    long offset = Filters.number(p, "offset", 0, 1_000_000_000L, 0);
    String sort = Filters.one(p, "sort").orElse("date");
    if (!sort.equals("date") && !sort.equals("-date")) {
      throw ApiError.bad("sort", "sort wants date (earliest first) or -date (latest first), got '" + Filters.clip(sort) + "'");
    }
    EventQuery q = limited(base, limit);
    ObjectNode o = store.read(r -> {
      ObjectNode out = F.objectNode();
      long total = r.queries().count(base);
      ArrayNode events = F.arrayNode();
      r.queries().events(q, offset, sort.equals("-date"), row -> events.add(EventViews.item(row)));
      out.put("total", total);
      out.put("offset", offset);
      out.put("limit", limit);
      if (offset + events.size() < total) {
        out.put("next_offset", offset + events.size());
      } else {
        out.putNull("next_offset");
      }
      out.set("events", events);
      return out;
    });
    json(ctx, o);
  }

  static EventQuery limited(EventQuery q, int limit) {
    return new EventQuery(q.actor(), q.country(), q.sector(), q.dyad(), q.directed(), q.code(), q.quadClass(),
        q.ploverType(), q.from(), q.to(), q.placeCountry(), q.place(), q.mode(), q.text(), q.group(),
        Optional.of(limit));
  }

  private void event(Context ctx) throws StoreException {
    Filters.onlyKnown(ctx.queryParamMap(), List.of());
    String id = ctx.pathParam("id");
    if (!EVENT_ID.matcher(id).matches()) {
      throw ApiError.bad("id", "not an event id: '" + Filters.clip(id) + "' (letters, digits and . _ : # - only)");
    }
    ObjectNode o = store.read(r -> {
      Optional<EventQueries.EventDetail> d = r.queries().event(id);
      if (d.isEmpty()) {
        return null;
      }
      String g = d.get().row().groupId();
      return EventViews.detail(d.get(), g.isEmpty() ? Optional.empty() : r.queries().group(g));
    });
    if (o == null) {
      throw new ApiError(404, "id", "no event " + Filters.clip(id));
    }
    json(ctx, o);
  }

  private EventQueries.Bucket bucket(Map<String, List<String>> p) {
    String b = Filters.one(p, "bucket").orElse("week").toLowerCase(Locale.ROOT);
    return switch (b) {
      case "day" -> EventQueries.Bucket.DAY;
      case "week" -> EventQueries.Bucket.WEEK;
      case "month" -> EventQueries.Bucket.MONTH;
      default -> throw ApiError.bad("bucket", "bucket wants day, week or month, got '" + Filters.clip(b) + "'");
    };
  }

  private void dyads(Context ctx) throws StoreException {
    Map<String, List<String>> p = ctx.queryParamMap();
    Filters.onlyKnown(p, List.of("a", "b", "from", "to", "bucket", "directed"));
    String a = Filters.one(p, "a").orElseThrow(() -> ApiError.bad("a", "a is required: an actor code (IRN)"));
    String b = Filters.one(p, "b").orElseThrow(() -> ApiError.bad("b", "b is required: an actor code (ISR)"));
    Map<String, List<String>> f = new java.util.HashMap<>();
    f.put("dyad", List.of(a + "," + b));
    for (String k : List.of("from", "to", "directed")) {
      if (p.containsKey(k)) {
        f.put(k, p.get(k));
      }
    }
    EventQuery q;
    try {
      q = Filters.query(f);
    } catch (ApiError e) {
      throw e.field().equals("dyad") ? ApiError.bad(a.matches("[A-Za-z]{1,18}") ? "b" : "a",
          "a and b want actor codes (letters, e.g. IRN), got '" + Filters.clip(a) + "' and '" + Filters.clip(b) + "'") : e;
    }
    ObjectNode o = series(q, bucket(p));
    o.put("a", a.toUpperCase(Locale.ROOT));
    o.put("b", b.toUpperCase(Locale.ROOT));
    json(ctx, o);
  }

  private void timeline(Context ctx) throws StoreException {
    Map<String, List<String>> p = ctx.queryParamMap();
    Filters.onlyKnown(p, with(Filters.NAMES, List.of("bucket")));
    json(ctx, series(Filters.query(p), bucket(p)));
  }

  /** Counts per bucket and QuadClass, and the mean Goldstein score, of the events of {@code q}. */
  private ObjectNode series(EventQuery q, EventQueries.Bucket bucket) throws StoreException {
    List<EventQueries.TimelineCount> counts = store.read(r -> r.queries().timeline(q, bucket));
    ObjectNode o = F.objectNode();
    o.put("bucket", bucket.name().toLowerCase(Locale.ROOT));
    ArrayNode series = o.putArray("series");
    LocalDate current = null;
    ObjectNode row = null;
    long n = 0;
    double sum = 0;
    long total = 0;
    for (EventQueries.TimelineCount c : counts) {
      if (!c.start().equals(current)) {
        if (row != null) {
          row.put("events", n);
          row.put("goldstein_mean", Math.round(sum / n * 100) / 100.0);
        }
        current = c.start();
        row = series.addObject();
        row.put("start", c.start().toString());
        for (int k = 1; k <= 4; k++) {
          row.put("q" + k, 0);
        }
        n = 0;
        sum = 0;
      }
      row.put("q" + c.quadClass(), c.events());
      n += c.events();
      total += c.events();
      sum += c.goldsteinSum();
    }
    if (row != null) {
      row.put("events", n);
      row.put("goldstein_mean", Math.round(sum / n * 100) / 100.0);
    }
    o.put("events", total);
    return o;
  }

  private void map(Context ctx) throws StoreException {
    Map<String, List<String>> p = ctx.queryParamMap();
    Filters.onlyKnown(p, Filters.NAMES);
    EventQuery q = Filters.query(p);
    ObjectNode o = store.read(r -> {
      List<EventQueries.MapPoint> points = r.queries().mapPoints(q, MAX_POINTS + 1);
      List<EventQueries.CountryCount> countries = r.queries().countryCounts(q);
      ObjectNode out = F.objectNode();
      ArrayNode pa = out.putArray("points");
      for (EventQueries.MapPoint m : points.subList(0, Math.min(points.size(), MAX_POINTS))) {
        ObjectNode po = pa.addObject();
        po.put("id", m.eventId());
        po.put("lat", m.lat());
        po.put("lon", m.lon());
        po.put("precision", m.precision());
        po.put("place", m.place());
        po.put("country", m.country());
        po.put("quad_class", m.quadClass());
        po.put("code", m.code());
        po.put("code_name", EventViews.cameoName(m.code()));
        po.put("date", m.date());
      }
      out.put("truncated", points.size() > MAX_POINTS);
      ArrayNode ca = out.putArray("countries");
      for (EventQueries.CountryCount c : countries) {
        ObjectNode co = ca.addObject();
        co.put("country", c.country());
        co.put("events", c.events());
        ArrayNode by = co.putArray("by_quad_class");
        for (long n : c.byQuadClass()) {
          by.add(n);
        }
      }
      return out;
    });
    json(ctx, o);
  }

  private void actors(Context ctx) throws StoreException {
    Map<String, List<String>> p = ctx.queryParamMap();
    Filters.onlyKnown(p, List.of("q", "limit"));
    String q = Filters.one(p, "q").orElse("");
    int limit = (int) Filters.number(p, "limit", 1, 100, 20);
    List<EventQueries.ActorCount> actors = store.read(r -> r.queries().actors(q, limit));
    ArrayNode a = F.arrayNode();
    for (EventQueries.ActorCount c : actors) {
      ObjectNode o = a.addObject();
      o.put("code", c.code());
      o.put("name", c.name());
      o.put("events", c.events());
    }
    ObjectNode o = F.objectNode();
    o.set("actors", a);
    json(ctx, o);
  }

  private void export(Context ctx) throws StoreException {
    Map<String, List<String>> p = ctx.queryParamMap();
    Filters.onlyKnown(p, with(Filters.NAMES, List.of("format", "per_report")));
    String f = Filters.one(p, "format").orElseThrow(() -> ApiError.bad("format", "format is required: csv, plover,"
        + " gdelt, icews or parquet")).toLowerCase(Locale.ROOT);
    ExportFormat format = switch (f) {
      case "csv" -> ExportFormat.CSV;
      case "plover" -> ExportFormat.PLOVER;
      case "gdelt" -> ExportFormat.GDELT;
      case "icews" -> ExportFormat.ICEWS;
      case "parquet" -> ExportFormat.PARQUET;
      default -> throw ApiError.bad("format", "format wants csv, plover, gdelt, icews or parquet, got '"
          + Filters.clip(f) + "'");
    };
    boolean perReport = Filters.flag(p, "per_report");
    EventQuery q = Filters.query(p);
    String[] type = switch (format) {
      case CSV -> new String[] {"text/csv; charset=utf-8", "csv"};
      case PLOVER -> new String[] {"application/x-ndjson; charset=utf-8", "jsonl"};
      case GDELT, ICEWS -> new String[] {"text/tab-separated-values; charset=utf-8", "tsv"};
      case PARQUET -> new String[] {"application/vnd.apache.parquet", "parquet"};
    };
    ctx.contentType(type[0]);
    ctx.header("Content-Disposition", "attachment; filename=\"casus-events-" + f + "." + type[1] + "\"");
    store.read(r -> r.exporter().export(format, new ExportOptions(perReport, false, format == ExportFormat.GDELT),
        q.equals(EventQuery.ALL) ? Optional.empty() : Optional.of(q), ctx.outputStream()));
  }

  private void code(Context ctx) throws StoreException {
    Map<String, List<String>> p = ctx.queryParamMap();
    Filters.onlyKnown(p, List.of("store", "modes"));
    boolean keep = Filters.flag(p, "store");
    String ct = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (!ct.startsWith("application/json")) {
      throw new ApiError(415, "body", "send the article as application/json {id, date, title, text}");
    }
    CodingOptions options = CodingOptions.DEFAULT;
    Optional<String> modes = Filters.one(p, "modes");
    if (modes.isPresent()) {
      java.util.Set<org.casus.model.ModeKind> kinds = java.util.EnumSet.noneOf(org.casus.model.ModeKind.class);
      for (String m : modes.get().split(",")) {
        String k = m.trim().toLowerCase(Locale.ROOT);
        if (k.equals("all")) {
          kinds.addAll(java.util.EnumSet.allOf(org.casus.model.ModeKind.class));
        } else if (Filters.MODES.contains(k)) {
          kinds.add(org.casus.model.ModeKind.valueOf(k.toUpperCase(Locale.ROOT)));
        } else {
          throw ApiError.bad("modes", "modes wants a list of " + String.join(", ", Filters.MODES.stream().sorted().toList())
              + " or all, got '" + Filters.clip(m) + "'");
        }
      }
      options = new CodingOptions(options.requireDyad(), Optional.of(kinds));
    }
    String body = new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8);
    var article = coding.article(body);
    ArticleCoding.Coded c = coding.code(article, options);
    ObjectNode o = F.objectNode();
    ObjectNode a = o.putObject("article");
    a.put("id", article.id());
    a.put("date", article.publicationDate().map(LocalDate::toString).orElse(""));
    a.put("title", article.title());
    o.put("sentences", c.result().sentences());
    o.put("story_discard", c.result().storyDiscard().map(Object::toString).orElse(""));
    o.set("events", EventViews.coded(article, c.result()));
    if (keep) {
      RunSummary s = store.write(w -> {
        try (IngestRun run = w.beginRun(version, List.of("POST /api/code"), "casus serve")) {
          run.coded(article, c.result());
          return run.finish();
        }
      });
      o.put("stored", true);
      o.put("stored_events", s.events());
    } else {
      o.put("stored", false);
    }
    json(ctx, o);
  }

  private void status(Context ctx) throws StoreException {
    Filters.onlyKnown(ctx.queryParamMap(), List.of());
    ObjectNode o = store.read(r -> {
      ObjectNode out = F.objectNode();
      out.put("database", store.file().getFileName().toString());
      out.put("events", r.queries().count(EventQuery.ALL));
      out.put("version", version);
      return out;
    });
    json(ctx, o);
  }
}
