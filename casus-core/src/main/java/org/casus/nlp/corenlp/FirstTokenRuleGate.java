package org.casus.nlp.corenlp;

import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.Pair;
import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * SUTime's TokensRegex rules tried only on sequences in which their first element can match: a
 * rule none of whose possible first node patterns matches any element of the sentence (or of the
 * sequence of tokens and time expressions its composite rules read) finds nothing there, so it is
 * not run. Running it would try a match at every position, and TokensRegex allocates about 5 KB of
 * match state ({@code SequenceMatcher.MatchedStates}, its {@code BranchStates} with a 512-entry
 * index) for each start position of each rule before it looks at the element (issue 17, ninth
 * round: 60% of the bytes casus allocated while coding, most of SUTime's time).
 *
 * <p>Why the result is the same, by construction. A rule's {@code SequencePatternExtractRule}
 * reports a match only if, for some start position i, its pattern's automaton (CoreNLP 4.5.10's
 * {@code SequencePattern} states) consumes element i. From the start state, the states it passes
 * through before it consumes an element are the plain, value, group start and end, sequence start
 * and end and repeat states (a repeat state leads to its body and to what follows it); the first
 * element is then consumed by a node pattern state whose {@link NodePattern} matches it ({@code
 * match}, or {@code matchWithResult} not null when the rule matches with results). This class
 * collects, from each rule's automaton, every node pattern so reachable (a superset of those the
 * automaton tries: the sequence anchors and repeat counts only restrict it). A rule is gated only
 * when (a) no other kind of state is so reachable (not the accepting state, so the rule cannot match
 * an empty sequence; not the multi-element, back-reference or conjunction states, which this class
 * does not read), and (b) every such node pattern is one whose answer depends on the element alone
 * ({@link #readsOnlyTheElement}: annotation equality, regular expression, set, numeric and nil
 * tests, SUTime's time-type and value-type tests, and their negations, conjunctions and
 * disjunctions; not TokensRegex expressions, which read the rule's environment). A rule that
 * matches nothing adds nothing and changes nothing: its match state is its own, and its node
 * patterns have no side effects. A gated rule whose node patterns throw on some element is run as
 * before.
 *
 * <p>Installed once on an annotator, before it is used ({@link #install}); thread-safe afterwards
 * (the gates hold only immutable data). {@link #ungated} runs code with every gate of this class
 * open on the calling thread, for the test that compares both.
 */
final class FirstTokenRuleGate {
  private static final String TOKENSREGEX = "edu.stanford.nlp.ling.tokensregex.";
  private static final String STATE = TOKENSREGEX + "SequencePattern$";
  /** Automaton states passed through, before an element is consumed, to all of their next states. */
  private static final Set<String> PASS_THROUGH = Set.of(STATE + "State", STATE + "ValueState",
      STATE + "GroupStartState", STATE + "GroupEndState", STATE + "SeqStartState", STATE + "SeqEndState");
  private static final String REPEAT = STATE + "RepeatState";
  private static final String NODE = STATE + "NodePatternState";

  /** Node patterns whose answer reads nothing but the annotation value or element they are given. */
  private static final Set<String> ELEMENT_ONLY_LEAVES = Set.of(
      TOKENSREGEX + "ComplexNodePattern$NilAnnotationPattern",
      TOKENSREGEX + "ComplexNodePattern$NotNilAnnotationPattern",
      TOKENSREGEX + "ComplexNodePattern$StringAnnotationRegexPattern",
      TOKENSREGEX + "ComplexNodePattern$StringAnnotationPattern",
      TOKENSREGEX + "ComplexNodePattern$StringInSetAnnotationPattern",
      TOKENSREGEX + "ComplexNodePattern$NumericAnnotationPattern",
      TOKENSREGEX + "ComplexNodePattern$IntegerAnnotationPattern",
      TOKENSREGEX + "NodePattern$AnyNodePattern",
      "edu.stanford.nlp.time.GenericTimeExpressionPatterns$TimexTypeMatchNodePattern",
      "edu.stanford.nlp.time.GenericTimeExpressionPatterns$MatchedExpressionValueTypeMatchNodePattern");

  private static final ThreadLocal<Boolean> OPEN = ThreadLocal.withInitial(() -> Boolean.FALSE);

  private FirstTokenRuleGate() {
  }

  /** How many of an extractor's token-sequence rules were gated, of how many. */
  record Installed(int rules, int gated) {
    Installed {
      if (rules < 0 || gated < 0 || gated > rules) {
        throw new IllegalArgumentException("gated " + gated + " of " + rules + " rules");
      }
    }
  }

  /**
   * Gates the token-sequence rules of the SUTime extractor inside {@code ner} (CoreNLP 4.5.10's
   * {@code NERCombinerAnnotator} with SUTime on). Call once, before the annotator is used.
   *
   * @return the number of token-sequence rules found and gated
   * @throws IllegalStateException if the annotator has no SUTime extractor where CoreNLP 4.5.10
   *     keeps it (another CoreNLP version: update this class)
   */
  static Installed install(NERCombinerAnnotator ner) {
    Object combiner = read(ner, "edu.stanford.nlp.pipeline.NERCombinerAnnotator", "ner");
    Object numbers = read(combiner, "edu.stanford.nlp.ie.NERClassifierCombiner", "nsc");
    Object sutime = read(numbers, "edu.stanford.nlp.ie.regexp.NumberSequenceClassifier", "timexExtractor");
    Object extractor = read(sutime, "edu.stanford.nlp.time.TimeExpressionExtractorImpl", "expressionExtractor");
    if (!(extractor instanceof CoreMapExpressionExtractor<?> e)) {
      throw new IllegalStateException("no SUTime rule extractor in the NER annotator: " + extractor);
    }
    return install(e);
  }

  /** Gates the token-sequence rules of every stage of {@code extractor}. */
  static Installed install(CoreMapExpressionExtractor<?> extractor) {
    Map<?, ?> stages = (Map<?, ?>) read(extractor, TOKENSREGEX + "CoreMapExpressionExtractor", "stages");
    int[] counts = new int[2];
    for (Object stage : stages.values()) {
      for (String field : List.of("basicExtractRule", "compositeExtractRule")) {
        Object rule = read(stage, TOKENSREGEX + "CoreMapExpressionExtractor$Stage", field);
        for (Object r : rules(rule)) {
          if (r instanceof SequenceMatchRules.AnnotationExtractRule<?, ?> aer) {
            gate(aer, counts);
          }
        }
      }
    }
    return new Installed(counts[0], counts[1]);
  }

  /** The rules of a stage's rule: the list's, or the rule itself. */
  private static List<?> rules(Object rule) {
    if (rule == null) {
      return List.of();
    }
    if (rule instanceof SequenceMatchRules.ListExtractRule<?, ?>) {
      return (List<?>) read(rule, TOKENSREGEX + "SequenceMatchRules$ListExtractRule", "rules");
    }
    return List.of(rule);
  }

  /** Puts a gate before {@code aer}'s rule when it is a token-sequence rule whose first elements can be read. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void gate(SequenceMatchRules.AnnotationExtractRule aer, int[] counts) {
    Object rule = aer.extractRule;
    Function<Object, Object> sequence;
    Object patternRule;
    if (rule instanceof SequenceMatchRules.CoreMapExtractRule<?, ?>) {
      Class<?> key = (Class<?>) read(rule, TOKENSREGEX + "SequenceMatchRules$CoreMapExtractRule", "annotationField");
      patternRule = read(rule, TOKENSREGEX + "SequenceMatchRules$CoreMapExtractRule", "extractRule");
      sequence = in -> in instanceof CoreMap cm ? cm.get((Class) key) : null;
    } else {
      patternRule = rule;
      sequence = in -> in;
    }
    if (!(patternRule instanceof SequenceMatchRules.SequencePatternExtractRule<?, ?>)) {
      return;
    }
    counts[0]++;
    String spr = TOKENSREGEX + "SequenceMatchRules$SequencePatternExtractRule";
    SequencePattern<?> pattern = (SequencePattern<?>) read(patternRule, spr, "pattern");
    boolean withResult = (Boolean) read(patternRule, spr, "matchWithResult");
    Optional<List<NodePattern<?>>> first = firstNodePatterns(pattern);
    if (first.isEmpty() || !first.get().stream().allMatch(FirstTokenRuleGate::readsOnlyTheElement)) {
      return;
    }
    aer.extractRule = new Gate(aer.extractRule, sequence, first.get(), withResult);
    counts[1]++;
  }

  /**
   * The node patterns that may consume a match's first element, or empty when the automaton can
   * reach another kind of state first (see the class comment).
   */
  static Optional<List<NodePattern<?>>> firstNodePatterns(SequencePattern<?> pattern) {
    Object root = read(pattern, TOKENSREGEX + "SequencePattern", "root");
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    Deque<Object> todo = new ArrayDeque<>();
    todo.add(root);
    seen.put(root, Boolean.TRUE);
    List<NodePattern<?>> out = new ArrayList<>();
    while (!todo.isEmpty()) {
      Object s = todo.poll();
      String kind = s.getClass().getName();
      List<Object> next = new ArrayList<>();
      if (kind.equals(NODE)) {
        out.add((NodePattern<?>) read(s, NODE, "pattern"));
        continue;
      } else if (PASS_THROUGH.contains(kind)) {
        Collection<?> n = (Collection<?>) read(s, STATE + "State", "next");
        if (n == null) {
          return Optional.empty(); // an unconnected end: not an automaton this class knows
        }
        next.addAll(n);
      } else if (kind.equals(REPEAT)) {
        Collection<?> n = (Collection<?>) read(s, STATE + "State", "next");
        if (n != null) {
          next.addAll(n);
        }
        next.add(read(s, REPEAT, "repeatStart"));
      } else {
        return Optional.empty(); // the accepting state, or a state this class does not read
      }
      for (Object n : next) {
        if (n != null && seen.put(n, Boolean.TRUE) == null) {
          todo.add(n);
        }
      }
    }
    return out.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(out));
  }

  /** Whether {@code p}'s answer depends on nothing but the element it is given (the class comment). */
  static boolean readsOnlyTheElement(NodePattern<?> p) {
    String kind = p.getClass().getName();
    if (ELEMENT_ONLY_LEAVES.contains(kind)) {
      return true;
    }
    switch (kind) {
      case TOKENSREGEX + "CoreMapNodePattern": {
        List<?> parts = (List<?>) read(p, TOKENSREGEX + "ComplexNodePattern", "annotationPatterns");
        for (Object part : parts) {
          if (!(((Pair<?, ?>) part).second() instanceof NodePattern<?> q) || !readsOnlyTheElement(q)) {
            return false;
          }
        }
        return true;
      }
      case TOKENSREGEX + "NodePattern$NegateNodePattern":
        return read(p, kind, "p") instanceof NodePattern<?> q && readsOnlyTheElement(q);
      case TOKENSREGEX + "NodePattern$ConjNodePattern":
      case TOKENSREGEX + "NodePattern$DisjNodePattern": {
        for (Object q : (List<?>) read(p, kind, "nodePatterns")) {
          if (!(q instanceof NodePattern<?> r) || !readsOnlyTheElement(r)) {
            return false;
          }
        }
        return true;
      }
      default:
        return false;
    }
  }

  /**
   * Runs {@code work} with every gate of this class open on the calling thread (each rule runs as
   * in CoreNLP), for the test that compares gated and ungated annotations.
   */
  static <T> T ungated(java.util.function.Supplier<T> work) {
    boolean before = OPEN.get();
    OPEN.set(Boolean.TRUE);
    try {
      return work.get();
    } finally {
      OPEN.set(before);
    }
  }

  /** A rule that runs only when one of its first node patterns matches an element of its sequence. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  static final class Gate implements SequenceMatchRules.ExtractRule {
    private final SequenceMatchRules.ExtractRule rule;
    private final Function<Object, Object> sequence;
    private final List<NodePattern<?>> first;
    private final boolean withResult;

    Gate(SequenceMatchRules.ExtractRule rule, Function<Object, Object> sequence, List<NodePattern<?>> first,
        boolean withResult) {
      this.rule = rule;
      this.sequence = sequence;
      this.first = List.copyOf(first);
      this.withResult = withResult;
    }

    @Override
    public boolean extract(Object in, List out) {
      if (!OPEN.get() && sequence.apply(in) instanceof List<?> elements && !mayStart(elements)) {
        return false;
      }
      return rule.extract(in, out);
    }

    /** Whether some first node pattern matches some element, as the automaton would test it. */
    boolean mayStart(List<?> elements) {
      try {
        for (Object e : elements) {
          if (e == null) {
            return true;
          }
          for (NodePattern p : first) {
            if (withResult ? p.matchWithResult(e) != null : p.match(e)) {
              return true;
            }
          }
        }
        return false;
      } catch (RuntimeException ex) {
        return true; // the rule itself decides, as before
      }
    }
  }

  /** The value of the field {@code name} declared by the class {@code declaring} (a superclass of {@code o}'s). */
  private static Object read(Object o, String declaring, String name) {
    try {
      Class<?> c = Class.forName(declaring, false, o.getClass().getClassLoader());
      Field f = c.getDeclaredField(name);
      f.setAccessible(true);
      return f.get(o);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("CoreNLP's " + declaring + " has no readable field " + name
          + " (this class reads CoreNLP 4.5.10's SUTime extractor)", e);
    }
  }
}
