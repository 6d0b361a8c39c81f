package org.casus.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
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
 * <p>The only class in casus that imports {@code edu.stanford.nlp}. Building one loads ~1 GB of
 * models and takes 10-25 s: use {@link #shared()}. {@link #parse} is thread-safe (CoreNLP
 * annotators are stateless across documents).
 */
public final class CoreNlpParser implements SentenceParser {
  private static volatile CoreNlpParser shared;

  private final StanfordCoreNLP pipeline;

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
}
