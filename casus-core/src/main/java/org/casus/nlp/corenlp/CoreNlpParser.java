package org.casus.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * {@link SentenceParser} over Stanford CoreNLP 4.5.10: tokenize, ssplit, pos, lemma, ner (3-class
 * CRF models plus numeric and SUTime date recognition, without the fine-grained RegexNER, which
 * is several times slower and duplicates casus's own dictionaries), depparse (UD basic
 * dependencies).
 *
 * <p>Two tagging repairs after parsing, each a tag the tagger gets wrong in news usage and that
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
 * </ul>
 * A third repair reads the present tense of headlines, a verb the tagger took for a noun ("Italian
 * police arrest five Syrians"), as a verb, when the parse of the sentence as tagged has a noun as
 * the head of the clause ({@link HeadlineVerbRepair}).
 * Such a sentence is tagged again with the repaired tags fixed (CoreNLP's own tagger, keeping those
 * tags), so the other words get tags in that light, and its lemmas and dependencies are computed
 * again (its named entities are not: the NER models do not read the tags). Other sentences are
 * parsed once.
 *
 * <p>The only class in casus that imports {@code edu.stanford.nlp}. Building one loads ~1 GB of
 * models and takes 10-25 s: use {@link #shared()}. {@link #parse} is thread-safe (CoreNLP
 * annotators are stateless across documents).
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

  private final StanfordCoreNLP pipeline;
  /** Lemmas and dependencies again, for a sentence whose tags were repaired. */
  private final StanfordCoreNLP reparse;
  private final MaxentTagger tagger;
  private final HeadlineVerbRepair headlines;

  /** Builds a pipeline with casus's default annotators. Slow; prefer {@link #shared()}. */
  public CoreNlpParser() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    props.setProperty("tokenize.options", "invertible=true,splitHyphenated=false,normalizeParentheses=false,normalizeOtherBrackets=false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    props.setProperty("ner.useSUTime", "true");
    props.setProperty("ner.applyNumericClassifiers", "true");
    props.setProperty("sutime.includeRange", "true");
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    props.setProperty("depparse.extradependencies", "NONE");
    this.pipeline = new StanfordCoreNLP(props);
    Properties again = new Properties();
    again.setProperty("annotators", "lemma,depparse");
    again.setProperty("enforceRequirements", "false");
    again.setProperty("depparse.extradependencies", "NONE");
    this.reparse = new StanfordCoreNLP(again);
    this.tagger = new MaxentTagger(props.getProperty("pos.model", MaxentTagger.DEFAULT_JAR_PATH));
    this.headlines = new HeadlineVerbRepair(tagger, reparse);
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
    Annotation doc = new Annotation(text);
    referenceDate.ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
    pipeline.annotate(doc);
    List<ParsedSentence> out = new ArrayList<>();
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences != null) {
      for (CoreMap s : sentences) {
        if (repairTags(s.get(CoreAnnotations.TokensAnnotation.class))) {
          Annotation one = new Annotation(s.get(CoreAnnotations.TextAnnotation.class));
          one.set(CoreAnnotations.TokensAnnotation.class, s.get(CoreAnnotations.TokensAnnotation.class));
          one.set(CoreAnnotations.SentencesAnnotation.class, List.of(s));
          reparse.annotate(one); // the sentence's lemmas and dependencies from the repaired tags
        }
        headlines.repair(s); // "Italian police arrest five Syrians": the verb the tagger read as a noun
      }
    }
    if (sentences == null) {
      return new ParsedDocument(text, out);
    }
    for (CoreMap s : sentences) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (labels == null || labels.isEmpty()) {
        continue;
      }
      List<Token> tokens = new ArrayList<>(labels.size());
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel l = labels.get(i);
        String norm = l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        tokens.add(new Token(i, l.word(), l.lemma(), l.tag(), l.ner(), norm,
            new CharSpan(l.beginPosition(), l.endPosition())));
      }
      List<Dependency> deps = new ArrayList<>();
      SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (g != null) {
        for (var root : g.getRoots()) {
          deps.add(new Dependency(-1, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : g.edgeIterable()) {
          deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
              e.getRelation().toString()));
        }
      }
      int begin = tokens.get(0).span().begin();
      int end = tokens.get(tokens.size() - 1).span().end();
      out.add(new ParsedSentence(out.size(), new CharSpan(begin, end), text.substring(begin, end), tokens, deps));
    }
    return new ParsedDocument(text, out);
  }

  /**
   * Tags the sentence again, and returns true, when it has a tag to repair (see the class comment),
   * with the repaired tags kept; false, with the tags untouched, otherwise.
   */
  private boolean repairTags(List<CoreLabel> labels) {
    if (labels == null) {
      return false;
    }
    Set<Integer> fixes = new java.util.HashSet<>();
    int that = misreadComplementizer(labels);
    if (that >= 0) {
      fixes.add(that);
    }
    for (int i = 0; i + 1 < labels.size(); i++) {
      String tag = labels.get(i).tag();
      if ((tag.startsWith("RB") || tag.startsWith("JJ"))
          && LOCATIVE_PREPOSITIONS.contains(labels.get(i).word().toLowerCase(Locale.ROOT))
          && labels.get(i + 1).tag().startsWith("NNP")) {
        fixes.add(i);
      }
    }
    if (fixes.isEmpty()) {
      return false;
    }
    List<TaggedWord> words = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      words.add(new TaggedWord(labels.get(i).word(), fixes.contains(i) ? "IN" : null));
    }
    List<TaggedWord> retagged = tagger.tagSentence(words, true);
    for (int i = 0; i < labels.size(); i++) {
      labels.get(i).setTag(retagged.get(i).tag());
    }
    return true;
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
