package org.casus.nlp;

import java.util.ServiceLoader;

/**
 * Supplies the standard {@link SentenceParser}, found through {@link ServiceLoader}, so that the
 * pipeline needs no compile-time dependency on the NLP library (casus-core registers the CoreNLP
 * adapter in {@code META-INF/services}).
 */
public interface SentenceParserProvider {
  /** The parser, built on first use and shared by the JVM; thread-safe. */
  SentenceParser parser();

  /**
   * The first provider on the class path's parser.
   *
   * @throws IllegalStateException when no provider is registered (a packaging error)
   */
  static SentenceParser standard() {
    return ServiceLoader.load(SentenceParserProvider.class).findFirst()
        .orElseThrow(() -> new IllegalStateException("no SentenceParserProvider on the class path (META-INF/services)"))
        .parser();
  }
}
