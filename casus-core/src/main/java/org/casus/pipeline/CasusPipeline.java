package org.casus.pipeline;

import java.util.List;
import org.casus.model.Article;
import org.casus.nlp.ParsedDocument;
import org.casus.nlp.SentenceParser;
import org.casus.nlp.corenlp.CoreNlpParser;

/**
 * The default {@link EventCoder}: CoreNLP parse, then the casus stages.
 *
 * <p>Thread-safe. Build one per JVM with {@link #createDefault()} (loads CoreNLP and the
 * dictionaries, 15-30 s).
 */
public final class CasusPipeline implements EventCoder {
  private final SentenceParser parser;

  public CasusPipeline(SentenceParser parser) {
    this.parser = parser;
  }

  /** The pipeline with the shared CoreNLP parser and the bundled resources. */
  public static CasusPipeline createDefault() {
    return new CasusPipeline(CoreNlpParser.shared());
  }

  @Override
  public CodingResult code(Article article) {
    ParsedDocument doc = parser.parse(article.text(), article.publicationDate());
    // Stages are added here (actors, events, time, geo, quantity, dedup).
    return new CodingResult(article.id(), doc.sentences().size(), List.of());
  }
}
