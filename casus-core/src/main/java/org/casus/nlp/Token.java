package org.casus.nlp;

import java.util.Objects;
import org.casus.model.CharSpan;

/**
 * One token of a parsed sentence.
 *
 * @param index 0-based position in its sentence
 * @param word the token as written
 * @param lemma its lemma (lower case for common words)
 * @param pos Penn Treebank part-of-speech tag
 * @param ner named-entity tag ({@code PERSON}, {@code LOCATION}, {@code DATE} ... or {@code O})
 * @param normalized the normalised NER value: a TIMEX value such as {@code 2024-04-26} for a DATE,
 *     a number such as {@code 34356.0} for NUMBER; {@code ""} when none
 * @param span where the token is in the article text
 */
public record Token(int index, String word, String lemma, String pos, String ner, String normalized,
    CharSpan span) {
  public Token {
    if (index < 0) {
      throw new IllegalArgumentException("token index " + index + " < 0");
    }
    Objects.requireNonNull(word);
    lemma = lemma == null ? word.toLowerCase(java.util.Locale.ROOT) : lemma;
    pos = pos == null ? "" : pos;
    ner = ner == null ? "O" : ner;
    normalized = normalized == null ? "" : normalized;
    Objects.requireNonNull(span);
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }
}
