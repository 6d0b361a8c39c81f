package org.casus.nlp.corenlp;

import org.casus.nlp.SentenceParser;
import org.casus.nlp.SentenceParserProvider;

/** Registers {@link CoreNlpParser#shared()} as the standard parser (see {@link SentenceParserProvider}). */
public final class CoreNlpParserProvider implements SentenceParserProvider {
  @Override
  public SentenceParser parser() {
    return CoreNlpParser.shared();
  }
}
