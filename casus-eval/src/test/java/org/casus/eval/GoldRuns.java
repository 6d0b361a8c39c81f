package org.casus.eval;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.casus.model.Article;
import org.casus.nlp.SentenceParser;
import org.casus.nlp.corenlp.CoreNlpParser;
import org.casus.pipeline.CasusPipeline;
import org.casus.pipeline.CodingOptions;
import org.casus.pipeline.CodingResources;
import org.casus.pipeline.CodingResult;
import org.casus.resource.ResourceFormatException;
import org.casus.trace.RecordingTrace;
import org.casus.pipeline.EventCoder;

/**
 * The gold sets of {@code ../shared/eval} coded once per test JVM, as {@code casus eval} codes
 * them: production dictionaries, or the bundled PETRARCH validation set the gold names. The floor
 * tests and the coder snapshot read the same reports, so each set is coded once per run.
 */
public final class GoldRuns {
  /** Every gold set {@code casus eval} is measured on, in the order the snapshot lists them. */
  static final String[] SETS = {"seed/gold.json", "petrarch2_gsr_validation.jsonl", "hard_cases/cases.jsonl",
      "petrarch2_validation.jsonl", "udpetrarch_validate_2_02.jsonl", "wcep/dev.jsonl"};

  private static final Map<String, EvalReport> REPORTS = new ConcurrentHashMap<>();
  private static final Map<String, EventCoder> CODERS = new ConcurrentHashMap<>();
  private static final Map<String, Set<String>> FIRED = new ConcurrentHashMap<>();

  /** The ids of the rules that acted while set {@code file} was coded ({@link #report} first). */
  public static Set<String> rulesFired(String file) {
    report(file);
    return Set.copyOf(FIRED.get(file));
  }

  private GoldRuns() {
  }

  /** {@code ../shared/eval}, or empty when absent (tests then skip with {@link TestEvents#NO_SHARED}). */
  public static Optional<Path> eval() {
    return TestEvents.sharedEval();
  }

  /**
   * The parser every pipeline here uses: CoreNLP, or, when the system property
   * {@code casus.parses} names a file, CoreNLP behind a cache of parses kept in that file
   * ({@link CachedParser}, a development aid for refactoring; never set in CI).
   */
  static final SentenceParser PARSER = System.getProperty("casus.parses", "").isEmpty() ? null
      : new CachedParser(Path.of(System.getProperty("casus.parses")));

  private static SentenceParser parser() {
    return PARSER != null ? PARSER : CoreNlpParser.shared();
  }

  /** Writes newly parsed texts to the cache file, when one is in use. */
  static void saveParses() {
    if (PARSER instanceof CachedParser c) {
      c.save();
    }
  }

  /** The production pipeline, built once per JVM. */
  static EventCoder production() {
    return CODERS.computeIfAbsent("", k -> pipeline(null));
  }

  private static EventCoder pipeline(String validationPrefix) {
    try {
      return new CasusPipeline(parser(), validationPrefix == null ? CodingResources.loadDefault()
          : ValidationCoders.resources(validationPrefix));
    } catch (ResourceFormatException e) {
      throw new IllegalStateException("bundled resource is broken: " + e.getMessage(), e);
    }
  }

  /**
   * The report of one gold set, coded with the dictionaries it asks for.
   *
   * @param file a path under {@code ../shared/eval}, one of {@link #SETS}
   * @throws IllegalStateException when {@code ../shared/eval} is absent or the gold cannot be read
   */
  static synchronized EvalReport report(String file) {
    EvalReport r = REPORTS.get(file);
    if (r != null) {
      return r;
    }
    Path eval = eval().orElseThrow(() -> new IllegalStateException(TestEvents.NO_SHARED));
    try {
      GoldSet gold = GoldLoader.load(eval.resolve(file));
      EventCoder coder = gold.dictionaries().resourcePrefix()
          .map(p -> CODERS.computeIfAbsent(p, GoldRuns::pipeline))
          .orElseGet(GoldRuns::production);
      CasusPipeline pipeline = (CasusPipeline) coder;
      Set<String> fired = FIRED.computeIfAbsent(file, k -> ConcurrentHashMap.newKeySet());
      EventCoder traced = new EventCoder() {
        @Override
        public CodingResult code(Article article) {
          return code(article, CodingOptions.DEFAULT);
        }

        @Override
        public CodingResult code(Article article, CodingOptions options) {
          RecordingTrace t = new RecordingTrace();
          CodingResult result = pipeline.code(article, options, t);
          t.entries().stream().filter(e -> !e.isDrop()).forEach(e -> fired.add(e.rule()));
          return result;
        }
      };
      r = new EvalRunner().run(gold, traced);
    } catch (java.io.IOException | GoldFormatException e) {
      throw new IllegalStateException("cannot read gold " + file + ": " + e.getMessage(), e);
    }
    REPORTS.put(file, r);
    return r;
  }
}
