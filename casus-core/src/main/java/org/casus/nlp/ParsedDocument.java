package org.casus.nlp;

import java.util.List;
import java.util.Objects;

/**
 * The NLP stage's output for one article: its text and parsed sentences.
 *
 * @param text the article text the spans index into
 * @param sentences sentences in order, {@code sentences.get(i).index() == i}
 */
public record ParsedDocument(String text, List<ParsedSentence> sentences) {
  public ParsedDocument {
    Objects.requireNonNull(text);
    sentences = List.copyOf(sentences);
    for (ParsedSentence s : sentences) {
      if (!s.span().fitsIn(text.length())) {
        throw new IllegalArgumentException("sentence " + s.index() + " span " + s.span() + " outside text of " + text.length());
      }
    }
  }
}
