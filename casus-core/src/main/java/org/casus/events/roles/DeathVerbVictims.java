package org.casus.events.roles;

import java.util.List;
import java.util.Set;
import org.casus.events.EventWords;
import org.casus.lexicon.Lexicon;
import org.casus.model.Actor;

/**
 * The subject of a verb of dying is the victim, never the doer: in "three civilians die in
 * airstrikes carried out by the army" and "five Palestinians died in an Israeli strike" the dead
 * suffer the force of the strike's perpetrator, as in the passive "were killed in airstrikes by
 * the army". The CAMEO 2.0 verb dictionary codes DIE 190 (its patterns "* (IN CLASHES)", "* (IN
 * {SUICIDE BOMBING})" ... refine the code), and a plain reading of that entry makes the dead the
 * source. This rule makes the subject's actors the targets and the perpetrators of the event noun
 * in the verb's oblique ("in airstrikes by X", "in X's shelling") the sources
 * ({@link SourceFinder#perpetratorsOfEnclosingEvent}); with no such perpetrator the clause keeps
 * no source and codes nothing ("the governor died in office", "children died of malnutrition").
 * Verbs: lexicon class {@code death-verb} (die, perish), active voice. Stateless; thread-safe.
 */
public final class DeathVerbVictims implements RoleRule {
  private static final Set<String> DEATH_VERBS = Lexicon.words("death-verb");

  @Override
  public String id() {
    return "role:death-verb-victims";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    VerbClause c = r.clause();
    if (c.passive() || r.readAsActive() || !EventWords.lemmaIn(c.s(), c.verb(), DEATH_VERBS)) {
      return r;
    }
    List<Actor> doers = f.sources().perpetratorsOfEnclosingEvent(c.ctx(), c.verb());
    return r.withTargets(r.sources()).withSources(doers);
  }
}
