package org.casus.events.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerbPatternParserTest {
  private static PatternTerm noun(String... w) {
    return new PatternTerm(List.of(), List.of(w), false);
  }

  @Test
  void prepositionWithSynset() {
    VerbPatternParser.Parsed p = VerbPatternParser.parse("* (FOR &CEASEFIRE)");
    assertEquals(List.of(), p.before());
    assertEquals(List.of(new PatternTerm(List.of("FOR"), List.of("&CEASEFIRE"), false)), p.after());
    assertTrue(PatternTerm.isSynset(p.after().get(0).words().get(0)));
  }

  @Test
  void nounPhrase() {
    VerbPatternParser.Parsed p = VerbPatternParser.parse("* {HUMANITARIAN AID}");
    assertEquals(List.of(new PatternTerm(List.of(), List.of("HUMANITARIAN", "AID"), true)), p.after());
  }

  @Test
  void alternativePrepositions() {
    PatternTerm t = VerbPatternParser.parse("* (BY/WITH PROTESTS)").after().get(0);
    assertEquals(List.of("BY", "WITH"), t.prepositions());
    assertEquals(List.of("PROTESTS"), t.words());
  }

  @Test
  void twoPrepositionalPhrases() {
    VerbPatternParser.Parsed p = VerbPatternParser.parse("* (FOR END) (TO OPERATION)");
    assertEquals(List.of(new PatternTerm(List.of("FOR"), List.of("END"), false),
        new PatternTerm(List.of("TO"), List.of("OPERATION"), false)), p.after());
  }

  @Test
  void nounThenPrepositionalPhrase() {
    VerbPatternParser.Parsed p = VerbPatternParser.parse("* STRIKE (FOR RESIGNATION)");
    assertEquals(List.of(noun("STRIKE"), new PatternTerm(List.of("FOR"), List.of("RESIGNATION"), false)), p.after());
  }

  @Test
  void barepreposition() {
    PatternTerm t = VerbPatternParser.parse("* (FOR)").after().get(0);
    assertEquals(List.of("FOR"), t.prepositions());
    assertEquals(List.of(), t.words());
    assertFalse(t.phrase());
  }

  @Test
  void prepositionWithBracedPhrase() {
    PatternTerm t = VerbPatternParser.parse("* (UP {&MILITARY RESERVE})").after().get(0);
    assertEquals(List.of("UP"), t.prepositions());
    assertEquals(List.of("&MILITARY", "RESERVE"), t.words());
    assertTrue(t.phrase());
  }

  @Test
  void preVerbTerms() {
    VerbPatternParser.Parsed a = VerbPatternParser.parse("&AIRCRAFT *");
    assertEquals(List.of(noun("&AIRCRAFT")), a.before());
    assertEquals(List.of(), a.after());
    VerbPatternParser.Parsed m = VerbPatternParser.parse("MORTAR *");
    assertEquals(List.of(noun("MORTAR")), m.before());
  }

  @Test
  void tabariSlotMarkersDroppedWithWarning() {
    VerbPatternParser.Parsed p = VerbPatternParser.parse("* {PASSENGER CARS} (TO +)");
    assertEquals(new PatternTerm(List.of("TO"), List.of(), false), p.after().get(1));
    assertEquals(1, p.warnings().size());
  }

  @Test
  void aTargetSlotPhraseIsLeftToTheTargetSearch() {
    // "(TO +)": TABARI's target slot is where the target is, not a phrase the pattern consumes.
    VerbPatternParser.Parsed p = VerbPatternParser.parse("* {PASSENGER CARS} (TO +)", true);
    assertEquals(1, p.after().size());
    assertEquals(2, p.warnings().size());
  }

  @Test
  void targetBeforeAndSourceAfterSlotsSwapTheRoles() {
    assertTrue(VerbDictionary.swapsRoles("+ * (FROM $)"));
    assertTrue(VerbDictionary.swapsRoles("+ * MONEY $"));
    assertFalse(VerbDictionary.swapsRoles("(DESPITE) * (FROM $)"));
    assertFalse(VerbDictionary.swapsRoles("* EID (AT ^) (WITH +)"));
  }

  @Test
  void skippedActorSlotsBeforeTheTargetSlotAreCounted() {
    assertEquals(0, VerbDictionary.targetSlotSkips("* EID AT ^ WITH +"));
    assertEquals(2, VerbDictionary.targetSlotSkips("* IFTAR AT ^ ^ +"));
    assertEquals(-1, VerbDictionary.targetSlotSkips("+ * FROM $"));
  }

  @Test
  void malformedPatternsThrow() {
    assertThrows(IllegalArgumentException.class, () -> VerbPatternParser.parse("AID"));
    assertThrows(IllegalArgumentException.class, () -> VerbPatternParser.parse("* * AID"));
    assertThrows(IllegalArgumentException.class, () -> VerbPatternParser.parse("* (FOR AID"));
    assertThrows(IllegalArgumentException.class, () -> VerbPatternParser.parse("* {AID"));
    assertThrows(IllegalArgumentException.class, () -> VerbPatternParser.parse("* ()"));
    assertThrows(IllegalArgumentException.class, () -> VerbPatternParser.parse("* AID)"));
    assertThrows(IllegalArgumentException.class, () -> VerbPatternParser.parse(""));
  }

  @Test
  void petrarchOneSyntaxIsOneWordSequencePerSide() {
    VerbPatternParser.Parsed p = VerbPatternParser.parseSequence("&NEGATVAUXVRB * OVER EFFORTS");
    assertEquals(List.of(new PatternTerm(List.of(), List.of("&NEGATVAUXVRB"), false, true)), p.before());
    assertEquals(List.of(new PatternTerm(List.of(), List.of("OVER", "EFFORTS"), false, true)), p.after());
    VerbPatternParser.Parsed u = VerbPatternParser.parseSequence("+ WAS_ * TO_ ^ FROM $");
    assertEquals(List.of(new PatternTerm(List.of(), List.of("WAS"), false, true)), u.before());
    assertEquals(List.of(new PatternTerm(List.of(), List.of("TO", "FROM"), false, true)), u.after());
    assertEquals(3, u.warnings().size(), "the slot markers + ^ $ dropped");
    assertEquals(List.of("RECENTLY_"), VerbPatternParser.parseSequence("RECENTLY_*").before().get(0).words());
    assertEquals(List.of("_OUT"), VerbPatternParser.parseSequence("*_OUT").after().get(0).words());
    assertEquals(List.of("NEW_&TIETYPES_RELATIONS"),
        VerbPatternParser.parseSequence("* NEW_&TIETYPES_RELATIONS").after().get(0).words());
    assertTrue(VerbPatternParser.parseSequence("* DIPLOMATIC TIES").before().isEmpty());
    // Braces or parentheses: PETRARCH-2 syntax, parsed as such.
    assertEquals(VerbPatternParser.parse("* (FOR &CEASEFIRE)"), VerbPatternParser.parseSequence("* (FOR &CEASEFIRE)"));
    assertThrows(IllegalArgumentException.class, () -> VerbPatternParser.parseSequence("DIPLOMATIC TIES"));
    assertThrows(IllegalArgumentException.class, () -> VerbPatternParser.parseSequence("* A * B"));
    assertThrows(IllegalArgumentException.class, () -> new PatternTerm(List.of("FOR"), List.of("X"), false, true));
  }

  @Test
  void compoundSubjectSlotIsReadFromThePatternText() {
    assertTrue(VerbPatternParser.compoundSubjectSlot("% *"));
    assertTrue(VerbPatternParser.compoundSubjectSlot("% HAVE POSTPONED *"));
    assertFalse(VerbPatternParser.compoundSubjectSlot("* WITH %"));
    assertFalse(VerbPatternParser.compoundSubjectSlot("SAID *"));
  }
}
