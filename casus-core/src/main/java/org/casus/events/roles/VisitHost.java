package org.casus.events.roles;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casus.events.EventWords;
import org.casus.events.pattern.VerbCode;
import org.casus.lexicon.Lexicon;
import org.casus.model.Actor;
import org.casus.model.CharSpan;
import org.casus.nlp.ParsedSentence;

/**
 * "Brazil's president arrived in Angola on a state visit", "an Iranian delegation arrives in Doha,
 * Qatar, for talks": an arrival in or travel to a named place (a verb of lexicon class
 * {@code arrival-verb} that the dictionary codes as a consultation, CAMEO root 04) by a state's
 * official, force, envoy or delegation is a visit to the state that holds the place: CAMEO 042
 * "Make a visit" (the CAMEO manual: travel to another location for a meeting or other event), rule
 * suffix {@code +visit}. When the destination named a state's actor ("travelled to Amman": JORGOV)
 * that is the visited. With no target, the target is the place phrase in no known country (code
 * {@code ---}, rule {@code visit-host}); the article stage gives it the country of the event's place
 * ({@link org.casus.actors.article.PlaceCountry}) when that is not the visitor's own, and travel
 * within the actor's own country, or to a place of no known country, drops as a role with no
 * country. The place is an "in", "to" or "at" complement whose head the NER tags as a location.
 * Applies only where actors are read with the article's world. Stateless; thread-safe.
 */
public final class VisitHost implements RoleRule {
  /** The rule of the host target. */
  public static final String RULE = org.casus.actors.article.PlaceCountry.VISIT_HOST;
  private static final Set<String> ARRIVAL_VERBS = Lexicon.words("arrival-verb");
  private static final Set<String> DESTINATION_PREPS = Set.of("in", "to", "at");
  /**
   * First sectors of visitors: a state's officials, forces and envoys, and the clergy; a bare
   * state or delegation has none. Refugees, migrants and other people arriving make no visit.
   */
  private static final Set<String> VISITOR_SECTORS = Set.of("GOV", "ELI", "DIP", "LEG", "MIL", "SPY", "JUD", "REL");

  @Override
  public String id() {
    return "target:" + RULE;
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    VerbClause c = r.clause();
    ParsedSentence s = c.s();
    if (!f.convention().readsArticleWorld() || r.sources().stream().noneMatch(VisitHost::visitor)
        || !r.code().code().startsWith("04") || !EventWords.lemmaIn(s, c.verb(), ARRIVAL_VERBS)) {
      return r;
    }
    for (int k : s.children(c.verb(), "obl")) {
      if (s.caseOrMark(k) < 0 || !DESTINATION_PREPS.contains(s.caseWord(k))) {
        continue;
      }
      if (!r.targets().isEmpty()) {
        // "travelled to Amman": the destination named a state's actor already; the arrival is a visit to it
        CharSpan where = s.subtreeSpan(k);
        boolean atDestination = r.targets().stream().allMatch(t -> t.span().within(where));
        return atDestination ? r.withCode(visit(r)) : r;
      }
      if (s.token(k).ner().equals("LOCATION")) {
        Optional<Actor> host = HeldPlace.pending(s, k)
            .map(a -> Actor.ofCode(a.text(), a.code(), a.span(), RULE));
        if (host.isPresent()) {
          return r.withTargets(List.of(host.get())).withCode(visit(r));
        }
      }
    }
    return r;
  }

  private static VerbCode visit(ClauseRoles r) {
    return r.code().withCode("042", r.code().rule() + "+visit");
  }

  private static boolean visitor(Actor a) {
    return a.isCoded() && a.hasKnownCountry() && (a.sectors().isEmpty() || VISITOR_SECTORS.contains(a.sectors().get(0)));
  }
}
