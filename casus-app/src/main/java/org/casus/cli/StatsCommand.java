package org.casus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.casus.actors.ActorDictionary;
import org.casus.ingest.ArticleReader;
import org.casus.model.Article;
import org.casus.pipeline.CodingOptions;
import org.casus.pipeline.EventCoder;
import org.casus.trace.Candidates;
import org.casus.trace.Candidates.Candidate;
import org.casus.trace.RecordingTrace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code casus stats --drops FILE...}: the drop-reason histogram of a corpus. Every article is
 * coded with a recording trace; every candidate trigger ({@link Candidates}) is counted by its
 * outcome (an event, or the reason it gave none), and each reason is listed with examples (the
 * sentence, its trigger in brackets). Article-level drops (story and sentence discards) are counted
 * beside. The last line is one JSON object: {@code articles, candidates, events, drops {reason:
 * count}}. This ranks what the coder misses, for the rule that would fix the most.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = {"Count, over a corpus, what became of every candidate trigger: an event or the reason for none."})
public final class StatsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Input files or directories, or - for standard input.")
  List<String> inputs;

  @Option(names = "--drops", required = true, description = "The drop-reason histogram (the only statistic so far).")
  boolean drops;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = CodeCommand.IsoDay.class,
      description = "Publication date of articles that carry none.")
  LocalDate date;

  @Option(names = "--examples", paramLabel = "N", description = "Examples listed per reason (default ${DEFAULT-VALUE}).")
  int examples = 5;

  @Option(names = "--limit", paramLabel = "N", description = "Read at most N articles (default: all).")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--actors", paramLabel = "FILE", description = "A user actor file, the highest actor layer.")
  Path actors;

  private final Engine engine;
  private final InputStream stdin;

  public StatsCommand(Engine engine, InputStream stdin) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.stdin = Objects.requireNonNull(stdin, "stdin");
  }

  /** The candidates of one article, with the article's own drops. */
  private record Coded(Article article, List<Candidate> candidates, List<RecordingTrace.Entry> articleDrops,
      Map<Integer, String> sentences, int events) {}

  @Override
  public Integer call() throws InterruptedException, ExecutionException {
    if (threads < 1 || limit < 1 || examples < 0) {
      throw new ParameterException(spec.commandLine(), "--threads and --limit must be at least 1, --examples at least 0");
    }
    for (String in : inputs) {
      if (!in.equals("-") && !Files.exists(Path.of(in))) {
        throw new ParameterException(spec.commandLine(), "no such file or directory: " + in);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Article> articles = new ArrayList<>();
    new ArticleReader(stdin).read(inputs, Optional.ofNullable(date), a -> {
      if (articles.size() < limit) {
        articles.add(a);
      }
    }, r -> err.println("casus stats: rejected " + r.message()));
    Optional<ActorDictionary> user = UserActorOption.load(spec.commandLine(), actors, engine, err)
        .map(UserActorOption.UserLayer::dictionary);
    EventCoder coder = articles.isEmpty() ? null : engine.coder(user);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "casus-stats");
      t.setDaemon(true);
      return t;
    });
    List<Future<Coded>> futures = new ArrayList<>();
    for (Article a : articles) {
      futures.add(pool.submit(() -> code(coder, a)));
    }
    List<Coded> coded = new ArrayList<>();
    for (Future<Coded> f : futures) {
      coded.add(f.get());
    }
    pool.shutdownNow();
    report(out, coded);
    return 0;
  }

  private static Coded code(EventCoder coder, Article a) {
    RecordingTrace trace = new RecordingTrace();
    int events;
    try {
      events = coder.code(a, CodingOptions.DEFAULT, trace).events().size();
    } catch (RuntimeException e) {
      trace.drop(-1, -1, org.casus.trace.DropReason.STORY_DISCARDED, "coding failed: " + e);
      events = 0;
    }
    Map<Integer, String> sentences = new LinkedHashMap<>();
    trace.sentences().forEach(s -> sentences.put(s.index(), s.text()));
    List<RecordingTrace.Entry> articleDrops = trace.entries().stream()
        .filter(e -> e.isDrop() && (e.sentence() < 0 || e.token() < 0)).toList();
    return new Coded(a, Candidates.of(trace), articleDrops, sentences, events);
  }

  private void report(PrintWriter out, List<Coded> coded) {
    Map<String, List<String>> examplesByOutcome = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    int candidates = 0;
    int events = 0;
    for (Coded c : coded) {
      events += c.events();
      for (Candidate k : c.candidates()) {
        candidates++;
        String outcome = k.outcome();
        counts.merge(outcome, 1, Integer::sum);
        List<String> ex = examplesByOutcome.computeIfAbsent(outcome, x -> new ArrayList<>());
        if (ex.size() < examples) {
          ex.add(c.article().id() + ": " + marked(c.sentences().getOrDefault(k.sentence(), ""), k)
              + k.decidingDrop().map(d -> d.what().isEmpty() ? "" : "  {" + d.what() + "}").orElse(""));
        }
      }
      for (RecordingTrace.Entry d : c.articleDrops()) {
        counts.merge(d.drop().name(), 1, Integer::sum);
      }
    }
    out.printf(Locale.ROOT, "casus stats --drops: %d articles, %d candidate triggers, %d events after de-duplication%n",
        coded.size(), candidates, events);
    int total = Math.max(1, candidates);
    List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())).toList();
    for (Map.Entry<String, Integer> e : ranked) {
      out.printf(Locale.ROOT, "%-24s %7d  %5.1f%%%n", e.getKey(), e.getValue(), 100.0 * e.getValue() / total);
      for (String ex : examplesByOutcome.getOrDefault(e.getKey(), List.of())) {
        out.println("    " + ex);
      }
    }
    ObjectNode j = new ObjectMapper().createObjectNode();
    j.put("articles", coded.size());
    j.put("candidates", candidates);
    j.put("events", events);
    ObjectNode d = j.putObject("outcomes");
    ranked.forEach(e -> d.put(e.getKey(), e.getValue()));
    out.println(j);
  }

  /** The sentence with the candidate's word in brackets (its first occurrence from the word list). */
  private static String marked(String sentence, Candidate k) {
    int at = k.word().isEmpty() ? -1 : sentence.indexOf(k.word());
    String s = at < 0 ? sentence : sentence.substring(0, at) + "[" + k.word() + "]" + sentence.substring(at + k.word().length());
    return s.length() > 240 ? s.substring(0, 240) + "..." : s;
  }
}
