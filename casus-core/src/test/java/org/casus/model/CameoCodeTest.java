package org.casus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CameoCodeTest {
  @Test
  void cameoCodesAreTwoToFourDigitsWithRootOneToTwenty() {
    for (String v : List.of("01", "044", "0212", "195", "20", "2042")) {
      CameoCode c = new CameoCode(v);
      assertTrue(c.isCameo(), v);
    }
    assertEquals("19", new CameoCode("195").root());
    assertEquals(19, new CameoCode("195").rootNumber());
  }

  @Test
  void petrarchValidationTestCodesAreKeptButAreNotCameo() {
    // ../shared/eval/README.md: 73 expected codes of the 2014 suite are not CAMEO (9xx, 345, 802, 212, 174K).
    for (String v : List.of("903", "345", "802", "212", "174K", "174L", "0012")) {
      CameoCode c = new CameoCode(v);
      assertFalse(c.isCameo(), v);
      assertEquals(v, c.value());
    }
    assertEquals("17", new CameoCode("174K").root());
  }

  @Test
  void otherFormsAreRejected() {
    for (String v : List.of("", "1", "21", "00", "12345", "---", "A12", "1a", "174k", "19 5")) {
      assertThrows(IllegalArgumentException.class, () -> new CameoCode(v), v);
    }
    assertThrows(IllegalArgumentException.class, () -> new CameoCode(null));
  }

  @Test
  void anEventWithATestCodeHasUnknownQuadClassAndGoldstein() {
    CharSpan span = new CharSpan(0, 5);
    Actor arn = Actor.ofCode("Arnor", "ARN", span, "test");
    Actor gon = Actor.ofCode("Gondor", "GON", new CharSpan(10, 16), "test");
    Provenance prov = new Provenance("doc", 0, span, "test", java.util.Map.of());
    List<Mention> mentions = List.of(new Mention(0, span, "x", "test"));
    Event e = new Event("doc-1", "doc", 0, span, "Arnor x Gondor", arn, Optional.of(gon), new CameoCode("903"), 0,
        Double.NaN, Plover.NONE, Mode.ASSERTED, EventDate.UNKNOWN, Place.UNKNOWN, Optional.empty(), Optional.empty(), mentions, prov);
    assertEquals(0, e.quadClass());
    assertThrows(IllegalArgumentException.class, () -> new Event("doc-1", "doc", 0, span, "t", arn, Optional.of(gon),
        new CameoCode("903"), 4, -10.0, Plover.NONE, Mode.ASSERTED, EventDate.UNKNOWN, Place.UNKNOWN, Optional.empty(),
        Optional.empty(), mentions, prov), "a test code has no QuadClass");
    assertThrows(IllegalArgumentException.class, () -> new Event("doc-1", "doc", 0, span, "t", arn, Optional.of(gon),
        new CameoCode("190"), 0, Double.NaN, Plover.NONE, Mode.ASSERTED, EventDate.UNKNOWN, Place.UNKNOWN, Optional.empty(),
        Optional.empty(), mentions, prov), "a CAMEO code needs its QuadClass");
  }
}
