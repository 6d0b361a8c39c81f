package org.casus.events.roles;

import java.util.List;
import org.casus.events.EventWords;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;

/**
 * "He invited X ... and urged ...": an active verb coordinated with an earlier one and without an
 * object of its own shares the earlier verb's object, up through coordination and open
 * complements (three steps). What was said about is not the deed's target ("says the UK's decision
 * to board and detain"): the climb stops at a verb of saying.
 */
public final class CoordinatedVerbObject implements TargetRule {
  @Override
  public String id() {
    return "target:coordinated-verb-object";
  }

  @Override
  public void find(VerbClause c, RoleFinders f, List<Actor> out) {
    ParsedSentence s = c.s();
    if (c.passive() || !s.relation(c.verb()).equals("conj")) {
      return;
    }
    int up = s.head(c.verb());
    for (int i = 0; i < 3 && up >= 0 && out.isEmpty(); i++) {
      if (i > 0 && EventWords.isSaying(s, up)) {
        break;
      }
      for (int o : s.children(up, "obj")) {
        f.targets().targetsOf(c.ctx(), o, out);
      }
      if (!s.relation(up).equals("xcomp") && !s.relation(up).equals("conj")) {
        break;
      }
      up = s.head(up);
    }
  }
}
