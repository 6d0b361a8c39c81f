package org.casus.actors.layers;

import java.util.Optional;
import java.util.Set;
import org.casus.lexicon.Lexicon;
import org.casus.model.Actor;

/**
 * "dozens of students", "hundreds of protesters", "a group of soldiers": a phrase whose head is a
 * quantity or group word (lexicon list {@code partitive-head}) and that has no actor of its own is
 * the actor of its "of" complement, a role in an unknown country included ({@code ---EDU}), which
 * {@link OfComplementLayer} does not take. Runs after it and before {@link RoleOnlyLayer}. Rule
 * {@code partitive>} the complement's rule; the actor's text and span are the complement's
 * ("students"). Stateless; thread-safe.
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
    OfComplementLayer.ofComplement(r, lookup, Actor::isCoded).ifPresent(a -> // its own words: "civilians"
        r.decide(Optional.of(new Actor(a.text(), a.code(), a.country(), a.sectors(), a.span(),
            "partitive>" + a.rule()))));
  }
}
