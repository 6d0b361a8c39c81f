package org.casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.casus.events.Discards;
import org.casus.json.EventJsonTest;
import org.casus.model.Event;
import org.casus.pipeline.CodingResult;
import org.casus.pipeline.EventCoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18: isolation, the run report, exit codes and strict mode of {@code casus code}, with fake coders. */
class CodeCommandRunReportTest {
  static final String ENGLISH = CasusCommandTest.ENGLISH;

  @TempDir
  Path dir;

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  /**
   * Two events per article; "slow" waits until interrupted, "oom" runs out of memory, "boom" throws,
   * "sport" is a story discard.
   */
  final EventCoder fake = article -> {
    String id = article.id();
    if (id.startsWith("slow")) {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new IllegalStateException("interrupted");
    }
    if (id.startsWith("oom")) {
      throw new OutOfMemoryError("Java heap space");
    }
    if (id.startsWith("boom")) {
      throw new IllegalStateException("parser choked on " + id);
    }
    if (id.startsWith("sport")) {
      return new CodingResult(id, 3, List.of(), Optional.of(new Discards.Discard("FIFA", true, "discards:236")));
    }
    return new CodingResult(id, 2, List.of(EventJsonTest.attack(id, 1), EventJsonTest.attack(id, 2)));
  };

  private int run(String... args) {
    return CasusCommand.newCommandLine(() -> fake, InputStream.nullInputStream(), new PrintWriter(out), new PrintWriter(err))
        .execute(args);
  }

  private static String record(String id, String text) {
    return "{\"id\":\"" + id + "\",\"date\":\"2025-01-01\",\"text\":\"" + text + "\"}\n";
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private JsonNode report(Path p) throws IOException {
    return new ObjectMapper().readTree(p.toFile());
  }

  private static void addsUp(JsonNode r) {
    assertEquals(r.get("read").asLong(), r.get("coded").asLong() + r.get("refused").asLong() + r.get("failed").asLong()
        + r.get("unfinished").asLong(), r::toString);
    long byReason = 0;
    for (JsonNode n : r.get("refused_by_reason")) {
      byReason += n.asLong();
    }
    assertEquals(r.get("refused").asLong(), byReason);
    assertEquals(r.get("refused").asLong(), r.get("refused_items").size());
    long failedBy = 0;
    for (JsonNode n : r.get("failed_by_reason")) {
      failedBy += n.asLong();
    }
    assertEquals(r.get("failed").asLong(), failedBy);
    assertEquals(r.get("failed").asLong(), r.get("failed_items").size());
  }

  @Test
  void issue18_oneArticleCannotStallOrSinkTheRun() throws IOException {
    Path f = write("in.jsonl", record("a1", ENGLISH) + record("slow1", ENGLISH) + record("oom1", ENGLISH)
        + record("boom1", ENGLISH) + record("a2", ENGLISH) + "{not json\n" + record("sport1", ENGLISH));
    Path rep = dir.resolve("report.json");
    int exit = run("code", f.toString(), "--threads", "2", "--article-timeout", "0.5", "--report", rep.toString());
    assertEquals(0, exit, err::toString);
    List<String> docs = new ArrayList<>();
    for (String line : out.toString().lines().toList()) {
      docs.add(new ObjectMapper().readTree(line).get("doc_id").asText());
    }
    assertEquals(List.of("a1", "a1", "a2", "a2"), docs, err::toString);
    String e = err.toString();
    assertTrue(e.contains("casus code: failed to code article slow1: time budget of 0.5 s exceeded"), e);
    assertTrue(e.contains("casus code: failed to code article oom1: OutOfMemoryError: Java heap space"), e);
    assertTrue(e.contains("casus code: note: article sport1 not coded: its lead (headline and first 600 characters)"
        + " has the story discard 'FIFA' (discards:236)"), e);
    List<String> lines = e.lines().toList();
    String summary = lines.get(lines.size() - 1);
    assertTrue(summary.startsWith("casus code: 3 articles, 1 rejected, 3 failed, 7 sentences, 4 events;"), summary);
    assertTrue(summary.endsWith("; refused: 1 malformed JSON; failed: 1 timeout, 1 out of memory, 1 error;"
        + " 1 story discard; 7 read"), summary);
    JsonNode r = report(rep);
    addsUp(r);
    assertEquals(7, r.get("read").asInt());
    assertEquals(1, r.get("failed_by_reason").get("timeout").asInt());
    assertEquals("slow1", r.get("failed_items").get(0).get("id").asText());
    assertEquals("sport1", r.get("discarded_items").get(0).get("id").asText());
    assertEquals(0, r.get("exit_code").asInt());
    assertFalse(r.get("interrupted").asBoolean());
  }

  @Test
  void issue18_duplicateIdsAreRenamedOrWithStrictRefused() throws IOException {
    Path f = write("in.jsonl", record("x", ENGLISH) + record("x", ENGLISH));
    assertEquals(0, run("code", f.toString()), err::toString);
    Set<String> eventIds = new HashSet<>();
    for (String line : out.toString().lines().toList()) {
      assertTrue(eventIds.add(new ObjectMapper().readTree(line).get("id").asText()), line);
    }
    assertEquals(4, eventIds.size());
    assertTrue(err.toString().contains("casus code: warning: " + f + ":2: duplicate id renamed: id x#2"), err::toString);

    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    assertEquals(1, run("code", f.toString(), "--strict"), err::toString);
    assertEquals(2, out.toString().lines().count());
    assertTrue(err.toString().contains("casus code: rejected " + f + ":2: duplicate id: id x"), err::toString);
  }

  @Test
  void issue18_exitCodesFollowWhatCouldBeDone() throws IOException {
    Path good = write("good.txt", ENGLISH);
    Path empty = write("empty.txt", "");
    assertEquals(0, run("code", good.toString(), empty.toString()), err::toString);
    assertEquals(1, run("code", empty.toString()), "nothing could be done");
    assertEquals(1, run("code", good.toString(), empty.toString(), "--strict"));
    Path boom = write("boom.txt", ENGLISH);
    assertEquals(1, run("code", boom.toString()), "the only article failed");
  }

  @Test
  void issue18_badOptionValuesAreMisuse() throws IOException {
    Path good = write("good.txt", ENGLISH);
    assertEquals(2, run("code", good.toString(), "--max-chars", "0"));
    assertEquals(2, run("code", good.toString(), "--article-timeout", "-1"));
    assertEquals(2, run("code", good.toString(), "--report", dir.resolve("no/such/dir/r.json").toString()));
    assertFalse(err.toString().contains("\tat "), "no stack trace");
  }

  @Test
  void issue18_formatDecisionsAreSaidWhenTheNameDoesNotSayThem() throws IOException {
    Path json = write("x.json", record("j1", ENGLISH));
    Path page = write("page.txt", "<html><body><p>" + ENGLISH + "</p></body></html>");
    Path plain = write("plain.txt", ENGLISH);
    Path rep = dir.resolve("r.json");
    assertEquals(0, run("code", json.toString(), page.toString(), plain.toString(), "--report", rep.toString()));
    List<String> e = err.toString().lines().toList();
    assertTrue(e.contains("casus code: " + json + ": JSON Lines, UTF-8 (first character '{')"), err::toString);
    assertTrue(e.contains("casus code: " + page + ": HTML, UTF-8 (markup at the start)"), err::toString);
    assertFalse(err.toString().contains(plain + ":"), "a .txt of plain UTF-8 text needs no word");
    assertEquals(3, report(rep).get("inputs").size());
  }

  /** Random inputs of every kind through the command: the report adds up and stdout stays JSON. */
  @Test
  void issue18_randomInputsKeepTheReportHonest() throws IOException {
    Random r = new Random(18);
    List<String> files = new ArrayList<>();
    String[] names = {".txt", ".jsonl", ".json", ".html", "", ".txt.gz"};
    for (int i = 0; i < 120; i++) {
      String name = "in" + i + names[r.nextInt(names.length)];
      byte[] bytes = switch (r.nextInt(5)) {
        case 0 -> randomBytes(r);
        case 1 -> randomJsonLines(r).getBytes(StandardCharsets.UTF_8);
        case 2 -> (ENGLISH + " " + randomUnicode(r)).getBytes(StandardCharsets.UTF_8);
        case 3 -> ("<p>" + ENGLISH + "</p><script>" + randomUnicode(r) + "</script>").getBytes(StandardCharsets.UTF_8);
        default -> randomUnicode(r).getBytes(r.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.UTF_16);
      };
      if (name.endsWith(".gz")) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(b)) {
          gz.write(bytes);
        }
        bytes = b.toByteArray();
      }
      files.add(Files.write(dir.resolve(name), bytes).toString());
    }
    Path rep = dir.resolve("fuzz-report.json");
    List<String> args = new ArrayList<>(List.of("code", "--threads", "3", "--report", rep.toString()));
    args.addAll(files);
    int exit = run(args.toArray(String[]::new));
    assertTrue(exit == 0 || exit == 1, "exit " + exit);
    assertFalse(err.toString().contains("\tat "), "no stack trace");
    JsonNode report = report(rep);
    addsUp(report);
    assertTrue(report.get("read").asInt() >= files.size(), "every file is at least one item");
    long events = 0;
    for (String line : out.toString().lines().toList()) {
      Event e = null;
      assertTrue(new ObjectMapper().readTree(line).isObject(), line);
      events++;
    }
    assertEquals(report.get("events").asLong(), events);
    assertEquals(2 * report.get("coded").asLong(), events);
  }

  private static byte[] randomBytes(Random r) {
    byte[] b = new byte[r.nextInt(400)];
    r.nextBytes(b);
    return b;
  }

  private static String randomUnicode(Random r) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(200);
    for (int i = 0; i < n; i++) {
      int cp = r.nextInt(0x3000);
      if (Character.isDefined(cp) && !Character.isSurrogate((char) cp)) {
        b.appendCodePoint(cp);
      }
    }
    return b.toString();
  }

  private static String randomJsonLines(Random r) {
    StringBuilder b = new StringBuilder();
    int n = 1 + r.nextInt(5);
    String[] ends = {"\n", "\r\n", "\r"};
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(6)) {
        case 0 -> b.append("{\"id\":\"r").append(r.nextInt(10)).append("\",\"text\":\"").append(ENGLISH).append("\"}");
        case 1 -> b.append("{\"id\":").append(r.nextInt(10)).append(",\"text\":\"").append(ENGLISH)
            .append("\",\"date\":\"2025-02-3").append(r.nextInt(3)).append("\"}");
        case 2 -> b.append("{\"id\":\"h\",\"html\":\"<p>").append(ENGLISH).append("</p>\"}");
        case 3 -> b.append("[1,2,").append(r.nextInt()).append(']');
        case 4 -> b.append("{\"id\":null}");
        default -> b.append('{').append(randomUnicode(r).replace("\n", " ").replace("\r", " "));
      }
      b.append(ends[r.nextInt(ends.length)]);
    }
    return b.toString();
  }
}
