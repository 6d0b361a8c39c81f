package org.casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.casus.model.Article;
import org.casus.pipeline.CodingOptions;
import org.casus.pipeline.CodingResult;
import org.casus.pipeline.EventCoder;
import org.casus.trace.DropReason;
import org.casus.trace.Trace;
import org.junit.jupiter.api.Test;

/**
 * {@code casus explain} and {@code casus stats --drops} over a coder double that reports a fixed
 * trace: one candidate that gives an event, one dropped for want of a target, one verb the
 * dictionary lacks. The rules' own reports are tested in casus-core ({@code EventChainsTest}).
 */
class TraceCommandsTest {
  /** Reports, for every article: "Chad accused Sudan . Niger sued Mali ." with three candidates. */
  private static final EventCoder TRACED = new EventCoder() {
    @Override
    public CodingResult code(Article article) {
      return code(article, CodingOptions.DEFAULT, Trace.OFF);
    }

    @Override
    public CodingResult code(Article article, CodingOptions options, Trace trace) {
      trace.sentence(0, "Chad accused Sudan.", List.of("Chad", "accused", "Sudan", "."));
      trace.step(0, 1, "verb:entry", "ACCUSE 112");
      trace.step(0, 1, "event:mention", "TCD 112 SDN asserted");
      trace.sentence(1, "Niger warned and sued Mali.", List.of("Niger", "warned", "and", "sued", "Mali", "."));
      trace.step(1, 1, "verb:entry", "WARN 130");
      trace.drop(1, 1, DropReason.NO_TARGET, "NER 'Niger'");
      trace.drop(1, 3, DropReason.NO_VERB_ENTRY, "sue");
      return new CodingResult(article.id(), 2, List.of());
    }
  };

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CasusCommand.newCommandLine(() -> TRACED, new ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out), new PrintWriter(err)).execute(args);
    assertEquals(0, code, err::toString);
    return out.toString();
  }

  @Test
  void explainShowsEachCandidateWithItsOutcomeAndSteps() {
    String text = run("explain", "Chad accused Sudan. Niger warned and sued Mali.");
    assertTrue(text.contains("'accused' (token 1): event"), text);
    assertTrue(text.contains("'warned' (token 1): NO_TARGET"), text);
    assertTrue(text.contains("no event     NO_TARGET: NER 'Niger'"), text);
    assertTrue(text.contains("'sued' (token 3): NO_VERB_ENTRY"), text);
  }

  @Test
  void explainWritesJson() throws Exception {
    JsonNode o = new ObjectMapper().readTree(run("explain", "--json", "Chad accused Sudan.").strip());
    assertEquals("text", o.get("id").asText());
    JsonNode candidates = o.get("sentences").get(1).get("candidates");
    assertEquals("NO_TARGET", candidates.get(0).get("outcome").asText());
    assertEquals("sued", candidates.get(1).get("word").asText());
  }

  @Test
  void statsCountsOutcomesOverArticles() throws Exception {
    String text = run("stats", "--drops", "-");
    String[] lines = text.strip().split("\n");
    JsonNode last = new ObjectMapper().readTree(lines[lines.length - 1]);
    assertEquals(1, last.get("articles").asInt());
    assertEquals(3, last.get("candidates").asInt());
    assertEquals(1, last.get("outcomes").get("event").asInt());
    assertEquals(1, last.get("outcomes").get("NO_VERB_ENTRY").asInt());
    assertTrue(text.contains("[sued]"), text);
  }
}
