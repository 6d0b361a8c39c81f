package org.casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: standard output stays whole JSON lines when {@code casus code} is interrupted (SIGTERM,
 * SIGINT) or its reader goes away, and the summary and report still say what was done. Runs
 * {@link SlowCodeMain} as a child process (about 1 s each).
 */
class InterruptedRunTest {
  @TempDir
  Path dir;

  private Path input() throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      b.append("{\"id\":\"a").append(i).append("\",\"date\":\"2025-01-01\",\"text\":\"").append(CasusCommandTest.ENGLISH)
          .append("\"}\n");
    }
    return Files.writeString(dir.resolve("in.jsonl"), b);
  }

  private Process start(Path in, Path report) throws IOException {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Xmx256m", "-cp", cp, SlowCodeMain.class.getName(), "code", in.toString(),
        "--threads", "2", "--report", report.toString())
        .redirectError(dir.resolve("err.txt").toFile()).start();
  }

  private void interruptedRunEndsOnAWholeLine(String signal) throws Exception {
    Path report = dir.resolve("report.json");
    Process p = start(input(), report);
    List<String> lines = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (int i = 0; i < 30; i++) {
        lines.add(out.readLine());
      }
      // kill(1), not Process.destroy(), which also closes our end of the child's output
      assertEquals(0, new ProcessBuilder("kill", "-" + signal, String.valueOf(p.pid())).start().waitFor());
      String line;
      while ((line = out.readLine()) != null) {
        lines.add(line);
      }
    }
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the process ended");
    ObjectMapper json = new ObjectMapper();
    for (String l : lines) {
      assertTrue(json.readTree(l).isObject(), "a whole JSON object: " + l);
    }
    assertEquals(0, lines.size() % 3, "three events per article, never part of an article's");
    assertTrue(lines.size() < 6_000, "stopped early: " + lines.size());
    List<String> err = Files.readAllLines(dir.resolve("err.txt"));
    assertTrue(err.stream().anyMatch(l -> l.startsWith("casus code: interrupted;")), err::toString);
    String summary = err.get(err.size() - 1);
    assertTrue(summary.startsWith("casus code: " + lines.size() / 3 + " articles, 0 rejected, 0 failed"), summary);
    JsonNode r = json.readTree(report.toFile());
    assertTrue(r.get("interrupted").asBoolean());
    assertEquals(lines.size() / 3, r.get("coded").asInt());
    assertEquals(r.get("read").asInt(), r.get("coded").asInt() + r.get("refused").asInt() + r.get("failed").asInt()
        + r.get("unfinished").asInt());
  }

  @Test
  void issue18_sigtermEndsTheOutputOnAWholeLine() throws Exception {
    interruptedRunEndsOnAWholeLine("TERM");
  }

  @Test
  void issue18_sigintEndsTheOutputOnAWholeLine() throws Exception {
    interruptedRunEndsOnAWholeLine("INT");
  }

  @Test
  void issue18_aClosedPipeStopsTheRunWithExitOne() throws Exception {
    Path report = dir.resolve("report.json");
    Process p = start(input(), report);
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      assertTrue(new ObjectMapper().readTree(out.readLine()).isObject());
    } // closes our end: the child's next write fails
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the process ended");
    assertEquals(1, p.exitValue());
    List<String> err = Files.readAllLines(dir.resolve("err.txt"));
    assertTrue(err.contains("casus code: standard output closed; stopped"), err::toString);
    assertTrue(err.get(err.size() - 1).startsWith("casus code: "), err::toString);
    JsonNode r = new ObjectMapper().readTree(report.toFile());
    assertEquals(1, r.get("exit_code").asInt());
  }
}
