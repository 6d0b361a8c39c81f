package org.casus.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.casus.model.Event;
import org.casus.pipeline.CodingOptions;
import org.casus.pipeline.EventCoder;

/**
 * Codes every article of a gold file and scores the result: the engine behind {@code casus eval}.
 *
 * <p>The runner does not choose dictionaries: load the gold first with {@link GoldLoader#load},
 * build a coder for {@link GoldSet#dictionaries()} (for the PETRARCH validation sets, from the
 * bundled resources named by {@link DictionarySet#resourcePrefix()}), then call
 * {@link #run(GoldSet, EventCoder)}. Each record's PETRARCH {@code config} is applied through
 * {@link #codingOptions}. Thread-safe when the coder is; codes articles one after another.
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
   * @param coder the coder under test; {@code coder.code(article, codingOptions(record)).events()}
   *     is taken as the predictions for that article
   * @return the report, records in gold order
   */
  public EvalReport run(GoldSet gold, EventCoder coder) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(coder, "coder");
    List<RecordResult> results = new ArrayList<>();
    for (GoldRecord record : gold.records()) {
      List<Event> predicted = coder.code(record.article(), codingOptions(record)).events();
      results.add(Scorer.scoreRecord(record, predicted));
    }
    return Scorer.report(gold, results);
  }

  /**
   * The coder options a record's PETRARCH {@code config} asks for ({@code ../shared/eval/README.md},
   * field {@code config}; PETRARCH-1 {@code <Config>} options):
   * <ul>
   *   <li>{@code require_dyad} {@code true}/{@code false}: {@link CodingOptions#requireDyad()}.
   *   <li>{@code comma_min}, {@code comma_max}, {@code comma_bmin}, {@code comma_bmax},
   *       {@code comma_emin}, {@code comma_emax}: ignored. They bound the comma-delimited clauses
   *       PETRARCH-1 deletes from its flat parse before matching; casus matches over a dependency
   *       tree, where such clauses are separate subtrees, and deletes nothing.
   *   <li>{@code new_actor_length}: ignored; casus does not code unknown noun phrases as new actors
   *       (the few gold events that expect them count as misses).
   * </ul>
   * Other keys are ignored too.
   *
   * @throws IllegalArgumentException if {@code require_dyad} is neither {@code true} nor {@code false}
   */
  public static CodingOptions codingOptions(GoldRecord record) {
    String dyad = record.config().get("require_dyad");
    if (dyad == null) {
      return CodingOptions.DEFAULT;
    }
    if (!dyad.equalsIgnoreCase("true") && !dyad.equalsIgnoreCase("false")) {
      throw new IllegalArgumentException("record " + record.id() + ": require_dyad '" + dyad + "' is not true or false");
    }
    return new CodingOptions(Boolean.parseBoolean(dyad));
  }
}
