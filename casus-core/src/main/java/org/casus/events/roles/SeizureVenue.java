package org.casus.events.roles;

import java.util.List;
import java.util.Set;
import org.casus.lexicon.Lexicon;
import org.casus.model.Actor;
import org.casus.model.CharSpan;
import org.casus.nlp.ParsedSentence;

/**
 * "The coast guard seizes two tonnes of cocaine on a cargo ship", "police arrested twelve men
 * aboard a fishing boat": a seizure (CAMEO 171 and its subcodes) or an arrest (173) whose active
 * verb names what or whom it took as its object happened on or in the place an "on", "aboard",
 * "in" or "at" phrase names; that phrase is where, not on whom, and its actor (a ship read as a
 * company) is no target. The deed keeps the targets of its other phrases, or none (then
 * {@link org.casus.events.rules.DeedWithoutTarget} may code it with its doer alone). A seizure
 * with no object ("troops stormed and seized control on Monday") is left alone, as is a
 * seizure's "from" party ("seized weapons from the rebels"). Prepositions: lexicon class
 * {@code seizure-venue-preposition}. Stateless; thread-safe.
 */
public final class SeizureVenue implements RoleRule {
  private static final Set<String> VENUE_PREPS = Lexicon.words("seizure-venue-preposition");
  /** CAMEO 173 "Arrest, detain, or charge with legal action". */
  private static final String ARREST = "173";
  /** CAMEO 171 "Seize or damage property", with its subcodes 1711 and 1712. */
  private static final String SEIZE = "171";

  @Override
  public String id() {
    return "target:seizure-venue";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    String code = r.code().code();
    VerbClause c = r.clause();
    if (!(code.startsWith(SEIZE) || code.equals(ARREST)) || c.passive() || c.objects().isEmpty()
        || r.targets().isEmpty()) {
      return r;
    }
    ParsedSentence s = c.s();
    List<Actor> kept = r.targets();
    for (int k : s.children(c.verb(), "obl")) {
      if (s.caseOrMark(k) < 0 || !VENUE_PREPS.contains(s.caseWord(k))) {
        continue;
      }
      CharSpan venue = s.subtreeSpan(k);
      kept = kept.stream().filter(t -> !t.span().within(venue)).toList();
    }
    if (kept.size() == r.targets().size()) {
      return r;
    }
    if (c.ctx().trace().on()) {
      c.ctx().step(c.verb(), id(), "an 'on'/'in' phrase of a seizure with an object is where, not whom");
    }
    return r.withTargets(kept);
  }
}
