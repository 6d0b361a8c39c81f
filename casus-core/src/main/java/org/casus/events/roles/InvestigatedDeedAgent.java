package org.casus.events.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casus.events.SentenceContext;
import org.casus.lexicon.Lexicon;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;

/**
 * "Kenya is investigating the alleged abuse of refugees by Kenyan police", "the UN opened an
 * inquiry into abuses by the Sudanese army": an investigation (CAMEO 1.1b3 category 09,
 * "Investigate") of a deed whose doer its phrase names with "by" targets the doer, as the manual
 * codes an investigation at the actor investigated, not at the deed's victims. The deed is the
 * verb's object, that object's "into"/"of"/"over" complement (lexicon class
 * {@code investigated-deed-preposition}), or such a complement of the verb; the doer is the "by"
 * complement of the deed, or, since the parser often hangs it there, a "by" complement of the
 * active verb itself (an active verb has no "by" agent of its own). A doer that is the source is
 * left alone. Stateless; thread-safe.
 */
public final class InvestigatedDeedAgent implements RoleRule {
  private static final Set<String> DEED_PREPS = Lexicon.words("investigated-deed-preposition");

  @Override
  public String id() {
    return "target:investigated-deed-agent";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    if (!r.code().code().startsWith("09")) {
      return r;
    }
    SentenceContext ctx = r.clause().ctx();
    ParsedSentence s = ctx.sentence();
    List<Integer> deeds = new ArrayList<>();
    for (int o : r.clause().objects()) {
      deeds.add(o);
      s.children(o, "nmod").stream().filter(c -> DEED_PREPS.contains(s.caseWord(c))).forEach(deeds::add);
    }
    s.children(r.verb(), "obl").stream().filter(c -> DEED_PREPS.contains(s.caseWord(c))).forEach(deeds::add);
    List<Integer> agents = new ArrayList<>();
    for (int d : deeds) {
      s.children(d, "nmod").stream().filter(c -> s.hasCase(c, "by")).forEach(agents::add);
    }
    if (agents.isEmpty() && !r.clause().passive() && !deeds.isEmpty()) {
      s.children(r.verb(), "obl").stream().filter(c -> s.hasCase(c, "by")).forEach(agents::add);
    }
    List<Actor> doers = new ArrayList<>();
    for (int a : agents) {
      f.phrases().addWithConjuncts(ctx, a, doers);
    }
    doers.removeIf(d -> !d.isCoded() || r.isSourceCode(d.code()));
    return doers.isEmpty() ? r : r.withTargets(doers);
  }
}
