package org.casus.store.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.casus.model.ModeKind;
import org.casus.model.Place;
import org.casus.model.PlacePrecision;
import org.casus.model.Quantity;
import org.casus.store.Fixtures;
import org.junit.jupiter.api.Test;

class EventGrouperTest {
  static final LocalDate D = LocalDate.of(2024, 4, 13);

  static Candidate c(long key, String article, LocalDate day, Place place, Optional<Quantity> killed) {
    return new Candidate(key, article + "-1", article, 0, Optional.of(day), "outlet-" + article, Optional.of(day),
        Optional.of(day), true, place, List.of("IRNMIL"), List.of("ISR"), Set.of(), 1, ModeKind.ASSERTED, killed,
        Optional.empty());
  }

  static Candidate range(long key, String article, LocalDate from, LocalDate to) {
    return new Candidate(key, article + "-1", article, 0, Optional.of(to), "", Optional.of(from), Optional.of(to),
        false, Place.UNKNOWN, List.of("ISR"), List.of("PSE"), Set.of(), 1, ModeKind.ASSERTED, Optional.empty(),
        Optional.empty());
  }

  @Test
  void reportsOfOneDayAndPlaceAreOneEvent() {
    List<EventGroup> g = EventGrouper.group(List.of(
        c(1, "a", D, Fixtures.DAMASCUS, Optional.empty()),
        c(2, "b", D.plusDays(1), Fixtures.DOUMA, Optional.empty()),
        c(3, "c", D, Fixtures.SYRIA, Optional.empty())));
    assertEquals(1, g.size(), g::toString);
    assertEquals("a-1", g.get(0).id());
    assertEquals(3, g.get(0).articles());
    assertEquals(3, g.get(0).sources());
    assertEquals("anchor", g.get(0).reasons().get(0));
    // canonical order: a and c (13 April), then b (14 April)
    assertEquals(List.of(1L, 3L, 2L), g.get(0).members().stream().map(Candidate::eventKey).toList());
    assertTrue(g.get(0).reasons().get(1).contains("names only the country"), g.get(0).reasons().get(1));
    assertTrue(g.get(0).reasons().get(2).contains("km apart"), g.get(0).reasons().get(2));
    assertEquals(1, g.get(0).representative().eventKey(), "the finest place; Damascus and Douma are both cities,"
        + " the earlier wins");
  }

  @Test
  void farPlacesDistantDaysAndTheSameArticleAreNotJoined() {
    List<EventGroup> g = EventGrouper.group(List.of(
        c(1, "a", D, Fixtures.DAMASCUS, Optional.empty()),
        c(2, "b", D, Fixtures.ALEPPO, Optional.empty()),
        c(3, "c", D.plusDays(2), Fixtures.DAMASCUS, Optional.empty()),
        new Candidate(4, "a-2", "a", 1, Optional.of(D), "", Optional.of(D), Optional.of(D), true, Fixtures.DAMASCUS,
            List.of("IRNMIL"), List.of("ISR"), Set.of(), 1, ModeKind.ASSERTED, Optional.empty(), Optional.empty())));
    assertEquals(4, g.size(), g::toString);
  }

  @Test
  void completeLinkageDoesNotChainDays() {
    // 13, 14 and 15 April: 13-14 and 14-15 are a day apart, 13-15 two days.
    List<EventGroup> g = EventGrouper.group(List.of(
        c(1, "a", D, Place.UNKNOWN, Optional.empty()),
        c(2, "b", D.plusDays(1), Place.UNKNOWN, Optional.empty()),
        c(3, "c", D.plusDays(2), Place.UNKNOWN, Optional.empty())));
    assertEquals(2, g.size(), g::toString);
    assertEquals(List.of(1L, 2L), g.get(0).members().stream().map(Candidate::eventKey).toList());
  }

  @Test
  void aDayAndARangeAreNotJoinedButOverlappingRangesAre() {
    List<EventGroup> g = EventGrouper.group(List.of(
        range(1, "a", LocalDate.of(2023, 10, 7), LocalDate.of(2024, 4, 27)),
        range(2, "b", LocalDate.of(2023, 10, 7), LocalDate.of(2024, 4, 26)),
        new Candidate(3, "c-1", "c", 0, Optional.of(D), "", Optional.of(D), Optional.of(D), true, Place.UNKNOWN,
            List.of("ISR"), List.of("PSE"), Set.of(), 1, ModeKind.ASSERTED, Optional.empty(), Optional.empty())));
    assertEquals(2, g.size(), g::toString);
    assertTrue(g.stream().anyMatch(x -> x.members().size() == 2 && x.reasons().get(1).contains("overlap")));
  }

  @Test
  void theSameEventsGiveTheSameGroupsInAnyOrder() {
    Random rnd = new Random(15);
    List<Place> places = List.of(Fixtures.DAMASCUS, Fixtures.DOUMA, Fixtures.ALEPPO, Fixtures.SYRIA, Place.UNKNOWN,
        new Place("Rif Dimashq", 0, "SYR", "Rif-dimashq", 33.5, 36.5, PlacePrecision.REGION, "Rif Dimashq"));
    for (int trial = 0; trial < 50; trial++) {
      List<Candidate> events = new ArrayList<>();
      int n = 5 + rnd.nextInt(30);
      for (int i = 0; i < n; i++) {
        events.add(c(i, "art" + rnd.nextInt(n), D.plusDays(rnd.nextInt(5)), places.get(rnd.nextInt(places.size())),
            Optional.empty()));
      }
      // event ids must be unique: rebuild with the key in the id
      List<Candidate> unique = new ArrayList<>();
      for (Candidate x : events) {
        unique.add(new Candidate(x.eventKey(), x.articleId() + "-" + x.eventKey(), x.articleId(), (int) x.eventKey(),
            x.published(), x.outlet(), x.earliest(), x.latest(), x.point(), x.place(), x.sourceCodes(), x.targetCodes(),
            x.participantCountries(), x.mentions(), x.mode(), x.killed(), x.wounded()));
      }
      List<String> expected = EventGrouper.group(unique).stream().map(EventGroup::toString).toList();
      for (int shuffle = 0; shuffle < 5; shuffle++) {
        List<Candidate> copy = new ArrayList<>(unique);
        Collections.shuffle(copy, rnd);
        assertEquals(expected, EventGrouper.group(copy).stream().map(EventGroup::toString).toList());
      }
      // every event in exactly one group, and every pair of members compatible
      List<EventGroup> groups = EventGrouper.group(unique);
      assertEquals(n, groups.stream().mapToInt(x -> x.members().size()).sum());
      for (EventGroup grp : groups) {
        for (Candidate a : grp.members()) {
          for (Candidate b : grp.members()) {
            if (a != b) {
              assertTrue(GroupingRules.compatible(a, b).isPresent(), grp + ": " + a.eventId() + " vs " + b.eventId());
            }
          }
        }
      }
    }
  }

  @Test
  void casualtiesFollowAcledTheMostConservativeWellAttributedFigure() {
    List<Candidate> m = List.of(
        c(1, "a", D, Fixtures.DAMASCUS, Optional.of(new Quantity(12, 12, "vague", "dozens"))),
        c(2, "b", D, Fixtures.DAMASCUS, Optional.of(new Quantity(7, -1, "at least", "at least seven"))),
        c(3, "c", D, Fixtures.DAMASCUS, Optional.of(Quantity.exact(9, "nine"))),
        c(4, "d", D, Fixtures.DAMASCUS, Optional.of(Quantity.exact(7, "seven"))),
        c(5, "e", D, Fixtures.DAMASCUS, Optional.empty()));
    EventGroup g = EventGrouper.group(m).get(0);
    assertEquals(5, g.members().size());
    CasualtyFigure k = g.killed().orElseThrow();
    assertEquals(7, k.quantity().min());
    assertFalse(k.quantity().openEnded(), "a closed 7 beats an open-ended 'at least 7'");
    assertEquals(4, k.eventKey());
    assertEquals(4, k.figures());
    // only vague figures: the lowest vague one
    Optional<CasualtyFigure> vague = CasualtyFigure.choose(List.of(
        c(1, "a", D, Place.UNKNOWN, Optional.of(new Quantity(100, 100, "vague", "hundreds"))),
        c(2, "b", D, Place.UNKNOWN, Optional.of(new Quantity(12, 12, "vague", "dozens")))), Candidate::killed);
    assertEquals(12, vague.orElseThrow().quantity().min());
  }

  @Test
  void placeRulesCoarserSidesNeedTheSameCountryAndDivision() {
    Place region = new Place("Aleppo Governorate", 0, "SYR", "Aleppo", 36.2, 37.1, PlacePrecision.REGION, "Aleppo");
    assertTrue(GroupingRules.places(Fixtures.ALEPPO, region).isPresent());
    assertTrue(GroupingRules.places(Fixtures.DAMASCUS, region).isEmpty(), "another division");
    assertTrue(GroupingRules.places(Fixtures.MOYALE, Fixtures.SYRIA).isEmpty(), "another country");
    assertTrue(GroupingRules.places(Fixtures.DAMASCUS, Fixtures.ALEPPO).isEmpty(), "about 300 km apart");
    assertEquals(0.0, GroupingRules.kilometres(1, 2, 1, 2), 1e-9);
    // Damascus to Aleppo is about 310 km on a great circle
    double km = GroupingRules.kilometres(33.5102, 36.29128, 36.20124, 37.16117);
    assertTrue(km > 300 && km < 320, "km " + km);
  }
}
