package org.casus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.casus.actors.ActorDictionary.ActorMatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ActorDictionaryTest {
  static ActorDictionary actors;

  @BeforeAll
  static void load() throws Exception {
    actors = ActorDictionary.loadDefault();
  }

  private static List<String> words(String s) {
    return List.of(s.split(" "));
  }

  @Test
  void countryNameAnyCase() {
    ActorMatch m = actors.longestMatch(words("Iran said"), 0, LocalDate.of(2024, 4, 26)).orElseThrow();
    assertEquals("IRN", m.code());
    assertEquals(1, m.length());
    assertEquals("IRAN", m.surface());
    assertTrue(m.rule().startsWith("actors:"), m.rule());
    assertEquals("IRN", actors.longestMatch(words("IRAN"), 0, null).orElseThrow().code());
  }

  @Test
  void possessiveAsSeparateTokenOrNot() {
    // CoreNLP gives "Iran" "'s"; a phrase ends at a token boundary, so "Iran" alone matches
    assertEquals("IRN", actors.longestMatch(words("Iran 's Defense Minister"), 0, null).orElseThrow().code());
    // a dictionary surface with 'S matches the split tokens
    Optional<ActorMatch> pla = actors.longestMatch(words("People 's Liberation Army"), 0, null);
    assertTrue(pla.isPresent());
    assertEquals(4, pla.get().length());
    assertTrue(pla.get().code().startsWith("CHN"), pla.get().code());
  }

  @Test
  void abbreviationWithPeriods() {
    ActorMatch m = actors.longestMatch(words("the U.S. said"), 1, null).orElseThrow();
    assertEquals("USA", m.code());
    assertEquals(1, m.length());
  }

  @Test
  void longestMatchWins() {
    ActorMatch m = actors.longestMatch(words("United States forces"), 0, null).orElseThrow();
    assertEquals("USA", m.code());
    assertEquals(2, m.length());
  }

  @Test
  void dateRestrictedLeaderCodedByDate() {
    // Phoenix: VLADIMIR PUTIN RUSELI 700101-990809, RUSGOV 991231-080507, RUSGOV >080508, default RUSELI
    List<String> w = words("Vladimir Putin met");
    assertEquals("RUSELI", actors.longestMatch(w, 0, LocalDate.of(1995, 1, 1)).orElseThrow().code());
    assertEquals("RUSGOV", actors.longestMatch(w, 0, LocalDate.of(2015, 6, 1)).orElseThrow().code());
    assertEquals("RUSELI", actors.longestMatch(w, 0, null).orElseThrow().code(), "no date: default row");
    assertEquals(2, actors.longestMatch(w, 0, null).orElseThrow().length());
    // OBAMA: USAELI 780101-000101, USAGOV >090120, no default row
    assertEquals("USAGOV", actors.longestMatch(words("Obama"), 0, LocalDate.of(2010, 1, 1)).orElseThrow().code());
    assertEquals("USAELI", actors.longestMatch(words("Obama"), 0, LocalDate.of(1990, 1, 1)).orElseThrow().code());
    assertTrue(actors.longestMatch(words("Obama"), 0, LocalDate.of(2005, 1, 1)).isEmpty(),
        "no dated row matches and there is no default row");
    assertTrue(actors.longestMatch(words("Obama"), 0, null).isEmpty());
  }

  @Test
  void boundsAreInclusive() {
    // BARACK OBAMA USAGOV >090120: on the day itself
    assertEquals("USAGOV",
        actors.longestMatch(words("Barack Obama"), 0, LocalDate.of(2009, 1, 20)).orElseThrow().code());
  }

  @Test
  void noMatch() {
    assertTrue(actors.longestMatch(words("the cat sat"), 0, null).isEmpty());
    assertFalse(actors.longestMatch(words("said Iran"), 0, null).isPresent());
  }

  @Test
  void startOutOfRange() {
    assertThrows(IllegalArgumentException.class, () -> actors.longestMatch(words("Iran"), 1, null));
  }

}
