package org.casus.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.casus.actors.ActorDictionary;
import org.casus.ingest.ArticleReader;
import org.casus.ingest.Rejection;
import org.casus.model.Article;
import org.casus.pipeline.CodingOptions;
import org.casus.pipeline.CodingResult;
import org.casus.pipeline.EventCoder;
import org.casus.store.EventStore;
import org.casus.store.IngestRun;
import org.casus.store.RunSummary;
import org.casus.store.StoreCounts;
import org.casus.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code casus ingest FILE...|DIR|- --db FILE}: reads articles as {@code casus code} does, codes
 * the new and changed ones, and stores them, their events and the refused inputs in the event
 * database ({@link EventStore}); then groups the reports of one real event.
 *
 * <p>Idempotent: an article stored before with the same content is not coded again; a changed one
 * replaces its events. Each batch of articles is committed in one transaction, so an interrupted
 * run (Ctrl-C, {@code kill -9}) keeps every committed article whole and nothing half-written;
 * running the same command again finishes the job.
 *
 * <p>Standard error: a progress bar on a terminal, plain progress lines otherwise; one line per
 * refused input and per article whose coding failed; a summary. Exit code 0 when the run completed
 * (refused and failed articles are counted, not fatal); 1 when the database could not be opened
 * (another process holds it) or written; 2 on misuse.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Code articles and store them and their events in an event database (DuckDB).",
        "Inputs as for casus code. Articles stored before with the same content are not coded again;"
            + " a changed article replaces its events. Run it again after an interruption to finish."})
public final class IngestCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Input files or directories, or - for standard input.")
  List<String> inputs;

  @Option(names = "--db", paramLabel = "FILE", defaultValue = EventStore.DEFAULT_FILE,
      description = "The database file, created when missing (default ${DEFAULT-VALUE}).")
  Path db;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = CodeCommand.IsoDay.class,
      description = "Publication date of articles that carry none.")
  LocalDate date;

  @Option(names = "--actors", paramLabel = "FILE", description = "A user actor file, the highest actor layer.")
  Path actors;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: the number of processors, here ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--modes", paramLabel = "MODE[,MODE...]", split = ",",
      description = "Mention modes to store, as for casus code.")
  List<String> modes;

  private final Engine engine;
  private final InputStream stdin;

  /**
   * @param engine builds the coder once, when the first article needs coding
   * @param stdin what {@code -} reads
   */
  public IngestCommand(Engine engine, InputStream stdin) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.stdin = Objects.requireNonNull(stdin, "stdin");
  }

  /** A store error thrown through the reader's and the runner's callbacks. */
  private static final class StoreFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreFailure(StoreException cause) {
      super(cause.getMessage(), cause, false, false);
    }
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    CodingArguments.check(spec.commandLine(), inputs, threads);
    CodingOptions options = CodingArguments.options(spec.commandLine(), modes);
    Optional<UserActorOption.UserLayer> layer = UserActorOption.load(spec.commandLine(), actors, engine, err);
    Optional<ActorDictionary> user = layer.map(UserActorOption.UserLayer::dictionary);
    Supplier<EventCoder> coderFactory = () -> engine.coder(user);
    long start = System.nanoTime();

    try (EventStore store = EventStore.open(db)) {
      int interrupted = store.closeInterruptedRuns();
      if (interrupted > 0) {
        err.println("casus ingest: note: " + Plural.of(interrupted, "earlier run") + " did not finish; what "
            + (interrupted == 1 ? "it" : "they") + " committed is kept, and this run does the rest");
      }
      String opts = "modes=" + (modes == null ? "default" : String.join(",", modes)) + "; date="
          + (date == null ? "" : date) + "; actors=" + (actors == null ? "" : actors) + "; threads=" + threads;
      String version = new CasusCommand.Version().getVersion()[0];
      boolean terminal = IngestProgress.terminal();
      try (IngestRun run = store.beginRun(version, inputs, opts);
          IngestProgress progress = new IngestProgress(err, terminal, terminal ? expected(inputs) : -1)) {
        Ingest ingest = new Ingest(run, progress, err);
        CodingRunner runner = new CodingRunner(coderFactory, threads, options, ingest);
        ingest.runner = runner;
        try {
          new ArticleReader(stdin).read(inputs, Optional.ofNullable(date), ingest::accept, ingest::reject);
          runner.drain();
        } catch (StoreFailure e) {
          err.println("casus ingest: error: " + e.getMessage() + "; what was committed is kept, run again to finish");
          return 1;
        } finally {
          runner.close();
        }
        RunSummary s = run.finish();
        progress.close();
        long undated = ingest.undated;
        layer.flatMap(l -> l.undatedNote(undated, "article", "give --date YYYY-MM-DD or a date in each JSON record"))
            .ifPresent(note -> err.println("casus ingest: note: " + note));
        StoreCounts c = store.counts();
        double total = (System.nanoTime() - start) / 1e9;
        double load = runner.loadSeconds();
        err.println(String.format(Locale.ROOT, "casus ingest: %d read: %d coded, %d unchanged, %d replaced, %d refused,"
            + " %d failed; %s stored; %s regrouped; %.1f s (model load %.1f s), %.1f articles/s",
            s.read(), s.coded(), s.unchanged(), s.replaced(), s.refused(), s.failed(), Plural.of(s.events(), "event"),
            Plural.of(s.grouping().blocks(), "block"), total, load, s.read() / Math.max(total - load, 1e-9)));
        err.println(String.format(Locale.ROOT, "casus ingest: %s: %s (%d coded, %d refused, %d failed), %s"
            + " (%d multilateral), %s, %d with more than one report; %.1f MB",
            db, Plural.of(c.articles(), "article"), c.coded(), c.refused(), c.failed(), Plural.of(c.events(), "event"),
            c.multilateral(), Plural.of(c.groups(), "event group"), c.multiReportGroups(), size(db) / 1e6));
        return 0;
      }
    } catch (StoreException e) {
      err.println("casus ingest: error: " + e.getMessage());
      return 1;
    }
  }

  private static long size(Path db) {
    try {
      long n = Files.size(db);
      Path wal = Path.of(db + ".wal");
      return n + (Files.exists(wal) ? Files.size(wal) : 0);
    } catch (IOException e) {
      return 0;
    }
  }

  /** What the reader and the runner call, on this thread. */
  private static final class Ingest implements CodingRunner.Sink {
    final IngestRun run;
    final IngestProgress progress;
    final PrintWriter err;
    CodingRunner runner;
    long undated;

    Ingest(IngestRun run, IngestProgress progress, PrintWriter err) {
      this.run = run;
      this.progress = progress;
      this.err = err;
    }

    void accept(Article a) {
      if (run.isCurrent(a)) {
        tick();
        return;
      }
      if (a.publicationDate().isEmpty()) {
        undated++;
      }
      runner.submit(a);
    }

    void reject(Rejection r) {
      err.println("casus ingest: refused " + r.message());
      try {
        run.refused(r);
      } catch (StoreException e) {
        throw new StoreFailure(e);
      }
      tick();
    }

    @Override
    public void coded(Article article, CodingResult result) {
      try {
        run.coded(article, result);
      } catch (StoreException e) {
        throw new StoreFailure(e);
      }
      tick();
    }

    @Override
    public void failed(Article article, Throwable error) {
      String why = CasusCommand.describe(error);
      err.println("casus ingest: failed to code article " + article.id() + ": " + why);
      try {
        run.failed(article, why);
      } catch (StoreException e) {
        throw new StoreFailure(e);
      }
      tick();
    }

    private void tick() {
      RunSummary p = run.progress();
      progress.update(p.read(), p.events(), p.refused(), p.failed());
    }
  }

  /** The number of articles the inputs hold, for the progress bar; -1 when unknown. */
  static long expected(List<String> inputs) {
    long n = 0;
    for (String input : inputs) {
      if (input.equals("-")) {
        return -1;
      }
      Path p = Path.of(input);
      List<Path> files = new ArrayList<>();
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          s.filter(Files::isRegularFile).forEach(files::add);
        } catch (IOException e) {
          return -1;
        }
      } else {
        files.add(p);
      }
      for (Path f : files) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
          try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            n += r.lines().filter(l -> !l.isBlank()).count();
          } catch (IOException | java.io.UncheckedIOException e) {
            return -1;
          }
        } else if (name.endsWith(".txt") || !Files.isDirectory(p)) {
          n++;
        }
      }
    }
    return n;
  }
}
