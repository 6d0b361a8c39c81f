package org.casus.events.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VerbDictionaryTest {
  static VerbDictionary verbs;

  @BeforeAll
  static void load() throws Exception {
    verbs = VerbDictionary.loadDefault();
  }

  @Test
  void meetIsInMeetPeopleBlock() {
    VerbEntry meet = verbs.verb("meet").orElseThrow();
    assertEquals("MEET_PEOPLE", meet.block());
    assertEquals("040", meet.code());
    assertEquals(List.of("MEET"), meet.words());
    assertTrue(meet.rule().matches("verbs:\\d+"), meet.rule());
    assertEquals(meet, verbs.verb("MEET").orElseThrow());
    assertEquals(meet, verbs.verbForm("met").orElseThrow());
    assertFalse(verbs.patterns("MEET_PEOPLE").isEmpty());
  }

  @Test
  void multiwordVerbs() {
    List<VerbEntry> meet = verbs.multiwordVerbs("meet");
    VerbEntry meetWith = meet.stream().filter(e -> e.lemma().equals("MEET WITH")).findFirst().orElseThrow();
    assertEquals(List.of("MEET", "WITH"), meetWith.words());
    assertEquals(0, meetWith.inflectedIndex());
    assertEquals("MEET_PEOPLE", meetWith.block());
    List<String> call = verbs.multiwordVerbs("call").stream().map(VerbEntry::lemma).toList();
    assertTrue(call.containsAll(List.of("CALL OFF", "CALL UP")), call.toString());
    assertEquals("160", verbs.verb("call off").orElseThrow().code());
    assertTrue(verbs.multiwordVerbs("sleep").isEmpty());
  }

  @Test
  void callForIsAPatternOfCall() {
    // CAMEO.2.0 has no +CALL_FOR verb: "call for" is the CALL block's pattern "* (FOR)" -> 020
    VerbEntry call = verbs.verb("call").orElseThrow();
    VerbPattern callFor = verbs.patterns(call.block()).stream()
        .filter(p -> p.before().isEmpty() && p.after().size() == 1
            && p.after().get(0).prepositions().equals(List.of("FOR")) && p.after().get(0).words().isEmpty())
        .findFirst().orElseThrow();
    assertEquals("020", callFor.codeActive());
    assertTrue(callFor.id().startsWith("verb_patterns:"));
  }

  @Test
  void casusPatternRowsReplaceTheirCameoCode() {
    // verb_patterns-casus: signing a ceasefire is CAMEO 057; declaring one keeps CAMEO 2.0's 0871.
    List<VerbPattern> ceasefire = verbs.patterns("SIGN").stream()
        .filter(p -> p.after().size() == 1 && p.after().get(0).words().equals(List.of("&CEASEFIRE"))).toList();
    assertEquals(1, ceasefire.size(), ceasefire.toString());
    assertEquals("057", ceasefire.get(0).codeActive());
    assertTrue(ceasefire.get(0).id().startsWith("verb_patterns-casus:"), ceasefire.get(0).id());
    assertTrue(verbs.patterns("DECREE").stream().anyMatch(p -> p.codeActive().equals("0871")
        && p.after().size() == 1 && p.after().get(0).words().equals(List.of("&CEASEFIRE"))));
    assertTrue(verbs.versions().contains("verb_patterns-casus@"), verbs.versions());
  }

  @Test
  void casusSynsetRowsAddMembers() throws Exception {
    // synsets-casus: a "deal" is a concluded agreement, so SIGN * &TREATY (057) reads "signed the deal"
    assertTrue(verbs.synset("TREATY").contains("DEAL"), verbs.synset("TREATY").toString());
    assertTrue(verbs.synset("TREATY").contains("ACCORD"), "CAMEO 2.0's own members are kept");
    assertTrue(verbs.versions().contains("synsets-casus@"), verbs.versions());
  }

  @Test
  void passiveOnlyCode() {
    // APPEAR: ":173 * (BEFORE COURT)" - passive voice only
    VerbPattern p = verbs.patterns(verbs.verb("appear").orElseThrow().block()).stream()
        .filter(x -> x.codePassive().equals("173") && x.codeActive().isEmpty()).findFirst().orElseThrow();
    assertEquals("173", p.code(true));
    assertEquals("", p.code(false));
  }

  @Test
  void activePassivePair() {
    VerbPattern p = verbs.patterns("ACCELERATE").stream().filter(x -> x.codePassive().equals("043"))
        .findFirst().orElseThrow();
    assertEquals("042", p.code(false));
    assertEquals("043", p.code(true));
  }

  @Test
  void synsets() {
    Set<String> cf = verbs.synset("CEASEFIRE");
    assertTrue(cf.contains("TRUCE"), cf.toString());
    assertTrue(cf.contains("CEASE FIRE"), cf.toString());
    assertEquals(cf, verbs.synset("&ceasefire"));
    assertTrue(verbs.synset("AIRCRAFT").contains("DRONE"));
    assertTrue(verbs.synset("NO_SUCH_SET").isEmpty());
  }

  @Test
  void problemsAreReportedNotFatal() {
    Map<String, Integer> counts = verbs.patternProblemCounts();
    // upstream "080!" (SUPPORT * DOWN (FROM)) is not a code
    assertTrue(verbs.patternProblems().stream().anyMatch(s -> s.startsWith("skipped") && s.contains("080!")),
        verbs.patternProblems().toString());
    int skipped = counts.entrySet().stream().filter(e -> e.getKey().startsWith("skipped"))
        .mapToInt(Map.Entry::getValue).sum();
    assertEquals(4668, verbs.patternCount() + skipped);
    assertTrue(skipped < 5, counts.toString());
  }

}
