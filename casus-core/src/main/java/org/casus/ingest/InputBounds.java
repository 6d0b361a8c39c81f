package org.casus.ingest;

import java.util.Objects;

/**
 * Bounds what one article can cost the parser, without moving any offset: a run of more than
 * {@link #maxTokenChars} chars without white space (a token no news text has: an encoded image, a
 * minified script, a long run of one letter) is replaced by spaces, and a stretch of more than
 * {@link #maxSentenceTokens} tokens without a sentence end gets a line break in place of one of
 * its spaces, which the parser takes as a sentence break.
 *
 * <p>Why: CoreNLP ran out of a 4 GB heap on one 100,000-char token, and its time expression
 * tagger (SUTime) grows about quadratically with sentence length (3,000 words without a full stop
 * took 22 s, 17,000 words more than 15 minutes). With both bounds the parser's work grows
 * linearly with the text.
 *
 * <p>Counting, in one pass: tokens are the white-space separated words, each counted as one plus
 * the number of its chars that are neither letters nor digits (a close upper bound of the Penn
 * Treebank tokens CoreNLP makes: "Iran's" is 2, "(AP)" 3). A sentence ends at a line break, or
 * after a word that ends in {@code .}, {@code !} or {@code ?} (closing quotes and brackets
 * allowed after it). A sentence that reaches the limit is broken at the last white space that
 * follows a comma, semicolon, colon or dash within the last quarter of the limit, else just
 * before the word that would pass the limit; what follows is counted afresh (and broken again if
 * it too is long). CoreNLP splits sentences at least where this does, except after some
 * abbreviations ("Mr."), so a parsed sentence can exceed the limit only when the parser joins
 * two such pieces.
 *
 * <p>The output has the same length as the input and differs only where said: offsets computed on
 * it are offsets into the input. Stateless and thread-safe.
 *
 * @param maxTokenChars longest run of non-white-space chars kept, &gt;= 1
 * @param maxSentenceTokens most tokens in one sentence, &gt;= 2
 */
public record InputBounds(int maxTokenChars, int maxSentenceTokens) {
  /**
   * Longest token kept by default, in chars: 1,000. URLs with tracking parameters reach a few
   * hundred; CoreNLP parsed a 10,000-char token without trouble and ran out of memory on 100,000.
   */
  public static final int MAX_TOKEN_CHARS = 1_000;
  /** Most tokens per sentence by default: 200 (a long news sentence has 60-80). */
  public static final int MAX_SENTENCE_TOKENS = 200;

  /** The default bounds. */
  public static final InputBounds DEFAULT = new InputBounds(MAX_TOKEN_CHARS, MAX_SENTENCE_TOKENS);

  public InputBounds {
    if (maxTokenChars < 1) {
      throw new IllegalArgumentException("maxTokenChars " + maxTokenChars + " < 1");
    }
    if (maxSentenceTokens < 2) {
      throw new IllegalArgumentException("maxSentenceTokens " + maxSentenceTokens + " < 2");
    }
  }

  /**
   * A bounded text and what was changed.
   *
   * @param text the text, as long as the input
   * @param longTokens how many runs longer than the limit were blanked, &gt;= 0
   * @param longSentences how many sentences over the limit were broken, &gt;= 0 (each counted
   *     once, however many pieces it became)
   * @param breaks how many line breaks were put in, &gt;= {@code longSentences}
   */
  public record Bounded(String text, int longTokens, int longSentences, int breaks) {
    public Bounded {
      Objects.requireNonNull(text, "text");
      if (longTokens < 0 || longSentences < 0 || breaks < longSentences) {
        throw new IllegalArgumentException("counts " + longTokens + ", " + longSentences + ", " + breaks);
      }
    }

    /** True when the text was changed. */
    public boolean changed() {
      return longTokens > 0 || breaks > 0;
    }
  }

  /**
   * @param text any text, non-null
   * @return the bounded text with its counts; the same string when nothing was changed
   */
  public Bounded apply(String text) {
    int n = text.length();
    char[] out = null;
    int longTokens = 0;
    int longSentences = 0;
    int breaks = 0;
    int count = 0; // tokens in the current sentence
    boolean sentenceWasBroken = false;
    int softBreak = -1; // a white space after a comma, semicolon, colon or dash in this sentence
    int softBreakCount = 0; // tokens before it
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        if (c == '\n') {
          count = 0;
          sentenceWasBroken = false;
          softBreak = -1;
        }
        i++;
        continue;
      }
      int start = i;
      int tokens = 1;
      while (i < n && !isSpace(text.charAt(i))) {
        if (!Character.isLetterOrDigit(text.charAt(i))) {
          tokens++;
        }
        i++;
      }
      if (i - start > maxTokenChars) {
        if (out == null) {
          out = text.toCharArray();
        }
        java.util.Arrays.fill(out, start, i, ' ');
        longTokens++;
        continue;
      }
      int before = start - 1; // the white space before this word, if any
      if (count > 0 && count + tokens > maxSentenceTokens && before >= 0) {
        if (out == null) {
          out = text.toCharArray();
        }
        int at = softBreak >= 0 && count - softBreakCount <= maxSentenceTokens / 4 ? softBreak : before;
        out[at] = '\n';
        breaks++;
        if (!sentenceWasBroken) {
          longSentences++;
          sentenceWasBroken = true;
        }
        count = at == before ? 0 : count - softBreakCount;
        softBreak = -1;
      }
      count += tokens;
      if (endsSentence(text, start, i)) {
        count = 0;
        sentenceWasBroken = false;
        softBreak = -1;
      } else if (i < n && endsClause(text, start, i)) {
        softBreak = i;
        softBreakCount = count;
      }
    }
    return new Bounded(out == null ? text : new String(out), longTokens, longSentences, breaks);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0';
  }

  /** True when the word {@code text[start, end)} ends a sentence: . ! ? then closing marks. */
  private static boolean endsSentence(String text, int start, int end) {
    int k = end - 1;
    while (k > start && "\"')]}\u201D\u2019\u00BB".indexOf(text.charAt(k)) >= 0) {
      k--;
    }
    char c = text.charAt(k);
    return c == '.' || c == '!' || c == '?';
  }

  /** True when the word ends a clause (comma, semicolon, colon) or is a dash. */
  private static boolean endsClause(String text, int start, int end) {
    char c = text.charAt(end - 1);
    return c == ',' || c == ';' || c == ':' || c == '\u2014' || c == '\u2013' || (end - start == 1 && c == '-');
  }
}
