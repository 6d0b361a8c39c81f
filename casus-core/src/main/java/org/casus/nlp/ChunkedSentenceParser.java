package org.casus.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.casus.model.CharSpan;

/**
 * A {@link SentenceParser} that hands a long text to another parser a piece at a time, so that the
 * other parser's working memory is bounded by the piece, not by the text: CoreNLP's annotation of
 * a 900,000-char article took 3.8 GB of heap, while the parsed sentences it leaves behind take a
 * small part of that.
 *
 * <p>A text of at most {@link #chunkChars()} chars is passed on whole. A longer one is cut into
 * pieces of at most that many chars, each ending at the last line break in its second half, else
 * after the last sentence end ({@code .}, {@code !} or {@code ?} then white space), else at the
 * last white space, else at the limit. Each piece is parsed with the same reference date; its
 * sentences are renumbered and their offsets shifted, so the result is as if the text had been
 * parsed whole whenever the parser splits sentences at the cut (always at a line break: casus's
 * CoreNLP configuration breaks sentences at every line break; usually at a sentence end).
 * Sentence-level annotation (tags, entities, dependencies, time expressions) does not look across
 * sentences, so nothing else changes.
 *
 * <p>Thread-safe when the wrapped parser is.
 */
public final class ChunkedSentenceParser implements SentenceParser {
  /** The default piece length: 20,000 chars, about 3,500 words. */
  public static final int CHUNK_CHARS = 20_000;

  private final SentenceParser parser;
  private final int chunkChars;

  /**
   * @param parser the parser of each piece, non-null
   * @param chunkChars the longest piece, &gt;= 100 chars
   * @throws IllegalArgumentException if {@code chunkChars < 100}
   */
  public ChunkedSentenceParser(SentenceParser parser, int chunkChars) {
    this.parser = Objects.requireNonNull(parser, "parser");
    if (chunkChars < 100) {
      throw new IllegalArgumentException("chunkChars " + chunkChars + " < 100");
    }
    this.chunkChars = chunkChars;
  }

  /** Pieces of {@link #CHUNK_CHARS} chars. */
  public ChunkedSentenceParser(SentenceParser parser) {
    this(parser, CHUNK_CHARS);
  }

  /** The longest piece passed to the wrapped parser, in chars. */
  public int chunkChars() {
    return chunkChars;
  }

  @Override
  public ParsedDocument parse(String text, Optional<LocalDate> referenceDate) {
    if (text.length() <= chunkChars) {
      return parser.parse(text, referenceDate);
    }
    List<ParsedSentence> out = new ArrayList<>();
    int from = 0;
    while (from < text.length()) {
      int to = cut(text, from);
      ParsedDocument piece = parser.parse(text.substring(from, to), referenceDate);
      for (ParsedSentence s : piece.sentences()) {
        out.add(shift(s, out.size(), from));
      }
      from = to;
    }
    return new ParsedDocument(text, out);
  }

  /** The end of the piece that starts at {@code from}. */
  int cut(String text, int from) {
    int limit = from + chunkChars;
    if (limit >= text.length()) {
      return text.length();
    }
    int half = from + chunkChars / 2;
    int newline = text.lastIndexOf('\n', limit - 1);
    if (newline >= half) {
      return newline + 1;
    }
    int space = -1;
    for (int i = limit - 1; i > half; i--) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        char p = text.charAt(i - 1);
        if (p == '.' || p == '!' || p == '?') {
          return i + 1;
        }
        if (space < 0) {
          space = i + 1;
        }
      }
    }
    if (space > 0) {
      return space;
    }
    // No white space in the second half: avoid cutting a surrogate pair.
    return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
  }

  private static ParsedSentence shift(ParsedSentence s, int index, int by) {
    if (by == 0 && s.index() == index) {
      return s;
    }
    List<Token> tokens = new ArrayList<>(s.tokens().size());
    for (Token t : s.tokens()) {
      tokens.add(new Token(t.index(), t.word(), t.lemma(), t.pos(), t.ner(), t.normalized(), shift(t.span(), by)));
    }
    return new ParsedSentence(index, shift(s.span(), by), s.text(), tokens, s.dependencies());
  }

  private static CharSpan shift(CharSpan span, int by) {
    return new CharSpan(span.begin() + by, span.end() + by);
  }
}
