package org.casus.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.casus.cli.TestEngine;
import org.casus.store.SharedStore;
import org.junit.jupiter.api.Test;

/**
 * A load test of {@code /api/events} and {@code /api/dyads}: N requests (half each, a fixed mix of
 * filters, dyads and pages) from 8 concurrent clients over loopback, and their latency percentiles,
 * printed. It asserts only that every request succeeded; speed is reported, not asserted.
 *
 * <p>By default it runs 400 requests on the test database. For the figures of the README, run it on a
 * corpus database: {@code -Dcasus.load.db=corpus.duckdb -Dcasus.load.requests=2000} (the file is
 * copied first; it is not changed).
 */
class LoadTest {
  static final List<String> EVENTS = List.of("/api/events", "/api/events?limit=1000", "/api/events?country=ISR",
      "/api/events?dyad=IRN,ISR", "/api/events?dyad=ISR,PSE&sort=-date", "/api/events?root=19",
      "/api/events?text=ceasefire", "/api/events?quad=4&limit=500", "/api/events?from=2025-01-01&to=2025-01-31",
      "/api/events?actor=USA&offset=100", "/api/events?plover=ASSAULT", "/api/events?country=UKR&mode=asserted");
  static final List<String> DYADS = List.of("/api/dyads?a=IRN&b=ISR", "/api/dyads?a=ISR&b=PSE&bucket=day",
      "/api/dyads?a=RUS&b=UKR&bucket=month", "/api/dyads?a=USA&b=CHN", "/api/dyads?a=IND&b=PAK&bucket=day",
      "/api/dyads?a=IRN&b=CHN&from=2024-01-01&to=2024-12-31");

  @Test
  void latencyOfEventsAndDyadsUnderEightClients() throws Exception {
    int total = Integer.getInteger("casus.load.requests", 400);
    int clients = 8;
    String given = System.getProperty("casus.load.db");
    Path db;
    if (given != null && !given.isBlank()) {
      db = ServeFixture.dir().resolve("load.duckdb");
      Files.copy(Path.of(given), db);
    } else {
      db = ServeFixture.copy("load");
    }
    try (SharedStore store = SharedStore.open(db, 4, 30_000);
        ApiServer server = new ApiServer(store, () -> TestEngine.shared().coder(Optional.empty()),
            ApiServer.Config.DEFAULT.at("127.0.0.1", 0), "casus (load test)").start()) {
      String base = "http://127.0.0.1:" + server.port();
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      long events = store.read(r -> r.queries().count(org.casus.store.query.EventQuery.ALL));
      // warm-up: each route once
      for (String p : EVENTS) {
        http.send(HttpRequest.newBuilder(URI.create(base + p)).build(), HttpResponse.BodyHandlers.discarding());
      }
      for (String p : DYADS) {
        http.send(HttpRequest.newBuilder(URI.create(base + p)).build(), HttpResponse.BodyHandlers.discarding());
      }
      Map<String, List<Long>> nanos = new TreeMap<>();
      nanos.put("/api/events", Collections.synchronizedList(new ArrayList<>()));
      nanos.put("/api/dyads", Collections.synchronizedList(new ArrayList<>()));
      AtomicInteger next = new AtomicInteger();
      AtomicInteger errors = new AtomicInteger();
      List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      long start = System.nanoTime();
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        done.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
            boolean ev = i % 2 == 0;
            String path = ev ? EVENTS.get((i / 2) % EVENTS.size()) : DYADS.get((i / 2) % DYADS.size());
            long t = System.nanoTime();
            try {
              HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                  .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
              if (r.statusCode() != 200) {
                errors.incrementAndGet();
                if (firstErrors.size() < 5) {
                  firstErrors.add(path + " -> " + r.statusCode() + " " + new String(r.body()));
                }
              }
            } catch (Exception e) {
              errors.incrementAndGet();
              if (firstErrors.size() < 5) {
                firstErrors.add(path + " -> " + e);
              }
            }
            nanos.get(ev ? "/api/events" : "/api/dyads").add(System.nanoTime() - t);
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      pool.shutdown();
      StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
          "serve: load test: %d requests from %d clients on %s (%d events) in %.1f s (%.0f requests/s), %d errors",
          total, clients, given != null ? Path.of(given).getFileName() : "the test database", events, seconds,
          total / seconds, errors.get()));
      nanos.forEach((route, list) -> {
        List<Long> s = new ArrayList<>(list);
        Collections.sort(s);
        b.append(String.format(Locale.ROOT, "; %s: %d, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms", route,
            s.size(), pct(s, 50), pct(s, 90), pct(s, 99), s.get(s.size() - 1) / 1e6));
      });
      System.err.println(b);
      assertEquals(0, errors.get(), () -> "errors: " + firstErrors);
    }
  }

  static double pct(List<Long> sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
  }
}
