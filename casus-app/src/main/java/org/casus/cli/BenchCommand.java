package org.casus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.casus.ingest.ArticleReader;
import org.casus.model.Article;
import org.casus.nlp.ParsedDocument;
import org.casus.nlp.SentenceParser;
import org.casus.nlp.corenlp.CoreNlpParser;
import org.casus.nlp.corenlp.PetrarchPreprocessing;
import org.casus.pipeline.CasusPipeline;
import org.casus.pipeline.CodingResources;
import org.casus.pipeline.CodingResult;
import org.casus.pipeline.EventCoder;
import org.casus.resource.ResourceFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code casus bench --corpus FILE [--limit N] [--warmup W] [--warmup-max M] [--threads T] [--baseline ...]}:
 * codes the first N articles of a corpus after a warm-up on the articles after them (at least W,
 * then batches of {@value #BATCH} until the JIT compilers settle, at most M: {@link WarmUp}), and
 * reports the speed, the time per stage ({@link StageProfile}), the peak heap and the model-load
 * time; with {@code --baseline} it then runs PETRARCH-2's preprocessing
 * ({@link PetrarchPreprocessing}) on the same articles with the same threads, warmed up by the same
 * rule on the same articles (at least as many as casus was), and reports the ratio.
 *
 * <p>Standard output: the report, then, as its last line, one JSON object. Rates are per second of
 * wall time over the measured articles (model load and warm-up excluded). Both systems' sentence
 * rates use the sentences casus found in those articles, so {@code ratio} =
 * {@code sentences_per_s / baseline_sentences_per_s} = the baseline's time over casus's time.
 * {@code cpu_s} is the worker threads' CPU time; {@code sentences_per_cpu_s} (and the baseline's)
 * divide by it, a figure that other load on the machine disturbs less than wall time.
 * {@code process_cpu_s}, {@code jit_s} and {@code gc_pause_s} say what else the JVM did during the
 * timed casus run ({@link JvmTime}): the JIT compilers and the garbage collector share the
 * processors with the workers, and on this project's 2-core machine they can take as much CPU as
 * the workers. {@code warmup_articles} and {@code baseline_warmup_articles} ({@code null} without
 * a baseline) say how many articles each was warmed up on.
 *
 * <p>The {@code petrarch2-sr} baseline needs CoreNLP's {@code models-english} jar (~450 MB), which
 * is not a dependency of casus: it is taken from the local Maven repository, fetched there with
 * {@code mvn dependency:get} when missing, and its {@code englishSR} model is copied to a
 * temporary file for the run. Exit codes: 0 done, 1 the run failed (the model could not be had,
 * an article failed), 2 misuse.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure coding speed on a corpus, optionally against PETRARCH-2's CoreNLP preprocessing.",
        "The last line of the output is one JSON object."})
public final class BenchCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--corpus", required = true, paramLabel = "FILE",
      description = "Articles: a .jsonl file (one {id, date, title, text} per line) or any input casus code reads.")
  Path corpus;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "1000",
      description = "Measured articles: the first N (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--warmup", paramLabel = "W", defaultValue = "200",
      description = "Warm-up articles, coded before the measurement: at least the W after the measured ones"
          + " (from the start when the corpus has no more), then more until the JIT compilers settle"
          + " (see --warmup-max); default ${DEFAULT-VALUE}.")
  int warmup;

  @Option(names = "--warmup-max", paramLabel = "M", defaultValue = "3000",
      description = "At most M warm-up articles. After the first W the warm-up goes on in batches of 100 until one"
          + " in which the JIT compiler threads compiled for at most a tenth of its wall time;"
          + " M <= W warms up on exactly W articles. Default ${DEFAULT-VALUE}.")
  int warmupMax;

  @Option(names = "--threads", paramLabel = "T",
      description = "Worker threads (default: the number of processors, here ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--baseline", paramLabel = "NAME",
      description = "Also run PETRARCH-2's preprocessing: petrarch2-sr or petrarch2-pcfg"
          + " (CoreNLP tokenize,ssplit,pos,lemma,ner,parse with the englishSR shift-reduce or the default PCFG parser).")
  String baseline;

  /** Articles per warm-up batch: the JIT compilers' activity is looked at after each ({@link WarmUp}). */
  static final int BATCH = 100;

  /** The baselines {@code --baseline} accepts. */
  static final List<String> BASELINES = List.of("petrarch2-sr", "petrarch2-pcfg");

  private final InputStream stdin;

  /** @param stdin what {@code --corpus -} reads */
  public BenchCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  /** The figures of one timed run. */
  private record Run(int articles, long sentences, long tokens, long events, int failed, double seconds,
      double cpuSeconds, Map<String, Long> stageSamples, JvmTime jvm, double jitCpuSeconds) {
    double rate(long n) {
      return n / seconds;
    }
  }

  /** What one article gave. */
  private record One(long sentences, long tokens, long events) {}

  /** Counts the sentences and tokens the parser produced. */
  private static final class CountingParser implements SentenceParser {
    final SentenceParser parser;
    final LongAdder sentences = new LongAdder();
    final LongAdder tokens = new LongAdder();

    CountingParser(SentenceParser parser) {
      this.parser = parser;
    }

    @Override
    public ParsedDocument parse(String text, Optional<LocalDate> referenceDate) {
      ParsedDocument d = parser.parse(text, referenceDate);
      sentences.add(d.sentences().size());
      d.sentences().forEach(s -> tokens.add(s.size()));
      return d;
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    checkArguments();
    StageProfile.initialize(); // before anything is compiled: see there
    List<Article> all = read();
    List<Article> measured = all.subList(0, Math.min(limit, all.size()));
    List<Article> warm = new ArrayList<>(all.subList(measured.size(), all.size()));
    for (int i = 0; warm.size() < warmupCap() && i < measured.size(); i++) {
      warm.add(measured.get(i)); // a short corpus: the warm-up repeats its first articles
    }
    out.printf(Locale.ROOT, "casus bench: %s from %s, warm-up %s, %s%n", Plural.of(measured.size(), "article"),
        corpus, warmupCap() <= warmup ? Plural.of(warm.size(), "article")
            : String.format(Locale.ROOT, "%d-%d articles, until the JIT compilers settle", Math.min(warmup, warm.size()),
                warm.size()), Plural.of(threads, "thread"));
    out.flush();

    Optional<Path> srModel = Optional.empty();
    if ("petrarch2-sr".equals(baseline)) {
      srModel = Optional.of(srModel(err)); // before the timed part: a download must fail early
    }

    HeapWatch heap = new HeapWatch();
    CasusRun cr = runCasus(warm, measured);
    double load = cr.load();
    Run run = cr.run();
    long sentences = cr.sentences();
    long tokens = cr.tokens();
    long peak = heap.peakUsed();
    long live = heap.peakLive();
    heap.close();
    System.gc(); // the casus pipeline is unreachable now

    double sps = sentences / run.seconds();
    out.printf(Locale.ROOT, "casus: model load %.1f s; %s in %.2f s: %.2f articles/s, %.1f sentences/s,"
            + " %.0f tokens/s, %.2f events/s (%s, %s, %s; %d failed)%n",
        load, Plural.of(run.articles(), "article"), run.seconds(), run.rate(run.articles()), sps,
        tokens / run.seconds(), run.rate(run.events()), Plural.of(sentences, "sentence"),
        Plural.of(tokens, "token"), Plural.of(run.events(), "event"), run.failed());
    out.printf(Locale.ROOT, "casus: peak heap %d MB in use, %d MB live (the most left after a garbage collection);"
        + " maximum heap %d MB%n", peak >> 20, live >> 20, Runtime.getRuntime().maxMemory() >> 20);
    printWarmUp(out, "casus", cr.warm());
    printStages(out, "casus", run);
    printJvm(out, "casus", run);
    out.flush();

    Optional<BaselineRun> base = baseline == null ? Optional.empty()
        : Optional.of(runBaseline(out, srModel, warm, measured, sentences, cr));
    Double baseSps = base.map(BaselineRun::sentencesPerSecond).orElse(null);
    Double ratio = base.map(BaselineRun::ratio).orElse(null);
    Double baseLoad = base.map(BaselineRun::load).orElse(null);
    Double baseCpu = base.map(BaselineRun::cpuSeconds).orElse(null);
    srModel.ifPresent(p -> p.toFile().delete());
    out.printf(Locale.ROOT, "{\"articles\":%d,\"threads\":%d,\"sentences\":%d,\"tokens\":%d,\"events\":%d,"
            + "\"articles_per_s\":%.3f,\"sentences_per_s\":%.2f,\"tokens_per_s\":%.1f,\"events_per_s\":%.3f,"
            + "\"baseline\":%s,\"baseline_sentences_per_s\":%s,\"ratio\":%s,\"peak_heap_mb\":%d,\"live_heap_mb\":%d,"
            + "\"load_s\":%.2f,"
            + "\"baseline_load_s\":%s,\"cpu_s\":%.2f,\"sentences_per_cpu_s\":%.2f,\"baseline_sentences_per_cpu_s\":%s,"
            + "\"failed\":%d,\"process_cpu_s\":%.2f,\"jit_s\":%.2f,\"gc_pause_s\":%.2f,\"warmup_articles\":%d,"
            + "\"baseline_warmup_articles\":%s}%n",
        run.articles(), threads, sentences, tokens, run.events(), run.rate(run.articles()), sps,
        tokens / run.seconds(), run.rate(run.events()), baseline == null ? "null" : "\"" + baseline + "\"",
        baseSps == null ? "null" : String.format(Locale.ROOT, "%.2f", baseSps),
        ratio == null ? "null" : String.format(Locale.ROOT, "%.3f", ratio), peak >> 20, live >> 20, load,
        baseLoad == null ? "null" : String.format(Locale.ROOT, "%.2f", baseLoad), run.cpuSeconds(),
        sentences / run.cpuSeconds(), baseCpu == null ? "null" : String.format(Locale.ROOT, "%.2f", sentences / baseCpu),
        run.failed(), run.jvm().processCpuSeconds(), run.jvm().jitSeconds(), run.jvm().gcPauseSeconds(),
        cr.warm().articles(), base.map(b -> String.valueOf(b.warmupArticles())).orElse("null"));
    out.flush();
    if (run.failed() > 0) {
      err.println("casus bench: " + Plural.of(run.failed(), "article") + " failed; the figures are not comparable");
      return 1;
    }
    return 0;
  }

  /**
   * The baseline phase's figures: sentences/s (counted with casus's sentences), ratio, load s, CPU
   * s, warm-up articles.
   */
  private record BaselineRun(double sentencesPerSecond, double ratio, double load, double cpuSeconds,
      int warmupArticles) {}

  /** Loads the baseline, warms it up, times it on the same articles and prints its figures. */
  private BaselineRun runBaseline(PrintWriter out, Optional<Path> srModel, List<Article> warm, List<Article> measured,
      long sentences, CasusRun cr) throws IOException {
    Run run = cr.run();
    HeapWatch baseHeap = new HeapWatch();
    long b0 = System.nanoTime();
    PetrarchPreprocessing pre = new PetrarchPreprocessing(srModel);
    double baseLoad = (System.nanoTime() - b0) / 1e9;
    Function<Article, One> base = a -> {
      PetrarchPreprocessing.Counts k = pre.annotate(a.text(), a.publicationDate());
      return new One(k.sentences(), k.tokens(), 0);
    };
    // the same rule and articles; at least all those casus was warmed up on
    WarmUp.Result w = warmUp("baseline", warm, Math.max(warmup, cr.warm().articles()), base);
    Run b = time(measured, base, true);
    double baseSps = sentences / b.seconds();
    double ratio = b.seconds() / run.seconds();
    out.printf(Locale.ROOT, "baseline %s (CoreNLP tokenize,ssplit,pos,lemma,ner,parse with %s): model load %.1f s;"
            + " %s in %.2f s: %.2f articles/s, %.1f sentences/s (casus's %s; CoreNLP's own split: %s),"
            + " %.0f tokens/s; peak heap %d MB%n",
        baseline, pre.parserModel(), baseLoad, Plural.of(b.articles(), "article"), b.seconds(),
        b.rate(b.articles()), baseSps, Plural.of(sentences, "sentence"), Plural.of(b.sentences(), "sentence"),
        b.tokens() / b.seconds(), baseHeap.peakUsed() >> 20);
    baseHeap.close();
    printWarmUp(out, "baseline", w);
    printStages(out, "baseline", b);
    printJvm(out, "baseline", b);
    out.printf(Locale.ROOT, "ratio: casus is %.2f times as fast as %s on the same articles%n", ratio, baseline);
    return new BaselineRun(baseSps, ratio, baseLoad, b.cpuSeconds(), w.articles());
  }

  private void checkArguments() {
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit);
    }
    if (warmup < 0) {
      throw new ParameterException(spec.commandLine(), "--warmup must be at least 0, got " + warmup);
    }
    if (warmupMax < 0) {
      throw new ParameterException(spec.commandLine(), "--warmup-max must be at least 0, got " + warmupMax);
    }
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    if (baseline != null && !BASELINES.contains(baseline)) {
      throw new ParameterException(spec.commandLine(), "--baseline: unknown baseline '" + baseline + "'; expected one of "
          + BASELINES);
    }
    if (!corpus.toString().equals("-") && !Files.isRegularFile(corpus)) {
      throw new ParameterException(spec.commandLine(), "no such file: " + corpus);
    }
  }

  /** The most warm-up articles: {@code max(--warmup, --warmup-max)}. */
  private int warmupCap() {
    return Math.max(warmup, warmupMax);
  }

  /** The first {@code limit + warmupCap()} articles of the corpus. */
  private List<Article> read() throws IOException {
    List<Article> all = new ArrayList<>();
    int[] rejected = {0};
    new ArticleReader(stdin).read(List.of(corpus.toString()), Optional.empty(), a -> {
      if (all.size() < limit + warmupCap()) {
        all.add(a);
      }
    }, r -> rejected[0]++);
    if (all.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "no article to code in " + corpus
          + (rejected[0] > 0 ? " (" + Plural.of(rejected[0], "article") + " refused; see casus code)" : ""));
    }
    return all;
  }

  /** The casus phase's figures. */
  private record CasusRun(double load, WarmUp.Result warm, Run run, long sentences, long tokens) {}

  /** Loads casus, warms it up and times it; nothing of it stays reachable after. */
  private CasusRun runCasus(List<Article> warm, List<Article> measured) throws IOException {
    long t0 = System.nanoTime();
    CountingParser parser = new CountingParser(new CoreNlpParser());
    EventCoder coder;
    try {
      coder = new CasusPipeline(parser, CodingResources.loadDefault());
    } catch (ResourceFormatException e) {
      throw new IllegalStateException("bundled resource is broken: " + e.getMessage(), e);
    }
    double load = (System.nanoTime() - t0) / 1e9;
    Function<Article, One> casus = a -> {
      CodingResult r = coder.code(a);
      return new One(r.sentences(), 0, r.events().size());
    };
    WarmUp.Result w = warmUp("casus", warm, warmup, casus);
    parser.sentences.reset();
    parser.tokens.reset();
    Run run = time(measured, casus, true);
    return new CasusRun(load, w, run, parser.sentences.sum(), parser.tokens.sum());
  }

  /**
   * Warms {@code who} up on the first of {@code warm} ({@link WarmUp}): at least {@code min}
   * articles, at most {@code max(min, --warmup-max)}; each batch on standard error.
   */
  private WarmUp.Result warmUp(String who, List<Article> warm, int min, Function<Article, One> work)
      throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    return WarmUp.run(warm.size(), min, warmupMax, BATCH, (from, to) -> {
      Run r = time(warm.subList(from, to), work, false);
      err.printf(Locale.ROOT, "casus bench: %s warm-up, articles %d-%d: %.2f s, the JIT compiler threads compiling"
          + " %.2f s (%.2f CPU s, compilations under way included)%n", who, from + 1, to, r.seconds(),
          r.jvm().jitSeconds(), r.jitCpuSeconds());
      err.flush();
      return new WarmUp.Batch(r.seconds(), r.jvm().jitSeconds(), r.jitCpuSeconds());
    });
  }

  private static void printWarmUp(PrintWriter out, String who, WarmUp.Result w) {
    out.printf(Locale.ROOT, "%s: warm-up %s in %.1f s, the JIT compiler threads compiling %.1f s; %s%n", who,
        Plural.of(w.articles(), "article"), w.seconds(), w.jitSeconds(), w.settled()
            ? "settled (the last batch's compiling at most " + Math.round(WarmUp.SETTLED * 100) + "% of its wall time)"
            : w.articles() == 0 ? "none" : "not settled: stopped at the most (--warmup-max) or at the corpus's end");
  }

  private static void printStages(PrintWriter out, String who, Run run) {
    long total = run.stageSamples().values().stream().mapToLong(Long::longValue).sum();
    StringBuilder line = new StringBuilder(who + ": time per stage (CPU s of the worker threads, "
        + String.format(Locale.ROOT, "%.1f s in all; from %d JFR samples):", run.cpuSeconds(), total));
    for (Map.Entry<String, Long> e : run.stageSamples().entrySet()) {
      if (e.getValue() == 0) {
        continue;
      }
      double share = total == 0 ? 0 : (double) e.getValue() / total;
      line.append(String.format(Locale.ROOT, " %s %.2f s (%.0f%%),", e.getKey(), share * run.cpuSeconds(), share * 100));
    }
    line.setLength(line.length() - 1);
    out.println(line);
  }

  /**
   * What the whole JVM spent during a timed run besides the workers, in seconds: the process's CPU
   * time (all threads: the workers, the JIT compilers, the garbage collector, the profiler), the
   * time the JIT compiler threads spent compiling (elapsed, summed over the compiler threads, so
   * on a busy machine it includes their waits for a processor) and the garbage collector's pauses
   * (stop-the-world time, not its concurrent work).
   */
  record JvmTime(double processCpuSeconds, double jitSeconds, double gcPauseSeconds) {
    /** The JVM's counters now, as seconds since it started. */
    static JvmTime now() {
      double cpu = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
          ? os.getProcessCpuTime() / 1e9 : Double.NaN;
      var jit = ManagementFactory.getCompilationMXBean();
      double jitS = jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() / 1e3
          : Double.NaN;
      double gc = 0;
      for (var b : ManagementFactory.getGarbageCollectorMXBeans()) {
        gc += Math.max(0, b.getCollectionTime()) / 1e3;
      }
      return new JvmTime(cpu, jitS, gc);
    }

    JvmTime since(JvmTime start) {
      return new JvmTime(processCpuSeconds - start.processCpuSeconds, jitSeconds - start.jitSeconds,
          gcPauseSeconds - start.gcPauseSeconds);
    }
  }

  private static void printJvm(PrintWriter out, String who, Run run) {
    out.printf(Locale.ROOT, "%s: the JVM during the timed run: %.1f CPU s in all (the workers %.1f s; the rest is the"
            + " JIT compilers, the garbage collector and the profiler); the JIT compiler threads compiling %.1f s"
            + " (elapsed; %.1f CPU s); garbage-collection pauses %.1f s%n",
        who, run.jvm().processCpuSeconds(), run.cpuSeconds(), run.jvm().jitSeconds(), run.jitCpuSeconds(),
        run.jvm().gcPauseSeconds());
  }

  /** Codes {@code articles} with {@code threads} workers; with {@code profile}, samples their stacks. */
  private Run time(List<Article> articles, Function<Article, One> work, boolean profile) throws IOException {
    AtomicInteger n = new AtomicInteger();
    String prefix = "casus-bench-" + (profile ? "m" : "w") + "-";
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    LongAdder cpu = new LongAdder();
    StageProfile stages = profile ? new StageProfile(prefix) : null;
    try {
      JvmTime j0 = JvmTime.now();
      Map<Integer, Long> compilers0 = CompilerThreadsCpu.now();
      long t0 = System.nanoTime();
      List<Future<One>> done = new ArrayList<>();
      for (Article a : articles) {
        done.add(pool.submit(() -> {
          long c0 = mx.getCurrentThreadCpuTime();
          try {
            return work.apply(a);
          } finally {
            cpu.add(mx.getCurrentThreadCpuTime() - c0);
          }
        }));
      }
      long sentences = 0;
      long tokens = 0;
      long events = 0;
      int failed = 0;
      for (Future<One> f : done) {
        try {
          One o = f.get();
          sentences += o.sentences();
          tokens += o.tokens();
          events += o.events();
        } catch (ExecutionException e) {
          failed++;
          spec.commandLine().getErr().println("casus bench: an article failed: " + CasusCommand.describe(e.getCause()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      JvmTime jvm = JvmTime.now().since(j0);
      double jitCpu = CompilerThreadsCpu.secondsBetween(compilers0, CompilerThreadsCpu.now());
      Map<String, Long> samples = stages == null ? Map.of() : stages.stop();
      return new Run(articles.size(), sentences, tokens, events, failed, seconds, cpu.sum() / 1e9, samples, jvm,
          jitCpu);
    } finally {
      pool.shutdownNow();
      if (stages != null) {
        stages.close();
      }
    }
  }

  /**
   * The englishSR model, copied out of the {@code models-english} jar in the local Maven
   * repository into a temporary file; the jar is fetched with {@code mvn dependency:get} when it
   * is not there.
   *
   * @throws IllegalStateException when Maven is missing or the fetch fails
   */
  private static Path srModel(PrintWriter err) throws IOException {
    String[] gav = PetrarchPreprocessing.MODELS_ENGLISH.split(":");
    Path repo = Path.of(System.getProperty("maven.repo.local",
        Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
    Path jar = repo.resolve(gav[0].replace('.', '/')).resolve(gav[1]).resolve(gav[2])
        .resolve(gav[1] + "-" + gav[2] + "-" + gav[4] + ".jar");
    if (!Files.isRegularFile(jar)) {
      err.println("casus bench: the petrarch2-sr baseline needs " + PetrarchPreprocessing.MODELS_ENGLISH
          + " (~450 MB), not in " + repo + "; fetching it with mvn dependency:get");
      err.flush();
      ProcessBuilder pb = new ProcessBuilder("mvn", "-q", "-B", "dependency:get",
          "-Dartifact=" + PetrarchPreprocessing.MODELS_ENGLISH, "-Dtransitive=false",
          "-Dmaven.repo.local=" + repo);
      pb.redirectErrorStream(true);
      pb.redirectOutput(ProcessBuilder.Redirect.INHERIT);
      int code;
      try {
        code = pb.start().waitFor();
      } catch (IOException e) {
        throw new IllegalStateException("cannot run mvn to fetch " + PetrarchPreprocessing.MODELS_ENGLISH
            + " (install Maven, or put the jar at " + jar + ")", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while fetching " + PetrarchPreprocessing.MODELS_ENGLISH, e);
      }
      if (code != 0 || !Files.isRegularFile(jar)) {
        throw new IllegalStateException("mvn dependency:get " + PetrarchPreprocessing.MODELS_ENGLISH + " failed (exit "
            + code + "); put the jar at " + jar);
      }
    }
    Path model = Files.createTempFile("casus-englishSR", ".ser.gz");
    model.toFile().deleteOnExit();
    try (JarFile j = new JarFile(jar.toFile())) {
      ZipEntry e = j.getEntry(PetrarchPreprocessing.SR_MODEL);
      if (e == null) {
        throw new IllegalStateException(jar + " has no " + PetrarchPreprocessing.SR_MODEL);
      }
      try (InputStream in = j.getInputStream(e)) {
        Files.copy(in, model, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return model;
  }
}
