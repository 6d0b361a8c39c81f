package org.casus.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.casus.model.CharSpan;
import org.casus.nlp.Dependency;
import org.casus.nlp.ParsedDocument;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.SentenceParser;
import org.casus.nlp.Token;

/**
 * {@link SentenceParser} over Stanford CoreNLP 4.5.10: tokenize, ssplit, pos, lemma, ner (two of
 * CoreNLP's three default CRF models, {@link #NER_MODELS}, plus numeric and SUTime date recognition,
 * without the fine-grained RegexNER, which is several times slower and duplicates casus's own
 * dictionaries), depparse (UD basic dependencies, from CoreNLP's neural dependency parser's model,
 * run by {@link NeuralDependencyParser}, which gives CoreNLP's parse about twice as fast).
 *
 * <p>Two choices for speed, each giving the same annotation as the plain CoreNLP pipeline (a test
 * parses corpus articles both ways and compares): SUTime's rules run only on sentences with a
 * time word or a number that may be a year or an hour ({@link NumberAndTimeCues#anyTime}), the
 * others get the CRF models and the numeric classifiers with SUTime's definitions alone; the
 * parser builds only the basic dependency graph, and precomputes its hidden layer for all the
 * features its model lists.
 *
 * <p>Three tagging repairs after parsing, each a tag the tagger gets wrong in news usage and that
 * breaks the parse of the whole sentence:
 * <ul>
 *   <li>"that" after a verb of saying and a time phrase ("the army said on Sunday that rebel dead
 *       ... numbered 1,450") is the complementizer (IN), not a relative pronoun (WDT) of the time
 *       phrase. The tagger reads "Sunday that rebel" as a relative clause and tags "rebel" as a
 *       verb; a relative clause on a weekday, "yesterday" or "last week" after a verb of saying is
 *       not news usage.</li>
 *   <li>A locative preposition ({@link #LOCATIVE_PREPOSITIONS}: around, near, outside, inside)
 *       tagged as an adverb or adjective right before a proper name is the preposition (IN):
 *       "troops around El Fasher numbered", "collide near Port Said", "found dead near Kyiv". As an
 *       adverb the parser makes the name the subject of the next verb or an orphan. On the
 *       Wikipedia current-events and Wikinews corpora all 7 such tags before a proper name were
 *       prepositions ("the Near East" is tagged NNP and is not touched).</li>
 *   <li>"drone" and "drones" tagged as verbs are the nouns ({@link #NOUN_ONLY}): "A Russian drone
 *       attacks a bus in Kherson" had "drone" as the verb and "attacks" as a noun; and a
 *       "...-flagged" word tagged as a verb is the adjective ("a Sierra Leone-flagged freighter").</li>
 * </ul>
 * The headline repair reads the present tense of headlines, a verb the tagger took for a noun
 * ("Italian police arrest five Syrians"), as a verb, when the parse of the sentence as tagged has a
 * noun as the head of a clause ({@link HeadlineVerbRepair}); a repair on the parse itself reads a
 * reduced relative clause that the parser took for the sentence's verb ("Attacks conducted by the
 * army kill 20 people": {@link ReducedRelativeRepair}).
 * A sentence with a repaired preposition or complementizer is tagged again with those tags fixed
 * (CoreNLP's own tagger, keeping those tags), so the other words get tags in that light; a noun
 * read as a verb only gets its own tag. Its lemmas are computed again before it
 * is parsed (its named entities are not: they come from the tagger's first tags, as in
 * CoreNLP's own pipeline order).
 *
 * <p>With the other classes of this package, the only code in casus that imports
 * {@code edu.stanford.nlp} (besides the stage names of {@code casus bench}).
 * Building one loads ~2 GB of models and precomputed parser terms and takes 10-50 s: use
 * {@link #shared()}. {@link #parse} is thread-safe (CoreNLP's annotators are safe to call from
 * several threads, as CoreNLP's own multi-threaded pipelines do; {@link NeuralDependencyParser}
 * keeps its working arrays per thread).
 */
public final class CoreNlpParser implements SentenceParser {
  private static volatile CoreNlpParser shared;

  /** Word forms of verbs of saying, lower case. */
  private static final Set<String> SAYING = Set.of("said", "says", "say", "saying", "told", "tells", "announced",
      "announces", "reported", "reports", "stated", "states", "added", "adds", "warned", "warns", "claimed", "claims",
      "confirmed", "confirms", "insisted", "insists");
  /** Words that end a time phrase ("on Sunday", "yesterday", "late last week"), lower case. */
  private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "yesterday", "today", "tonight", "morning", "afternoon", "evening", "night", "week",
      "weekend", "month", "year");

  /** Prepositions that the tagger may tag RB or JJ before a place name, lower case. */
  private static final Set<String> LOCATIVE_PREPOSITIONS = Set.of("around", "near", "outside", "inside");

  /**
   * Nouns that the tagger reads as verbs in news usage, lower case, with their noun tag: "A Russian
   * drone attacks a bus", "an overnight drone attack on Odesa kills three", "launches drone strikes".
   * The verb ("to drone on") does not occur in news: in the first 3,000 items of the Wikipedia
   * current-events corpus 100 of the tags of "drone" were verb tags; the 40 read were all the noun.
   */
  private static final Map<String, String> NOUN_ONLY = Map.of("drone", "NN", "drones", "NNS");

  /** Tokenizer, sentence splitter, part-of-speech tagger and lemmatizer. */
  private final StanfordCoreNLP front;
  /**
   * The CRF models with the numeric classifiers and SUTime: for sentences with a
   * {@link NumberAndTimeCues#anyTime time cue}.
   */
  private final NERCombinerAnnotator nerWithTime;
  /**
   * The same CRF models and numeric classifiers with SUTime's definitions but none of its rules
   * ({@link #SUTIME_DEFINITIONS}): for the other sentences, in which the rules find nothing. SUTime
   * still merges the numbers ("two hundred") that the numeric stage reads, its rule matching is
   * what is left out.
   */
  private final NERCombinerAnnotator nerNumbers;
  /** How many of SUTime's token-sequence rules in {@link #nerWithTime} are gated ({@link FirstTokenRuleGate}). */
  final FirstTokenRuleGate.Installed timeRuleGates;

  /**
   * The CRF models, in CoreNLP's order of precedence: the 3-class model (PERSON, LOCATION,
   * ORGANIZATION) and the CoNLL 4-class model, which adds MISC where the first found nothing.
   * CoreNLP's default third model, MUC 7-class, is left out: of its labels it adds only DATE, TIME,
   * MONEY and PERCENT, which the numeric classifiers and SUTime also give, and it was one of three
   * CRF passes over every sentence. Without it every {@code casus eval} figure and the events of the
   * first 3,000 Wikipedia current-events items are the same; 19 of the first 1,000 items' 32,683
   * tokens get another tag (MONEY to NUMBER where no currency sign is written, a DATE or TIME that
   * SUTime does not find), and one validation sentence is dated by its "next week" (CHANGES, issue
   * 17, fifth round).
   */
  static final List<String> NER_MODELS = List.of("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");

  /** SUTime's definitions file in CoreNLP's models jar: constants and no rules. */
  static final String SUTIME_DEFINITIONS = "edu/stanford/nlp/models/sutime/defs.sutime.txt";
  /** Lemmas again, for a sentence whose tags were repaired. */
  private final StanfordCoreNLP relemma;
  private final NeuralDependencyParser depparse;
  /** The grammatical relation of each of the dependency model's labels, by label index. */
  private final GrammaticalRelation[] relations;
  private final MaxentTagger tagger;
  private final HeadlineVerbRepair headlines;

  /**
   * How many of the dependency model's most frequent (word, position) features CoreNLP's own
   * {@code DependencyParser} precomputed when casus called it (all 99,990 that {@code english_UD.gz}
   * lists; CoreNLP's default is 20,000): the configuration whose parses
   * {@link NeuralDependencyParser} reproduces, used by the test that compares the two.
   */
  static final int DEPPARSE_PRECOMPUTED = 99_990;

  /** Builds a pipeline with casus's default annotators. Slow; prefer {@link #shared()}. */
  public CoreNlpParser() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    props.setProperty("tokenize.options", "invertible=true,splitHyphenated=false,normalizeParentheses=false,normalizeOtherBrackets=false");
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    this.front = new StanfordCoreNLP(props);
    Properties ner = new Properties();
    ner.setProperty("ner.applyFineGrained", "false");
    ner.setProperty("ner.buildEntityMentions", "false");
    ner.setProperty("ner.useSUTime", "true");
    ner.setProperty("ner.applyNumericClassifiers", "true");
    ner.setProperty("sutime.includeRange", "true");
    ner.setProperty("ner.model", String.join(",", NER_MODELS));
    Properties numbers = new Properties();
    numbers.putAll(ner);
    numbers.setProperty("sutime.rules", SUTIME_DEFINITIONS);
    try {
      this.nerWithTime = new NERCombinerAnnotator(ner);
      this.timeRuleGates = FirstTokenRuleGate.install(nerWithTime); // SUTime's rules only where their first token can match
      this.nerNumbers = new NERCombinerAnnotator(numbers);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the CoreNLP NER models", e);
    }
    Properties again = new Properties();
    again.setProperty("annotators", "lemma");
    again.setProperty("enforceRequirements", "false");
    this.relemma = new StanfordCoreNLP(again);
    this.depparse = new NeuralDependencyParser(NeuralDependencyParser.DEFAULT_MODEL);
    this.relations = relations(depparse);
    this.tagger = new MaxentTagger(MaxentTagger.DEFAULT_JAR_PATH);
    this.headlines = new HeadlineVerbRepair(tagger, relemma, this::basicGraph);
  }

  /** The JVM-wide instance, built on first use. */
  public static CoreNlpParser shared() {
    CoreNlpParser p = shared;
    if (p == null) {
      synchronized (CoreNlpParser.class) {
        p = shared;
        if (p == null) {
          p = new CoreNlpParser();
          shared = p;
        }
      }
    }
    return p;
  }

  @Override
  public ParsedDocument parse(String text, Optional<LocalDate> referenceDate) {
    return parse(text, referenceDate, true);
  }

  /**
   * As {@link #parse(String, Optional)}; with {@code selectiveTime} false every sentence goes
   * through the numeric classifiers and SUTime (for the test that shows the selection changes
   * nothing).
   */
  ParsedDocument parse(String text, Optional<LocalDate> referenceDate, boolean selectiveTime) {
    Annotation doc = new Annotation(text);
    referenceDate.ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
    front.annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return new ParsedDocument(text, List.of());
    }
    recognizeEntities(doc, sentences, selectiveTime);
    List<ParsedSentence> out = new ArrayList<>();
    for (CoreMap s : sentences) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (labels == null || labels.isEmpty()) {
        continue;
      }
      Map<Integer, String> fixedTags = repairTags(labels);
      if (!fixedTags.isEmpty()) {
        Annotation one = new Annotation(s.get(CoreAnnotations.TextAnnotation.class));
        one.set(CoreAnnotations.TokensAnnotation.class, labels);
        one.set(CoreAnnotations.SentencesAnnotation.class, List.of(s));
        relemma.annotate(one); // the sentence's lemmas from the repaired tags
      }
      SemanticGraph g = basicGraph(s);
      Optional<SemanticGraph> repaired = headlines.repair(s, g, fixedTags); // "Italian police arrest five Syrians"
      if (repaired.isPresent()) {
        g = repaired.get();
        labels = s.get(CoreAnnotations.TokensAnnotation.class);
      }
      List<Token> tokens = new ArrayList<>(labels.size());
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel l = labels.get(i);
        String norm = l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        tokens.add(new Token(i, l.word(), l.lemma(), l.tag(), l.ner(), norm,
            new CharSpan(l.beginPosition(), l.endPosition())));
      }
      List<Dependency> deps = ReducedRelativeRepair.repair(tokens, dependencies(g)); // "Attacks conducted by X kill"
      int begin = tokens.get(0).span().begin();
      int end = tokens.get(tokens.size() - 1).span().end();
      out.add(new ParsedSentence(out.size(), new CharSpan(begin, end), text.substring(begin, end), tokens, deps));
    }
    return new ParsedDocument(text, out);
  }

  /**
   * The sentences of {@code text} tokenized, split, tagged and lemmatised (no entities, no
   * parse): for the test that compares dependency parsers.
   */
  List<CoreMap> taggedSentences(String text) {
    Annotation doc = new Annotation(text);
    front.annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    return sentences == null ? List.of() : sentences;
  }

  /** The basic dependencies, as casus reads them, of the graph CoreNLP makes from {@code gs}. */
  static List<Dependency> dependencies(GrammaticalStructure gs) {
    return dependencies(SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC,
        GrammaticalStructure.Extras.NONE, null));
  }

  /**
   * The sentence's basic UD dependencies: the enhanced graphs that CoreNLP's depparse annotator
   * also builds are not read by casus.
   */
  private static List<Dependency> dependencies(SemanticGraph g) {
    List<Dependency> deps = new ArrayList<>();
    for (var root : g.getRoots()) {
      deps.add(new Dependency(-1, root.index() - 1, "root"));
    }
    for (SemanticGraphEdge e : g.edgeIterable()) {
      deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
    }
    return deps;
  }

  /** The basic UD graph the dependency parser gives the sentence as tagged now. */
  private SemanticGraph basicGraph(CoreMap sentence) {
    return SemanticGraphFactory.makeFromTree(grammaticalStructure(sentence), SemanticGraphFactory.Mode.BASIC,
        GrammaticalStructure.Extras.NONE, null);
  }

  /**
   * The parse of {@link NeuralDependencyParser} as the grammatical structure that CoreNLP's
   * {@code DependencyParser.predict(CoreMap)} builds from the same arcs: the same words, relations
   * and root, so that the graph made from it is the one CoreNLP's parser gives.
   */
  GrammaticalStructure grammaticalStructure(CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    int[][] arcs = depparse.parse(tokens);
    IndexedWord root = new IndexedWord(new Word("ROOT"));
    root.set(CoreAnnotations.IndexAnnotation.class, 0);
    List<TypedDependency> deps = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      int head = arcs[0][i];
      IndexedWord word = new IndexedWord(tokens.get(i));
      IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
      deps.add(new TypedDependency(head == 0 ? GrammaticalRelation.ROOT : relations[arcs[1][i]], governor, word));
    }
    return new UniversalEnglishGrammaticalStructure(deps, new TreeGraphNode(root));
  }

  /**
   * CoreNLP's {@code DependencyParser.makeGrammaticalRelation} for each label of the model: the
   * Universal English relation of that short name, or a new dependent relation.
   */
  private static GrammaticalRelation[] relations(NeuralDependencyParser parser) {
    List<GrammaticalRelation> out = new ArrayList<>();
    for (int i = 0; i < parser.labelCount(); i++) {
      String label = parser.label(i);
      GrammaticalRelation stored = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
      out.add(stored != null ? stored
          : new GrammaticalRelation(Language.UniversalEnglish, label, null, GrammaticalRelation.DEPENDENT));
    }
    return out.toArray(GrammaticalRelation[]::new);
  }

  /**
   * Named entities, numbers and dates. SUTime's rule matching is most of the NER's time and finds
   * nothing in a sentence without a {@link NumberAndTimeCues#anyTime time cue}: such a sentence
   * gets the CRF models and the numeric classifiers with SUTime's definitions alone, which give it
   * the same tags and values. A tag of a time type there sends the sentence through SUTime's rules
   * again, from scratch (a guard: CoreNLP's MUC model tagged some DATE and TIME, which SUTime would
   * normalise; {@link #NER_MODELS} have no time label).
   */
  private void recognizeEntities(Annotation doc, List<CoreMap> sentences, boolean selectiveTime) {
    List<CoreMap> withTime = new ArrayList<>();
    List<CoreMap> numbersOnly = new ArrayList<>();
    for (CoreMap s : sentences) {
      (!selectiveTime || NumberAndTimeCues.anyTime(s.get(CoreAnnotations.TokensAnnotation.class)) ? withTime
          : numbersOnly).add(s);
    }
    annotate(nerNumbers, doc, numbersOnly);
    List<CoreMap> again = new ArrayList<>();
    for (CoreMap s : numbersOnly) {
      for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
        if (!NAME_OR_NUMBER_TAGS.contains(l.ner())) {
          again.add(s);
          break;
        }
      }
    }
    for (CoreMap s : again) {
      s.remove(CoreAnnotations.NumerizedTokensAnnotation.class);
      for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
        l.remove(CoreAnnotations.NamedEntityTagAnnotation.class);
        l.remove(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        l.remove(CoreAnnotations.NamedEntityTagProbsAnnotation.class);
        l.remove(CoreAnnotations.CoarseNamedEntityTagAnnotation.class);
        l.remove(CoreAnnotations.AnswerAnnotation.class);
        l.remove(CoreAnnotations.NumericCompositeValueAnnotation.class);
        l.remove(CoreAnnotations.NumericCompositeTypeAnnotation.class);
        l.remove(CoreAnnotations.NumericCompositeObjectAnnotation.class);
        l.remove(CoreAnnotations.NumericValueAnnotation.class);
        l.remove(CoreAnnotations.NumericTypeAnnotation.class);
        l.remove(TimeAnnotations.TimexAnnotation.class);
      }
    }
    withTime.addAll(again);
    annotate(nerWithTime, doc, withTime);
  }

  /** The tags the CRF models and the numeric classifiers give without SUTime's rules' help. */
  private static final Set<String> NAME_OR_NUMBER_TAGS = Set.of("O", "PERSON", "LOCATION", "ORGANIZATION", "MISC",
      "NUMBER", "ORDINAL", "MONEY", "PERCENT");

  /** Runs {@code ner} on {@code some} of the document's sentences (none: nothing). */
  private static void annotate(NERCombinerAnnotator ner, Annotation doc, List<CoreMap> some) {
    if (some.isEmpty()) {
      return;
    }
    Annotation part = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
    part.set(CoreAnnotations.DocDateAnnotation.class, doc.get(CoreAnnotations.DocDateAnnotation.class));
    part.set(CoreAnnotations.SentencesAnnotation.class, some);
    List<CoreLabel> tokens = new ArrayList<>();
    for (CoreMap s : some) {
      tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
    }
    part.set(CoreAnnotations.TokensAnnotation.class, tokens);
    ner.annotate(part);
  }

  /**
   * Repairs the sentence's tags (see the class comment): a preposition or complementizer is fixed
   * and the sentence tagged again around it; a noun read as a verb only gets its noun tag.
   *
   * @return the repaired tags by 0-based token index; empty, with the tags untouched, when none
   */
  private Map<Integer, String> repairTags(List<CoreLabel> labels) {
    if (labels == null) {
      return Map.of();
    }
    Map<Integer, String> fixes = new java.util.HashMap<>();
    int that = misreadComplementizer(labels);
    if (that >= 0) {
      fixes.put(that, "IN");
    }
    for (int i = 0; i < labels.size(); i++) {
      String tag = labels.get(i).tag();
      String lower = labels.get(i).word().toLowerCase(Locale.ROOT);
      if (i + 1 < labels.size() && (tag.startsWith("RB") || tag.startsWith("JJ"))
          && LOCATIVE_PREPOSITIONS.contains(lower) && labels.get(i + 1).tag().startsWith("NNP")) {
        fixes.put(i, "IN");
      }
      if (tag.startsWith("VB") && NOUN_ONLY.containsKey(lower)) {
        fixes.put(i, NOUN_ONLY.get(lower));
      }
      if (tag.startsWith("VB") && lower.endsWith("-flagged")) {
        fixes.put(i, "JJ"); // "a Sierra Leone-flagged freighter": a ship's flag, not a verb
      }
    }
    if (fixes.isEmpty()) {
      return Map.of();
    }
    if (!fixes.containsValue("IN")) {
      // a noun read as a verb: only its tag is set; the other words keep the tags the tagger
      // gave them, as a new tagging around it may change right tags too
      fixes.forEach((i, tag) -> labels.get(i).setTag(tag));
      return fixes;
    }
    List<TaggedWord> words = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      words.add(new TaggedWord(labels.get(i).word(), fixes.get(i)));
    }
    List<TaggedWord> retagged = tagger.tagSentence(words, true);
    for (int i = 0; i < labels.size(); i++) {
      labels.get(i).setTag(retagged.get(i).tag());
    }
    return fixes;
  }

  /**
   * The index of a "that" tagged WDT after a verb of saying and a time phrase ending in a
   * {@link #TIME_WORDS} word, or -1.
   */
  private static int misreadComplementizer(List<CoreLabel> labels) {
    for (int i = 2; i < labels.size(); i++) {
      CoreLabel that = labels.get(i);
      if (!that.word().equalsIgnoreCase("that") || !"WDT".equals(that.tag())
          || !TIME_WORDS.contains(labels.get(i - 1).word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (int k = i - 2; k >= Math.max(0, i - 6); k--) {
        String tag = labels.get(k).tag();
        if (tag.startsWith("VB") && SAYING.contains(labels.get(k).word().toLowerCase(Locale.ROOT))) {
          return i;
        }
        if (!(tag.equals("IN") || tag.equals("DT") || tag.equals("JJ") || tag.startsWith("NN") || tag.equals("CD")
            || tag.equals("RB"))) {
          break; // only a time phrase may stand between the verb and "that"
        }
      }
    }
    return -1;
  }
}
