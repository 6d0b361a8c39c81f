package org.casus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import org.casus.eval.DictionarySet;
import org.casus.eval.EvalReport;
import org.casus.eval.EvalRunner;
import org.casus.eval.GoldFormatException;
import org.casus.eval.GoldLoader;
import org.casus.eval.GoldSet;
import org.casus.pipeline.EventCoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code casus eval --gold FILE}: codes the gold file's articles or sentences and scores the events
 * as {@code ../shared/eval/SCORING.md} says. Prints a table for people to stdout and, as the last
 * line, one JSON object with the figures. The PETRARCH functional suites
 * ({@code petrarch2_validation.jsonl}, {@code udpetrarch_validate_2_02.jsonl}, recognised by
 * {@link DictionarySet#detect}) are coded with their own validation dictionaries, each record's
 * {@code config} applied ({@link EvalRunner#codingOptions}); the table then gives the pass rate per
 * category. Exit 0 when scored, 1 when the gold file cannot be read, 2 on misuse.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score casus against a gold file: document gold (gold.json) or sentence gold (JSON Lines).")
public final class EvalCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "FILE",
      description = "The gold file: a document gold JSON (seed/gold.json) or sentence gold JSON Lines.")
  Path gold;

  @Option(names = "--quiet", description = "Print only the JSON line.")
  boolean quiet;

  private final Supplier<EventCoder> coderFactory;
  private final Function<String, EventCoder> validationCoders;

  /**
   * An eval command that codes every gold file with one coder (production dictionaries); the
   * PETRARCH validation sets get a note that their figures test the production coder.
   *
   * @param coderFactory builds the coder, called once after the gold file has been read
   */
  public EvalCommand(Supplier<EventCoder> coderFactory) {
    this(coderFactory, null);
  }

  /**
   * @param coderFactory builds the production coder, called once after the gold file has been read
   * @param validationCoders builds the coder for a PETRARCH validation set from its bundled
   *     resource prefix ({@link DictionarySet#resourcePrefix()}); null to code those sets with the
   *     production coder
   */
  public EvalCommand(Supplier<EventCoder> coderFactory, Function<String, EventCoder> validationCoders) {
    this.coderFactory = Objects.requireNonNull(coderFactory);
    this.validationCoders = validationCoders;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(gold)) {
      err.println("casus eval: no such gold file: " + gold);
      return 2;
    }
    GoldSet set;
    try {
      set = GoldLoader.load(gold);
    } catch (IOException | GoldFormatException e) {
      err.println("casus eval: cannot read gold file: " + CasusCommand.oneLine(e.getMessage()));
      return 1;
    }
    EventCoder coder;
    if (set.dictionaries() == DictionarySet.PRODUCTION) {
      coder = coderFactory.get();
    } else if (validationCoders != null) {
      coder = validationCoders.apply(set.dictionaries().resourcePrefix().orElseThrow());
    } else {
      err.println("casus eval: note: " + gold.getFileName() + " is written for the PETRARCH validation dictionaries ("
          + set.dictionaries() + "); this command codes it with the production dictionaries, so the figures test"
          + " the production coder, not PETRARCH's mechanics");
      coder = coderFactory.get();
    }
    EvalReport report = new EvalRunner().run(set, coder);
    if (!quiet) {
      out.println(report.toTable());
    }
    out.println(report.toJsonLine());
    out.flush();
    return 0;
  }
}
