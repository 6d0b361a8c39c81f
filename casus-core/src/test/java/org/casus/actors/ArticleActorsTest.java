package org.casus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.casus.model.Actor;
import org.casus.model.CharSpan;
import org.junit.jupiter.api.Test;

class ArticleActorsTest {
  private static Actor actor(String text, String code) {
    return Actor.ofCode(text, code, new CharSpan(0, text.length()), "test");
  }

  @Test
  void namesAreRememberedCaseInsensitively() {
    ArticleActors m = new ArticleActors(LocalDate.of(2024, 4, 27));
    m.rememberName(" Karimzadeh ", actor("Karimzadeh", "IRNGOVMIL"));
    assertEquals("IRNGOVMIL", m.byName("KARIMZADEH").orElseThrow().code());
    assertEquals(Optional.empty(), m.byName("Li"));
    assertEquals(LocalDate.of(2024, 4, 27), m.date());
  }

  @Test
  void uncodedActorsAndBlankNamesAreNotRemembered() {
    ArticleActors m = new ArticleActors(null);
    m.rememberName("crowd", actor("the crowd", ""));
    m.rememberName("  ", actor("Iran", "IRN"));
    m.notePerson(actor("a man", ""));
    m.noteGroup(actor("a group", ""));
    assertEquals(Optional.empty(), m.byName("crowd"));
    assertEquals(Optional.empty(), m.byName(""));
    assertEquals(Optional.empty(), m.lastPerson());
    assertEquals(Optional.empty(), m.lastGroup());
  }

  @Test
  void theLastPersonAndGroupWin() {
    ArticleActors m = new ArticleActors(null);
    m.notePerson(actor("the minister", "IRNGOVMIL"));
    m.notePerson(actor("his counterpart", "CHNGOVMIL"));
    m.noteGroup(actor("Iran", "IRN"));
    m.notePerson(actor("an unnamed man", ""));
    assertEquals("CHNGOVMIL", m.lastPerson().orElseThrow().code());
    assertEquals("IRN", m.lastGroup().orElseThrow().code());
  }

  @Test
  void theCacheHoldsOneSentence() {
    ArticleActors m = new ArticleActors(null, List.of());
    Optional<Actor> iran = Optional.of(actor("Iran", "IRN"));
    assertEquals(Optional.empty(), m.cached(0, 3));
    m.cache(0, 3, iran);
    m.cache(0, 4, Optional.empty());
    assertEquals(Optional.of(iran), m.cached(0, 3));
    assertEquals(Optional.of(Optional.empty()), m.cached(0, 4), "a phrase with no actor is cached too");
    assertEquals(Optional.empty(), m.cached(1, 3), "another sentence's token is not the same phrase");
    m.cache(1, 0, iran);
    assertEquals(Optional.empty(), m.cached(0, 3), "moving on clears the previous sentence");
    assertTrue(m.registerLayers().isEmpty());
  }
}
