package org.casus.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The preprocessing PETRARCH-2 needs before it can code, as a speed baseline for
 * {@code casus bench}: CoreNLP 4.5.10 with annotators {@code tokenize,ssplit,pos,lemma,ner,parse}
 * and CoreNLP's defaults otherwise (three CRF models, SUTime, the fine-grained RegexNER, entity
 * mentions; the constituency parse that PETRARCH-2 reads, with its dependency graphs). PETRARCH-2
 * (Open Event Data Alliance, 2016) codes from those parse trees; its documentation runs this
 * CoreNLP pipeline with the shift-reduce parser model {@code englishSR} (in the
 * {@code models-english} classifier jar, not a dependency of casus) or with the default PCFG.
 *
 * <p>Thread-safe: {@link #annotate} may be called from several threads. Building one loads
 * 1-2 GB of models.
 */
public final class PetrarchPreprocessing {
  /** The Maven coordinates of the jar that holds {@link #SR_MODEL}; fetched only for the baseline. */
  public static final String MODELS_ENGLISH = "edu.stanford.nlp:stanford-corenlp:4.5.10:jar:models-english";
  /** The shift-reduce model's path inside {@link #MODELS_ENGLISH}. */
  public static final String SR_MODEL = "edu/stanford/nlp/models/srparser/englishSR.ser.gz";

  private final StanfordCoreNLP pipeline;
  private final String parser;

  /**
   * @param srModel the extracted {@link #SR_MODEL} file, or empty for CoreNLP's default PCFG
   *     parser ({@code englishPCFG.ser.gz}, in the models jar casus already has)
   */
  public PetrarchPreprocessing(Optional<Path> srModel) {
    Objects.requireNonNull(srModel, "srModel");
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,parse");
    srModel.ifPresent(p -> props.setProperty("parse.model", p.toAbsolutePath().toString()));
    this.parser = srModel.isPresent() ? "englishSR" : "englishPCFG";
    this.pipeline = new StanfordCoreNLP(props);
  }

  /** The parser model's name: {@code englishSR} or {@code englishPCFG}. */
  public String parserModel() {
    return parser;
  }

  /**
   * What one annotation produced.
   *
   * @param sentences sentences CoreNLP split the text into, &ge; 0
   * @param tokens tokens, &ge; 0
   */
  public record Counts(int sentences, int tokens) {}

  /**
   * Annotates {@code text} as PETRARCH-2's preprocessing does.
   *
   * @param text the article text, non-null
   * @param date the publication date (SUTime's reference), or empty
   * @return how many sentences and tokens it had
   */
  public Counts annotate(String text, Optional<LocalDate> date) {
    Annotation doc = new Annotation(text);
    date.ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
    pipeline.annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    int tokens = 0;
    if (sentences != null) {
      for (CoreMap s : sentences) {
        tokens += s.get(CoreAnnotations.TokensAnnotation.class).size();
      }
    }
    return new Counts(sentences == null ? 0 : sentences.size(), tokens);
  }

  /** Drops CoreNLP's JVM-wide cache of built annotators, so that a pipeline no longer used can be collected. */
  public static void releaseCachedAnnotators() {
    StanfordCoreNLP.clearAnnotatorPool();
  }
}
