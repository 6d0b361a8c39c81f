package org.casus.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Malformed, oversized and hostile requests: SQL in filters, path traversal in ids and static
 * paths, huge limits, wrong types, unknown and repeated parameters, bad bodies. Each must get a 4xx
 * JSON error (no 5xx, no stack trace, no HTML), and the database must be unchanged. Requests are
 * sent as raw HTTP over a socket, so nothing is normalised on the way.
 */
class HostileRequestTest {
  static final ObjectMapper JSON = new ObjectMapper();

  /** One request: method, raw target (path and query, sent as is), content type and body. */
  record Bad(String method, String target, String contentType, String body) {
    static Bad get(String target) {
      return new Bad("GET", target, null, null);
    }

    static Bad post(String target, String contentType, String body) {
      return new Bad("POST", target, contentType, body);
    }
  }

  /** A raw HTTP/1.1 exchange: the status and the body. */
  record Answer(int status, String contentType, String body) {
  }

  static Answer send(int port, Bad b) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(60_000);
      byte[] body = b.body() == null ? new byte[0] : b.body().getBytes(StandardCharsets.UTF_8);
      StringBuilder h = new StringBuilder();
      h.append(b.method()).append(' ').append(b.target()).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
      if (b.contentType() != null) {
        h.append("Content-Type: ").append(b.contentType()).append("\r\n");
      }
      if (b.body() != null || b.method().equals("POST")) {
        h.append("Content-Length: ").append(body.length).append("\r\n");
      }
      h.append("\r\n");
      OutputStream out = s.getOutputStream();
      out.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
      try {
        out.write(body);
        out.flush();
      } catch (IOException e) {
        // the server may refuse an oversized body before reading it; its answer is still there
      }
      InputStream in = s.getInputStream();
      String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int end = raw.indexOf("\r\n\r\n");
      String head = raw.substring(0, Math.max(0, end));
      int status = Integer.parseInt(head.substring(9, 12));
      String type = head.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-type:"))
          .map(l -> l.substring(13).trim()).findFirst().orElse("");
      String rest = raw.substring(end + 4);
      if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
        rest = dechunk(rest);
      }
      return new Answer(status, type, rest);
    }
  }

  private static String dechunk(String s) {
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      int nl = s.indexOf("\r\n", i);
      int n = Integer.parseInt(s.substring(i, nl).trim(), 16);
      if (n == 0) {
        break;
      }
      b.append(s, nl + 2, nl + 2 + n);
      i = nl + 2 + n + 2;
    }
    return b.toString();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static List<Bad> hostile() {
    List<Bad> b = new ArrayList<>();
    // SQL in filters that take codes, days or numbers
    for (String sql : List.of("' OR 1=1 --", "IRN'; DROP TABLE events; --", "1; DELETE FROM events",
        "IRN\" UNION SELECT * FROM articles --", "') OR ('a'='a", "%' OR '%'='")) {
      for (String f : List.of("actor", "country", "code", "quad", "from", "dyad")) {
        b.add(Bad.get("/api/events?" + f + "=" + enc(sql)));
      }
    }
    b.add(Bad.get("/api/dyads?a=" + enc("IRN' OR 1=1 --") + "&b=ISR"));
    b.add(Bad.get("/api/export?format=csv&actor=" + enc("x'; COPY events TO '/tmp/x.csv'; --")));
    b.add(Bad.get("/api/export?format=" + enc("csv'); COPY (SELECT 1) TO '/tmp/y")));
    b.add(Bad.get("/api/events/" + enc("x' OR '1'='1")));
    // path traversal in ids and static paths
    b.add(Bad.get("/api/events/..%2F..%2Fetc%2Fpasswd"));
    b.add(Bad.get("/api/events/%2e%2e%2f%2e%2e%2fetc%2fpasswd"));
    b.add(Bad.get("/api/events/a%00b"));
    b.add(Bad.get("/api/events/" + "x".repeat(300)));
    b.add(Bad.get("/../../etc/passwd"));
    b.add(Bad.get("/vendor/../../../../etc/passwd"));
    b.add(Bad.get("/vendor/%2e%2e/%2e%2e/%2e%2e/etc/passwd"));
    b.add(Bad.get("/webjars/..%2f..%2f..%2fpom.xml"));
    b.add(Bad.get("/%2e%2e/%2e%2e/etc/passwd"));
    b.add(Bad.get("/api/../../etc/passwd"));
    b.add(Bad.get("/no/such/page"));
    // huge or negative limits and offsets
    for (String v : List.of("100000", "1001", "0", "-1", "1e9", "99999999999999999999", "abc", "1.5", "")) {
      if (!v.isEmpty()) {
        b.add(Bad.get("/api/events?limit=" + enc(v)));
      }
    }
    for (String v : List.of("-5", "abc", "99999999999999999999")) {
      b.add(Bad.get("/api/events?offset=" + enc(v)));
    }
    b.add(Bad.get("/api/actors?limit=100000"));
    // wrong types and values
    b.add(Bad.get("/api/events?quad=five"));
    b.add(Bad.get("/api/events?quad=9"));
    b.add(Bad.get("/api/events?from=yesterday"));
    b.add(Bad.get("/api/events?from=2024-13-45"));
    b.add(Bad.get("/api/events?to=2024-02-30"));
    b.add(Bad.get("/api/events?from=2024-05-01&to=2024-04-01"));
    b.add(Bad.get("/api/events?dyad=IRN,ISR&directed=maybe"));
    b.add(Bad.get("/api/events?directed=true"));
    b.add(Bad.get("/api/events?dyad=IRN"));
    b.add(Bad.get("/api/events?dyad=IRN,ISR,USA"));
    b.add(Bad.get("/api/events?dyad=,,"));
    b.add(Bad.get("/api/events?code=abc"));
    b.add(Bad.get("/api/events?code=12345"));
    b.add(Bad.get("/api/events?root=21"));
    b.add(Bad.get("/api/events?root=19&code=20"));
    b.add(Bad.get("/api/events?mode=evil"));
    b.add(Bad.get("/api/events?sort=" + enc("date; DROP TABLE events")));
    b.add(Bad.get("/api/dyads?a=IRN"));
    b.add(Bad.get("/api/dyads?a=IRN&b=ISR&bucket=year"));
    b.add(Bad.get("/api/timeline?bucket=hour"));
    b.add(Bad.get("/api/export?format=exe"));
    b.add(Bad.get("/api/export"));
    b.add(Bad.get("/api/export?format=csv&per_report=sometimes"));
    // unknown, repeated, over-long and control-character parameters
    b.add(Bad.get("/api/events?foo=bar"));
    b.add(Bad.get("/api/events?actor%5B%5D=IRN"));
    b.add(Bad.get("/api/events?actor=IRN&actor=ISR"));
    b.add(Bad.get("/api/events?actor=" + "A".repeat(300)));
    b.add(Bad.get("/api/events?text=" + "x".repeat(300)));
    b.add(Bad.get("/api/events?text=%00"));
    b.add(Bad.get("/api/events?actor=%0AIRN"));
    b.add(Bad.get("/api/events?text=" + "y".repeat(5000)));
    b.add(Bad.get("/api/events?text=" + "z".repeat(70_000)));
    b.add(Bad.get("/api/status?x=1"));
    b.add(Bad.get("/api/events/abc?x=1"));
    // bad bodies
    b.add(Bad.post("/api/code", "application/json", "not json"));
    b.add(Bad.post("/api/code", "application/json", "[1, 2, 3]"));
    b.add(Bad.post("/api/code", "application/json", "{\"id\": \"x\"}"));
    b.add(Bad.post("/api/code", "application/json", "{\"text\": 42}"));
    b.add(Bad.post("/api/code", "application/json", "{\"text\": \"   \"}"));
    b.add(Bad.post("/api/code", "application/json", "{\"text\": \"x\", \"extra\": 1}"));
    b.add(Bad.post("/api/code", "application/json", "{\"id\": \"" + "i".repeat(300) + "\", \"text\": \"Hello there.\"}"));
    b.add(Bad.post("/api/code", "application/json", "{\"text\": \"The army shelled the town.\", \"date\": \"2024-99-99\"}"));
    b.add(Bad.post("/api/code", "application/json", "{\"text\": \"\\u0000\\u0001\\u0002\\u0003\\u0004 binary\"}"));
    b.add(Bad.post("/api/code", "application/json", "{\"text\": \"Le gouvernement français a annoncé mardi une"
        + " nouvelle réforme des retraites, que les syndicats rejettent en bloc depuis plusieurs semaines.\"}"));
    b.add(Bad.post("/api/code", "application/json", "{\"text\": \"" + "word ".repeat(50_000) + "\"}"));
    b.add(Bad.post("/api/code", "application/json", "{\"text\": \"" + "a".repeat(1_100_000) + "\"}"));
    b.add(Bad.post("/api/code", "text/plain", "The army shelled the town."));
    b.add(Bad.post("/api/code?store=perhaps", "application/json", "{\"text\": \"x\"}"));
    b.add(Bad.post("/api/code?modes=evil", "application/json", "{\"text\": \"x\"}"));
    b.add(Bad.post("/api/code?admin=true", "application/json", "{\"text\": \"x\"}"));
    b.add(Bad.post("/api/events", "application/json", "{}"));
    b.add(new Bad("DELETE", "/api/events", null, null));
    b.add(new Bad("PUT", "/api/code", "application/json", "{}"));
    return b;
  }

  @Test
  void everyHostileRequestGetsA4xxJsonErrorAndTheDatabaseStaysTheSame() throws Exception {
    List<Bad> requests = hostile();
    try (ServeFixture.Served served = new ServeFixture.Served("hostile")) {
      String before = served.fingerprint();
      int n = 0;
      java.util.Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
      for (Bad b : requests) {
        Answer a = send(served.server.port(), b);
        String what = b.method() + " " + (b.target().length() > 120 ? b.target().substring(0, 120) + "..." : b.target())
            + " -> " + a.status() + " " + (a.body().length() > 300 ? a.body().substring(0, 300) : a.body());
        assertTrue(a.status() >= 400 && a.status() < 500, what);
        assertTrue(a.contentType().startsWith("application/json"), what);
        JsonNode e = JSON.readTree(a.body());
        assertTrue(e.isObject() && e.has("error") && e.has("field"), what);
        assertFalse(e.get("error").asText().isBlank(), what);
        assertFalse(a.body().contains("Exception") || a.body().contains("\tat ") || a.body().contains("at org."), what);
        byStatus.merge(a.status(), 1, Integer::sum);
        n++;
      }
      // SQL as free text is a search for those words: found nowhere, changes nothing
      for (String sql : List.of("'; DROP TABLE events; --", "%' OR '1'='1", "\\'; DELETE FROM articles; --")) {
        Answer a = send(served.server.port(), Bad.get("/api/events?text=" + enc(sql)));
        assertEquals(200, a.status(), a.body());
        assertEquals(0, JSON.readTree(a.body()).get("total").asInt(), a.body());
      }
      assertEquals(before, served.fingerprint(), "a hostile request changed the database");
      assertTrue(served.get("/api/events?limit=1").statusCode() == 200, "the server stopped answering");
      System.err.println("serve: " + n + " hostile requests, all 4xx JSON (" + byStatus + "), database unchanged");
      assertTrue(n >= 100, "only " + n + " hostile requests");
    }
  }
}
