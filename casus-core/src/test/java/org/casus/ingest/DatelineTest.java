package org.casus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 5: wire datelines are read and blanked before coding. */
class DatelineTest {
  @Test
  void cityDateAndAgency() {
    String text = "AMMAN, March 9 (Reuters) - Jordan's king met the envoy on Saturday.";
    Dateline d = Dateline.read(text).orElseThrow();
    assertEquals("AMMAN", d.city());
    assertEquals("March 9", d.date());
    assertEquals("Reuters", d.agency());
    assertEquals("Amman", d.toponym());
    String blanked = d.blank(text);
    assertEquals(text.length(), blanked.length(), "offsets stay valid");
    assertEquals("Jordan's king met the envoy on Saturday.", blanked.strip());
  }

  @Test
  void cityWithRegionAndEmDash() {
    Dateline d = Dateline.read("LVIV, Ukraine (AP) \u2014 Air raid sirens sounded overnight.").orElseThrow();
    assertEquals("LVIV, Ukraine", d.city());
    assertEquals("Lviv, Ukraine", d.toponym());
    assertEquals("AP", d.agency());
    assertEquals("", d.date());
  }

  @Test
  void twoWordCityBareDash() {
    Dateline d = Dateline.read("SAN SALVADOR -- Police detained 40 gang suspects.").orElseThrow();
    assertEquals("San Salvador", d.toponym());
  }

  @Test
  void ordinarySentencesHaveNone() {
    assertEquals(Optional.empty(), Dateline.read("Police in Lagos arrested 15 protesters on Friday."));
    assertEquals(Optional.empty(), Dateline.read("The UN - and its agencies - called for calm."));
    assertEquals(Optional.empty(), Dateline.read("UN - aid arrived."));
    assertEquals(Optional.empty(), Dateline.read(""));
  }

  @Test
  void blankRefusesShortText() {
    Dateline d = Dateline.read("CAIRO - Talks resumed.").orElseThrow();
    assertTrue(d.length() > 0);
    assertThrows(IllegalArgumentException.class, () -> d.blank("CAI"));
  }
}
