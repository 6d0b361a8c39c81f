package org.casus.nlp;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The NLP stage: splits text into sentences, tags and parses them.
 *
 * <p>Implementations are thread-safe and expensive to build: build one per JVM.
 */
public interface SentenceParser {
  /**
   * Parses {@code text}.
   *
   * @param text article text, non-null (may be empty: no sentences)
   * @param referenceDate the publication date that relative time expressions resolve against;
   *     empty leaves them unresolved
   * @return the parsed document, never null
   */
  ParsedDocument parse(String text, Optional<LocalDate> referenceDate);
}
