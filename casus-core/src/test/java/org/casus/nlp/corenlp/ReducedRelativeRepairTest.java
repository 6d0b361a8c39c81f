package org.casus.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.casus.model.CharSpan;
import org.casus.nlp.Dependency;
import org.casus.nlp.Token;
import org.junit.jupiter.api.Test;

/** The garden-path repair on hand-built parses of the shape the parser gives (no CoreNLP). */
class ReducedRelativeRepairTest {

  /** Tokens "w/TAG ..." with lemma = word. */
  private static List<Token> tokens(String tagged) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String wt : tagged.split(" ")) {
      int slash = wt.lastIndexOf('/');
      String w = wt.substring(0, slash);
      out.add(new Token(out.size(), w, w.toLowerCase(), wt.substring(slash + 1), "O", "", new CharSpan(at, at + w.length())));
      at += w.length() + 1;
    }
    return out;
  }

  private static Dependency arc(int gov, int dep, String rel) {
    return new Dependency(gov, dep, rel);
  }

  private static Dependency find(List<Dependency> deps, int dependent) {
    return deps.stream().filter(d -> d.dependent() == dependent).findFirst().orElseThrow();
  }

  @Test
  void participleRootBecomesRelativeClauseOfTheSubject() {
    // Strikes(0) launched(1) by(2) rebels(3) hit(4) a(5) depot(6) .(7)
    List<Token> t = tokens("Strikes/NNS launched/VBN by/IN rebels/NNS hit/VBD a/DT depot/NN ./.");
    List<Dependency> deps = List.of(arc(1, 0, "nsubj"), arc(-1, 1, "root"), arc(3, 2, "case"), arc(1, 3, "obl"),
        arc(1, 4, "dep"), arc(6, 5, "det"), arc(4, 6, "obj"), arc(1, 7, "punct"));
    List<Dependency> out = ReducedRelativeRepair.repair(t, deps);
    assertEquals(arc(-1, 4, "root"), find(out, 4));
    assertEquals(arc(4, 0, "nsubj"), find(out, 0));
    assertEquals(arc(0, 1, "acl"), find(out, 1));
    assertEquals(arc(1, 3, "obl"), find(out, 3), "the agent stays with the participle");
    assertEquals(arc(4, 7, "punct"), find(out, 7), "what follows the verb goes to the verb");
    assertEquals(deps.size(), out.size());
  }

  @Test
  void pastTenseTagWithByAgentIsRepairedToo() {
    // raids(0) carried(1) out(2) by(3) troops(4) killed(5) ten(6) .(7)
    List<Token> t = tokens("raids/NNS carried/VBD out/RP by/IN troops/NNS killed/VBD ten/CD ./.");
    List<Dependency> deps = List.of(arc(1, 0, "nsubj"), arc(-1, 1, "root"), arc(1, 2, "compound:prt"),
        arc(4, 3, "case"), arc(1, 4, "obl"), arc(1, 5, "dep"), arc(5, 6, "obj"), arc(1, 7, "punct"));
    List<Dependency> out = ReducedRelativeRepair.repair(t, deps);
    assertEquals(arc(-1, 5, "root"), find(out, 5));
    assertEquals(arc(0, 1, "acl"), find(out, 1));
  }

  @Test
  void pastTenseWithoutByAgentIsAMainVerb() {
    // Troops(0) stormed(1) ,(2) residents(3) fled(4) — a parse oddity, but no participle to repair
    List<Token> t = tokens("Troops/NNS stormed/VBD ,/, residents/NNS fled/VBD");
    List<Dependency> deps = List.of(arc(1, 0, "nsubj"), arc(-1, 1, "root"), arc(1, 2, "punct"), arc(4, 3, "nsubj"),
        arc(1, 4, "parataxis"));
    assertSame(deps, ReducedRelativeRepair.repair(t, deps));
  }

  @Test
  void realPassiveAndVerbWithItsOwnSubjectAreLeftAlone() {
    // The(0) attack(1) was(2) perpetrated(3) by(4) gunmen(5) .(6)
    List<Token> passive = tokens("The/DT attack/NN was/VBD perpetrated/VBN by/IN gunmen/NNS ./.");
    List<Dependency> p = List.of(arc(1, 0, "det"), arc(3, 1, "nsubj:pass"), arc(3, 2, "aux:pass"),
        arc(-1, 3, "root"), arc(5, 4, "case"), arc(3, 5, "obl"), arc(3, 6, "punct"));
    assertSame(p, ReducedRelativeRepair.repair(passive, p));
    // Aid(0) delivered(1) by(2) trucks(3) officials(4) say(5): the later verb has its own subject
    List<Token> said = tokens("Aid/NN delivered/VBN by/IN trucks/NNS officials/NNS say/VBP");
    List<Dependency> d = List.of(arc(1, 0, "nsubj"), arc(-1, 1, "root"), arc(3, 2, "case"), arc(1, 3, "obl"),
        arc(5, 4, "nsubj"), arc(1, 5, "parataxis"));
    assertSame(d, ReducedRelativeRepair.repair(said, d));
    assertTrue(ReducedRelativeRepair.repair(said, d).contains(arc(-1, 1, "root")));
  }
}
