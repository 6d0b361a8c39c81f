package org.casus.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.stream.Stream;
import org.casus.fixtures.ParseFixtures;
import org.casus.fixtures.ParseFixtures.Fixture;
import org.casus.model.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden cases over frozen CoreNLP parses in {@code fixtures/quantity}. */
class CasualtyReaderTest {
  private final CasualtyReader reader = new CasualtyReader();

  static Stream<Fixture> cases() {
    return ParseFixtures.load("quantity").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsTheCounts(Fixture f) {
    Casualties got = reader.read(f.sentence(), f.triggerIndex());
    JsonNode e = f.expect();
    String where = f.id() + ": " + f.sentence().text() + " -> " + got;
    check(e.path("killed"), got.killed(), "killed " + where);
    check(e.path("wounded"), got.wounded(), "wounded " + where);
    if (e.has("arrested")) {
      check(e.path("arrested"), got.arrested(), "arrested " + where);
    }
    if (e.has("displaced")) {
      check(e.path("displaced"), got.displaced(), "displaced " + where);
    }
    assertEquals(e.path("cumulative").asBoolean(), got.cumulative(), "cumulative " + where);
    assertEquals(e.path("statistic").asBoolean(), got.statistic(), "statistic " + where);
  }

  private static void check(JsonNode want, Optional<Quantity> got, String where) {
    if (want.isNull() || want.isMissingNode()) {
      assertEquals(Optional.empty(), got, where);
      return;
    }
    assertEquals(want.get("min").asLong(), got.map(Quantity::min).orElse(-99L), where);
    assertEquals(want.get("max").asLong(), got.map(Quantity::max).orElse(-99L), where);
    assertEquals(want.get("qualifier").asText(), got.map(Quantity::qualifier).orElse(""), where);
  }

  @Test
  void triggerOutsideTheSentenceIsRefused() {
    Fixture f = cases().findFirst().orElseThrow();
    assertThrows(IllegalArgumentException.class, () -> reader.read(f.sentence(), -1));
  }
}
