package org.casus.store.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casus.store.EventStore;
import org.casus.store.EventStoreTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventQueriesTest {
  @TempDir
  static Path dir;
  static EventStore store;

  @BeforeAll
  static void ingest() throws Exception {
    Path db = dir.resolve("q.duckdb");
    try (EventStore s = EventStore.open(db)) {
      EventStoreTest.ingest(s, EventStoreTest.corpus());
    }
    store = EventStore.openReadOnly(db);
  }

  @AfterAll
  static void close() throws Exception {
    store.close();
  }

  static EventQuery q() {
    return EventQuery.ALL;
  }

  static EventQuery with(java.util.function.UnaryOperator<Builder> f) {
    return f.apply(new Builder()).build();
  }

  /** A small builder for the tests. */
  static final class Builder {
    Optional<String> actor = Optional.empty();
    Optional<String> country = Optional.empty();
    Optional<String> sector = Optional.empty();
    Optional<EventQuery.Dyad> dyad = Optional.empty();
    boolean directed;
    Optional<String> code = Optional.empty();
    Optional<LocalDate> from = Optional.empty();
    Optional<LocalDate> to = Optional.empty();
    Optional<String> placeCountry = Optional.empty();
    Optional<String> text = Optional.empty();
    Optional<String> group = Optional.empty();

    EventQuery build() {
      return new EventQuery(actor, country, sector, dyad, directed, code, Optional.empty(), Optional.empty(), from, to,
          placeCountry, Optional.empty(), Optional.empty(), text, group, Optional.empty());
    }
  }

  List<String> ids(EventQuery query) throws Exception {
    List<String> out = new ArrayList<>();
    store.queries().events(query, r -> out.add(r.eventId()));
    return out;
  }

  @Test
  void filtersSelectTheRightEvents() throws Exception {
    assertEquals(5, ids(q()).size());
    assertEquals(List.of("strike-a-1", "strike-b-1", "strike-c-1", "far-1"),
        ids(with(b -> { b.dyad = Optional.of(new EventQuery.Dyad("SYR", "ISR")); return b; })),
        "either direction, in date order");
    assertEquals(List.of(), ids(with(b -> {
      b.dyad = Optional.of(new EventQuery.Dyad("SYR", "ISR"));
      b.directed = true;
      return b;
    })));
    assertEquals(List.of("summit-1"), ids(with(b -> { b.dyad = Optional.of(new EventQuery.Dyad("ITA", "FRA")); return b; })),
        "a multilateral event matches through its pairs");
    assertEquals(4, ids(with(b -> { b.sector = Optional.of("mil"); return b; })).size());
    assertEquals(List.of("summit-1"), ids(with(b -> { b.country = Optional.of("DEU"); return b; })));
    assertEquals(4, ids(with(b -> { b.code = Optional.of("19"); return b; })).size());
    assertEquals(List.of("far-1"), ids(with(b -> {
      b.from = Optional.of(LocalDate.of(2024, 4, 15));
      b.to = Optional.of(LocalDate.of(2024, 12, 31));
      return b;
    })));
    assertEquals(4, ids(with(b -> { b.placeCountry = Optional.of("syr"); return b; })).size());
    assertEquals(List.of("strike-a-1", "strike-b-1", "strike-c-1"),
        ids(with(b -> { b.group = Optional.of("strike-a-1"); return b; })));
    assertEquals(5, ids(with(b -> { b.text = Optional.of("THE SENTENCE OF"); return b; })).size());
    assertEquals(0, ids(with(b -> { b.text = Optional.of("100%_"); return b; })).size(), "% and _ are literal");
  }

  @Test
  void countsPerDay() throws Exception {
    List<EventQueries.PeriodCount> days = store.queries().countBy(q(), EventQueries.Period.DAY);
    // the summit of the fixtures is on 10 March 2025
    assertEquals(List.of(new EventQueries.PeriodCount(LocalDate.of(2024, 4, 13), 3),
        new EventQueries.PeriodCount(LocalDate.of(2024, 4, 18), 1),
        new EventQueries.PeriodCount(LocalDate.of(2025, 3, 10), 1)), days);
    assertEquals(List.of(new EventQueries.PeriodCount(LocalDate.of(2024, 4, 1), 4),
        new EventQueries.PeriodCount(LocalDate.of(2025, 3, 1), 1)),
        store.queries().countBy(q(), EventQueries.Period.MONTH));
    assertEquals(5, store.queries().count(q()));
  }

  @Test
  void badFiltersAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new EventQuery(Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.of(5), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty()));
  }
  @Test
  void pagesTimelinesMapsActorsAndDetails() throws Exception {
    List<String> all = ids(q());
    EventQuery two = new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(2));
    List<String> page = new ArrayList<>();
    store.queries().events(two, 2, false, r -> page.add(r.eventId()));
    assertEquals(all.subList(2, 4), page);
    List<String> newest = new ArrayList<>();
    store.queries().events(two, 0, true, r -> newest.add(r.eventId()));
    assertEquals(List.of("summit-1", "far-1"), newest);
    List<String> sources = new ArrayList<>();
    store.queries().events(two, 0, false, r -> sources.add(r.sources() + " " + r.targets()));
    assertEquals(List.of("ISRMIL SYRGOV", "ISRMIL SYRGOV"), sources, "actor lists of a page");
    assertThrows(IllegalArgumentException.class, () -> store.queries().events(two, -1, false, r -> { }));

    // April 2024: four strikes (195, QuadClass 4, Goldstein -10 each)
    EventQueries.TimelineCount april = store.queries().timeline(q(), EventQueries.Bucket.MONTH).get(0);
    assertEquals(new EventQueries.TimelineCount(LocalDate.of(2024, 4, 1), 4, 4, -40.0), april);
    assertEquals(LocalDate.of(2024, 4, 8), store.queries().timeline(q(), EventQueries.Bucket.WEEK).get(0).start(),
        "weeks start on Monday");

    // points for city places; the strike placed only to Syria shades Syria
    List<String> points = store.queries().mapPoints(q(), 100).stream().map(EventQueries.MapPoint::eventId).toList();
    assertEquals(List.of("strike-a-1", "strike-b-1", "far-1"), points);
    assertEquals(1, store.queries().mapPoints(q(), 1).size());
    List<EventQueries.CountryCount> countries = store.queries().countryCounts(q());
    assertEquals(1, countries.size());
    assertEquals("SYR", countries.get(0).country());
    assertEquals(1, countries.get(0).byQuadClass()[4]);

    List<EventQueries.ActorCount> actors = store.queries().actors("isr", 10);
    assertEquals("ISRMIL", actors.get(0).code());
    assertEquals(4, actors.get(0).events());
    assertEquals(List.of(), store.queries().actors("%", 10), "% is literal");

    EventQueries.EventDetail d = store.queries().event("strike-a-1").orElseThrow();
    assertEquals("strike-a-1", d.row().eventId());
    assertEquals(List.of("source", "target"), d.actors().stream().map(EventQueries.ActorSpan::role).toList());
    assertEquals(1, d.mentions().size());
    assertEquals(d.mentions().get(0).begin(), d.sentenceBegin());
    assertEquals(Optional.empty(), store.queries().event("no-such-event"));
    assertEquals(store.queries().fingerprint(), store.queries().fingerprint());
  }
}
