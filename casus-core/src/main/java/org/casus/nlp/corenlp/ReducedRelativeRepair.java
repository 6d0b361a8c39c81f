package org.casus.nlp.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casus.nlp.Dependency;
import org.casus.nlp.Token;

/**
 * A reduced relative clause before the verb of its sentence: "Attacks conducted by the army kill
 * 20 people", "An attack perpetrated by the militia hits a hospital", "Troops backed by artillery
 * attacked the town". The parser reads such a sentence as a garden path: the participle becomes
 * the root with the noun before it as its subject, and the sentence's real verb hangs from it as
 * an unlabelled {@code dep} (or {@code parataxis}) with no subject. The event of the real verb then
 * has no source and the noun's doer is lost.
 *
 * <p>The repair reads the shape the parser gives, which no grammatical main clause has: a root
 * tagged VBN (a past participle), or VBD with a "by" agent (the tagger's other reading of the same
 * participle: "airstrikes carried out by Russian forces killed ..."), with a noun subject before
 * it and no auxiliary, and after it a finite verb (VBZ, VBP, VBD, or VB without "to" or an auxiliary)
 * attached as {@code dep} or {@code parataxis} that has no subject of its own. That verb becomes the root, the noun its
 * subject ({@code nsubj}), and the participle a clause modifying the noun ({@code acl}, as UD
 * attaches a reduced relative); the participle keeps its dependents up to the verb, the ones after
 * the verb (the final punctuation) go to the verb. Any other parse is returned unchanged.
 *
 * <p>Stateless; thread-safe.
 */
final class ReducedRelativeRepair {
  /**
   * Tags of a finite verb that can be the sentence's real verb; VB too, which the tagger gives a
   * present plural after the misread participle ("Attacks conducted by the army kill").
   */
  private static final Set<String> FINITE = Set.of("VBZ", "VBP", "VBD", "VB");
  /** Relations by which the parser hangs the real verb from the participle. */
  private static final Set<String> ORPHAN = Set.of("dep", "parataxis");

  private ReducedRelativeRepair() {}

  /**
   * The arcs of the sentence with a reduced relative read as the root repaired (see the class
   * comment); {@code deps} itself when the parse has no such shape.
   *
   * @param tokens the sentence's tokens, in order
   * @param deps the sentence's arcs, one root arc (governor -1) among them
   * @return the repaired arcs, or {@code deps} unchanged; never null
   */
  static List<Dependency> repair(List<Token> tokens, List<Dependency> deps) {
    int root = -1;
    for (Dependency d : deps) {
      if (d.governor() == -1) {
        if (root >= 0) {
          return deps; // several roots: not a tree this repair reads
        }
        root = d.dependent();
      }
    }
    if (root < 0 || !(tokens.get(root).pos().equals("VBN")
        || tokens.get(root).pos().equals("VBD") && hasByAgent(tokens, deps, root))) {
      return deps;
    }
    int subject = -1;
    int verb = -1;
    for (Dependency d : deps) {
      if (d.governor() != root) {
        continue;
      }
      String rel = d.relation();
      if (rel.startsWith("aux") || rel.equals("cop") || rel.equals("nsubj:pass") || rel.equals("expl")) {
        return deps; // "were conducted", "has launched": a real verb group
      }
      if (rel.equals("nsubj") && d.dependent() < root && tokens.get(d.dependent()).isNoun()) {
        subject = d.dependent();
      } else if (ORPHAN.contains(rel) && d.dependent() > root && verb < 0
          && FINITE.contains(tokens.get(d.dependent()).pos())) {
        verb = d.dependent();
      }
    }
    if (subject < 0 || verb < 0 || hasSubjectOrAuxiliary(deps, verb)) {
      return deps;
    }
    List<Dependency> out = new ArrayList<>(deps.size());
    for (Dependency d : deps) {
      if (d.governor() == -1) {
        out.add(new Dependency(-1, verb, "root"));
      } else if (d.governor() == root && d.dependent() == subject) {
        out.add(new Dependency(verb, subject, "nsubj"));
      } else if (d.governor() == root && d.dependent() == verb) {
        out.add(new Dependency(subject, root, "acl"));
      } else if (d.governor() == root && d.dependent() > verb) {
        out.add(new Dependency(verb, d.dependent(), d.relation()));
      } else {
        out.add(d);
      }
    }
    return out;
  }

  /** Whether {@code v} has an oblique with "by" (the participle's agent). */
  private static boolean hasByAgent(List<Token> tokens, List<Dependency> deps, int v) {
    for (Dependency d : deps) {
      if (d.governor() == v && d.relation().startsWith("obl")) {
        for (Dependency c : deps) {
          if (c.governor() == d.dependent() && c.relation().equals("case")
              && tokens.get(c.dependent()).word().equalsIgnoreCase("by")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean hasSubjectOrAuxiliary(List<Dependency> deps, int v) {
    for (Dependency d : deps) {
      String rel = d.relation();
      if (d.governor() == v && (rel.startsWith("nsubj") || rel.startsWith("aux") || rel.equals("mark"))) {
        return true;
      }
    }
    return false;
  }
}
