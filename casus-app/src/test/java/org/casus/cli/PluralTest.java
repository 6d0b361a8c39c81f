package org.casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PluralTest {
  @Test
  void oneIsSingularEverythingElsePlural() {
    assertEquals("1 article", Plural.of(1, "article"));
    assertEquals("0 articles", Plural.of(0, "article"));
    assertEquals("2 sentences", Plural.of(2, "sentence"));
    assertEquals("-1 events", Plural.of(-1, "event"));
    assertEquals("1 more error", Plural.of(1, "more error"));
  }

  @Test
  void blankNounIsMisuse() {
    assertThrows(IllegalArgumentException.class, () -> Plural.of(1, " "));
  }
}
