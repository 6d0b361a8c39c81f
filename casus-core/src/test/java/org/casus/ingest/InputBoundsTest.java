package org.casus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class InputBoundsTest {
  static final String NEWS = "Kenyan police arrested twelve protesters in Mombasa on Monday, officials said. "
      + "The protesters had blocked the road to the port for two days!\nIt reopened on Tuesday.";

  /** Words of one sentence, tokens as InputBounds counts them. */
  private static int maxSentenceTokens(String text) {
    int max = 0;
    for (String line : text.split("\n")) {
      int count = 0;
      for (String w : line.split("[\\s\\u00A0]+")) {
        if (w.isEmpty()) {
          continue;
        }
        count += 1 + (int) w.chars().filter(c -> !Character.isLetterOrDigit(c)).count();
        if (w.matches(".*[.!?][\"')\\]}\u201D\u2019\u00BB]*")) {
          max = Math.max(max, count);
          count = 0;
        }
      }
      max = Math.max(max, count);
    }
    return max;
  }

  /** Same length, and every changed char was white space and is now a space or a line break. */
  private static void onlyWhiteSpaceOrBlankedTokensChanged(String in, String out, boolean tokensBlanked) {
    assertEquals(in.length(), out.length());
    for (int i = 0; i < in.length(); i++) {
      if (in.charAt(i) != out.charAt(i)) {
        boolean ws = Character.isWhitespace(in.charAt(i)) || in.charAt(i) == '\u00A0';
        assertTrue((ws && out.charAt(i) == '\n') || (tokensBlanked && out.charAt(i) == ' '),
            "char " + i + " '" + in.charAt(i) + "' became '" + out.charAt(i) + "'");
      }
    }
  }

  @Test
  void ordinaryNewsIsUntouched() {
    InputBounds.Bounded b = InputBounds.DEFAULT.apply(NEWS);
    assertSame(NEWS, b.text());
    assertEquals(new InputBounds.Bounded(NEWS, 0, 0, 0), b);
  }

  @Test
  void aHugeTokenIsBlankedAndCounted() {
    String text = "Iran attacked Israel. " + "x".repeat(100_000) + " More words follow.";
    InputBounds.Bounded b = InputBounds.DEFAULT.apply(text);
    assertEquals(1, b.longTokens());
    assertEquals("Iran attacked Israel. " + " ".repeat(100_000) + " More words follow.", b.text());
    onlyWhiteSpaceOrBlankedTokensChanged(text, b.text(), true);
    String url = "https://example.org/" + "a".repeat(900);
    assertSame(url, InputBounds.DEFAULT.apply(url).text(), "a 920-char URL is kept");
  }

  @Test
  void aTextWithoutFullStopIsBrokenIntoBoundedSentences() {
    StringBuilder b = new StringBuilder();
    Random r = new Random(7);
    String[] words = {"the", "minister", "said", "talks", "would", "continue", "in", "Nairobi", "next", "week,", "and"};
    for (int i = 0; i < 17_000; i++) {
      b.append(words[r.nextInt(words.length)]).append(' ');
    }
    String text = b.toString();
    InputBounds.Bounded out = InputBounds.DEFAULT.apply(text);
    assertEquals(1, out.longSentences(), "one over-long sentence");
    assertTrue(out.breaks() >= 17_000 / 200, "breaks " + out.breaks());
    assertTrue(maxSentenceTokens(out.text()) <= 200, "longest " + maxSentenceTokens(out.text()));
    onlyWhiteSpaceOrBlankedTokensChanged(text, out.text(), false);
  }

  @Test
  void theBreakPrefersAClauseEndNearTheLimit() {
    InputBounds small = new InputBounds(1_000, 10);
    String text = "one two three four five six seven eight, nine ten eleven twelve";
    InputBounds.Bounded b = small.apply(text);
    assertEquals("one two three four five six seven eight,\nnine ten eleven twelve", b.text());
    assertEquals(1, b.longSentences());
  }

  @Test
  void sentenceEndsAndLineBreaksResetTheCount() {
    InputBounds small = new InputBounds(1_000, 8);
    String text = "a b c d. e f g h\ni j \u201cm.\u201d n o p q r s";
    assertSame(text, small.apply(text).text());
  }

  @Test
  void randomTextKeepsItsLengthAndBound() {
    Random r = new Random(11);
    String alphabet = "ab .,;\n\u00A0\t\u2014x!?\"";
    for (int n = 0; n < 200; n++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(3000);
      for (int i = 0; i < len; i++) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String in = b.toString();
      InputBounds bounds = new InputBounds(1 + r.nextInt(50), 2 + r.nextInt(30));
      InputBounds.Bounded out = bounds.apply(in);
      onlyWhiteSpaceOrBlankedTokensChanged(in, out.text(), true);
    }
  }

  @Test
  void badLimitsAreMisuse() {
    assertThrows(IllegalArgumentException.class, () -> new InputBounds(0, 200));
    assertThrows(IllegalArgumentException.class, () -> new InputBounds(10, 1));
  }
}
