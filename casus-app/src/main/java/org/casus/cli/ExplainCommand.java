package org.casus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.casus.actors.ActorDictionary;
import org.casus.ingest.ArticleReader;
import org.casus.json.EventJson;
import org.casus.model.Actor;
import org.casus.model.Article;
import org.casus.model.Event;
import org.casus.pipeline.CodingOptions;
import org.casus.pipeline.CodingResult;
import org.casus.pipeline.EventCoder;
import org.casus.trace.Candidates;
import org.casus.trace.Candidates.Candidate;
import org.casus.trace.RecordingTrace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code casus explain TEXT|FILE|-}: why the coder found what it found, and why a sentence gave no
 * event. For every candidate trigger (a verb of the dictionary, an event noun, a content verb the
 * dictionary lacks) it prints what each rule did: the entry and pattern, the code, the sources and
 * targets and the rule that found them, the mention emitted or the reason none was (no pattern,
 * no source, no target, a self event, a mode not emitted, a role in no country, a discard ...);
 * then the article's events after dates, places and de-duplication. The trace is a view of the
 * rules that coded the events ({@code org.casus.trace}), not a second code path.
 *
 * <p>The argument is a file or directory (read as {@code casus code} reads it), {@code -} for
 * standard input, or else the text itself. Exit 0; 2 on misuse.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = {"Show, for every candidate trigger of a text, what each rule did and why no event came out.",
        "INPUT is a file or directory (as casus code reads them), - for standard input, or the text itself."})
public final class ExplainCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "INPUT", description = "A file, a directory, - (standard input), or the text.")
  String input;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = CodeCommand.IsoDay.class,
      description = "The article date, for articles that carry none.")
  LocalDate date;

  @Option(names = "--actors", paramLabel = "FILE", description = "A user actor file, the highest actor layer.")
  Path actors;

  @Option(names = "--json", description = "One JSON object per article instead of the text report.")
  boolean json;

  private final Engine engine;
  private final InputStream stdin;

  /**
   * @param engine builds the coder
   * @param stdin what {@code -} reads
   */
  public ExplainCommand(Engine engine, InputStream stdin) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.stdin = Objects.requireNonNull(stdin, "stdin");
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Article> articles = new ArrayList<>();
    if (input.equals("-") || Files.exists(Path.of(input))) {
      new ArticleReader(stdin).read(List.of(input), Optional.ofNullable(date), articles::add,
          r -> err.println("casus explain: rejected " + r.message()));
    } else if (input.isBlank()) {
      err.println("casus explain: empty text; give a sentence, a file or -");
      return 2;
    } else {
      articles.add(new Article("text", Optional.ofNullable(date), "", input, "", ""));
    }
    if (articles.isEmpty()) {
      return 0;
    }
    Optional<ActorDictionary> user = UserActorOption.load(spec.commandLine(), actors, engine, err)
        .map(UserActorOption.UserLayer::dictionary);
    EventCoder coder = engine.coder(user);
    for (Article a : articles) {
      RecordingTrace trace = new RecordingTrace();
      CodingResult result = coder.code(a, CodingOptions.DEFAULT, trace);
      if (json) {
        out.println(toJson(a, trace, result));
      } else {
        printText(out, a, trace, result);
      }
      out.flush();
    }
    return 0;
  }

  private static void printText(PrintWriter out, Article a, RecordingTrace trace, CodingResult result) {
    out.println("== article " + a.id() + " (" + a.publicationDate().map(LocalDate::toString).orElse("no date") + ")");
    trace.entries().stream().filter(e -> e.sentence() < 0 || e.token() < 0).forEach(e -> out.println(
        (e.sentence() < 0 ? "  article" : "  [" + e.sentence() + "]") + ": no event: " + e.drop() + " " + e.what()));
    List<Candidate> candidates = Candidates.of(trace);
    for (RecordingTrace.Sentence s : trace.sentences()) {
      out.println("[" + s.index() + "] " + s.text());
      for (Candidate c : candidates) {
        if (c.sentence() != s.index()) {
          continue;
        }
        out.println("  '" + c.word() + "' (token " + c.token() + "): " + c.outcome());
        for (RecordingTrace.Entry e : c.entries()) {
          out.println(e.isDrop() ? "      no event     " + e.drop() + (e.what().isEmpty() ? "" : ": " + e.what())
              : "      " + pad(e.rule(), 30) + " " + e.what());
        }
      }
    }
    out.println("events (" + result.events().size() + ", after dates, places and de-duplication):");
    for (Event e : result.events()) {
      out.println("  " + e.source().code() + " " + e.code() + " " + e.target().map(Actor::code).orElse("-")
          + "  date " + e.date().value().map(LocalDate::toString).orElse(e.date().precision().name().toLowerCase())
          + "  place " + (e.place().isKnown() ? e.place().name() : "-")
          + e.killed().map(k -> "  killed " + k.min()).orElse("") + "  [" + e.provenance().rule() + "]");
    }
  }

  private static String pad(String s, int n) {
    return s.length() >= n ? s : s + " ".repeat(n - s.length());
  }

  private static String toJson(Article a, RecordingTrace trace, CodingResult result) {
    ObjectMapper m = new ObjectMapper();
    ObjectNode o = m.createObjectNode();
    o.put("id", a.id());
    o.put("date", a.publicationDate().map(LocalDate::toString).orElse(null));
    ArrayNode sentences = o.putArray("sentences");
    List<Candidate> candidates = Candidates.of(trace);
    for (RecordingTrace.Sentence s : trace.sentences()) {
      ObjectNode sn = sentences.addObject();
      sn.put("index", s.index());
      sn.put("text", s.text());
      ArrayNode cs = sn.putArray("candidates");
      for (Candidate c : candidates) {
        if (c.sentence() == s.index()) {
          ObjectNode cn = cs.addObject();
          cn.put("token", c.token());
          cn.put("word", c.word());
          cn.put("outcome", c.outcome());
          ArrayNode steps = cn.putArray("steps");
          for (RecordingTrace.Entry e : c.entries()) {
            ObjectNode en = steps.addObject();
            if (e.isDrop()) {
              en.put("drop", e.drop().name());
            } else {
              en.put("rule", e.rule());
            }
            en.put("what", e.what());
          }
        }
      }
    }
    ArrayNode drops = o.putArray("article_drops");
    trace.entries().stream().filter(e -> e.isDrop() && (e.sentence() < 0 || e.token() < 0)).forEach(e -> drops.addObject()
        .put("sentence", e.sentence()).put("drop", e.drop().name()).put("what", e.what()));
    ArrayNode events = o.putArray("events");
    result.events().forEach(e -> events.add(EventJson.toNode(e)));
    return o.toString();
  }
}
