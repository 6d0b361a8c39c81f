package org.casus.events.roles;

import java.util.List;
import org.casus.model.Actor;
import org.casus.model.CharSpan;
import org.casus.nlp.ParsedSentence;

/**
 * "Lavrov and Rubio discuss the Ukraine war", "the ministers discuss the Israeli strikes": the
 * object of a consultation (CAMEO 04) that is a deed noun is what was discussed, and an actor that
 * only modifies it before the noun ("Ukraine", "Israeli") is the topic's, not a party to the talks
 * ("restart trade talks with Canada" keeps Canada, the partner after the noun). Such targets are
 * dropped; a compound subject then consults with itself, each member with the other, as the
 * events stage pairs it ("Iran and China met"). An actor that heads the object ("discussed Iran")
 * stays. Stateless; thread-safe.
 */
public final class TalksTopic implements RoleRule {
  @Override
  public String id() {
    return "target:talks-topic";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    VerbClause c = r.clause();
    if (!r.code().code().startsWith("04") || r.targets().isEmpty() || c.passive()) {
      return r;
    }
    ParsedSentence s = c.s();
    List<Actor> kept = r.targets();
    for (int o : s.children(c.verb(), "obj")) {
      if (f.nouns().at(s, o).isEmpty()) {
        continue;
      }
      CharSpan phrase = s.subtreeSpan(o);
      CharSpan head = s.token(o).span();
      // only a modifier before the noun: "talks with Canada" names a party
      kept = kept.stream().filter(t -> !(t.span().within(phrase) && t.span().end() <= head.begin())).toList();
    }
    if (kept.size() == r.targets().size()) {
      return r;
    }
    if (c.ctx().trace().on()) {
      c.ctx().step(c.verb(), id(), "an actor modifying the deed discussed is the topic's, not a party");
    }
    return r.withTargets(kept);
  }
}
