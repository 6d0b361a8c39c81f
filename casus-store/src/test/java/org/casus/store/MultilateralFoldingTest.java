package org.casus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casus.model.Actor;
import org.casus.model.CharSpan;
import org.casus.model.DateBasis;
import org.casus.model.Event;
import org.casus.model.EventDate;
import org.casus.model.Place;
import org.junit.jupiter.api.Test;

public class MultilateralFoldingTest {
  static final LocalDate DAY = LocalDate.of(2025, 3, 10);
  static final CharSpan MET = new CharSpan(58, 61);

  /** The coder's records of "the foreign ministers of France, Germany, Italy and Spain met": 4·3 pairs. */
  public static List<Event> meetingOfFour(String doc) {
    List<String> parties = List.of("FRAGOV", "DEUGOV", "ITAGOV", "ESPGOV");
    List<Event> out = new ArrayList<>();
    int n = 1;
    for (String a : parties) {
      for (String b : parties) {
        if (!a.equals(b)) {
          out.add(Fixtures.event(doc, n++, 0, MET, a, "040", b, EventDate.day(DAY, DateBasis.TEXT, "on Monday"),
              Place.UNKNOWN, Optional.empty()));
        }
      }
    }
    return out;
  }

  @Test
  void aMeetingOfFourIsOneReciprocalEventWithEveryPartyAsSource() {
    List<Event> pairs = meetingOfFour("ml-1");
    assertEquals(12, pairs.size());
    List<FoldedEvent> folded = MultilateralFolding.fold(pairs);
    assertEquals(1, folded.size());
    FoldedEvent f = folded.get(0);
    assertTrue(f.multilateral());
    assertEquals(List.of("FRAGOV", "DEUGOV", "ITAGOV", "ESPGOV"), f.sources().stream().map(Actor::code).toList());
    assertEquals(List.of(), f.targets(), "PLOVER: a reciprocal event has no recipient");
    assertEquals(12, f.pairs().size());
    assertEquals("ml-1-1", f.event().id());
    assertEquals(4, f.participants());
  }

  @Test
  void aCompoundSourceKeepsItsTarget() {
    CharSpan accused = new CharSpan(29, 36);
    EventDate d = EventDate.day(DAY, DateBasis.ARTICLE_DATE, "");
    List<Event> pairs = List.of(
        Fixtures.event("ml-3", 1, 0, accused, "USA", "112", "RUS", d, Place.UNKNOWN, Optional.empty()),
        Fixtures.event("ml-3", 2, 0, accused, "FRA", "112", "RUS", d, Place.UNKNOWN, Optional.empty()));
    List<FoldedEvent> folded = MultilateralFolding.fold(pairs);
    assertEquals(1, folded.size());
    assertEquals(List.of("USA", "FRA"), folded.get(0).sources().stream().map(Actor::code).toList());
    assertEquals(List.of("RUS"), folded.get(0).targets().stream().map(Actor::code).toList());
  }

  @Test
  void twoPartiesStayAsTheCoderWroteThem() {
    EventDate d = EventDate.day(DAY, DateBasis.TEXT, "");
    List<Event> pairs = List.of(
        Fixtures.event("d", 1, 0, MET, "KENGOV", "040", "ETHGOV", d, Place.UNKNOWN, Optional.empty()),
        Fixtures.event("d", 2, 0, MET, "ETHGOV", "040", "KENGOV", d, Place.UNKNOWN, Optional.empty()));
    List<FoldedEvent> folded = MultilateralFolding.fold(pairs);
    assertEquals(2, folded.size());
    assertFalse(folded.get(0).multilateral());
    assertEquals("d-1", folded.get(0).event().id());
    assertEquals("d-2", folded.get(1).event().id());
  }

  @Test
  void recordsOfOtherTriggersOrCodesAreNotFolded() {
    EventDate d = EventDate.day(DAY, DateBasis.TEXT, "");
    List<Event> pairs = List.of(
        Fixtures.event("t", 1, 0, MET, "FRAGOV", "040", "DEUGOV", d, Place.UNKNOWN, Optional.empty()),
        Fixtures.event("t", 2, 0, new CharSpan(70, 75), "FRAGOV", "040", "ITAGOV", d, Place.UNKNOWN, Optional.empty()),
        Fixtures.event("t", 3, 0, MET, "FRAGOV", "036", "ESPGOV", d, Place.UNKNOWN, Optional.empty()),
        Fixtures.event("t", 4, 1, MET, "FRAGOV", "040", "ESPGOV", d, Place.UNKNOWN, Optional.empty()));
    List<FoldedEvent> folded = MultilateralFolding.fold(pairs);
    assertEquals(4, folded.size());
    assertTrue(folded.stream().noneMatch(FoldedEvent::multilateral));
  }
}
