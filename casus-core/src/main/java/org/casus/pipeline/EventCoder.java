package org.casus.pipeline;

import java.util.List;
import org.casus.model.Article;
import org.casus.model.Event;
import org.casus.trace.Trace;

/**
 * Codes one article into events: the whole pipeline (nlp, actors, events, time, geo, quantity,
 * dedup) behind one call.
 *
 * <p>Implementations are thread-safe.
 */
public interface EventCoder {
  /**
   * @param article the article, non-null
   * @return its events after de-duplication within the article, in text order; empty when none
   */
  CodingResult code(Article article);

  /**
   * Codes one article with non-default options. Coders that have no options ignore them and code
   * as {@link #code(Article)} does; {@link CasusPipeline} honours them.
   *
   * @param article the article, non-null
   * @param options the options, non-null
   * @return as {@link #code(Article)}
   */
  default CodingResult code(Article article, CodingOptions options) {
    return code(article);
  }

  /**
   * Codes one article and reports what its rules did to {@code trace} ({@code casus explain},
   * {@code casus stats --drops}). Coders without rules to report ignore the trace.
   *
   * @param trace where the rules report, non-null; {@link Trace#OFF} for none
   * @return as {@link #code(Article)}
   */
  default CodingResult code(Article article, CodingOptions options, Trace trace) {
    return code(article, options);
  }
}
