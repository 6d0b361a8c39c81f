package org.casus.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import org.casus.nlp.corenlp.CoreNlpParser;
import org.junit.jupiter.api.Test;

/** The one tagging repair of {@link CoreNlpParser}; loads CoreNLP (the JVM-wide instance). */
class CoreNlpParserTest {
  private static Token word(ParsedSentence s, String w) {
    return s.tokens().stream().filter(t -> t.word().equals(w)).findFirst().orElseThrow();
  }

  @Test
  void thatAfterASayingVerbAndATimePhraseIsTheComplementizer() {
    ParsedSentence s = CoreNlpParser.shared()
        .parse("The army said on Sunday that rebel dead from the fighting numbered 300.", Optional.empty())
        .sentences().get(0);
    assertEquals("IN", word(s, "that").pos(), s.tokens().toString());
    assertFalse(word(s, "rebel").pos().startsWith("VB"), s.tokens().toString());
    assertEquals("mark", s.relation(word(s, "that").index()), s.dependencies().toString());
  }

  @Test
  void aRelativeThatWithNoSayingVerbIsLeftAsTagged() {
    ParsedSentence s = CoreNlpParser.shared()
        .parse("Rain fell on the Sunday that rebel units marched.", Optional.empty()).sentences().get(0);
    assertEquals("WDT", word(s, "that").pos(), s.tokens().toString());
  }
}
