package org.casus.actors.layers;

import java.util.Optional;
import java.util.Set;
import org.casus.lexicon.Lexicon;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;

/**
 * "dozens of students", "hundreds of protesters", "a group of soldiers": a phrase whose head is a
 * quantity or group word (lexicon list {@code partitive-head}) and that has no actor of its own is
 * the actor of its "of" complement, a role in an unknown country included ({@code ---EDU}), which
 * {@link OfComplementLayer} does not take. Runs after it and before {@link RoleOnlyLayer}. Rule
 * {@code partitive>} the complement's rule; the actor's text and span are the complement's
 * ("students"). When the complement's first word is no actor, its first conjunct that is one
 * ("dozens of hardliners and demonstrators"). Stateless; thread-safe.
 */
public final class PartitiveLayer implements ActorLayer {
  private static final Set<String> HEADS = Lexicon.words("partitive-head");

  @Override
  public String id() {
    return "actor:partitive";
  }

  @Override
  public void apply(PhraseReading r, ActorLookup lookup) {
    String head = r.s().token(r.head()).lemma().toLowerCase(java.util.Locale.ROOT);
    if (!r.country.isEmpty() || r.agentFound || !HEADS.contains(head)) {
      return;
    }
    OfComplementLayer.ofComplement(r, lookup, Actor::isCoded)
        .or(() -> coordinatedComplement(r, lookup))
        .ifPresent(a -> // its own words: "civilians"
            r.decide(Optional.of(new Actor(a.text(), a.code(), a.country(), a.sectors(), a.span(),
                "partitive>" + a.rule()))));
  }

  /**
   * "dozens of hardliners and demonstrators": when the first word of the "of" complement is no
   * actor, the first of its conjuncts that is one ("demonstrators").
   */
  private static Optional<Actor> coordinatedComplement(PhraseReading r, ActorLookup lookup) {
    ParsedSentence s = r.s();
    for (int c : s.children(r.head(), "nmod")) {
      if (!s.hasCase(c, "of")) {
        continue;
      }
      for (int conj : s.children(c, "conj")) {
        Optional<Actor> a = lookup.resolve(s, conj, r.memory, r.depth + 1);
        if (a.isPresent() && a.get().isCoded()) {
          return a;
        }
      }
    }
    return Optional.empty();
  }
}
