package org.casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.casus.model.Article;
import org.casus.model.ModeKind;
import org.casus.pipeline.CodingOptions;
import org.casus.json.EventJsonTest;
import org.casus.pipeline.CodingResult;
import org.casus.pipeline.EventCoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in-process, with a fake coder (no CoreNLP). */
class CasusCommandTest {
  static final String ENGLISH = "The foreign ministers of Kenya and Ethiopia met in Nairobi on Tuesday"
      + " to discuss security along their shared border.";

  @TempDir
  Path dir;

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  final AtomicInteger coderBuilds = new AtomicInteger();

  /** Codes each article into as many events as its id's trailing digit; "boom" throws. */
  final EventCoder fake = article -> {
    if (article.id().contains("boom")) {
      throw new IllegalStateException("parser choked on " + article.id());
    }
    try {
      Thread.sleep(ThreadLocalRandom.current().nextInt(5)); // shuffle completion order
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    int n = Character.digit(article.id().charAt(article.id().length() - 1), 10);
    List<org.casus.model.Event> events = new ArrayList<>();
    for (int i = 1; i <= Math.max(n, 0); i++) {
      events.add(EventJsonTest.attack(article.id(), i));
    }
    return new CodingResult(article.id(), 2, events);
  };

  private int run(InputStream stdin, String... args) {
    Supplier<EventCoder> factory = () -> {
      coderBuilds.incrementAndGet();
      return fake;
    };
    return CasusCommand.newCommandLine(factory, stdin, new PrintWriter(out), new PrintWriter(err)).execute(args);
  }

  private int run(String... args) {
    return run(InputStream.nullInputStream(), args);
  }

  private List<String> errLines() {
    return err.toString().lines().toList();
  }

  private void assertOneLineMisuse(int exit, String expectedText) {
    assertEquals(2, exit, err::toString);
    assertEquals(1, errLines().size(), err::toString);
    assertTrue(err.toString().contains(expectedText), err::toString);
    assertFalse(err.toString().contains("\tat "), "no stack trace");
    assertEquals(0, coderBuilds.get(), "misuse must not load the coder");
  }

  @Test
  void noCommandIsMisuse() {
    assertOneLineMisuse(run(), "missing command");
  }

  @Test
  void unknownCommandIsMisuse() {
    assertOneLineMisuse(run("frobnicate"), "casus:");
  }

  @Test
  void codeWithoutInputIsMisuse() {
    assertOneLineMisuse(run("code"), "Missing required parameter");
  }

  @Test
  void unknownOptionIsMisuse() {
    assertOneLineMisuse(run("code", "--colour", "x.txt"), "Unknown option");
  }

  @Test
  void badDateIsMisuse() throws IOException {
    Path f = Files.writeString(dir.resolve("a.txt"), ENGLISH);
    assertOneLineMisuse(run("code", f.toString(), "--date", "12/03/2026"), "'12/03/2026' is not a day YYYY-MM-DD");
  }

  @Test
  void badFormatIsMisuse() throws IOException {
    Path f = Files.writeString(dir.resolve("a.txt"), ENGLISH);
    assertOneLineMisuse(run("code", f.toString(), "--format", "csv"), "--format");
  }

  @Test
  void zeroThreadsIsMisuse() throws IOException {
    Path f = Files.writeString(dir.resolve("a.txt"), ENGLISH);
    assertOneLineMisuse(run("code", f.toString(), "--threads", "0"), "--threads must be at least 1");
  }

  @Test
  void missingFileIsMisuse() {
    assertOneLineMisuse(run("code", dir.resolve("nope.txt").toString()), "no such file or directory");
  }

  @Test
  void helpAndVersionSucceed() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString().contains("code"), out::toString);
    assertEquals(0, run("code", "--help"));
    assertTrue(out.toString().contains("--threads"), out::toString);
    assertEquals(0, run("--version"));
    assertTrue(out.toString().contains("casus "), out::toString);
    assertEquals("", err.toString());
  }

  @Test
  void evalNeedsAnExistingGoldFile() {
    assertOneLineMisuse(run("eval"), "--gold");
    err.getBuffer().setLength(0);
    Path missing = dir.resolve("missing.jsonl");
    assertEquals(2, run("eval", "--gold", missing.toString()));
    assertEquals(List.of("casus eval: no such gold file: " + missing + "; the gold sets live in ../shared/eval beside"
        + " the casus repository (a plain clone has none); any gold file in the format of ../shared/eval/SCORING.md"
        + " works"), errLines());
    assertEquals(0, coderBuilds.get());
  }

  @Test
  void aRelativeMissingGoldPathIsShownAsGivenAndResolved() {
    Path relative = Path.of("no-such-dir-for-casus", "gold.json");
    assertEquals(2, run("eval", "--gold", relative.toString()));
    assertEquals(1, errLines().size(), err::toString);
    assertTrue(err.toString().startsWith("casus eval: no such gold file: " + relative + " ("
        + relative.toAbsolutePath().normalize() + "); the gold sets live in ../shared/eval"), err::toString);
  }

  @Test
  void aGoldDirectoryIsNamedAsSuch() {
    assertEquals(2, run("eval", "--gold", dir.toString()));
    assertTrue(err.toString().startsWith("casus eval: gold file is a directory: " + dir + ";"), err::toString);
  }

  @Test
  void evalScoresSentenceGoldAndEndsWithTheJsonLine() throws IOException {
    // One record whose gold event the fake coder cannot produce: its one prediction is a false
    // positive and the gold event a false negative.
    Path gold = dir.resolve("tiny.jsonl");
    Files.writeString(gold, "{\"id\": \"r\", \"date\": \"2025-01-01\", \"text\": \"" + ENGLISH + "\","
        + " \"expected\": [{\"source\": \"ZZZ\", \"target\": \"YYY\", \"code\": \"190\"}], \"noevents\": false}\n");
    assertEquals(0, run("eval", "--gold", gold.toString()), err::toString);
    String[] lines = out.toString().strip().split("\n");
    JsonNode last = new ObjectMapper().readTree(lines[lines.length - 1]);
    assertEquals(1, last.get("docs").asInt());
    assertEquals(0, last.get("tp").asInt());
    assertEquals(1, last.get("fn").asInt());
    assertEquals(last.get("fp").asInt() > 0, last.get("precision").asDouble(-1) == 0.0);
    assertEquals(1, coderBuilds.get());
  }

  @Test
  void codeWritesEventsInInputOrderWithManyThreads() throws IOException {
    StringBuilder jsonl = new StringBuilder();
    List<String> expectedIds = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      String id = "a" + i;
      jsonl.append("{\"id\":\"").append(id).append("\",\"date\":\"2025-01-01\",\"text\":\"").append(ENGLISH).append("\"}\n");
      int n = i % 10;
      for (int k = 1; k <= n; k++) {
        expectedIds.add(id + "-" + k);
      }
    }
    Path f = Files.writeString(dir.resolve("in.jsonl"), jsonl);
    assertEquals(0, run("code", f.toString(), "--threads", "4"), err::toString);
    ObjectMapper json = new ObjectMapper();
    List<String> ids = new ArrayList<>();
    for (String line : out.toString().lines().toList()) {
      JsonNode o = json.readTree(line);
      ids.add(o.get("id").asText());
    }
    assertEquals(expectedIds, ids);
    assertEquals(1, coderBuilds.get());
    String summary = errLines().get(errLines().size() - 1);
    assertTrue(summary.startsWith("casus code: 60 articles, 0 rejected, 0 failed, 120 sentences, "
        + expectedIds.size() + " events;"), summary);
    assertTrue(summary.contains("articles/s") && summary.contains("sentences/s"), summary);
  }

  @Test
  void failuresAndRejectionsAreReportedCountedAndTheRunGoesOn() throws IOException {
    String jsonl = "{\"id\":\"x1\",\"text\":\"" + ENGLISH + "\"}\n"
        + "{\"id\":\"boom\",\"text\":\"" + ENGLISH + "\"}\n"
        + "{\"id\":\"bad\",\"date\":\"yesterday\",\"text\":\"" + ENGLISH + "\"}\n"
        + "{\"id\":\"x2\",\"text\":\"" + ENGLISH + "\"}\n";
    Path f = Files.writeString(dir.resolve("in.jsonl"), jsonl);
    assertEquals(0, run("code", f.toString(), "--threads", "2"), err::toString);
    assertEquals(3, out.toString().lines().count());
    List<String> lines = errLines();
    assertEquals(3, lines.size(), err::toString);
    assertTrue(lines.contains("casus code: rejected " + f + ":3: bad date: id bad: 'yesterday' is not an ISO day YYYY-MM-DD"), err::toString);
    assertTrue(lines.contains("casus code: failed to code article boom: IllegalStateException: parser choked on boom"), err::toString);
    assertTrue(lines.get(2).startsWith("casus code: 2 articles, 1 rejected, 1 failed, 4 sentences, 3 events;"), lines.get(2));
  }

  @Test
  void summaryCountsAreSingularForOne() throws IOException {
    EventCoder one = article -> new CodingResult(article.id(), 1, List.of(EventJsonTest.attack(article.id(), 1)));
    Path f = Files.writeString(dir.resolve("a.txt"), ENGLISH);
    int exit = CasusCommand.newCommandLine(() -> one, InputStream.nullInputStream(), new PrintWriter(out),
        new PrintWriter(err)).execute("code", f.toString(), "--date", "2026-03-12", "--threads", "1");
    assertEquals(0, exit, err::toString);
    String summary = errLines().get(errLines().size() - 1);
    assertTrue(summary.startsWith("casus code: 1 article, 0 rejected, 0 failed, 1 sentence, 1 event;"), summary);
    assertTrue(summary.endsWith("(1 thread)"), summary);
  }

  @Test
  void plainTextFromStdinUsesTheDateOption() {
    List<Article> seen = new ArrayList<>();
    EventCoder recording = article -> {
      synchronized (seen) {
        seen.add(article);
      }
      return new CodingResult(article.id(), 1, List.of());
    };
    InputStream stdin = new ByteArrayInputStream(ENGLISH.getBytes(StandardCharsets.UTF_8));
    int exit = CasusCommand.newCommandLine(() -> recording, stdin, new PrintWriter(out), new PrintWriter(err))
        .execute("code", "-", "--date", "2026-03-12");
    assertEquals(0, exit, err::toString);
    assertEquals(1, seen.size());
    assertEquals("stdin", seen.get(0).id());
    assertEquals("2026-03-12", seen.get(0).publicationDate().orElseThrow().toString());
  }

  @Test
  void modesOptionReachesTheCoder() {
    List<CodingOptions> seen = new ArrayList<>();
    EventCoder recording = new EventCoder() {
      @Override
      public CodingResult code(Article article) {
        throw new AssertionError("the options overload must be called");
      }

      @Override
      public CodingResult code(Article article, CodingOptions options) {
        synchronized (seen) {
          seen.add(options);
        }
        return new CodingResult(article.id(), 1, List.of());
      }
    };
    InputStream stdin = new ByteArrayInputStream(ENGLISH.getBytes(StandardCharsets.UTF_8));
    int exit = CasusCommand.newCommandLine(() -> recording, stdin, new PrintWriter(out), new PrintWriter(err))
        .execute("code", "-", "--date", "2026-03-12", "--modes", "asserted,Negated");
    assertEquals(0, exit, err::toString);
    assertEquals(List.of(CodingOptions.DEFAULT.withModes(Set.of(ModeKind.ASSERTED, ModeKind.NEGATED))), seen);

    seen.clear();
    stdin = new ByteArrayInputStream(ENGLISH.getBytes(StandardCharsets.UTF_8));
    exit = CasusCommand.newCommandLine(() -> recording, stdin, new PrintWriter(out), new PrintWriter(err))
        .execute("code", "-", "--date", "2026-03-12");
    assertEquals(0, exit, err::toString);
    assertEquals(List.of(CodingOptions.DEFAULT), seen, "without --modes the coder chooses");
  }

  @Test
  void unknownModeIsMisuse() throws IOException {
    Path f = Files.writeString(dir.resolve("a.txt"), ENGLISH);
    assertOneLineMisuse(run("code", f.toString(), "--modes", "asserted,rumoured"), "--modes: unknown mode 'rumoured'");
  }

  @Test
  void allRefusedInputDoesNotLoadTheCoderAndExitsOne() throws IOException {
    Path f = Files.writeString(dir.resolve("empty.txt"), "");
    assertEquals(1, run("code", f.toString()), "nothing could be done");
    assertEquals(0, coderBuilds.get());
    assertTrue(err.toString().contains("empty text"), err::toString);
  }

  @Test
  void coderThatCannotBeBuiltFailsInOneLine() throws IOException {
    Path f = Files.writeString(dir.resolve("a.txt"), ENGLISH);
    Supplier<EventCoder> broken = () -> {
      throw new IllegalStateException("models not found");
    };
    int exit = CasusCommand.newCommandLine(broken, InputStream.nullInputStream(), new PrintWriter(out),
        new PrintWriter(err)).execute("code", f.toString());
    assertEquals(1, exit);
    assertEquals(List.of("casus code: error: IllegalStateException: models not found"), errLines());
  }
}
