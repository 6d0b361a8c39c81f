package org.casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.casus.actors.ActorCodes;
import org.casus.actors.ActorDictionary;
import org.casus.actors.ActorExplainer;
import org.casus.actors.AgentDictionary;
import org.casus.actors.Registers;
import org.casus.geo.Countries;
import org.casus.nlp.ParsedDocument;
import org.casus.pipeline.CodingResult;
import org.casus.pipeline.EventCoder;
import org.casus.resource.ResourceFormatException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code casus actors check} and the {@code --actors} option, over an engine with no CoreNLP. */
class ActorsCommandTest {
  private static ActorCodes codes;

  @TempDir
  Path dir;

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  /** The user layer the last coder was built with. */
  final AtomicReference<Optional<ActorDictionary>> built = new AtomicReference<>();

  @BeforeAll
  static void load() throws ResourceFormatException {
    codes = ActorCodes.of(List.of(ActorDictionary.loadDefault()), List.of(AgentDictionary.loadDefault()),
        Countries.loadDefault());
  }

  final Engine engine = new Engine() {
    @Override
    public ActorCodes actorCodes() {
      return codes;
    }

    @Override
    public EventCoder coder(Optional<ActorDictionary> userActors) {
      built.set(userActors);
      return article -> new CodingResult(article.id(), 1, List.of());
    }

    @Override
    public ActorExplainer explainer(Optional<ActorDictionary> userActors) {
      // No parser: a text has no sentences, so no mentions; the command's own lines are what is tested.
      return new ActorExplainer((text, date) -> new ParsedDocument(text, List.of()), (s, head, memory) -> Optional.empty(),
          Registers.none());
    }
  };

  private int run(String... args) {
    return CasusCommand.newCommandLine(engine, InputStream.nullInputStream(), new PrintWriter(out), new PrintWriter(err))
        .execute(args);
  }

  private Path write(String name, String content) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, content);
    return f;
  }

  static final String HEADER = "name\taliases\tcode\tfrom\tto\tsource\n";

  @Test
  void checkPrintsOneLinePerProblemAndASummaryAndFailsOnErrors() throws IOException {
    Path f = write("actors.tsv", HEADER + "Ana Sol\t\tPERGOV\t\t\tok\nBea Sol\t\tPERXYZ\t\t\t\nCai Sol\t\tPERGOV\t2024-05-01\t2024-01-01\t\n"
        + "Dan Sol\t\tPERQQQ\t2024-13-01\t\t\n");
    assertEquals(1, run("actors", "check", f.toString()), err::toString);
    List<String> lines = out.toString().lines().toList();
    assertEquals(5, lines.size(), out::toString);
    assertTrue(lines.get(0).startsWith(f + ":3: error: code 'PERXYZ'"), lines.get(0));
    assertTrue(lines.get(1).startsWith(f + ":4: error: from 2024-05-01"), lines.get(1));
    // Every problem of a row, not only the first: the bad date and the bad code of line 5.
    assertTrue(lines.get(2).startsWith(f + ":5: error: from date '2024-13-01'"), lines.get(2));
    assertTrue(lines.get(3).startsWith(f + ":5: error: code 'PERQQQ'"), lines.get(3));
    assertEquals(f + ": 4 rows, 4 errors, 0 warnings", lines.get(4));
  }

  @Test
  void checkOfARowCutShortGivesItsFieldCountNotEmptyCode() throws IOException {
    Path f = write("actors.tsv", HEADER + "Ana Sol PERGOV 2024-01-01\n");
    assertEquals(1, run("actors", "check", f.toString()), err::toString);
    List<String> lines = out.toString().lines().toList();
    assertEquals(List.of(f + ":2: error: 1 field but the header has 6 columns (name, aliases, code, from, to, source),"
        + " so the row has no code; separate the fields with tabs, leaving optional ones empty",
        f + ": 1 row, 1 error, 0 warnings"), lines);
  }

  @Test
  void checkOfAGoodFileSucceeds() throws IOException {
    Path f = write("actors.tsv", HEADER + "Ana Sol\tSol\tPERGOV\t2024-01-01\t\tinvented\n");
    assertEquals(0, run("actors", "check", f.toString()), err::toString);
    assertEquals(f + ": 1 row, 0 errors, 0 warnings", out.toString().strip());
  }

  @Test
  void checkOfAMissingFileIsMisuse() {
    assertEquals(2, run("actors", "check", dir.resolve("nope.tsv").toString()));
    assertEquals(1, err.toString().lines().count(), err::toString);
  }

  @Test
  void codeWithABadActorFileIsOneLineOfMisuseNamingFileAndLine() throws IOException {
    Path f = write("actors.tsv", HEADER + "Ana Sol\t\tPE\t\t\t\nBea Sol\t\tQQQ\t\t\t\n");
    Path article = write("a.txt", "Ana Sol met Bea Sol in Lima on Monday.");
    assertEquals(2, run("code", "--actors", f.toString(), "--date", "2024-01-02", article.toString()));
    List<String> lines = err.toString().lines().toList();
    assertEquals(1, lines.size(), err::toString);
    assertTrue(lines.get(0).contains(f + ":2: code 'PE'"), lines.get(0));
    assertTrue(lines.get(0).contains("(and 1 more error; run 'casus actors check"), lines.get(0));
    assertFalse(err.toString().contains("\tat "), "no stack trace");
    assertEquals(null, built.get(), "misuse must not build the coder");
  }

  @Test
  void codeAndEvalHandTheUserLayerToTheCoder() throws IOException {
    Path f = write("actors.tsv", HEADER + "Ana Sol\t\tPERGOV\t\t\t\n");
    Path article = write("a.txt", "Ana Sol met the Chilean foreign minister in Lima on Monday.");
    assertEquals(0, run("code", "--actors", f.toString(), "--date", "2024-01-02", article.toString()), err::toString);
    assertEquals("user:actors.tsv", built.get().orElseThrow().resourceName());
    Path gold = write("gold.jsonl", "{\"id\":\"x1\",\"text\":\"Ana Sol met Chilean officials.\",\"date\":\"2024-01-02\","
        + "\"expected\":[]}\n");
    built.set(null);
    assertEquals(0, run("eval", "--quiet", "--actors", f.toString(), "--gold", gold.toString()), err::toString);
    assertEquals("user:actors.tsv", built.get().orElseThrow().resourceName());
  }

  static final String DATED = HEADER + "Tomas Arvelo\t\tPERGOV\t2024-02-01\t2024-12-31\tterm\n"
      + "Tomas Arvelo\t\tPER\t\t\tdefault\nLuis Mar\t\tPERMIL\t2020-01-01\t\t\n";

  /** What happens to a name with dated rows when the date is unknown (ActorDictionary.longestMatch). */
  static final String TAIL =
      " (their names take an undated row of the file if there is one, else the bundled dictionaries' code, if any)";

  @Test
  void codeSaysOnceThatDatedUserRowsWereNotAppliedToArticlesWithoutADate() throws IOException {
    Path f = write("actors.tsv", DATED);
    Path a = write("a.txt", "Tomas Arvelo met Luis Mar.");
    Path b = write("b.txt", "Luis Mar met Tomas Arvelo.");
    Path c = write("c.jsonl", "{\"id\":\"c\",\"date\":\"2024-05-01\",\"text\":\"Luis Mar spoke.\"}\n");
    assertEquals(0, run("code", "--actors", f.toString(), a.toString(), b.toString(), c.toString()), err::toString);
    List<String> lines = err.toString().lines().toList();
    assertEquals(2, lines.size(), err::toString);
    assertEquals("casus code: note: 2 articles have no date, so the 2 rows of " + f + " with a from or to date were not"
        + " applied to them" + TAIL + "; give --date YYYY-MM-DD or a date in each JSON record", lines.get(0));
    assertTrue(lines.get(1).startsWith("casus code: 3 articles,"), lines.get(1));
  }

  @Test
  void codeSaysNothingOfDatesWhenEveryArticleHasOneOrNoRowIsDated() throws IOException {
    Path dated = write("actors.tsv", DATED);
    Path undatedRows = write("plain.tsv", HEADER + "Tomas Arvelo\t\tPER\t\t\t\n");
    Path a = write("a.txt", "Tomas Arvelo met Luis Mar.");
    assertEquals(0, run("code", "--actors", dated.toString(), "--date", "2024-05-01", a.toString()), err::toString);
    assertEquals(0, run("code", "--actors", undatedRows.toString(), a.toString()), err::toString);
    assertFalse(err.toString().contains("no date"), err::toString);
    assertEquals(2, err.toString().lines().count(), "two summaries only: " + err);
  }

  @Test
  void oneUndatedArticleAndOneDatedRowAreSingular() throws IOException {
    Path f = write("actors.tsv", HEADER + "Luis Mar\t\tPERMIL\t2020-01-01\t\t\n");
    Path a = write("a.txt", "Luis Mar spoke.");
    assertEquals(0, run("code", "--actors", f.toString(), a.toString()), err::toString);
    assertTrue(err.toString().startsWith("casus code: note: 1 article has no date, so the row of " + f + " with a from"
        + " or to date was not applied to it (its name takes an undated row"), err::toString);
  }

  @Test
  void explainAndEvalSayItToo() throws IOException {
    Path f = write("actors.tsv", DATED);
    assertEquals(0, run("actors", "explain", "--actors", f.toString(), "Tomas Arvelo spoke."), err::toString);
    assertEquals(List.of("casus actors explain: note: no --date, so the 2 rows of " + f + " with a from or to date were"
        + " not applied" + TAIL + "; give --date YYYY-MM-DD"), err.toString().lines().toList());
    err.getBuffer().setLength(0);
    assertEquals(0, run("actors", "explain", "--actors", f.toString(), "--date", "2024-05-01", "Tomas Arvelo spoke."));
    assertEquals("", err.toString());

    Path gold = write("gold.jsonl", "{\"id\":\"x1\",\"text\":\"Luis Mar spoke.\",\"expected\":[]}\n"
        + "{\"id\":\"x2\",\"text\":\"Luis Mar spoke.\",\"date\":\"2024-01-02\",\"expected\":[]}\n");
    assertEquals(0, run("eval", "--quiet", "--actors", f.toString(), "--gold", gold.toString()), err::toString);
    assertEquals(List.of("casus eval: note: 1 gold record has no date, so the 2 rows of " + f + " with a from or to date"
        + " were not applied to it" + TAIL + "; give the records a date"), err.toString().lines().toList());
  }
}
