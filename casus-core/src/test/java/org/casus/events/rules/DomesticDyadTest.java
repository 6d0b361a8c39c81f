package org.casus.events.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.casus.model.Actor;
import org.casus.model.CharSpan;
import org.junit.jupiter.api.Test;

/** {@link DomesticDyad}: which events of an actor on its own country are self events. */
class DomesticDyadTest {
  private static Actor a(String code) {
    return Actor.ofCode(code, code, new CharSpan(0, 1), "test");
  }

  @Test
  void rebelsOnTheirCountryAreAnEvent() {
    assertFalse(DomesticDyad.isSelf(a("SDNREB"), a("SDN"), "195"));
  }

  @Test
  void aCourtOnACitizenIsAnEvent() {
    assertFalse(DomesticDyad.isSelf(a("BGDJUD"), a("BGD"), "172"));
  }

  @Test
  void aGovernmentStatementOnItsCountryIsASelfEvent() {
    assertTrue(DomesticDyad.isSelf(a("IRNGOV"), a("IRN"), "016"));
  }

  @Test
  void civiliansOnTheirCountryAreASelfEvent() {
    assertTrue(DomesticDyad.isSelf(a("SDNCVL"), a("SDN"), "190"));
  }

  @Test
  void aRoleOfNoKnownCountryOnAPlaceOfNoneIsASelfEvent() {
    assertTrue(DomesticDyad.isSelf(a("---MIL"), a("---"), "190"));
  }

  @Test
  void anotherCountryOrASectoredTargetIsNoSelfEvent() {
    assertFalse(DomesticDyad.isSelf(a("SDNCVL"), a("TCD"), "190"));
    assertFalse(DomesticDyad.isSelf(a("IRNGOV"), a("IRNOPP"), "111"));
  }
}
