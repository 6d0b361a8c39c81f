package org.casus.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  static Gazetteer gazetteer;

  @BeforeAll
  static void load() throws Exception {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    long t0 = System.nanoTime();
    gazetteer = Gazetteer.loadDefault();
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.gc();
    long after = rt.totalMemory() - rt.freeMemory();
    // A report, not an assertion: benchmarks are not timed unit tests (STYLE.md).
    System.out.printf("Gazetteer: %d places loaded in %d ms, about %d MB retained%n", gazetteer.size(), ms,
        (after - before) >> 20);
  }

  @Test
  void holdsAllOfCities500() {
    assertTrue(gazetteer.size() > 190_000, "size " + gazetteer.size());
  }

  @Test
  void looksUpByNameSortedByPopulation() {
    List<GazetteerEntry> hits = gazetteer.lookup("Beijing");
    assertEquals(1816670L, hits.get(0).geonamesId());
    List<GazetteerEntry> paris = gazetteer.lookup("Paris");
    assertEquals("FRA", paris.get(0).country());
    for (int i = 1; i < paris.size(); i++) {
      assertTrue(paris.get(i - 1).population() >= paris.get(i).population(), "not sorted at " + i);
    }
  }

  @Test
  void ignoresCaseAccentsAndHyphens() {
    assertEquals(1526273L, gazetteer.lookup("ASTANA").get(0).geonamesId());
    assertEquals(1526273L, gazetteer.lookup("Nur Sultan").get(0).geonamesId());
    assertEquals(1526273L, gazetteer.lookup("Nur-Sultan").get(0).geonamesId());
    assertEquals("CAN", gazetteer.lookup("Quebec").get(0).country());
    assertEquals("CAN", gazetteer.lookup("Québec").get(0).country());
    assertTrue(gazetteer.lookup("Zürich").stream().anyMatch(e -> e.country().equals("CHE")));
    assertTrue(gazetteer.lookup("Zurich").stream().anyMatch(e -> e.country().equals("CHE")));
  }

  @Test
  void findsAlternateNames() {
    assertEquals(1816670L, gazetteer.lookup("Peking").get(0).geonamesId());
    assertEquals(170654L, gazetteer.lookup("Damascus").get(0).geonamesId());
  }

  @Test
  void unknownNameGivesEmptyList() {
    assertTrue(gazetteer.lookup("Xqzzyville").isEmpty());
    assertTrue(gazetteer.lookup("").isEmpty());
  }

  @Test
  void capitals() {
    assertEquals(170654L, gazetteer.capitalOf("SYR").orElseThrow().geonamesId());
    assertEquals(1526273L, gazetteer.capitalOf("KAZ").orElseThrow().geonamesId());
    assertFalse(gazetteer.capitalOf("ZZZ").isPresent());
  }

  @Test
  void admin1NamesWhereKnown() {
    GazetteerEntry bangor = gazetteer.lookup("Bangor").stream().filter(e -> e.geonamesId() == 4957280L)
        .findFirst().orElseThrow();
    assertEquals("ME", bangor.admin1());
    assertEquals("Maine", gazetteer.admin1Name(bangor));
    GazetteerEntry beijing = gazetteer.lookup("Beijing").get(0);
    assertEquals("", gazetteer.admin1Name(beijing));
  }
}
