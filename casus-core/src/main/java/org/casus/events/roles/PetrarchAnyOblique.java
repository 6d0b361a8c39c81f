package org.casus.events.roles;

import java.util.List;
import org.casus.events.EventWords;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;

/**
 * "warned of the Prince of Dol Amroth": PETRARCH takes the first actor after the verb in its
 * phrase, whatever the preposition (not a pattern word, a passive's "by" agent or a date).
 */
public final class PetrarchAnyOblique implements TargetRule {
  @Override
  public String id() {
    return "target:petrarch-any-oblique";
  }

  @Override
  public void find(VerbClause c, RoleFinders f, List<Actor> out) {
    ParsedSentence s = c.s();
    for (int k : s.children(c.verb(), "obl")) {
      if (out.isEmpty() && s.caseOrMark(k) >= 0 && !c.consumed().contains(k) && !(c.passive() && s.hasCase(k, "by"))
          && !EventWords.isTime(s, k)) {
        f.targets().targetsOf(c.ctx(), k, out);
      }
    }
  }
}
