package org.casus.actors.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.casus.model.Actor;
import org.casus.model.CharSpan;
import org.junit.jupiter.api.Test;

class ArmedOppositionTest {
  private static Actor actor(String code) {
    return Actor.ofCode("x", code, new CharSpan(0, 1), "test");
  }

  @Test
  void anUnalignedGroupFightingItsOwnArmyIsInArmedOpposition() {
    Actor a = ArmedOpposition.inFightWith(actor("NERUAFMUS"), actor("NERMIL"), "19");
    assertEquals("NERREBMUS", a.code());
    assertTrue(a.rule().endsWith("+armed-opposition"), a.rule());
    assertEquals("PHLREB", ArmedOpposition.inFightWith(actor("PHLUAF"), actor("PHLCOP"), "18").code());
    assertEquals("PHLREB", ArmedOpposition.inFightWith(actor("PHLUAF"), actor("PHLGOV"), "20").code());
    assertEquals("NGAREBMUS", ArmedOpposition.inFightWith(actor("NGAUAFMUSREB"), actor("NGAMIL"), "19").code(),
        "jihadist insurgents: REB once, first");
  }

  @Test
  void otherwiseTheGroupKeepsItsCode() {
    Actor group = actor("NERUAF");
    assertSame(group, ArmedOpposition.inFightWith(group, actor("MLIMIL"), "19"), "another country's army");
    assertSame(group, ArmedOpposition.inFightWith(group, actor("NERMIL"), "04"), "a meeting is no fight");
    assertSame(group, ArmedOpposition.inFightWith(group, actor("NERCVL"), "19"), "civilians are not the state");
    assertSame(group, ArmedOpposition.inFightWith(group, actor("NER"), "19"), "a bare country names no forces");
    Actor unknown = actor("---UAF");
    assertSame(unknown, ArmedOpposition.inFightWith(unknown, actor("---MIL"), "19"), "no known country");
    Actor rebels = actor("NERREB");
    assertSame(rebels, ArmedOpposition.inFightWith(rebels, actor("NERMIL"), "19"));
  }
}
