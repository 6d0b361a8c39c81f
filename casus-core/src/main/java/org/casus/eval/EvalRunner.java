package org.casus.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.casus.model.Event;
import org.casus.pipeline.EventCoder;

/**
 * Codes every article of a gold file and scores the result: the engine behind {@code casus eval}.
 *
 * <p>The runner does not choose dictionaries: load the gold first with {@link GoldLoader#load},
 * build a coder with {@link GoldSet#dictionaries()}, then call {@link #run(GoldSet, EventCoder)}.
 * Per-record PETRARCH {@code config} options are not applied (they are in
 * {@link GoldRecord#config()}). Thread-safe when the coder is; codes articles one after another.
 */
public final class EvalRunner {

  /**
   * Loads a gold file, codes its articles and scores them.
   *
   * @param goldFile a document ({@code .json}) or sentence ({@code .jsonl}) gold file
   * @param coder the coder under test
   * @return the report, records in gold order
   * @throws IOException if the gold or its article file cannot be read
   * @throws GoldFormatException naming file:line when the gold is malformed
   */
  public EvalReport run(Path goldFile, EventCoder coder) throws IOException, GoldFormatException {
    return run(GoldLoader.load(goldFile), coder);
  }

  /**
   * Codes the articles of a loaded gold set and scores them.
   *
   * @param gold the gold set
   * @param coder the coder under test; {@code coder.code(article).events()} is taken as the
   *     predictions for that article
   * @return the report, records in gold order
   */
  public EvalReport run(GoldSet gold, EventCoder coder) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(coder, "coder");
    List<RecordResult> results = new ArrayList<>();
    for (GoldRecord record : gold.records()) {
      List<Event> predicted = coder.code(record.article()).events();
      results.add(Scorer.scoreRecord(record, predicted));
    }
    return Scorer.report(gold, results);
  }
}
