package org.casus.events.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casus.events.SentenceContext;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;

/**
 * "Fighting between the army and the rebels", "clashes broke out between Kurdish forces and
 * government troops", "talks between Kenya and Ethiopia": a deed whose parties are named only in a
 * "between A and B" complement is done by each party to the other, so each is the source and each
 * the target (the self pairs are dropped as self events). A "between" phrase that names fewer than
 * two distinct actors ("clashes between rival militias") names no dyad. Stateless; thread-safe.
 */
public final class BetweenParties implements RoleRule {
  /** Relations of a verb's subject. */
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "csubj");

  @Override
  public String id() {
    return "role:between-parties";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    if (!r.sources().isEmpty() || deedNounSubject(r.clause().s(), r.verb(), f)) {
      return r;
    }
    List<Actor> parties = of(r.clause().ctx(), r.verb(), f.phrases());
    if (parties.isEmpty()) {
      return r;
    }
    return r.withSources(parties).withTargets(parties);
  }

  /**
   * The parties of the "between" complement of {@code h} (an {@code obl} or {@code nmod}: the parser
   * hangs it either way on a gerund such as "Fighting"), or, for a noun that is the subject of a
   * verb with no object (but "take place"), of that verb ("fighting erupts in the north between A
   * and B", "clashes were reported in Sirte between A and B"): two or
   * more actors with distinct codes, in text order, else empty.
   */
  public static List<Actor> of(SentenceContext ctx, int h, ActorPhrases phrases) {
    ParsedSentence s = ctx.sentence();
    List<Actor> own = parties(ctx, h, phrases);
    int verb = s.head(h);
    boolean nominal = s.token(h).isNoun() || s.token(h).pos().equals("VBG"); // "Fighting continues ..."
    if (own.isEmpty() && nominal && SUBJECTS.contains(s.relation(h)) && verb >= 0
        && s.token(verb).isVerb() && s.children(verb, "obj").stream().allMatch(o -> takePlace(s, verb, o))) {
      // "heavy fighting occurs around Kobani between the army and the SDF": the parser hangs the
      // parties on the verb of which the deed noun is the subject
      return parties(ctx, verb, phrases);
    }
    return own;
  }

  /** "takes place": the one object a verb of occurrence may have. */
  private static boolean takePlace(ParsedSentence s, int verb, int o) {
    return s.token(verb).lemma().equals("take") && s.token(o).lemma().equals("place");
  }

  /**
   * "Clashes are reported in Tripoli between A and B": when the verb's subject is a deed noun, the
   * "between" parties are the noun's, not the verb's.
   */
  private static boolean deedNounSubject(ParsedSentence s, int verb, RoleFinders f) {
    for (var d : s.children(verb)) {
      if (SUBJECTS.contains(d.relation()) && f.nouns().at(s, d.dependent()).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static List<Actor> parties(SentenceContext ctx, int h, ActorPhrases phrases) {
    ParsedSentence s = ctx.sentence();
    for (var d : s.children(h)) {
      int k = d.dependent();
      if ((d.relation().equals("obl") || d.relation().equals("nmod")) && s.hasCase(k, "between")) {
        List<Actor> found = new ArrayList<>();
        phrases.addWithConjuncts(ctx, k, found);
        if (found.stream().map(Actor::code).distinct().count() >= 2) {
          return List.copyOf(found);
        }
      }
    }
    return List.of();
  }
}
