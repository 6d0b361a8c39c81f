package org.casus.eval.petrarch;

import org.casus.eval.ValidationCoders;
import org.casus.events.DependencyEventCoder;
import org.casus.model.EventMention;
import org.casus.events.Convention;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casus.actors.ArticleActors;
import org.casus.model.Actor;
import org.casus.model.CharSpan;
import org.casus.nlp.Dependency;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;
import org.casus.pipeline.CodingResources;
import org.casus.resource.ResourceFormatException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PETRARCH conventions the validation dictionaries test ({@code ../shared/eval/README.md}),
 * over own-words sentences with frozen CoreNLP 4.5.10 parses and the bundled validation
 * dictionaries: the 2014 set (PETRARCH-1 word-sequence patterns, {@code validate-}) and the
 * UD-PETRARCH 2.02 set (PETRARCH-2 patterns, {@code validate202-}). Each parse line is
 * {@code index word/lemma/POS NER relation head} (head -1 for the root).
 */
class PetrarchValidationCodingTest {
  private static DependencyEventCoder coder2014;
  private static DependencyEventCoder coder202;

  @BeforeAll
  static void load() throws ResourceFormatException {
    coder2014 = coder(ValidationCoders.resources(CodingResources.VALIDATION_2014));
    coder202 = coder(ValidationCoders.resources(CodingResources.VALIDATION_2_02));
  }

  private static DependencyEventCoder coder(CodingResources d) {
    return new DependencyEventCoder(d.verbs(), d.eventNouns(), d.actorResolver())
        .withConvention(Convention.PETRARCH_VALIDATION);
  }

  private static final String DIDNT_CLASH = """
      0 Gondor/Gondor/NNP PERSON nsubj 3
      1 did/do/VBD O aux 3
      2 n't/not/RB O advmod 3
      3 clash/clash/VB O root -1
      4 over/over/IN O case 6
      5 the/the/DT O det 6
      6 efforts/effort/NNS O obl 3
      7 of/of/IN O case 8
      8 Arnor/Arnor/NNP MISC nmod 6
      9 to/to/TO O mark 10
      10 end/end/VB O acl 6
      11 the/the/DT O det 12
      12 quarrel/quarrel/NN O obj 10
      13 ./././ O punct 3
      """;

  private static final String WONT_TRY_TO_CLASH = """
      0 Gondor/Gondor/NNP PERSON nsubj 4
      1 unexpectedly/unexpectedly/RB O advmod 4
      2 wo/will/MD O aux 4
      3 n't/not/RB O advmod 4
      4 try/try/VB O root -1
      5 to/to/TO O mark 6
      6 clash/clash/VB O xcomp 4
      7 over/over/IN O case 9
      8 the/the/DT O det 9
      9 efforts/effort/NNS O obl 6
      10 of/of/IN O case 11
      11 Arnor/Arnor/NNP PERSON nmod 9
      12 ./././ O punct 4
      """;

  @Test
  void aNegationPatternCodesTheNegatedClashAndTheTargetLiesPastThePatternWords() {
    // 2014: &NEGATVAUXVRB * OVER EFFORTS [904]; "efforts" belongs to the pattern, "of Arnor" is the target.
    assertEquals(List.of("GON 904 ARN"), code(coder2014, DIDNT_CLASH, "Gondor didn't clash over the efforts of Arnor to end the quarrel."));
  }

  @Test
  void petrarch2CodesANegatedDisapprovalAsItsOntologyPartner() {
    // 2.02: * (OVER EFFORTS) [110], negated: 050 (PETR.Internal.Coding.Ontology 110 = 0xFFFF + 050).
    assertEquals(List.of("GON 050 ARN"), code(coder202, DIDNT_CLASH, "Gondor didn't clash over the efforts of Arnor to end the quarrel."));
  }

  @Test
  void theWordsBeforeAnInfinitiveAreReadInTheClauseOfTheVerbItComplements() {
    // 2014: UNEXPECTEDLY &NEGATVAUXVRB * OVER EFFORTS [906]: "won't" hangs off "try", not "clash".
    assertEquals(List.of("GON 906 ARN"), code(coder2014, WONT_TRY_TO_CLASH, "Gondor unexpectedly won't try to clash over the efforts of Arnor."));
  }

  @Test
  void aNegatedGoverningVerbDoesNotNegateItsInfinitive() {
    assertEquals(List.of("GON 110 ARN"), code(coder202, WONT_TRY_TO_CLASH, "Gondor unexpectedly won't try to clash over the efforts of Arnor."));
  }

  @Test
  void aSequencePatternsTargetIsTheFirstActorAfterItsWords() {
    // 2014: * &TIETYPES_MEMOS [912]; the parser makes "memos" the subject of "sent".
    String parse = """
        0 Arnor/Arnor/NNP PERSON nsubj 1
        1 welcomed/welcome/VBD O root -1
        2 economic/economic/JJ O amod 3
        3 memos/memo/NNS O nsubj 4
        4 sent/send/VBN O dep 1
        5 by/by/IN O case 6
        6 Gondor/Gondor/NNP PERSON obl 4
        7 last/last/JJ DATE amod 8
        8 week/week/NN DATE obl:tmod 4
        9 ./././ O punct 1
        """;
    assertEquals(List.of("ARN 912 GON"), code(coder2014, parse, "Arnor welcomed economic memos sent by Gondor last week."));
  }

  @Test
  void tabariReadsAPassiveWithoutAByAgentAsActive() {
    // 2014: HEAVILY * [122]; no "by" agent, so the subject is the source.
    String parse = """
        0 Arnor/Arnor/NNP PERSON nsubj:pass 3
        1 was/be/VBD O aux:pass 3
        2 heavily/heavily/RB O advmod 3
        3 criticized/criticize/VBN O root -1
        4 over/over/IN O case 6
        5 its/its/PRP$ O nmod:poss 6
        6 quarrel/quarrel/NN O obl 3
        7 with/with/IN O case 8
        8 Gondor/Gondor/NNP PERSON nmod 6
        9 ./././ O punct 3
        """;
    assertEquals(List.of("ARN 122 GON"), code(coder2014, parse, "Arnor was heavily criticized over its quarrel with Gondor."));
  }

  @Test
  void aSequencePatternWordIsNotStemmed() {
    // 2014: * RESOLUTION [102] does not match "resolutions"; ADOPT's own code 081 applies.
    String parse = """
        0 Arnor/Arnor/NNP PERSON nsubj 1
        1 adopted/adopt/VBD O root -1
        2 a/a/DT O det 3
        3 set/set/NN O obj 1
        4 of/of/IN O case 5
        5 resolutions/resolution/NNS O nmod 3
        6 with/with/IN O case 7
        7 Gondor/Gondor/NNP PERSON nmod 5
        8 ./././ O punct 1
        """;
    assertEquals(List.of("ARN 081 GON"), code(coder2014, parse, "Arnor adopted a set of resolutions with Gondor."));
  }

  private static final String CELEBRATED_EID = """
      0 Arnor/Arnor/NNP PERSON nsubj 1
      1 celebrated/celebrate/VBD O root -1
      2 Eid/Eid/NNP O obj 1
      3 at/at/IN O case 4
      4 Osgiliath/Osgiliath/NNP LOCATION obl 1
      5 with/with/IN O case 6
      6 Gondor/Gondor/NNP PERSON obl 1
      7 ./././ O punct 1
      """;

  @Test
  void theTargetIsInTheTargetSlotNotTheSkippedOne() {
    // 2014: * EID AT ^ WITH + [043]: the actor after AT is skipped, the one after WITH is the target.
    assertEquals(List.of("ARN 043 GON"), code(coder2014, CELEBRATED_EID, "Arnor celebrated Eid at Osgiliath with Gondor."));
    // 2.02: * EID (AT ^) (WITH +) [017]: the target-slot phrase is left to the target search.
    assertEquals(List.of("ARN 017 GON"), code(coder202, CELEBRATED_EID, "Arnor celebrated Eid at Osgiliath with Gondor."));
  }

  @Test
  void targetBeforeAndSourceAfterSlotsSwapTheActors() {
    // 2014: + * MONEY $ [071]: the one who received is the target, the giver the source.
    String parse = """
        0 Gondor/Gondor/NNP PERSON nsubj 1
        1 received/receive/VBD O root -1
        2 money/money/NN O obj 1
        3 from/from/IN O case 4
        4 Arnor/Arnor/NNP PERSON nmod 2
        5 ./././ O punct 1
        """;
    assertEquals(List.of("ARN 071 GON"), code(coder2014, parse, "Gondor received money from Arnor."));
  }

  @Test
  void theSubjectOfAThatClauseIsTheTarget() {
    // 2.02: ALLOW's own code 080; the target is Gondor, the subject of the complement clause.
    String parse = """
        0 Arnor/Arnor/NNP PERSON nsubj 1
        1 allowed/allow/VBD O root -1
        2 that/that/IN O mark 7
        3 Gondor/Gondor/NNP PERSON nsubj 7
        4 is/be/VBZ O cop 7
        5 a/a/DT O det 7
        6 pleasant/pleasant/JJ O amod 7
        7 place/place/NN O ccomp 1
        8 ./././ O punct 1
        """;
    assertEquals(List.of("ARN 080 GON"), code(coder202, parse, "Arnor allowed that Gondor is a pleasant place."));
  }

  @Test
  void aPrepositionalTermMayMatchInsideTheObjectPhrase() {
    // 2.02: * {&TIETYPES MEMOS} (FROM) [091]: "from Gondor" hangs off "memos".
    String parse = """
        0 Arnor/Arnor/NNP PERSON nsubj 1
        1 welcomed/welcome/VBD O root -1
        2 economic/economic/JJ O amod 3
        3 memos/memo/NNS O obj 1
        4 from/from/IN O case 5
        5 Gondor/Gondor/NNP PERSON nmod 3
        6 ./././ O punct 1
        """;
    assertEquals(List.of("ARN 091 GON"), code(coder202, parse, "Arnor welcomed economic memos from Gondor."));
  }

  @Test
  void petrarch2TakesAnAgentlessPassivesSourceFromItsComplements() {
    // 2.02: CRITICIZE 111; no "by" agent: the actor among the complements is the source.
    String parse = """
        0 Arnor/Arnor/NNP PERSON nsubj:pass 2
        1 was/be/VBD O aux:pass 2
        2 criticized/criticize/VBN O root -1
        3 over/over/IN O case 5
        4 its/its/PRP$ O nmod:poss 5
        5 quarrel/quarrel/NN O obl 2
        6 with/with/IN O case 7
        7 Gondor/Gondor/NNP PERSON nmod 5
        8 ./././ O punct 2
        """;
    assertEquals(List.of("GON 111 ARN"), code(coder202, parse, "Arnor was criticized over its quarrel with Gondor."));
  }

  @Test
  void aWordJoinedToTheVerbMustBeNextToIt() {
    // 2014: RECENTLY_* [025] needs "recently" right before the verb; with "did" between, ALLOW's 080.
    String next = """
        0 Arnor/Arnor/NNP PERSON nsubj 2
        1 recently/recently/RB O advmod 2
        2 allowed/allow/VBD O root -1
        3 that/that/IN O mark 6
        4 Gondor/Gondor/NNP PERSON nsubj 6
        5 is/be/VBZ O cop 6
        6 pleasant/pleasant/JJ O ccomp 2
        7 ./././ O punct 2
        """;
    assertEquals(List.of("ARN 025 GON"), code(coder2014, next, "Arnor recently allowed that Gondor is pleasant."));
    String apart = """
        0 Arnor/Arnor/NNP PERSON nsubj 3
        1 recently/recently/RB O advmod 3
        2 did/do/VBD O aux 3
        3 allow/allow/VB O root -1
        4 that/that/IN O mark 7
        5 Gondor/Gondor/NNP PERSON nsubj 7
        6 is/be/VBZ O cop 7
        7 pleasant/pleasant/JJ O ccomp 3
        8 ./././ O punct 3
        """;
    assertEquals(List.of("ARN 080 GON"), code(coder2014, apart, "Arnor recently did allow that Gondor is pleasant."));
  }

  private static List<String> code(DependencyEventCoder coder, String parse, String text) {
    ArticleActors memory = new ArticleActors(LocalDate.of(1995, 1, 1));
    List<String> out = new ArrayList<>();
    for (EventMention m : coder.code(sentence(parse, text), memory)) {
      out.add(m.source().code() + " " + m.code().value() + " " + m.target().map(Actor::code).orElse("-"));
    }
    return out;
  }

  /** A sentence from {@code index word/lemma/POS NER relation head} lines; tokens are spaced in {@code text} order. */
  private static ParsedSentence sentence(String parse, String text) {
    List<Token> tokens = new ArrayList<>();
    List<Dependency> deps = new ArrayList<>();
    int from = 0;
    for (String line : parse.strip().split("\n")) {
      String[] f = line.strip().split(" ");
      String[] wlp = f[1].split("/");
      String word = wlp[0];
      int begin = text.indexOf(word, from);
      if (begin < 0) {
        begin = from;
      }
      int end = begin + word.length();
      from = end;
      tokens.add(new Token(Integer.parseInt(f[0]), word, wlp[1], wlp[2], f[2], "", new CharSpan(begin, end)));
      deps.add(new Dependency(Integer.parseInt(f[4]), Integer.parseInt(f[0]), f[3]));
    }
    return new ParsedSentence(0, new CharSpan(0, text.length()), text, tokens, deps);
  }
}
