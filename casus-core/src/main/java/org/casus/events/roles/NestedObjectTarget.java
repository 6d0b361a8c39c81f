package org.casus.events.roles;

import java.util.List;
import org.casus.model.Actor;

/**
 * "welcomed a resumption of diplomatic ties with X": the first actor down an active verb's
 * object's complements ({@link TargetFinder#nestedTarget}, three levels), when the object is no
 * event noun. PETRARCH's target is the first actor after the verb in its phrase.
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
    for (int o : c.objects()) {
      if (!c.consumed().contains(o) && f.nouns().at(c.s(), o).isEmpty()) {
        f.targets().nestedTarget(c.ctx(), o, out, 3);
      }
      if (!out.isEmpty()) {
        break;
      }
    }
  }
}
