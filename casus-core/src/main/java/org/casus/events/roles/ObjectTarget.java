package org.casus.events.roles;

import java.util.List;
import java.util.Set;
import org.casus.lexicon.Lexicon;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;

/**
 * The verb's object is the target (the passive subject of a passive verb): "Iran warned Israel".
 * When an active verb's object names no actor and is no event, its "on", "against", "upon" or
 * "at" complement is the target: "inflicted damage on X", "imposed sanctions on X". An event
 * noun's complement is that event's target, not this verb's ("condemned the attack on Israel" does
 * not condemn Israel). Objects the pattern used are skipped.
 */
public final class ObjectTarget implements TargetRule {
  private static final Set<String> OBJECT_COMPLEMENT_CASES = Lexicon.words("object-complement-preposition");

  @Override
  public String id() {
    return "target:object";
  }

  @Override
  public void find(VerbClause c, RoleFinders f, List<Actor> out) {
    ParsedSentence s = c.s();
    for (int o : c.objects()) {
      if (c.consumed().contains(o)) {
        continue;
      }
      f.targets().targetsOf(c.ctx(), o, out);
      if (out.isEmpty() && !c.passive() && f.nouns().at(s, o).isEmpty()) {
        for (int k : s.children(o, "nmod")) {
          if (s.caseOrMark(k) >= 0 && OBJECT_COMPLEMENT_CASES.contains(s.caseWord(k))) {
            f.targets().targetsOf(c.ctx(), k, out);
          }
        }
      }
    }
  }
}
