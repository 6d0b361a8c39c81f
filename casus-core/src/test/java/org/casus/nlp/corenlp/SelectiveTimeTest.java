package org.casus.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casus.nlp.ParsedDocument;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;
import org.junit.jupiter.api.Test;

/**
 * SUTime's rules only on sentences with a {@link NumberAndTimeCues#anyTime time cue} (the others
 * get the CRF models and the numeric classifiers with SUTime's definitions alone) give the same
 * tokens, tags, entities, normalised values and dependencies as running SUTime on every sentence.
 * Loads CoreNLP (the JVM-wide instance).
 *
 * <p>Reads the first {@code casus.selective.limit} (default 150) Wikipedia current-events items
 * from {@code ../shared/corpus}; skipped when it is absent. The cue lists were checked this way on
 * all 8,193 items (the time cues: every token, tag, entity, normalised value and dependency of all
 * 8,193 the same as before).
 */
class SelectiveTimeTest {
  @Test
  void sentencesWithoutATimeCueGetTheSameAnnotationWithoutSUTimesRules() {
    String text = "Rebels attacked a convoy near the border. Three soldiers died on Monday, the army said"
        + " yesterday. The talks resume in mid-January.";
    ParsedDocument fast = CoreNlpParser.shared().parse(text, Optional.of(LocalDate.of(2024, 3, 6)), true);
    ParsedDocument full = CoreNlpParser.shared().parse(text, Optional.of(LocalDate.of(2024, 3, 6)), false);
    assertEquals(full, fast);
    assertFalse(NumberAndTimeCues.any(null));
    assertFalse(fast.sentences().get(0).tokens().stream().anyMatch(t -> NumberAndTimeCues.isCue(t.word(), t.pos())));
    Token monday = fast.sentences().get(1).tokens().stream().filter(t -> t.word().equals("Monday")).findFirst()
        .orElseThrow();
    assertEquals("DATE", monday.ner());
    assertEquals("2024-03-04", monday.normalized());
    assertTrue(NumberAndTimeCues.isCue("mid-January", "NN"));
    assertTrue(NumberAndTimeCues.isCue("Sept.", "NNP"));
    assertTrue(NumberAndTimeCues.isCue("three", "CD"));
  }

  @Test
  void numbersThatAreNoYearOrHourGetTheirTagsAndValuesWithoutSUTimesRules() {
    String text = "Gunmen killed 26 villagers and wounded 1,500 others, a third of them children."
        + " Police seized $4.5 million and twelve rifles. Nearly 40 percent voted for the first bill.";
    ParsedDocument fast = CoreNlpParser.shared().parse(text, Optional.of(LocalDate.of(2024, 3, 6)), true);
    ParsedDocument full = CoreNlpParser.shared().parse(text, Optional.of(LocalDate.of(2024, 3, 6)), false);
    assertEquals(full, fast);
    for (ParsedSentence s : fast.sentences()) {
      assertFalse(NumberAndTimeCues.anyTime(labels(s)), s.text());
    }
    Token killed = fast.sentences().get(0).tokens().stream().filter(t -> t.word().equals("26")).findFirst()
        .orElseThrow();
    assertEquals("NUMBER", killed.ner());
    assertEquals("26.0", killed.normalized());
  }

  @Test
  void yearsHoursAndTimeWordsAreTimeCues() {
    for (String s : List.of("It began in 1990 .", "the class of ' 98", "at 20 past 3", "in nineteen ninety",
        "the 1990s", "on the 5th", "10:30", "3/4", "two thousand were there", "in 70 AD", "last week",
        "a two-day strike", "twenty-five soldiers", "canteen 5")) {
      assertTrue(NumberAndTimeCues.anyTime(labels(s)), s);
    }
    for (String s : List.of("26 people died", "1,500 troops", "4.5 million", "a third of them", "twelve rifles",
        "10 to the city")) {
      assertFalse(NumberAndTimeCues.anyTime(labels(s)), s);
    }
    assertFalse(NumberAndTimeCues.anyTime(null));
  }

  /** The words of {@code text}, split at spaces, tagged CD when they hold a digit or are number words. */
  private static List<CoreLabel> labels(String text) {
    List<CoreLabel> out = new ArrayList<>();
    for (String w : text.split(" ")) {
      CoreLabel l = new CoreLabel();
      l.setWord(w);
      l.setTag(w.chars().anyMatch(Character::isDigit) || NumberAndTimeCues.NUMBER_WORDS.contains(w) ? "CD" : "NN");
      out.add(l);
    }
    return out;
  }

  private static List<CoreLabel> labels(ParsedSentence s) {
    List<CoreLabel> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      CoreLabel l = new CoreLabel();
      l.setWord(t.word());
      l.setTag(t.pos());
      out.add(l);
    }
    return out;
  }

  @Test
  void corpusArticlesParseTheSameWithAndWithoutTheSelection() throws IOException {
    Optional<Path> corpus = corpus();
    assumeTrue(corpus.isPresent(), "../shared/corpus/wikipedia_current_events/articles.jsonl is absent;"
        + " skipping the selective-SUTime corpus comparison");
    int limit = Integer.getInteger("casus.selective.limit", 150);
    List<CorpusArticle> articles = firstArticles(corpus.get(), limit);
    List<String> differences = new ArrayList<>();
    for (CorpusArticle a : articles) {
      ParsedDocument fast = CoreNlpParser.shared().parse(a.text(), a.date(), true);
      ParsedDocument full = CoreNlpParser.shared().parse(a.text(), a.date(), false);
      if (!fast.equals(full)) {
        differences.add(a.id() + ": " + firstDifference(fast, full));
      }
    }
    assertTrue(differences.isEmpty(), differences.size() + " of " + articles.size() + " articles differ: " + differences);
  }

  /** A corpus item as the comparison tests read it: its id, its date when it has one, its text. */
  record CorpusArticle(String id, Optional<LocalDate> date, String text) {}

  /** The first {@code limit} items of the corpus file {@code corpus} (JSON Lines). */
  static List<CorpusArticle> firstArticles(Path corpus, int limit) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<CorpusArticle> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(corpus)) {
      for (String line = in.readLine(); line != null && out.size() < limit; line = in.readLine()) {
        JsonNode a = json.readTree(line);
        Optional<LocalDate> date = a.hasNonNull("date") ? Optional.of(LocalDate.parse(a.get("date").asText()))
            : Optional.empty();
        out.add(new CorpusArticle(a.get("id").asText(), date, a.get("text").asText()));
      }
    }
    return out;
  }

  private static String firstDifference(ParsedDocument fast, ParsedDocument full) {
    if (fast.sentences().size() != full.sentences().size()) {
      return "sentences " + fast.sentences().size() + " vs " + full.sentences().size();
    }
    for (int i = 0; i < fast.sentences().size(); i++) {
      ParsedSentence a = fast.sentences().get(i);
      ParsedSentence b = full.sentences().get(i);
      for (int t = 0; t < Math.min(a.size(), b.size()); t++) {
        if (!a.token(t).equals(b.token(t))) {
          return a.token(t) + " vs " + b.token(t);
        }
      }
      if (!a.equals(b)) {
        return "sentence " + i + " " + a.dependencies() + " vs " + b.dependencies();
      }
    }
    return "?";
  }

  /** {@code ../shared/corpus/wikipedia_current_events/articles.jsonl} above the working directory. */
  static Optional<Path> corpus() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path parent = dir.getParent();
      Path f = parent == null ? null : parent.resolve("shared/corpus/wikipedia_current_events/articles.jsonl");
      if (f != null && Files.isRegularFile(f)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
