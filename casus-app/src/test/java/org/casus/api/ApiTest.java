package org.casus.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.casus.store.query.EventQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API on the fixture database: the OpenAPI document, the reference article's dyads against the
 * gold events, paging, the event detail, exports, actors, and the one-owner rule.
 */
class ApiTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static ServeFixture.Served served;

  @BeforeAll
  static void start() throws Exception {
    served = new ServeFixture.Served("api");
  }

  @AfterAll
  static void stop() throws Exception {
    if (served != null) {
      served.close();
    }
  }

  static JsonNode ok(String path) throws Exception {
    HttpResponse<String> r = served.get(path);
    assertEquals(200, r.statusCode(), path + " -> " + r.body());
    assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""), path);
    return JSON.readTree(r.body());
  }

  @Test
  void theOpenApiDocumentValidatesAndListsEveryRoute() throws Exception {
    HttpResponse<String> r = served.get("/openapi.json");
    assertEquals(200, r.statusCode());
    SwaggerParseResult parsed = new OpenAPIParser().readContents(r.body(), null, null);
    assertTrue(parsed.getMessages() == null || parsed.getMessages().isEmpty(), "OpenAPI problems: " + parsed.getMessages());
    OpenAPI api = parsed.getOpenAPI();
    assertEquals("3.0.3", api.getOpenapi());
    Set<String> documented = new HashSet<>();
    api.getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
        .forEach(m -> documented.add(m.name() + " " + path)));
    assertEquals(new HashSet<>(ApiServer.ROUTES), documented);
    // and every documented route is served (answers something other than "no such route")
    for (String route : ApiServer.ROUTES) {
      String path = route.substring(route.indexOf(' ') + 1).replace("{id}", "no-such-event");
      HttpResponse<String> a = route.startsWith("POST") ? served.post(path, "text/plain", "x") : served.get(path);
      assertFalse(a.body().contains("not found\"") && a.body().contains("Endpoint"), route + " -> " + a.body());
    }
    PathItem events = api.getPaths().get("/api/events");
    List<String> params = events.getGet().getParameters().stream()
        .map(p -> p.getName() != null ? p.getName() : p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1)).toList();
    for (String f : Filters.NAMES) {
      assertTrue(params.contains(f), "filter " + f + " not documented");
    }
  }

  /** A gold event: source and target code, CAMEO code. */
  record Gold(String source, String code, String target) {
  }

  static List<Gold> gold(String a, String b) throws Exception {
    Path g = ServeFixture.shared().orElseThrow().resolve("eval/seed/gold.json");
    List<Gold> out = new ArrayList<>();
    for (JsonNode e : JSON.readTree(g.toFile()).get("events")) {
      String s = e.path("source").asText("");
      String t = e.path("target").asText("");
      if ((s.startsWith(a) && t.startsWith(b)) || (s.startsWith(b) && t.startsWith(a))) {
        out.add(new Gold(s, e.get("code").asText(), t));
      }
    }
    return out;
  }

  static boolean matches(Gold g, JsonNode e) {
    String s = e.get("source").asText();
    String t = e.get("target").asText();
    return e.get("code").asText().equals(g.code()) && (s.startsWith(g.source()) || g.source().startsWith(s))
        && (t.startsWith(g.target()) || g.target().startsWith(t));
  }

  /** The API's events of a dyad in the reference article, checked against the store and the gold events. */
  List<JsonNode> dyad(String a, String b) throws Exception {
    JsonNode page = ok("/api/events?dyad=" + a + "," + b + "&from=2024-04-01&to=2024-04-30&limit=1000");
    List<JsonNode> events = new ArrayList<>();
    page.get("events").forEach(events::add);
    assertEquals(page.get("total").asLong(), events.size());
    assertTrue(events.stream().allMatch(e -> e.get("article_id").asText().equals(ServeFixture.REFERENCE)), page::toString);
    // the same events as the store's own query (what casus query prints)
    EventQuery q = new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(new EventQuery.Dyad(a, b)), false, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(java.time.LocalDate.parse("2024-04-01")), Optional.of(java.time.LocalDate.parse("2024-04-30")),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    List<String> stored = new ArrayList<>();
    served.store.read(r -> r.queries().events(q, row -> stored.add(row.eventId())));
    assertEquals(stored, events.stream().map(e -> e.get("id").asText()).toList());
    // the dyad timeline counts the same events
    JsonNode series = ok("/api/dyads?a=" + a + "&b=" + b + "&from=2024-04-01&to=2024-04-30&bucket=month");
    assertEquals(events.stream().filter(e -> !e.get("date").asText().isEmpty() && !e.get("quad_class").isNull()).count(),
        series.get("events").asLong(), series::toString);
    List<Gold> gold = gold(a, b);
    long matched = gold.stream().filter(g -> events.stream().anyMatch(e -> matches(g, e))).count();
    long right = events.stream().filter(e -> gold.stream().anyMatch(g -> matches(g, e))).count();
    long sameRoot = gold.stream().filter(g -> events.stream().anyMatch(e -> matches(new Gold(g.source(),
        e.get("code").asText(), g.target()), e) && e.get("code").asText().substring(0, 2).equals(g.code().substring(0, 2))))
        .count();
    System.err.printf("serve: dyad %s-%s of the reference article: %d API events (%d match a gold event); gold %d,"
        + " %d found with the same code, %d with the same root: %s%n", a, b, events.size(), right, gold.size(), matched,
        sameRoot,
        events.stream().map(e -> e.get("source").asText() + " " + e.get("code").asText() + " " + e.get("target").asText()).toList());
    return events;
  }

  @Test
  void theReferenceArticlesDyadsGiveTheirEvents() throws Exception {
    assumeTrue(ServeFixture.shared().isPresent(), "skipped: ../shared is absent (reference article and gold events)");
    List<JsonNode> irnChn = dyad("IRN", "CHN");
    assertTrue(irnChn.stream().anyMatch(e -> e.get("code").asText().startsWith("04")
        && e.get("source").asText().startsWith("IRN") && e.get("target").asText().startsWith("CHN")
        || e.get("code").asText().startsWith("04") && e.get("source").asText().startsWith("CHN")
        && e.get("target").asText().startsWith("IRN")), irnChn::toString);
    List<JsonNode> isrIrn = dyad("ISR", "IRN");
    JsonNode strike = isrIrn.stream().filter(e -> e.get("code").asText().equals("195")
        && e.get("source").asText().startsWith("ISR") && e.get("place").path("name").asText().equals("Damascus"))
        .findFirst().orElseThrow(() -> new AssertionError("no ISR 195 IRN at Damascus: " + isrIrn));
    assertEquals("city", strike.get("place").get("precision").asText());
    // directed: IRN to ISR leaves the Damascus strike out
    JsonNode directed = ok("/api/events?dyad=IRN,ISR&directed=true&from=2024-04-01&to=2024-04-30");
    directed.get("events").forEach(e -> assertTrue(e.get("source").asText().startsWith("IRN"), e::toString));

    JsonNode d = ok("/api/events/" + strike.get("id").asText());
    JsonNode view = d.get("view");
    String sentence = view.get("sentence").asText();
    List<String> roles = new ArrayList<>();
    for (JsonNode m : view.get("marks")) {
      roles.add(m.get("role").asText());
      assertEquals(m.get("text").asText(), sentence.substring(m.get("begin").asInt(), m.get("end").asInt()));
    }
    assertTrue(roles.contains("trigger"), view::toString);
    // an actor is marked when the sentence names it; otherwise the detail says it is named elsewhere
    for (JsonNode a : d.get("actors")) {
      boolean marked = roles.contains(a.get("role").asText());
      assertEquals(a.get("in_sentence").asBoolean(), marked, d::toString);
    }
    // the meeting in Astana: source, trigger and target all in its sentence
    boolean fullyMarked = false;
    for (JsonNode e : irnChn) {
      JsonNode v = ok("/api/events/" + e.get("id").asText()).get("view");
      List<String> r = new ArrayList<>();
      v.get("marks").forEach(m -> r.add(m.get("role").asText()));
      fullyMarked |= r.containsAll(List.of("source", "trigger", "target"));
    }
    assertTrue(fullyMarked, "no IRN-CHN event has source, trigger and target marked");
    assertFalse(d.get("rule").asText().isEmpty());
    assertTrue(d.get("resources").size() > 0, d::toString);
    assertFalse(d.get("date").path("basis").asText().isEmpty(), d::toString);
    assertEquals(ServeFixture.REFERENCE, d.get("article").get("id").asText());
    assertEquals(strike.get("group_id").asText(), d.get("group").get("group_id").asText());
  }

  @Test
  void pagesAndSortsAndSearchesActors() throws Exception {
    JsonNode all = ok("/api/events?limit=1000");
    long total = all.get("total").asLong();
    assertTrue(total > 0);
    JsonNode first = ok("/api/events?limit=2");
    assertEquals(2, first.get("events").size());
    assertEquals(Math.min(2, total) < total ? 2 : null, first.get("next_offset").isNull() ? null : first.get("next_offset").asInt());
    JsonNode second = ok("/api/events?limit=2&offset=2");
    assertEquals(all.get("events").get(2).get("id"), second.get("events").get(0).get("id"));
    JsonNode latest = ok("/api/events?limit=1&sort=-date");
    String lastDated = null;
    for (JsonNode e : all.get("events")) {
      if (!e.get("date").asText().isEmpty()) {
        lastDated = e.get("date").asText();
      }
    }
    assertEquals(lastDated.substring(0, 7), latest.get("events").get(0).get("date").asText().substring(0, 7));
    JsonNode actors = ok("/api/actors?q=ken");
    assertTrue(actors.get("actors").size() > 0, actors::toString);
    assertTrue(actors.get("actors").get(0).get("code").asText().startsWith("KEN"), actors::toString);
    JsonNode timeline = ok("/api/timeline?bucket=month");
    long sum = 0;
    for (JsonNode s : timeline.get("series")) {
      sum += s.get("events").asLong();
      assertEquals(s.get("events").asLong(), s.get("q1").asLong() + s.get("q2").asLong() + s.get("q3").asLong()
          + s.get("q4").asLong());
    }
    assertEquals(timeline.get("events").asLong(), sum);
    JsonNode map = ok("/api/map");
    for (JsonNode p : map.get("points")) {
      assertTrue(Set.of("city", "locality").contains(p.get("precision").asText()), p::toString);
    }
  }

  @Test
  void exportsTheFilteredEvents() throws Exception {
    HttpResponse<String> csv = served.get("/api/export?format=csv&per_report=true&country=KEN");
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
    List<String> rows = csv.body().lines().toList();
    assertTrue(rows.get(0).startsWith("global_id,event_id"), rows.get(0));
    long kenya = ok("/api/events?country=KEN&limit=1000").get("total").asLong();
    assertEquals(kenya, rows.size() - 1, csv.body());
    HttpResponse<String> plover = served.get("/api/export?format=plover&country=KEN");
    assertEquals(200, plover.statusCode());
    plover.body().lines().forEach(l -> assertTrue(l.startsWith("{"), l));
    HttpResponse<String> gdelt = served.get("/api/export?format=gdelt&country=KEN");
    assertEquals(200, gdelt.statusCode());
    assertTrue(gdelt.body().startsWith("GLOBALEVENTID\t"), gdelt.body());
    HttpResponse<byte[]> parquet = served.http.send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(served.base() + "/api/export?format=parquet")).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, parquet.statusCode());
    assertEquals("PAR1", new String(parquet.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    HttpResponse<String> none = served.get("/api/export?format=csv&country=ZZZ");
    assertEquals(1, none.body().lines().count(), none.body());
  }

  @Test
  void codesAPostedArticleAndStoresItOnlyWhenAsked() throws Exception {
    String article = "{\"id\": \"posted-talks\", \"date\": \"2026-05-04\", \"title\": \"Ministers meet\", \"text\":"
        + " \"The foreign minister of Ghana met his Togolese counterpart in Accra on Monday to discuss trade.\"}";
    String before = served.fingerprint();
    HttpResponse<String> r = served.post("/api/code", "application/json", article);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode body = JSON.readTree(r.body());
    assertFalse(body.get("stored").asBoolean());
    assertTrue(body.get("events").size() > 0, r.body());
    JsonNode e = body.get("events").get(0);
    assertTrue(e.get("code").asText().startsWith("04"), r.body());
    assertTrue(e.get("view").get("marks").size() >= 2, r.body());
    assertEquals(before, served.fingerprint(), "coding without store=true changed the database");
    assertEquals(0, ok("/api/events?text=Togolese%20counterpart").get("total").asLong());

    HttpResponse<String> s = served.post("/api/code?store=true", "application/json", article);
    assertEquals(200, s.statusCode(), s.body());
    assertTrue(JSON.readTree(s.body()).get("stored").asBoolean());
    JsonNode found = ok("/api/events?text=Togolese%20counterpart");
    assertEquals(body.get("events").size(), found.get("total").asInt(), found::toString);
    assertNotEquals(before, served.fingerprint());
  }

  @Test
  void aSecondProcessGetsAOneLineMessage() throws Exception {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), "org.casus.cli.CasusCommand", "query", "--db", served.db.toString(),
        "--count").redirectErrorStream(false).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(1, p.exitValue(), err);
    assertEquals(1, err.lines().count(), err);
    assertTrue(err.contains("in use by another process"), err);
  }
}
