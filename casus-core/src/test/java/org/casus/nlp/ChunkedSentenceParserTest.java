package org.casus.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.casus.model.CharSpan;
import org.junit.jupiter.api.Test;

class ChunkedSentenceParserTest {
  /** A parser that ends a sentence at a line break or after ". ", with one token per word; counts its calls. */
  static final class SplittingParser implements SentenceParser {
    final AtomicInteger calls = new AtomicInteger();
    int longest;

    @Override
    public ParsedDocument parse(String text, Optional<LocalDate> referenceDate) {
      calls.incrementAndGet();
      longest = Math.max(longest, text.length());
      List<ParsedSentence> out = new ArrayList<>();
      List<Token> tokens = new ArrayList<>();
      int i = 0;
      while (i < text.length()) {
        if (Character.isWhitespace(text.charAt(i))) {
          if (text.charAt(i) == '\n') {
            close(text, out, tokens);
          }
          i++;
          continue;
        }
        int start = i;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        tokens.add(new Token(tokens.size(), text.substring(start, i), null, "NN", "O", "", new CharSpan(start, i)));
        if (text.charAt(i - 1) == '.') {
          close(text, out, tokens);
        }
      }
      close(text, out, tokens);
      return new ParsedDocument(text, out);
    }

    private static void close(String text, List<ParsedSentence> out, List<Token> tokens) {
      if (tokens.isEmpty()) {
        return;
      }
      CharSpan span = new CharSpan(tokens.get(0).span().begin(), tokens.get(tokens.size() - 1).span().end());
      out.add(new ParsedSentence(out.size(), span, span.of(text), tokens, List.of(new Dependency(-1, 0, "root"))));
      tokens.clear();
    }
  }

  private static String text(long seed, int chars) {
    Random r = new Random(seed);
    String[] words = {"Iran", "attacked", "Israel", "on", "Friday.", "The", "army", "said", "it", "was", "ready.\n",
        "Talks", "resume\n\n", "in", "Nairobi."};
    StringBuilder b = new StringBuilder();
    while (b.length() < chars) {
      b.append(words[r.nextInt(words.length)]).append(r.nextInt(20) == 0 ? "  " : " ");
    }
    return b.toString();
  }

  @Test
  void aLongTextParsesAsIfWhole() {
    for (long seed = 1; seed <= 5; seed++) {
      String text = text(seed, 12_345);
      SplittingParser whole = new SplittingParser();
      SplittingParser pieces = new SplittingParser();
      ParsedDocument expected = whole.parse(text, Optional.empty());
      ParsedDocument actual = new ChunkedSentenceParser(pieces, 1_000).parse(text, Optional.empty());
      assertEquals(expected, actual, "seed " + seed);
      assertTrue(pieces.calls.get() >= 13, "calls " + pieces.calls.get());
      assertTrue(pieces.longest <= 1_000, "longest piece " + pieces.longest);
    }
  }

  @Test
  void aShortTextIsPassedOnWhole() {
    SplittingParser p = new SplittingParser();
    String text = "Iran attacked Israel.";
    assertEquals(p.parse(text, Optional.empty()), new ChunkedSentenceParser(p).parse(text, Optional.empty()));
    assertEquals(2, p.calls.get());
  }

  @Test
  void aTextWithoutWhiteSpaceIsCutAtTheLimit() {
    String text = "x".repeat(2_500);
    SplittingParser p = new SplittingParser();
    ParsedDocument d = new ChunkedSentenceParser(p, 1_000).parse(text, Optional.empty());
    assertEquals(3, d.sentences().size());
    assertEquals(new CharSpan(2_000, 2_500), d.sentences().get(2).span());
    assertEquals(2, d.sentences().get(2).index());
  }
}
