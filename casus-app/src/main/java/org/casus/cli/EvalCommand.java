package org.casus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import org.casus.actors.ActorDictionary;
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
 * category. Exit 0 when scored, 1 when the gold file cannot be read, 2 on misuse (among it a gold
 * path that is not a file: the message names the path and where the gold sets live).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score casus against a gold file: document gold (gold.json) or sentence gold (JSON Lines).")
public final class EvalCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "FILE",
      description = "The gold file: a document gold JSON (seed/gold.json) or sentence gold JSON Lines. Repeat it to"
          + " score several gold files in one run (one model load); each report ends with its JSON line.")
  List<Path> golds;

  @Option(names = "--quiet", description = "Print only the JSON line.")
  boolean quiet;

  @Option(names = "--actors", paramLabel = "FILE",
      description = "A user actor file (TSV: name, aliases, code, from, to, source), the highest actor layer.")
  Path actors;

  private final Engine engine;

  /**
   * An eval command that codes every gold file with one coder (production dictionaries); the
   * PETRARCH validation sets get a note that their figures test the production coder.
   *
   * @param coderFactory builds the coder, called once after the gold file has been read
   */
  public EvalCommand(Supplier<EventCoder> coderFactory) {
    this(new FixedCoderEngine(coderFactory, null));
  }

  /**
   * An eval command that codes the PETRARCH validation sets with {@code validationCoders}.
   *
   * @param coderFactory builds the production coder, called once after the gold file has been read
   * @param validationCoders builds the coder for a PETRARCH validation set from its bundled
   *     resource prefix ({@link DictionarySet#resourcePrefix()}); null to code those sets with the
   *     production coder
   */
  public EvalCommand(Supplier<EventCoder> coderFactory, Function<String, EventCoder> validationCoders) {
    this(new FixedCoderEngine(coderFactory, validationCoders));
  }

  /** @param engine builds the coder (with the {@code --actors} layer), once, after the gold file has been read */
  public EvalCommand(Engine engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    for (Path gold : golds) {
      if (!Files.isRegularFile(gold)) {
        err.println("casus eval: " + missingGold(gold));
        return 2;
      }
    }
    Optional<UserActorOption.UserLayer> layer = UserActorOption.load(spec.commandLine(), actors, engine, err);
    int exit = 0;
    for (Path gold : golds) {
      exit = Math.max(exit, score(gold, layer));
    }
    return exit;
  }

  /** Scores one gold file: its table (unless {@code --quiet}) and its JSON line. */
  private int score(Path gold, Optional<UserActorOption.UserLayer> layer) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(gold)) {
      err.println("casus eval: " + missingGold(gold));
      return 2;
    }
    GoldSet set;
    try {
      set = GoldLoader.load(gold);
    } catch (java.nio.charset.CharacterCodingException e) {
      // GoldLoader reads UTF-8 only: say which byte is not, and what the file looks like.
      String why;
      try {
        why = TextFiles.notUtf8(gold).map(d -> gold + " is not UTF-8: " + d)
            .orElse("a file that " + gold + " names is not UTF-8");
      } catch (IOException again) {
        why = CasusCommand.describe(e);
      }
      err.println("casus eval: cannot read gold file: " + why + "; save it as UTF-8");
      return 1;
    } catch (IOException | GoldFormatException e) {
      err.println("casus eval: cannot read gold file: " + CasusCommand.oneLine(e.getMessage()));
      return 1;
    }
    Optional<ActorDictionary> user = layer.map(UserActorOption.UserLayer::dictionary);
    EventCoder coder;
    Optional<EventCoder> validation = set.dictionaries() == DictionarySet.PRODUCTION ? Optional.empty()
        : engine.validationCoder(set.dictionaries().resourcePrefix().orElseThrow());
    if (validation.isPresent()) {
      if (user.isPresent()) {
        err.println("casus eval: note: --actors is not used with the PETRARCH validation dictionaries (" + set.dictionaries() + ")");
      }
      coder = validation.get();
    } else {
      if (set.dictionaries() != DictionarySet.PRODUCTION) {
        err.println("casus eval: note: " + gold.getFileName() + " is written for the PETRARCH validation dictionaries ("
            + set.dictionaries() + "); this command codes it with the production dictionaries, so the figures test"
            + " the production coder, not PETRARCH's mechanics");
      }
      long undated = set.records().stream().filter(r -> r.article().publicationDate().isEmpty()).count();
      layer.flatMap(l -> l.undatedNote(undated, "gold record", "give the records a date"))
          .ifPresent(note -> err.println("casus eval: note: " + note));
      coder = engine.coder(user);
    }
    EvalReport report = new EvalRunner().run(set, coder);
    if (!quiet) {
      out.println(report.toTable());
    }
    out.println(report.toJsonLine());
    out.flush();
    return 0;
  }

  /**
   * The one line for a gold path that is not a regular file: the path as given (and where it
   * resolved, when relative) and where gold sets come from, since a plain clone has none.
   */
  static String missingGold(Path gold) {
    Path resolved = gold.toAbsolutePath().normalize();
    String where = gold.isAbsolute() ? gold.toString() : gold + " (" + resolved + ")";
    String what = Files.isDirectory(gold) ? "gold file is a directory: " : "no such gold file: ";
    return what + where + "; the gold sets live in ../shared/eval beside the casus repository (a plain clone"
        + " has none); any gold file in the format of ../shared/eval/SCORING.md works";
  }
}
