package org.casus.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;

/**
 * The present tense of headlines and news summaries: "Italian police arrest five Syrians", "A
 * court sentences the former minister to death", "as gunmen ambush their convoy". The tagger often
 * reads such a verb as a noun (NN, NNS, even NNP) after a noun subject, and the parser then finds
 * no verb in the clause: its head is a noun, and the subject, the verb and the object form one
 * long noun phrase. The verb carries the event, so the event is lost.
 *
 * <p>The repair, for a clause whose head is a noun (the sentence's root, or an adverbial or marked
 * clause, or a noun hung by a subordinator read as a preposition): the clause head itself, else
 * the first word of the clause head's phrase, in text order, that is a lower-case noun and stands
 * between a noun (the subject's last word, or a comma after a place's qualifier: "a strike on
 * Haifa, Israel, wounds thirty") and the start of a noun phrase (the
 * object: determiner, number, possessive, adjective or noun) or of a that-clause ("prosecutors
 * request that the former president be detained") is read as the verb: VBZ when it ends
 * in "s", else VBP (a plural subject: "police arrest"). The sentence is tagged again with that tag
 * kept and parsed again; the repair is kept only when the new parse makes that word the head of
 * its clause with a subject before it, else the next candidate is tried (complements of the head
 * before its compounds), at most {@value #MAX_TRIES} parses per sentence; else the first parse
 * stays. One repair per sentence.
 *
 * <p>When no clause head is a noun, the parser may still have read the main verb as a noun inside
 * the subject and left its object unhung ({@code dep}): "The Supreme Court of X orders former
 * president Y to ...", "a tribunal in X sentences former minister Y ...", "minister Y summons the
 * envoy ...", the root then a later verb ("wear", "committed"). The head of such a phrase, or a word
 * hung on it as a complement (not a compound, and not a title before a name: "president Ursula
 * ..."), is retagged the same way and kept only when it becomes the sentence's root.
 *
 * <p>Thread-safe when the tagger and the reparse pipeline are (CoreNLP annotators are).
 */
final class HeadlineVerbRepair {
  /** Tags that start the object noun phrase after the verb. */
  private static final Set<String> NP_START = Set.of("DT", "CD", "PRP$", "JJ", "JJR", "JJS", "NNP", "NNPS", "NN",
      "NNS", "$", "PRP");

  private final MaxentTagger tagger;
  private final StanfordCoreNLP relemma;
  private final Function<CoreMap, SemanticGraph> parser;

  /**
   * @param tagger tags a sentence with some tags kept
   * @param relemma recomputes a sentence's lemmas from its tags
   * @param parser the basic dependency graph of a tagged sentence
   */
  HeadlineVerbRepair(MaxentTagger tagger, StanfordCoreNLP relemma, Function<CoreMap, SemanticGraph> parser) {
    this.tagger = tagger;
    this.relemma = relemma;
    this.parser = parser;
  }

  /**
   * Repairs sentence {@code s}, whose parse is {@code g}, when it has a headline verb read as a noun.
   *
   * @param fixed tags already repaired, by 0-based token index, kept when the sentence is tagged again
   * @return the new graph, with the sentence's tokens replaced by retagged ones; empty when the
   *     sentence is left as it was
   */
  Optional<SemanticGraph> repair(CoreMap s, SemanticGraph g, java.util.Map<Integer, String> fixed) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    if (labels == null || g == null || labels.size() < 3) {
      return Optional.empty();
    }
    int tries = 0;
    for (IndexedWord head : nounClauseHeads(g)) {
      for (int c : candidates(labels, g, head, true)) {
        if (tries++ == MAX_TRIES) {
          return Optional.empty();
        }
        Optional<SemanticGraph> repaired = retag(s, labels, c, fixed, false);
        if (repaired.isPresent()) {
          return repaired;
        }
      }
    }
    for (IndexedWord head : unhungNounHeads(g)) { // "a court in Dhaka sentences X to death", root "wear", "committed"
      for (int c : candidates(labels, g, head, false)) {
        if (!labels.get(c + 1).tag().startsWith("NNP") && tries++ < MAX_TRIES) { // not a title: "president Ursula"
          Optional<SemanticGraph> repaired = retag(s, labels, c, fixed, true);
          if (repaired.isPresent()) {
            return repaired;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Sentences tagged and parsed again at most, per sentence. */
  private static final int MAX_TRIES = 3;

  /** Subordinators the parser may take for prepositions before a misread clause ("die as gunmen ambush ..."). */
  private static final Set<String> SUBORDINATORS = Set.of("as", "after", "when", "while", "before", "since",
      "because", "until");

  /**
   * The noun heads of clauses: the root when it is a noun, nouns heading an adverbial or complement
   * clause, and nouns the parser hung by a subordinator ("as", "after" ...) read as a preposition.
   */
  private static List<IndexedWord> nounClauseHeads(SemanticGraph g) {
    List<IndexedWord> out = new ArrayList<>();
    for (IndexedWord r : g.getRoots()) {
      if (r.tag() != null && r.tag().startsWith("NN")) {
        out.add(r);
      }
    }
    for (SemanticGraphEdge e : g.edgeIterable()) {
      IndexedWord d = e.getDependent();
      String rel = e.getRelation().toString();
      boolean subordinated = (rel.startsWith("obl") || rel.startsWith("nmod")) && g.outgoingEdgeList(d).stream()
          .anyMatch(c -> c.getRelation().toString().equals("case")
              && SUBORDINATORS.contains(c.getDependent().word().toLowerCase(java.util.Locale.ROOT)));
      if (d.tag() != null && d.tag().startsWith("NN") && (rel.startsWith("advcl") || rel.equals("ccomp") || subordinated)
          && !out.contains(d)) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * Nouns with a noun the parser could not hang ({@code dep}): a subject whose verb was read as a
   * noun, its object left over ("The Supreme Court of X orders former president Y to ...").
   */
  private static List<IndexedWord> unhungNounHeads(SemanticGraph g) {
    List<IndexedWord> out = new ArrayList<>();
    for (SemanticGraphEdge e : g.edgeIterable()) {
      IndexedWord h = e.getGovernor();
      if (e.getRelation().toString().equals("dep") && h.tag() != null && h.tag().startsWith("NN")
          && e.getDependent().tag() != null && e.getDependent().tag().startsWith("NN") && !out.contains(h)) {
        out.add(h);
      }
    }
    return out;
  }

  /**
   * The 0-based indices of the words that may be the clause's verb read as a noun, best first: the
   * head itself, then the words of its phrase hung as anything but a compound (a verb read as a
   * noun is hung as a complement: "a court in Dhaka sentences the chief"), then its compounds, each
   * group in text order; each a lower-case noun after a noun and before the start of a noun phrase.
   * Empty when none.
   */
  private static List<Integer> candidates(List<CoreLabel> labels, SemanticGraph g, IndexedWord head,
      boolean compounds) {
    List<Integer> options = new ArrayList<>();
    options.add(head.index() - 1); // the head itself first: "Jordan's air force intercepts four missiles"
    List<IndexedWord> inside = new ArrayList<>(g.descendants(head));
    inside.remove(head);
    if (!compounds) {
      inside.removeIf(w -> isCompound(g, w));
    }
    inside.sort(java.util.Comparator.comparing((IndexedWord w) -> isCompound(g, w)).thenComparing(IndexedWord::index));
    inside.forEach(w -> options.add(w.index() - 1));
    List<Integer> out = new ArrayList<>();
    for (int i : options) {
      if (i < 1 || i + 1 >= labels.size()) {
        continue;
      }
      CoreLabel t = labels.get(i);
      String word = t.word();
      boolean lowerCase = !word.isEmpty() && Character.isLowerCase(word.charAt(0));
      boolean nounTag = t.tag().equals("NN") || t.tag().equals("NNS") || t.tag().equals("NNP");
      if (lowerCase && nounTag && word.chars().allMatch(Character::isLetter)
          && afterSubject(labels, i) && (NP_START.contains(labels.get(i + 1).tag())
              || labels.get(i + 1).word().equals("that"))) {
        out.add(i);
      }
    }
    return out;
  }

  /** Whether {@code w} hangs on its head as a compound ("district" in "district judge"). */
  private static boolean isCompound(SemanticGraph g, IndexedWord w) {
    return g.incomingEdgeList(w).stream().anyMatch(e -> e.getRelation().toString().startsWith("compound"));
  }

  /**
   * Whether token {@code i} follows the subject's last word: a noun, or a comma closing a place's
   * qualifier or another apposition after a noun ("A strike on Haifa, Israel, wounds thirty").
   */
  private static boolean afterSubject(List<CoreLabel> labels, int i) {
    String before = labels.get(i - 1).tag();
    return before.startsWith("NN") || i >= 2 && before.equals(",") && labels.get(i - 2).tag().startsWith("NNP");
  }

  /**
   * Tags a copy of the sentence with token {@code c} a verb (and the {@code fixed} tags kept), parses it again, and keeps it when
   * {@code c} heads its clause with a subject before it; with {@code asRoot}, only when {@code c} is the root.
   */
  private Optional<SemanticGraph> retag(CoreMap s, List<CoreLabel> labels, int c, java.util.Map<Integer, String> fixed,
      boolean asRoot) {
    String verbTag = labels.get(c).word().endsWith("s") ? "VBZ" : "VBP";
    List<TaggedWord> words = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      words.add(new TaggedWord(labels.get(i).word(), i == c ? verbTag : fixed.get(i)));
    }
    List<TaggedWord> retagged = tagger.tagSentence(words, true);
    List<CoreLabel> copies = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = new CoreLabel(labels.get(i));
      l.setTag(retagged.get(i).tag());
      copies.add(l);
    }
    CoreMap trial = new ArrayCoreMap(s);
    trial.set(CoreAnnotations.TokensAnnotation.class, copies);
    Annotation one = new Annotation(s.get(CoreAnnotations.TextAnnotation.class));
    one.set(CoreAnnotations.TokensAnnotation.class, copies);
    one.set(CoreAnnotations.SentencesAnnotation.class, List.of(trial));
    relemma.annotate(one);
    SemanticGraph g = parser.apply(trial);
    if (g == null || !headsClauseWithSubject(g, c)
        || asRoot && !g.getRoots().contains(g.getNodeByIndexSafe(c + 1))) {
      return Optional.empty();
    }
    s.set(CoreAnnotations.TokensAnnotation.class, copies);
    return Optional.of(g);
  }

  /** True when token {@code c} is a root or clause head with a subject to its left in {@code g}. */
  private static boolean headsClauseWithSubject(SemanticGraph g, int c) {
    IndexedWord v = g.getNodeByIndexSafe(c + 1);
    if (v == null || !v.tag().startsWith("VB")) {
      return false;
    }
    boolean head = g.getRoots().contains(v);
    for (SemanticGraphEdge e : g.incomingEdgeIterable(v)) {
      String rel = e.getRelation().toString();
      head |= rel.startsWith("advcl") || rel.equals("ccomp") || rel.equals("conj");
    }
    if (!head) {
      return false;
    }
    for (SemanticGraphEdge e : g.outgoingEdgeIterable(v)) {
      if (e.getRelation().toString().startsWith("nsubj") && e.getDependent().index() < v.index()) {
        return true;
      }
    }
    return false;
  }
}
