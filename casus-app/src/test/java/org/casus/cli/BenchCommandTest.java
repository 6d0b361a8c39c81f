package org.casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jdk.jfr.FlightRecorder;
import org.casus.pipeline.EventCoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code casus bench}'s misuse handling and its stage attribution; the timed run itself loads
 * CoreNLP and is exercised by running the command (README "casus bench").
 */
class BenchCommandTest {
  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    EventCoder never = a -> {
      throw new AssertionError("bench must not code on misuse");
    };
    return CasusCommand.newCommandLine(() -> never, new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
        new PrintWriter(err, true)).execute(args);
  }

  @Test
  void misuseIsOneLineAndExitTwo() throws Exception {
    Path corpus = dir.resolve("a.jsonl");
    Files.writeString(corpus, "{\"id\":\"a1\",\"text\":\"" + CasusCommandTest.ENGLISH + "\"}\n");
    assertEquals(2, run("bench", "--corpus", corpus.toString(), "--baseline", "tabari"));
    assertTrue(err.toString().contains("unknown baseline 'tabari'"), err.toString());
    assertEquals(2, run("bench", "--corpus", corpus.toString(), "--limit", "0"));
    assertTrue(err.toString().contains("--limit must be at least 1"), err.toString());
    assertEquals(2, run("bench", "--corpus", corpus.toString(), "--warmup-max", "-1"));
    assertTrue(err.toString().contains("--warmup-max must be at least 0"), err.toString());
    assertEquals(2, run("bench", "--corpus", dir.resolve("missing.jsonl").toString()));
    assertTrue(err.toString().contains("no such file"), err.toString());
    assertEquals(2, run("bench"));
    assertTrue(err.toString().lines().noneMatch(l -> l.contains("\tat ")), "no stack trace: " + err);
  }

  @Test
  void aCorpusWithNoArticleToCodeIsMisuse() throws Exception {
    Path corpus = dir.resolve("empty.jsonl");
    Files.writeString(corpus, "{\"id\":\"x\",\"text\":\"\"}\n");
    assertEquals(2, run("bench", "--corpus", corpus.toString()));
    assertTrue(err.toString().contains("no article to code"), err.toString());
  }

  @Test
  void aSampleCountsForTheNearestStageFromTheTopOfItsStack() {
    // a map lookup inside SUTime's TokensRegex matching, called from the NER annotator
    assertEquals("SUTime", StageProfile.stageOf(List.of("java.util.HashMap.getNode",
        "edu.stanford.nlp.ling.tokensregex.SequenceMatcher.find", "edu.stanford.nlp.time.TimeExpressionExtractorImpl.extract",
        "edu.stanford.nlp.ie.NERClassifierCombiner.classifyWithGlobalInformation",
        "edu.stanford.nlp.pipeline.NERCombinerAnnotator.annotate", "org.casus.pipeline.CasusPipeline.code")));
    // the fine-grained RegexNER also matches with TokensRegex: NER, not SUTime
    assertEquals("NER", StageProfile.stageOf(List.of("edu.stanford.nlp.ling.tokensregex.SequenceMatcher.find",
        "edu.stanford.nlp.pipeline.TokensRegexNERAnnotator.annotate")));
    assertEquals("depparse", StageProfile.stageOf(List.of("edu.stanford.nlp.math.ArrayMath.dotProduct",
        "edu.stanford.nlp.parser.nndep.Classifier.computeScores")));
    assertEquals("depparse", StageProfile.stageOf(List.of("edu.stanford.nlp.semgraph.SemanticGraphFactory.makeFromTree",
        "org.casus.nlp.corenlp.CoreNlpParser.dependencies", "org.casus.nlp.corenlp.CoreNlpParser.parse")));
    assertEquals("parse", StageProfile.stageOf(List.of("edu.stanford.nlp.trees.GrammaticalStructure.typedDependencies",
        "edu.stanford.nlp.pipeline.ParserAnnotator.doOneSentence")));
    // casus's gate before SUTime's rules (issue 17, ninth round) counts for SUTime, not for casus's tagging repairs
    assertEquals("SUTime", StageProfile.stageOf(List.of("edu.stanford.nlp.ling.tokensregex.ComplexNodePattern.match",
        "org.casus.nlp.corenlp.FirstTokenRuleGate$Gate.mayStart", "org.casus.nlp.corenlp.FirstTokenRuleGate$Gate.extract",
        "edu.stanford.nlp.ling.tokensregex.SequenceMatchRules$AnnotationExtractRule.extract")));
    assertEquals("events", StageProfile.stageOf(List.of("org.casus.nlp.ParsedSentence.children",
        "org.casus.events.DependencyEventCoder.code")));
    assertEquals("counts", StageProfile.stageOf(List.of("org.casus.quantity.CasualtyReader.read")));
    assertEquals("other", StageProfile.stageOf(List.of("java.lang.Thread.run")));
  }

  @Test
  void theRecorderIsSetUpBeforeTheWarmUpAndNoRecordingIsLeftRunning() {
    StageProfile.initialize();
    assertTrue(FlightRecorder.isInitialized(), "the Flight Recorder is set up");
    assertTrue(FlightRecorder.getFlightRecorder().getRecordings().isEmpty(),
        "recordings left: " + FlightRecorder.getFlightRecorder().getRecordings());
  }
}
