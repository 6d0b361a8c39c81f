package org.casus.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.casus.nlp.Dependency;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link NeuralDependencyParser} gives the parse of CoreNLP's own {@code DependencyParser} (the
 * same model, with the 99,990 precomputed features casus used before): the same heads, the same
 * relations, in the same order, on sentences written for this test and on the sentences of the
 * first {@code casus.depparse.limit} (default 300) Wikipedia current-events items from
 * {@code ../shared/corpus} (skipped when it is absent). Loads CoreNLP's parser once more (~1 GB).
 */
class NeuralDependencyParserTest {
  private static DependencyParser reference;

  @BeforeAll
  static void load() {
    Properties p = new Properties();
    p.setProperty("numPreComputed", Integer.toString(CoreNlpParser.DEPPARSE_PRECOMPUTED));
    reference = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, p);
  }

  @AfterAll
  static void release() {
    reference = null;
  }

  /** Sentences in our own words: clauses, coordination, numbers, quotes, a headline, one word, a long list. */
  private static final List<String> OWN = List.of(
      "The harbour authority said on Tuesday that two ferries had collided near the northern pier.",
      "Farmers blocked the ring road with tractors, demanding lower fuel prices and a new subsidy scheme.",
      "Coastal villages evacuate as storm nears",
      "Police arrest four men over warehouse fire",
      "\"We will not sign,\" the delegate told reporters after the third round of talks collapsed.",
      "Hello.",
      "The council, which met behind closed doors for six hours, approved the budget, the tunnel, the two bridges,"
          + " the new tram line, the school repairs and the harbour dredging by 31 votes to 12.",
      "Neither the minister nor her deputy would say whether the envoy, who arrived late on Sunday, had been"
          + " expelled, recalled or merely asked to leave.",
      "Rescuers pulled 14 survivors from the rubble; at least 3 people remain missing.",
      "Grain exports rose 12 % in March compared with a year earlier , the ministry reported .");

  @Test
  void ownSentencesParseAsCoreNlpParsesThem() {
    List<String> differences = new ArrayList<>();
    int sentences = 0;
    for (String text : OWN) {
      for (CoreMap s : CoreNlpParser.shared().taggedSentences(text)) {
        sentences++;
        compare(s, differences);
      }
    }
    assertTrue(sentences >= OWN.size(), "split into " + sentences + " sentences");
    assertTrue(differences.isEmpty(), differences.size() + " of " + sentences + " differ: " + differences);
  }

  /**
   * Four threads parsing the same sentences at once, in different orders, through the cache of
   * vectors they share, give CoreNLP's parse every time.
   */
  @Test
  void threadsSharingTheVectorCacheParseAsCoreNlpParses() throws Exception {
    List<CoreMap> sentences = new ArrayList<>();
    List<List<Dependency>> expected = new ArrayList<>();
    for (String text : OWN) {
      for (CoreMap s : CoreNlpParser.shared().taggedSentences(text)) {
        sentences.add(s);
        expected.add(CoreNlpParser.dependencies(reference.predict(s)));
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int start = t;
        runs.add(pool.submit(() -> {
          List<CoreMap> own = new ArrayList<>(); // each thread its own tokens
          for (String text : OWN) {
            own.addAll(CoreNlpParser.shared().taggedSentences(text));
          }
          int differ = 0;
          for (int round = 0; round < 25; round++) {
            for (int k = 0; k < sentences.size(); k++) {
              int i = (k + start * 3 + round) % sentences.size(); // the threads in different orders
              List<Dependency> actual = CoreNlpParser.dependencies(
                  CoreNlpParser.shared().grammaticalStructure(own.get(i)));
              if (!expected.get(i).equals(actual)) {
                differ++;
              }
            }
          }
          return differ;
        }));
      }
      for (Future<Integer> run : runs) {
        assertEquals(0, run.get(), "parses that differ from CoreNLP's on one thread");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theParseIsATreeWithOneRootAndUdRelations() {
    CoreMap s = CoreNlpParser.shared().taggedSentences("Police arrested the driver after the crash.").get(0);
    List<Dependency> deps = CoreNlpParser.dependencies(CoreNlpParser.shared().grammaticalStructure(s));
    int tokens = s.get(CoreAnnotations.TokensAnnotation.class).size();
    assertEquals(tokens, deps.size(), "one arc per token: " + deps);
    assertEquals(1, deps.stream().filter(d -> d.governor() < 0).count(), "one root: " + deps);
    Dependency root = deps.stream().filter(d -> d.governor() < 0).findFirst().orElseThrow();
    assertEquals("arrested", s.get(CoreAnnotations.TokensAnnotation.class).get(root.dependent()).word());
    assertTrue(deps.stream().anyMatch(d -> d.relation().equals("nsubj") && d.dependent() == 0), deps.toString());
    assertTrue(deps.stream().anyMatch(d -> d.relation().equals("obj") && d.dependent() == 3), deps.toString());
  }

  @Test
  void corpusSentencesParseAsCoreNlpParsesThem() throws IOException {
    Optional<Path> corpus = SelectiveTimeTest.corpus();
    assumeTrue(corpus.isPresent(), "../shared/corpus/wikipedia_current_events/articles.jsonl is absent;"
        + " skipping the dependency parser comparison on corpus sentences");
    int limit = Integer.getInteger("casus.depparse.limit", 300);
    ObjectMapper json = new ObjectMapper();
    List<String> differences = new ArrayList<>();
    int sentences = 0;
    int tokens = 0;
    try (BufferedReader in = Files.newBufferedReader(corpus.get())) {
      int n = 0;
      for (String line = in.readLine(); line != null && n < limit; line = in.readLine(), n++) {
        for (CoreMap s : CoreNlpParser.shared().taggedSentences(json.readTree(line).get("text").asText())) {
          sentences++;
          tokens += s.get(CoreAnnotations.TokensAnnotation.class).size();
          compare(s, differences);
        }
      }
    }
    System.err.println("NeuralDependencyParserTest: compared " + sentences + " corpus sentences (" + tokens
        + " tokens) with CoreNLP's parser, " + differences.size() + " differ");
    assertTrue(sentences > 0, "no corpus sentences read");
    assertTrue(differences.isEmpty(), differences.size() + " of " + sentences + " sentences (" + tokens
        + " tokens) differ: " + differences.subList(0, Math.min(5, differences.size())));
  }

  private static void compare(CoreMap s, List<String> differences) {
    List<Dependency> expected = CoreNlpParser.dependencies(reference.predict(s));
    List<Dependency> actual = CoreNlpParser.dependencies(CoreNlpParser.shared().grammaticalStructure(s));
    if (!expected.equals(actual)) {
      StringBuilder words = new StringBuilder();
      for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
        words.append(l.word()).append('/').append(l.tag()).append(' ');
      }
      differences.add(words + ": " + expected + " vs " + actual);
    }
  }
}
