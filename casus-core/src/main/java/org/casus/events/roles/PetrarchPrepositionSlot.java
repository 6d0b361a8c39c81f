package org.casus.events.roles;

import java.util.ArrayList;
import java.util.List;
import org.casus.events.pattern.PatternMatch;
import org.casus.events.pattern.PatternTerm;
import org.casus.events.pattern.VerbPatternMatcher;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;

/**
 * PETRARCH convention: the actors of the phrase a bare prepositional pattern term matched ("AGREE *
 * (WITH)", "CELEBRATE * IFTAR (WITH)": the "with" phrase is the target, before any other
 * complement). By the CAMEO reading that phrase belongs to the pattern.
 */
public final class PetrarchPrepositionSlot implements RoleRule {
  @Override
  public String id() {
    return "target:petrarch-preposition-slot";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    if (r.readAsActive() || r.code().match().isEmpty()) {
      return r;
    }
    PatternMatch pm = r.code().match().get();
    if (!f.convention().readsPatternsAsWordSequences() || f.verbs().hasSlotMarkers(pm.pattern())) {
      return r;
    }
    List<String> barePreps = new ArrayList<>();
    for (PatternTerm term : pm.pattern().after()) {
      if (!term.sequence() && term.words().isEmpty()) {
        barePreps.addAll(term.prepositions());
      }
    }
    ParsedSentence s = r.clause().s();
    int v = r.verb();
    List<Actor> out = new ArrayList<>();
    for (int k : pm.tokens()) {
      int c = s.head(k);
      if (s.relation(k).equals("case") && VerbPatternMatcher.containsIgnoreCase(barePreps, s.token(k).word()) && c >= 0
          && s.head(c) == v && s.relation(c).startsWith("obl") && !r.clause().consumed().contains(c) && out.isEmpty()) {
        f.targets().targetsOf(r.clause().ctx(), c, out);
      }
    }
    return out.isEmpty() ? r : r.withTargets(out);
  }
}
