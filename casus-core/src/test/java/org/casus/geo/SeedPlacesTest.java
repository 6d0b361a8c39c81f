package org.casus.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.casus.model.Place;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The places of the reference input's gold coding (../shared/eval/seed/gold.json) by their mention text. */
class SeedPlacesTest {
  @Test
  void goldPlaceMentionsResolve() throws Exception {
    Path gold = Path.of("../../shared/eval/seed/gold.json");
    if (!Files.exists(gold)) {
      gold = Path.of("../shared/eval/seed/gold.json");
    }
    Assumptions.assumeTrue(Files.exists(gold), "../shared/eval/seed/gold.json absent: skipping the seed places check");
    JsonNode places = new ObjectMapper().readTree(gold.toFile()).get("places");
    GazetteerPlaceResolver resolver = GazetteerPlaceResolver.loadDefault();
    int checked = 0;
    for (JsonNode p : places) {
      String mention = p.get("mention").asText();
      Place got = resolver.placeOfToponym(mention, Set.of()).orElseThrow(() -> new AssertionError("no place for " + mention));
      assertEquals(p.get("country").asText(), got.country(), mention);
      assertEquals(p.get("level").asText().toUpperCase(), got.precision().name(), mention);
      if (p.get("level").asText().equals("city")) {
        assertEquals(p.get("geonames_id").asLong(), got.geonamesId(), mention);
      } else {
        // regions and countries: within 50 km of the gold point, as gold.json's note allows
        double km = distanceKm(p.get("lat").asDouble(), p.get("lon").asDouble(), got.lat(), got.lon());
        assertTrue(km < 50, mention + " is " + km + " km from the gold point");
      }
      checked++;
    }
    assertTrue(checked >= 4, "only " + checked + " gold places");
  }

  static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a = Math.pow(Math.sin(dLat / 2), 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
    return 6371 * 2 * Math.asin(Math.sqrt(a));
  }
}
