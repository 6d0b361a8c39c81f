package org.casus.events.roles;

import java.util.List;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;

/**
 * "welcomed a resumption of diplomatic ties with X": the first actor down an active verb's
 * object's complements ({@link TargetFinder#nestedTarget}, three levels), when the object is no
 * event noun; for an event noun, the actor of its "with" complement, the deed's partner ("endorsed an
 * agreement with X"). PETRARCH's target is the first actor after the verb in its phrase.
 */
public final class NestedObjectTarget implements TargetRule {
  @Override
  public String id() {
    return "target:object-complement";
  }

  @Override
  public void find(VerbClause c, RoleFinders f, List<Actor> out) {
    if (c.passive()) {
      return;
    }
    ParsedSentence s = c.s();
    for (int o : c.objects()) {
      if (!c.consumed().contains(o) && f.nouns().at(s, o).isEmpty()) {
        f.targets().nestedTarget(c.ctx(), o, out, 3);
      } else if (!c.consumed().contains(o)) {
        // "endorsed an association agreement with the EU", "rejected talks with the rebels": the
        // partner of a deed noun named with "with" is the one the subject's act concerns
        for (int k : s.children(o, "nmod")) {
          if (s.caseOrMark(k) >= 0 && s.caseWord(k).equals("with")) {
            f.targets().targetsOf(c.ctx(), k, out);
            break;
          }
        }
      }
      if (!out.isEmpty()) {
        break;
      }
    }
  }
}
