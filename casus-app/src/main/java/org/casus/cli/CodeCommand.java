package org.casus.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.casus.actors.ActorDictionary;
import org.casus.ingest.ArticleReader;
import org.casus.ingest.Rejection;
import org.casus.model.Article;
import org.casus.model.Event;
import org.casus.pipeline.CodingOptions;
import org.casus.json.EventJson;
import org.casus.pipeline.CodingResult;
import org.casus.pipeline.EventCoder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code casus code [FILE...|-]}: reads articles ({@link ArticleReader}), codes them with an
 * {@link EventCoder} on N worker threads, and writes the events to standard output as JSON Lines
 * ({@link EventJson}) in input order.
 *
 * <p>Standard error gets one line per refused article, one line per article whose coding threw
 * (its id and the exception; the run goes on), and a summary line at the end. When an
 * {@code --actors} file has rows with a {@code from} or {@code to} date and some articles had no
 * date, one line before the summary counts those articles and says the dated rows were not applied
 * to them. Memory stays bounded: at most {@code 2 * threads} articles are read ahead of the one
 * being written.
 *
 * <p>Exit code 0 when the run completed (even with refused or failed articles: they are counted);
 * 1 when standard output closed early; 2 on misuse (no input, missing file, bad option value).
 */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = {"Code articles into events, written to standard output as JSON Lines.",
        "Inputs: .txt files (one article each, id = file name), .jsonl files ({id, date, title,"
            + " text, source, url} per line), directories (their .txt and .jsonl files), or - for"
            + " standard input."})
public final class CodeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Input files or directories, or - for standard input.")
  List<String> inputs;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = IsoDay.class,
      description = "Publication date of articles that carry none (plain text, JSON records without date).")
  LocalDate date;

  @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--actors", paramLabel = "FILE",
      description = "A user actor file (TSV: name, aliases, code, from, to, source), the highest actor layer."
          + " Rows with a from or to date apply only to articles with a date.")
  Path actors;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: the number of processors, here ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--modes", paramLabel = "MODE[,MODE...]", split = ",",
      description = "Mention modes to emit: asserted, reported, future, negated, hypothetical, threatened, or all. "
          + "Default: what the CAMEO manual codes (asserted and reported deeds, announced deeds as intents 03x/138).")
  List<String> modes;

  /** Output formats. */
  enum Format { jsonl }

  private final Engine engine;
  private final InputStream stdin;
  private Supplier<EventCoder> coderFactory;

  /**
   * @param coderFactory builds the coder, once, when the first article is ready (so a run whose
   *     input is all refused does not load the models)
   * @param stdin what {@code -} reads
   */
  public CodeCommand(Supplier<EventCoder> coderFactory, InputStream stdin) {
    this(new FixedCoderEngine(coderFactory, null), stdin);
  }

  /**
   * @param engine builds the coder (with the {@code --actors} layer), once, when the first article
   *     is ready (so a run whose input is all refused does not load the models)
   * @param stdin what {@code -} reads
   */
  public CodeCommand(Engine engine, InputStream stdin) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.stdin = Objects.requireNonNull(stdin, "stdin");
  }

  /** Parses {@code YYYY-MM-DD}, with a message that says so. */
  static final class IsoDay implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a day YYYY-MM-DD");
      }
    }
  }

  /** Thrown through the reader when standard output is gone. */
  private static final class OutputClosed extends RuntimeException {
    OutputClosed() {
      super("standard output closed", null, false, false);
    }
  }

  private final class Run implements CodingRunner.Sink {
    final PrintWriter out = spec.commandLine().getOut();
    final PrintWriter err = spec.commandLine().getErr();
    final long start = System.nanoTime();
    CodingRunner runner;
    long articles;
    long rejected;
    long failed;
    long sentences;
    long events;
    /** Articles handed to the coder without a date. */
    long undated;

    void accept(Article article) {
      if (article.publicationDate().isEmpty()) {
        undated++;
      }
      runner.submit(article);
    }

    void reject(Rejection r) {
      rejected++;
      err.println("casus code: rejected " + r.message());
    }

    @Override
    public void failed(Article article, Throwable error) {
      failed++;
      err.println("casus code: failed to code article " + article.id() + ": " + CasusCommand.describe(error));
    }

    @Override
    public void coded(Article article, CodingResult result) {
      articles++;
      sentences += result.sentences();
      for (Event e : result.events()) {
        out.println(EventJson.toLine(e));
        events++;
      }
      out.flush();
      if (out.checkError()) {
        throw new OutputClosed();
      }
    }

    String summary() {
      double total = (System.nanoTime() - start) / 1e9;
      double load = runner.loadSeconds();
      double coding = Math.max(total - load, 1e-9);
      return String.format(Locale.ROOT, "casus code: %s, %d rejected, %d failed, %s, %s; %.1f s (model load %.1f s);"
          + " %.2f articles/s, %.2f sentences/s (%s)",
          Plural.of(articles, "article"), rejected, failed, Plural.of(sentences, "sentence"), Plural.of(events, "event"),
          total, load, articles / coding, sentences / coding, Plural.of(threads, "thread"));
    }
  }

  /**
   * The options named on the command line.
   *
   * @throws ParameterException naming the bad value when a mode is not one of {@link org.casus.model.ModeKind}'s
   */
  CodingOptions codingOptions() {
    return CodingArguments.options(spec.commandLine(), modes);
  }


  @Override
  public Integer call() {
    CodingArguments.check(spec.commandLine(), inputs, threads);
    CodingOptions chosen = codingOptions();
    Optional<UserActorOption.UserLayer> layer = UserActorOption.load(spec.commandLine(), actors, engine,
        spec.commandLine().getErr());
    Optional<ActorDictionary> user = layer.map(UserActorOption.UserLayer::dictionary);
    coderFactory = () -> engine.coder(user);
    Run run = new Run();
    run.runner = new CodingRunner(coderFactory, threads, chosen, run);
    int exit = 0;
    try {
      new ArticleReader(stdin).read(inputs, Optional.ofNullable(date), run::accept, run::reject);
      run.runner.drain();
    } catch (OutputClosed e) {
      run.err.println("casus code: standard output closed; stopped");
      exit = 1;
    } finally {
      run.runner.close();
    }
    long undated = run.undated;
    layer.flatMap(l -> l.undatedNote(undated, "article", "give --date YYYY-MM-DD or a date in each JSON record"))
        .ifPresent(note -> run.err.println("casus code: note: " + note));
    run.err.println(run.summary());
    return exit;
  }
}
