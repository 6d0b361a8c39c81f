package org.casus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.casus.resource.ResourceFormatException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RegistersTest {
  private static Registers registers;

  @BeforeAll
  static void load() throws ResourceFormatException {
    registers = Registers.loadDefault();
  }

  private static Optional<String> occupiedTerritories(List<ActorDictionary> layers) {
    List<String> words = List.of("the", "occupied", "territories");
    for (ActorDictionary d : layers) {
      Optional<ActorDictionary.ActorMatch> m = d.longestMatch(words, 1, null);
      if (m.isPresent()) {
        return Optional.of(m.get().code());
      }
    }
    return Optional.empty();
  }

  @Test
  void aMarkerTurnsTheRegisterOn() {
    List<ActorDictionary> layers = registers.actorLayersFor("Officials blamed the Zionist regime for the strike.");
    assertEquals(1, layers.size());
    assertEquals(Optional.of("ISR"), occupiedTerritories(layers));
  }

  @Test
  void markersMatchAcrossCaseAndSpacing() {
    assertEquals(1, registers.actorLayersFor("THE ISRAELI\nREGIME said").size());
    assertEquals(1, registers.actorLayersFor("the zionist   entity").size());
  }

  @Test
  void markersAreWholeWords() {
    assertTrue(registers.actorLayersFor("the Israeli regimes of the past").isEmpty());
    assertTrue(registers.actorLayersFor("a proto-Zionist regimen").isEmpty());
  }

  @Test
  void twoMarkersOfOneRegisterGiveOneLayer() {
    assertEquals(1, registers.actorLayersFor("the Israeli regime, the Zionist regime").size());
  }

  @Test
  void noMarkerNoLayer() {
    assertTrue(registers.actorLayersFor("Israel and Iran exchanged fire over the occupied territories.").isEmpty());
    assertTrue(registers.actorLayersFor("").isEmpty());
  }
}
