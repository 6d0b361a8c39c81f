package org.casus.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the worker threads' time goes, by pipeline stage, from the JDK Flight Recorder's execution
 * samples (one stack every {@link #PERIOD} per running thread; JFR ships with the JDK).
 *
 * <p>A sample counts for the stage of the frame nearest the top of its stack that names one
 * ({@link #STAGES}): a hash-map lookup inside SUTime counts for SUTime, a dependency lookup of the
 * event coder for events. Library code shared by several stages (CoreNLP's TokensRegex, maps,
 * arrays) counts for the stage that called it. The figures are shares of the samples, so a
 * stage's seconds are its share of the threads' measured CPU time.
 *
 * <p>Not thread-safe: one profile per run, started and stopped by one thread.
 */
final class StageProfile implements AutoCloseable {
  /** The sampling period. */
  static final Duration PERIOD = Duration.ofMillis(10);

  /** Stage names, in report order. */
  static final List<String> STAGES = List.of("tokenize/pos/lemma", "NER", "SUTime", "depparse", "parse", "actors",
      "events", "time", "geo", "counts", "dedup", "other");

  /**
   * Prefixes of {@code class.method} names and their stage; the first prefix that a frame starts
   * with wins. CoreNLP's trees and graphs have no stage of their own: they count for the parser
   * that builds them.
   */
  private static final List<Map.Entry<String, String>> RULES = List.of(
      // CoreNLP's numeric classifiers and SUTime (the NER annotator's date, number and amount step)
      Map.entry("edu.stanford.nlp.time.", "SUTime"),
      Map.entry("edu.stanford.nlp.ie.regexp.NumberSequenceClassifier", "SUTime"),
      Map.entry("edu.stanford.nlp.ie.NumberNormalizer", "SUTime"),
      Map.entry("edu.stanford.nlp.ie.QuantifiableEntityNormalizer", "SUTime"),
      Map.entry("edu.stanford.nlp.ie.", "NER"),
      Map.entry("edu.stanford.nlp.sequences.", "NER"),
      Map.entry("edu.stanford.nlp.pipeline.NERCombinerAnnotator", "NER"),
      Map.entry("edu.stanford.nlp.pipeline.TokensRegexNERAnnotator", "NER"),
      Map.entry("edu.stanford.nlp.pipeline.EntityMentionsAnnotator", "NER"),
      Map.entry("edu.stanford.nlp.parser.nndep.", "depparse"),
      Map.entry("edu.stanford.nlp.pipeline.DependencyParseAnnotator", "depparse"),
      Map.entry("edu.stanford.nlp.parser.", "parse"),
      Map.entry("edu.stanford.nlp.pipeline.ParserAnnotator", "parse"),
      Map.entry("edu.stanford.nlp.tagger.", "tokenize/pos/lemma"),
      Map.entry("edu.stanford.nlp.process.", "tokenize/pos/lemma"),
      Map.entry("edu.stanford.nlp.pipeline.TokenizerAnnotator", "tokenize/pos/lemma"),
      Map.entry("edu.stanford.nlp.pipeline.WordsToSentencesAnnotator", "tokenize/pos/lemma"),
      Map.entry("edu.stanford.nlp.pipeline.POSTaggerAnnotator", "tokenize/pos/lemma"),
      Map.entry("edu.stanford.nlp.pipeline.MorphaAnnotator", "tokenize/pos/lemma"),
      Map.entry("org.casus.nlp.corenlp.CoreNlpParser.dependencies", "depparse"),
      Map.entry("org.casus.nlp.corenlp.CoreNlpParser.grammaticalStructure", "depparse"),
      Map.entry("org.casus.nlp.corenlp.NeuralDependencyParser", "depparse"),
      // casus's gate before SUTime's rules tests their first node patterns
      Map.entry("org.casus.nlp.corenlp.FirstTokenRuleGate", "SUTime"),
      Map.entry("org.casus.nlp.corenlp.", "tokenize/pos/lemma"),
      Map.entry("org.casus.actors.", "actors"),
      Map.entry("org.casus.events.", "events"),
      Map.entry("org.casus.time.", "time"),
      Map.entry("org.casus.geo.", "geo"),
      Map.entry("org.casus.quantity.", "counts"),
      Map.entry("org.casus.dedup.", "dedup"));

  private final Recording recording = new Recording();
  private final String threadPrefix;

  /**
   * Starts sampling.
   *
   * @param threadPrefix the name prefix of the threads whose samples count
   */
  StageProfile(String threadPrefix) {
    this.threadPrefix = threadPrefix;
    recording.enable("jdk.ExecutionSample").withPeriod(PERIOD);
    recording.setToDisk(true);
    recording.start();
  }

  /**
   * Starts and stops one empty recording, so that the JDK's one-time set-up of the Flight Recorder
   * happens now rather than when the first profile starts. Set up while the program runs, the
   * recorder makes the JVM throw away the code its JIT compilers have compiled so far (on this
   * project's JDK 17, about 5,400 methods made not entrant at once in a {@code casus bench} run whose
   * profile started after the warm-up), so a run timed right after it would time the compiling of
   * that code again. Call it before the warm-up. A later call does nothing new; callable from any
   * thread.
   */
  static void initialize() {
    try (Recording r = new Recording()) {
      r.start();
      r.stop();
    }
  }

  /** The stage of one stack, frames ({@code class.method}) top first. */
  static String stageOf(List<String> frames) {
    for (String c : frames) {
      for (Map.Entry<String, String> r : RULES) {
        if (c.startsWith(r.getKey())) {
          return r.getValue();
        }
      }
    }
    return "other";
  }

  /**
   * Stops sampling and returns the samples of the worker threads by stage, every stage of
   * {@link #STAGES} present (0 when it had none), in that order.
   *
   * @throws IOException if the recording cannot be written or read back (a temporary file)
   */
  Map<String, Long> stop() throws IOException {
    recording.stop();
    Path file = Files.createTempFile("casus-bench", ".jfr");
    try {
      recording.dump(file);
      Map<String, Long> counts = new LinkedHashMap<>();
      STAGES.forEach(s -> counts.put(s, 0L));
      for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
        if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
          continue;
        }
        RecordedThread t = e.getThread("sampledThread");
        RecordedStackTrace st = e.getStackTrace();
        if (t == null || st == null || t.getJavaName() == null || !t.getJavaName().startsWith(threadPrefix)) {
          continue;
        }
        List<String> classes = st.getFrames().stream().filter(RecordedFrame::isJavaFrame)
            .map(f -> f.getMethod().getType().getName() + "." + f.getMethod().getName()).toList();
        counts.merge(stageOf(classes), 1L, Long::sum);
      }
      return counts;
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Override
  public void close() {
    recording.close();
  }
}
