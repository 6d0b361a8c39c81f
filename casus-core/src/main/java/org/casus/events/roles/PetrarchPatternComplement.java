package org.casus.events.roles;

import java.util.List;
import org.casus.model.Actor;

/**
 * PETRARCH convention: a complement that belongs to the matched pattern ("clashed over the efforts
 * of X", pattern {@code * (OVER EFFORTS)}) is not the target, but the first actor down its own
 * complements is (PETRARCH takes the first actor after the verb in its phrase).
 */
public final class PetrarchPatternComplement implements TargetRule {
  @Override
  public String id() {
    return "target:petrarch-pattern-complement";
  }

  @Override
  public void find(VerbClause c, RoleFinders f, List<Actor> out) {
    for (int k : c.s().children(c.verb(), "obl")) {
      if (c.consumed().contains(k) && f.nouns().at(c.s(), k).isEmpty()) {
        f.targets().nestedTarget(c.ctx(), k, out, 3);
      }
      if (!out.isEmpty()) {
        return;
      }
    }
  }
}
