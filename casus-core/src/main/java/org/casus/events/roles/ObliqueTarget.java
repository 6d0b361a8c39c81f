package org.casus.events.roles;

import java.util.List;
import org.casus.events.EventWords;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;

/**
 * The first complement of the verb with a target preposition ({@link EventWords#TARGET_PREPS})
 * that names an actor: "met with X", "fired at X", "appealed to X". Dates and times are no targets.
 */
public final class ObliqueTarget implements TargetRule {
  @Override
  public String id() {
    return "target:oblique";
  }

  @Override
  public void find(VerbClause c, RoleFinders f, List<Actor> out) {
    ParsedSentence s = c.s();
    for (int k : s.children(c.verb(), "obl")) {
      if (c.consumed().contains(k)) {
        continue;
      }
      if (s.caseOrMark(k) < 0 || !EventWords.TARGET_PREPS.contains(s.caseWord(k)) || EventWords.isTime(s, k)) {
        continue;
      }
      f.targets().targetsOf(c.ctx(), k, out);
      if (!out.isEmpty()) {
        break;
      }
    }
  }
}
