package org.casus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.casus.actors.ActorDictionary;
import org.casus.ingest.ArticleReader;
import org.casus.ingest.IngestWarning;
import org.casus.ingest.InputFormat;
import org.casus.ingest.Rejection;
import org.casus.json.EventJson;
import org.casus.model.Article;
import org.casus.model.Event;
import org.casus.model.ModeKind;
import org.casus.pipeline.CodingOptions;
import org.casus.pipeline.CodingResult;
import org.casus.pipeline.EventCoder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code casus code [FILE...|-]}: reads articles ({@link ArticleReader}), codes them with an
 * {@link EventCoder} on N worker threads, and writes the events to standard output as JSON Lines
 * ({@link EventJson}) in input order.
 *
 * <p>Isolation: one article can neither stall nor sink the run. Each article has a time budget
 * ({@code --article-timeout}; by default {@link #autoBudgetSeconds}); when it runs out, the article
 * is reported as failed with its id, its thread is interrupted and left behind, and a fresh thread
 * takes its place. An article whose coding throws, overflows the stack or runs out of heap is
 * reported with its id and the run goes on.
 *
 * <p>Standard error gets one line per refused input, per failed article, per ingest warning
 * (duplicate id renamed, over-long token or sentence bounded), per article skipped as a story
 * discard, per input whose format or encoding is not what its name says, and the summary line
 * ({@link RunReport#summary}) last. {@code --report FILE} writes the same as JSON, with the list of
 * refused, failed and discarded ids. When an {@code --actors} file has rows with a {@code from} or
 * {@code to} date and some articles had no date, one line before the summary counts them. Memory
 * stays bounded: at most {@code 2 * threads} articles are read ahead of the one being written.
 *
 * <p>Output is always whole lines: an article's events are written and flushed together, under a
 * lock that a shutdown hook (SIGINT, SIGTERM) takes before it stops the output, writes the
 * summary and the report, and lets the JVM exit; a closed standard output stops the run.
 *
 * <p>Exit code 0 when the run completed and coded at least one article (refused and failed items
 * are counted, not fatal) or had nothing to read; 1 when items were read and none could be coded,
 * with {@code --strict} when anything was refused or failed (and a repeated id is refused, not
 * renamed), or when standard output closed early; 2 on misuse (no input, missing file, bad option
 * value).
 */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = {"Code articles into events, written to standard output as JSON Lines.",
        "Inputs: plain text, JSON Lines ({id, date, title, text or html, source, url} per line), a JSON array of such"
            + " records, HTML pages, gzip of any of these; the format and encoding are read from the content."
            + " Directories give their .txt, .jsonl, .ndjson, .json and .html files; - is standard input."})
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

  @Option(names = "--max-chars", paramLabel = "N",
      description = "Longest article accepted, in characters (default ${DEFAULT-VALUE}; at most 100000000).")
  int maxChars = ArticleReader.MAX_CHARS;

  @Option(names = "--article-timeout", paramLabel = "SECONDS",
      description = "Time budget of one article; past it the article is reported as failed and the run goes on."
          + " Default: 120 s plus 1 s per 200 characters.")
  Double articleTimeout;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Also write the run report (counts, refused and failed ids) to FILE as JSON.")
  Path reportFile;

  @Option(names = "--strict",
      description = "Refuse a repeated id instead of renaming it, and exit 1 when any input was refused or failed.")
  boolean strict;

  /** Output formats. */
  enum Format { jsonl }

  /** The default time budget: {@value #BUDGET_BASE_SECONDS} s plus one second per {@value #BUDGET_CHARS_PER_SECOND} chars. */
  static final double BUDGET_BASE_SECONDS = 120;
  /** See {@link #BUDGET_BASE_SECONDS}. */
  static final int BUDGET_CHARS_PER_SECOND = 200;

  private final Engine engine;
  private final InputStream stdin;
  private Supplier<EventCoder> coderFactory;
  private boolean shutdownHook;

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

  /**
   * Makes {@link #call} install a JVM shutdown hook for its duration, so that SIGINT and SIGTERM
   * end the output on a whole line and still write the summary and the report. For the process
   * entry point only: tests run many commands in one JVM.
   */
  CodeCommand withShutdownHook() {
    this.shutdownHook = true;
    return this;
  }

  /** {@code 0.5}, {@code 120}, {@code 4620}: seconds without a trailing {@code .0}. */
  static String secondsText(double s) {
    return s == Math.rint(s) ? String.valueOf((long) s) : String.format(Locale.ROOT, "%.1f", s);
  }

  /** The default time budget of an article of {@code chars} chars, in seconds. */
  static double autoBudgetSeconds(int chars) {
    return BUDGET_BASE_SECONDS + chars / (double) BUDGET_CHARS_PER_SECOND;
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

  /** What one worker produced: a result or the failure. */
  private record Outcome(String docId, CodingResult result, Throwable failure, RunReport.Failure kind) {
  }

  /** An article handed to the workers. */
  private static final class Task {
    final String id;
    final double budgetSeconds;
    final AtomicLong started = new AtomicLong();
    final AtomicBoolean released = new AtomicBoolean();
    Future<Outcome> future;

    Task(String id, double budgetSeconds) {
      this.id = id;
      this.budgetSeconds = budgetSeconds;
    }
  }

  /** Thrown through the reader when standard output is gone. */
  private static final class OutputClosed extends RuntimeException {
    OutputClosed() {
      super("standard output closed", null, false, false);
    }
  }

  private final class Run implements ArticleReader.Listener {
    final PrintWriter out = spec.commandLine().getOut();
    final PrintWriter err = spec.commandLine().getErr();
    final ArrayDeque<Task> inFlight = new ArrayDeque<>();
    final AtomicInteger inFlightCount = new AtomicInteger();
    final RunReport report = new RunReport();
    final long start = System.nanoTime();
    /** Guards standard output, {@link #closed} and {@link #finished}. */
    final Object outputLock = new Object();
    boolean closed;
    boolean finished;
    ExecutorService pool;
    Semaphore permits;
    EventCoder coder;
    CodingOptions options = CodingOptions.DEFAULT;
    volatile long loadNanos;
    /** Articles handed to the coder without a date. */
    long undated;

    @Override
    public void article(Article article) {
      if (article.publicationDate().isEmpty()) {
        undated++;
      }
      if (coder == null) {
        long t = System.nanoTime();
        coder = Objects.requireNonNull(coderFactory.get(), "coder factory returned null");
        loadNanos = System.nanoTime() - t;
      }
      EventCoder c = coder;
      CodingOptions o = options;
      Task task = new Task(article.id(), articleTimeout != null ? articleTimeout : autoBudgetSeconds(article.text().length()));
      task.future = pool.submit(() -> codeOne(c, article, o, task));
      inFlight.add(task);
      inFlightCount.incrementAndGet();
      while (inFlight.size() >= 2 * threads) {
        writeHead();
      }
    }

    /** Codes one article once a permit is free; gives the permit back unless the writer did. */
    private Outcome codeOne(EventCoder c, Article article, CodingOptions o, Task task) throws InterruptedException {
      permits.acquire();
      task.started.set(System.nanoTime());
      try {
        return new Outcome(article.id(), c.code(article, o), null, null);
      } catch (RuntimeException | StackOverflowError | AssertionError e) {
        return new Outcome(article.id(), null, e, RunReport.Failure.ERROR);
      } catch (OutOfMemoryError e) {
        // The article's objects are garbage now; the other articles can go on.
        return new Outcome(article.id(), null, e, RunReport.Failure.OUT_OF_MEMORY);
      } finally {
        if (task.released.compareAndSet(false, true)) {
          permits.release();
        }
      }
    }

    @Override
    public void rejected(Rejection r) {
      report.refused(r);
      err.println("casus code: rejected " + r.message());
    }

    @Override
    public void format(InputFormat f) {
      report.input(f);
      if (!f.asNamed() && !f.basis().equals("binary")) { // a binary input gets its refusal line
        err.println("casus code: " + f.message());
      }
    }

    @Override
    public void warning(IngestWarning w) {
      report.warning(w);
      err.println("casus code: warning: " + w.message());
    }

    @Override
    public void note(String message) {
      err.println("casus code: note: " + message);
    }

    /** Waits for the oldest article, within its budget, and writes its events. */
    void writeHead() {
      Task t = inFlight.peekFirst();
      Outcome o = await(t);
      inFlight.removeFirst();
      inFlightCount.decrementAndGet();
      synchronized (outputLock) {
        if (closed) {
          return;
        }
        if (o.failure() != null) {
          report.failed(o.docId(), o.kind(), CasusCommand.describe(o.failure()));
          err.println("casus code: failed to code article " + o.docId() + ": "
              + (o.kind() == RunReport.Failure.TIMEOUT ? o.failure().getMessage() : CasusCommand.describe(o.failure())));
          return;
        }
        CodingResult r = o.result();
        for (Event e : r.events()) {
          out.println(EventJson.toLine(e));
        }
        out.flush();
        report.coded(o.docId(), r.sentences(), r.events().size(), r.storyDiscard());
        r.storyDiscard().ifPresent(d -> err.println("casus code: note: article " + o.docId()
            + " not coded: its lead (headline and first 600 characters) has the story discard '" + d.phrase() + "' (" + d.rule() + ")"));
        if (out.checkError()) {
          throw new OutputClosed();
        }
      }
    }

    private Outcome await(Task t) {
      while (true) {
        long started = t.started.get();
        long waitNanos = started == 0 ? TimeUnit.SECONDS.toNanos(1)
            : started + (long) (t.budgetSeconds * 1e9) - System.nanoTime();
        if (started != 0 && waitNanos <= 0 && !t.future.isDone()) {
          return abandon(t);
        }
        try {
          return t.future.get(Math.max(waitNanos, 1), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          // not started yet, or its budget is not over: look again
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for article " + t.id, e);
        } catch (ExecutionException | CancellationException e) {
          // codeOne catches what the coder throws; an interrupt before it started lands here
          Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
          return new Outcome(t.id, null, cause, RunReport.Failure.ERROR);
        }
      }
    }

    /** Gives up on an article past its budget: its permit goes to the next article, its thread is interrupted. */
    private Outcome abandon(Task t) {
      t.future.cancel(true);
      if (t.released.compareAndSet(false, true)) {
        permits.release();
      }
      String message = "time budget of " + secondsText(t.budgetSeconds) + " s exceeded (--article-timeout); its thread was"
          + " interrupted";
      return new Outcome(t.id, null, new TimeoutException(message), RunReport.Failure.TIMEOUT);
    }

    double seconds() {
      return (System.nanoTime() - start) / 1e9;
    }

    /** The shutdown hook: stop the output on a whole line, then say what was done. */
    void onSignal() {
      synchronized (outputLock) {
        if (finished) {
          return;
        }
        closed = true;
        out.flush();
      }
      report.unfinished(inFlightCount.get());
      err.println("casus code: interrupted; " + Plural.of(inFlightCount.get(), "article") + " in progress not written");
      finish(true, 1);
    }

    /** Writes the summary line and the report. */
    void finish(boolean interrupted, int exit) {
      double total = seconds();
      double load = loadNanos / 1e9;
      err.println(report.summary(total, load, threads));
      if (reportFile != null) {
        try {
          RunReport.write(report.toJson(total, load, threads, interrupted, exit), reportFile);
        } catch (IOException e) {
          err.println("casus code: cannot write the report " + reportFile + ": " + CasusCommand.describe(e));
        }
      }
      err.flush();
    }
  }

  /**
   * The options named on the command line.
   *
   * @throws ParameterException naming the bad value when a mode is not one of {@link ModeKind}'s
   */
  CodingOptions codingOptions() {
    return CodingArguments.options(spec.commandLine(), modes);
  }

  private void checkOptions() {
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    if (maxChars < 1 || maxChars > ArticleReader.MAX_CHARS_LIMIT) {
      throw new ParameterException(spec.commandLine(), "--max-chars must be between 1 and "
          + ArticleReader.MAX_CHARS_LIMIT + ", got " + maxChars);
    }
    if (articleTimeout != null && !(articleTimeout > 0)) {
      throw new ParameterException(spec.commandLine(), "--article-timeout must be more than 0 seconds, got "
          + articleTimeout);
    }
    if (reportFile != null) {
      Path parent = reportFile.toAbsolutePath().getParent();
      if (parent == null || !Files.isDirectory(parent)) {
        throw new ParameterException(spec.commandLine(), "--report: no such directory: " + parent);
      }
      if (Files.isDirectory(reportFile)) {
        throw new ParameterException(spec.commandLine(), "--report: " + reportFile + " is a directory");
      }
    }
    int stdinCount = 0;
    for (String input : inputs) {
      if (input.equals("-")) {
        stdinCount++;
      } else if (!Files.exists(Path.of(input))) {
        throw new ParameterException(spec.commandLine(), "no such file or directory: " + input);
      }
    }
    if (stdinCount > 1) {
      throw new ParameterException(spec.commandLine(), "- (standard input) can be given only once");
    }
  }

  @Override
  public Integer call() {
    checkOptions();
    CodingOptions chosen = codingOptions();
    Optional<UserActorOption.UserLayer> layer = UserActorOption.load(spec.commandLine(), actors, engine,
        spec.commandLine().getErr());
    Optional<ActorDictionary> user = layer.map(UserActorOption.UserLayer::dictionary);
    coderFactory = () -> engine.coder(user);
    Run run = new Run();
    run.options = chosen;
    AtomicInteger n = new AtomicInteger();
    run.pool = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "casus-coder-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    run.permits = new Semaphore(threads);
    Thread hook = shutdownHook ? new Thread(run::onSignal, "casus-code-shutdown") : null;
    if (hook != null) {
      Runtime.getRuntime().addShutdownHook(hook);
    }
    boolean outputClosed = false;
    try {
      ArticleReader.Options readOptions = ArticleReader.Options.DEFAULT.withMaxChars(maxChars)
          .withDuplicateIds(strict ? ArticleReader.DuplicateIds.REFUSE : ArticleReader.DuplicateIds.RENAME);
      new ArticleReader(stdin, readOptions).read(inputs, Optional.ofNullable(date), run);
      while (!run.inFlight.isEmpty()) {
        run.writeHead();
      }
    } catch (OutputClosed e) {
      outputClosed = true;
    } finally {
      run.pool.shutdownNow();
      if (hook != null) {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
          // the JVM is shutting down: the hook is running or has run
        }
      }
    }
    synchronized (run.outputLock) {
      if (run.closed) {
        return 1; // the shutdown hook wrote the summary
      }
      run.finished = true;
    }
    if (outputClosed) {
      run.report.unfinished(run.inFlight.size());
      run.err.println("casus code: standard output closed; stopped");
    }
    long undated = run.undated;
    layer.flatMap(l -> l.undatedNote(undated, "article", "give --date YYYY-MM-DD or a date in each JSON record"))
        .ifPresent(note -> run.err.println("casus code: note: " + note));
    int exit = outputClosed ? 1 : run.report.exitCode(strict);
    run.finish(false, exit);
    return exit;
  }
}
