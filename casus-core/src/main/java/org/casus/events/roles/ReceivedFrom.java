package org.casus.events.roles;

import java.util.ArrayList;
import java.util.List;
import org.casus.events.SentenceContext;
import org.casus.events.pattern.VerbPatternMatcher;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;

/**
 * "Hezbollah received assurances from Iran", "the opposition obtained a commitment from the
 * government": a verb of receiving coded by a pattern CAMEO 2.0 writes with a passive code only
 * ({@code :030} for OBTAIN * ASSURANCE; code rule suffix {@link VerbPatternMatcher#RECEIVED}) is
 * the giver's deed to the receiver, as TABARI's paired code {@code :B} reads it (the event from
 * the target to the source): the source is the actor of the "from" phrase, of the verb or of its
 * object, and the target is the receiving subject. With no giver named there is no source, and no
 * event. Stateless; thread-safe.
 */
public final class ReceivedFrom implements RoleRule {
  @Override
  public String id() {
    return "role:received-from";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    if (!r.code().rule().endsWith(VerbPatternMatcher.RECEIVED)) {
      return r;
    }
    VerbClause c = r.clause();
    ParsedSentence s = c.s();
    List<Integer> phrases = new ArrayList<>(s.children(c.verb(), "obl"));
    for (int o : s.children(c.verb(), "obj")) {
      phrases.addAll(s.children(o, "nmod")); // "assurances from Iran"
    }
    List<Actor> givers = new ArrayList<>();
    for (int k : phrases) {
      if (s.caseOrMark(k) >= 0 && s.caseWord(k).equals("from")) {
        f.targets().targetsOf(c.ctx(), k, givers);
        if (!givers.isEmpty()) {
          break;
        }
      }
    }
    SentenceContext ctx = c.ctx();
    if (ctx.trace().on()) {
      ctx.step(c.verb(), id(), "givers " + givers.stream().map(Actor::code).toList() + ", receivers "
          + r.sources().stream().map(Actor::code).toList());
    }
    return r.withTargets(r.sources()).withSources(givers);
  }
}
