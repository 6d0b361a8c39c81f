package org.casus.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.casus.actors.ActorDictionary;
import org.casus.actors.ArticleActors;
import org.casus.events.DependencyEventCoder;
import org.casus.geo.GazetteerPlaceResolver;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;
import org.casus.pipeline.CodingResources;
import org.casus.resource.ResourceFormatException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmarks of the coder's inner pieces over the frozen parses of the event fixtures
 * ({@link FrozenSentences}) and the bundled production dictionaries: verb-pattern matching (the
 * whole event coder on one sentence, actors included), actor-dictionary lookup at every word of a
 * sentence, and gazetteer lookup of the sentences' proper names. Each operation is one pass over
 * all the fixture sentences; the score is microseconds per pass.
 *
 * <p>Run: {@code java -jar casus-bench/target/casus-bench.jar} (after {@code mvn package}), or
 * with a name filter, e.g. {@code java -jar casus-bench/target/casus-bench.jar Actor}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CoderBenchmarks {
  private List<ParsedSentence> sentences;
  private List<LocalDate> dates;
  private DependencyEventCoder coder;
  private List<ActorDictionary> actorLayers;
  private GazetteerPlaceResolver places;
  private List<List<String>> words;
  private List<String> names;

  /** Loads the dictionaries and the frozen parses. */
  @Setup
  public void load() throws ResourceFormatException {
    CodingResources d = CodingResources.loadDefault();
    coder = new DependencyEventCoder(d.verbs(), d.eventNouns(), d.actorResolver());
    actorLayers = d.actorLayers();
    places = d.places();
    sentences = new ArrayList<>();
    dates = new ArrayList<>();
    for (FrozenSentences.Frozen f : FrozenSentences.events()) {
      for (ParsedSentence s : f.parse().sentences()) {
        sentences.add(s);
        dates.add(f.articleDate().orElse(null));
      }
    }
    words = sentences.stream().map(s -> s.tokens().stream().map(Token::word).toList()).toList();
    names = new ArrayList<>();
    for (ParsedSentence s : sentences) {
      for (Token t : s.tokens()) {
        if (t.isProperNoun()) {
          names.add(t.word());
        }
      }
    }
  }

  /** The event coder (verb and noun patterns, with actor resolution) on every sentence. */
  @Benchmark
  public void patternMatching(Blackhole out) {
    for (int i = 0; i < sentences.size(); i++) {
      out.consume(coder.code(sentences.get(i), new ArticleActors(dates.get(i))));
    }
  }

  /** The longest actor-dictionary phrase at every word of every sentence, in each actor layer. */
  @Benchmark
  public void actorLookup(Blackhole out) {
    for (int i = 0; i < words.size(); i++) {
      List<String> w = words.get(i);
      for (int start = 0; start < w.size(); start++) {
        for (ActorDictionary layer : actorLayers) {
          out.consume(layer.longestMatch(w, start, dates.get(i)));
        }
      }
    }
  }

  /** The gazetteer's place for every proper name of the sentences. */
  @Benchmark
  public void gazetteerLookup(Blackhole out) {
    for (String n : names) {
      out.consume(places.placeOfToponym(n, Set.of()));
    }
  }
}
