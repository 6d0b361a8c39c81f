package org.casus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {
  @Test
  void subwords() {
    assertEquals(List.of("IRAN", "'S"), PhraseIndex.subwords("Iran's"));
    assertEquals(List.of("'S"), PhraseIndex.subwords("'s"));
    assertEquals(List.of("U.S."), PhraseIndex.subwords("U.S."));
    assertEquals(List.of("AL", "QAEDA"), PhraseIndex.subwords("al-Qaeda"));
    assertEquals(List.of(), PhraseIndex.subwords("-"));
    assertEquals(List.of("PEOPLES", "'"), PhraseIndex.subwords("Peoples'"));
    assertEquals(List.of("(", "TALIBAN", ")"), PhraseIndex.subwords("(Taliban)"));
    assertEquals(List.of("("), PhraseIndex.subwords("-LRB-"));
    assertEquals(List.of("WASHINGTON", ","), PhraseIndex.subwords("Washington,"));
    // accents fold both ways: a dictionary written without them matches a text written with them
    assertEquals(List.of("ERDOGAN"), PhraseIndex.subwords("Erdoğan"));
    assertEquals(List.of("ORBAN"), PhraseIndex.subwords("Orbán"));
    assertEquals(List.of("LOPEZ", "OBRADOR"), PhraseIndex.subwords("López-Obrador"));
    assertEquals(List.of("STOTT", "JORGENSEN"), PhraseIndex.subwords("Stott-Jørgensen"));
    assertEquals(List.of("SIKORSKI", "'S"), PhraseIndex.subwords("Sikorski's"));
    assertEquals(List.of("MICHAL"), PhraseIndex.subwords("Michał"));
  }

  @Test
  void matchesAtTokenBoundariesOnly() {
    PhraseIndex.Builder<String> b = new PhraseIndex.Builder<>();
    b.add("AL-QAEDA", "a");
    b.add("AL QAEDA IN IRAQ", "b");
    b.add("IRAN", "c");
    PhraseIndex<String> idx = b.build();
    List<PhraseIndex.Hit<String>> hits = idx.matches(List.of("al", "-", "Qaeda", "in", "Iraq", "-"), 0);
    assertEquals(2, hits.size());
    assertEquals(3, hits.get(0).tokens());
    assertEquals(List.of("a"), hits.get(0).values());
    assertEquals(5, hits.get(1).tokens(), "a trailing hyphen token does not extend the match");
    assertEquals(List.of("b"), hits.get(1).values());
    assertEquals(1, idx.matches(List.of("al-Qaeda"), 0).size());
    assertEquals(0, idx.matches(List.of("-", "Iran"), 0).size(), "a hyphen does not start a phrase");
    assertEquals(0, idx.matches(List.of("Iran's"), 0).size(), "IRAN ends inside the token Iran's");
    assertEquals(1, idx.matches(List.of("Iran", "'s"), 0).size());
  }
}
