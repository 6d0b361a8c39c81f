package org.casus.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RegionsTest {
  static Regions regions;

  @BeforeAll
  static void load() throws Exception {
    regions = Regions.loadDefault();
  }

  @Test
  void handWrittenRegions() {
    Region gaza = regions.lookup("the Gaza Strip").get(0);
    assertEquals("Gaza Strip", gaza.name());
    assertEquals("PSE", gaza.country());
    assertEquals("", gaza.admin1());
    assertEquals(gaza, regions.lookup("Gaza").get(0));
    assertEquals("UKR", regions.lookup("Donbass").get(0).country());
    assertEquals("", regions.lookup("Kashmir").get(0).country());
    assertEquals("SDN", regions.lookup("darfur").get(0).country());
  }

  @Test
  void admin1Divisions() {
    Region ontario = regions.lookup("Ontario").get(0);
    assertEquals("CAN", ontario.country());
    assertEquals("08", ontario.admin1());
    assertEquals("admin1", ontario.kind());
    assertTrue(ontario.lat() > 41 && ontario.lat() < 57, "Ontario centre " + ontario.lat());
    assertEquals("Maine", regions.admin1("USA", "ME").orElseThrow().name());
    assertTrue(regions.admin1("USA", "ZZ").isEmpty());
    // "Victoria" is an Australian state; "Georgia" a US state (the country is in Countries)
    assertEquals(List.of("AUS"), regions.lookup("Victoria").stream().map(Region::country).toList());
    assertEquals("USA", regions.lookup("Georgia").get(0).country());
  }

  @Test
  void unknownIsEmpty() {
    assertTrue(regions.lookup("Atlantis").isEmpty());
  }
}
