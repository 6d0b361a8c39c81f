package org.casus.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.CoreMapNodePattern;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.casus.nlp.ParsedDocument;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, ninth round: SUTime's TokensRegex rules tried only on sequences where their first
 * element can match ({@link FirstTokenRuleGate}) give the same annotation as CoreNLP's own run of
 * every rule at every position. The first tests read single patterns; the last ones load CoreNLP
 * (the JVM-wide instance) and compare gated and ungated annotations of sentences and corpus
 * articles (the first {@code casus.gate.limit}, default 150, Wikipedia current-events items from
 * {@code ../shared/corpus}; skipped when it is absent).
 */
class FirstTokenRuleGateTest {
  @Test
  void theFirstNodePatternsOfASequenceAreThoseThatCanConsumeItsFirstToken() {
    assertEquals(1, first("/january/ /[0-9]+/").size());
    assertEquals(2, first("/the/? /year/").size());
    assertEquals(3, first("/early|late/ /next/? /week/ | /yesterday/ | ( /a/ /day/ )").size());
    assertEquals(2, first("/on/* /monday/ /night/").size());
    assertEquals(1, first("( /a/ ) \\1").size()); // the back reference is not the first element
  }

  @Test
  void aPatternThatCanMatchNothingOrBeginsWithWhatTheGateDoesNotReadIsNotGated() {
    assertTrue(FirstTokenRuleGate.firstNodePatterns(TokenSequencePattern.compile("/a/*")).isEmpty());
    assertTrue(FirstTokenRuleGate.firstNodePatterns(TokenSequencePattern.compile("/a/? /b/?")).isEmpty());
    assertTrue(FirstTokenRuleGate.firstNodePatterns(TokenSequencePattern.compile("( /a/ & /b/ )")).isEmpty());
    NodePattern<Object> opaque = new NodePattern<>() {
      @Override
      public boolean match(Object node) {
        return false;
      }
    };
    assertFalse(FirstTokenRuleGate.readsOnlyTheElement(new CoreMapNodePattern(CoreAnnotations.TextAnnotation.class,
        opaque)));
    assertTrue(first("[ { word:/a/ } & !{ tag:NN } ]").stream().allMatch(FirstTokenRuleGate::readsOnlyTheElement));
  }

  @Test
  void aGatedRuleRunsOnlyWhereOneOfItsFirstPatternsMatches() {
    List<List<?>> seen = new ArrayList<>();
    SequenceMatchRules.ExtractRule<Object, Object> rule = (in, out) -> {
      seen.add((List<?>) in);
      return true;
    };
    FirstTokenRuleGate.Gate gate = new FirstTokenRuleGate.Gate(rule, Function.identity(),
        first("/January|February/ /[0-9]+/"), false);
    List<Object> out = new ArrayList<>();
    assertFalse(gate.extract(tokens("the talks resume on 5 March"), out));
    assertTrue(seen.isEmpty(), "the rule was run on a sentence without its first token");
    assertTrue(gate.extract(tokens("the talks resume on January 5"), out));
    assertEquals(1, seen.size());
    assertTrue(FirstTokenRuleGate.ungated(() -> gate.extract(tokens("on 5 March"), out)));
    assertEquals(2, seen.size());
  }

  @Test
  void mostOfSUTimesRulesAreGated() {
    FirstTokenRuleGate.Installed installed = CoreNlpParser.shared().timeRuleGates;
    assertTrue(installed.rules() > 100, installed.toString());
    assertTrue(installed.gated() > installed.rules() / 2, installed.toString());
  }

  @Test
  void sentencesWithTimesGetTheSameAnnotationWithAndWithoutTheGates() {
    String text = "Three soldiers died on Monday night, the army said yesterday. The talks resume in"
        + " mid-January 2025, two weeks after the 1990s-era treaty expired at 10:30 p.m. on Dec. 31."
        + " M23 rebels seized Goma in late January; F-16 jets struck twice last week and again on the 5th.";
    Optional<LocalDate> date = Optional.of(LocalDate.of(2025, 2, 3));
    ParsedDocument gated = CoreNlpParser.shared().parse(text, date, false);
    ParsedDocument ungated = FirstTokenRuleGate.ungated(() -> CoreNlpParser.shared().parse(text, date, false));
    assertEquals(ungated, gated);
    assertTrue(gated.sentences().get(1).tokens().stream().anyMatch(t -> t.ner().equals("TIME")));
  }

  @Test
  void corpusArticlesParseTheSameWithAndWithoutTheGates() throws IOException {
    Optional<Path> corpus = SelectiveTimeTest.corpus();
    assumeTrue(corpus.isPresent(), "../shared/corpus/wikipedia_current_events/articles.jsonl is absent;"
        + " skipping the SUTime rule gate's corpus comparison");
    int limit = Integer.getInteger("casus.gate.limit", 150);
    List<SelectiveTimeTest.CorpusArticle> articles = SelectiveTimeTest.firstArticles(corpus.get(), limit);
    List<String> differences = new ArrayList<>();
    for (SelectiveTimeTest.CorpusArticle a : articles) {
      ParsedDocument gated = CoreNlpParser.shared().parse(a.text(), a.date(), false);
      ParsedDocument ungated = FirstTokenRuleGate.ungated(() -> CoreNlpParser.shared().parse(a.text(), a.date(), false));
      if (!gated.equals(ungated)) {
        differences.add(a.id());
      }
    }
    assertTrue(differences.isEmpty(), differences.size() + " of " + articles.size() + " articles differ: " + differences);
  }

  private static List<NodePattern<?>> first(String pattern) {
    return FirstTokenRuleGate.firstNodePatterns(TokenSequencePattern.compile(pattern)).orElseThrow();
  }

  private static List<CoreLabel> tokens(String text) {
    List<CoreLabel> out = new ArrayList<>();
    for (String w : text.split(" ")) {
      CoreLabel l = new CoreLabel();
      l.setWord(w);
      l.setValue(w);
      l.set(CoreAnnotations.TextAnnotation.class, w);
      l.setTag("NN");
      out.add(l);
    }
    return out;
  }
}
