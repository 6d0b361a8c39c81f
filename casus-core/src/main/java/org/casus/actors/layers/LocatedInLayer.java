package org.casus.actors.layers;

import java.util.Optional;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;

/**
 * "Windsor Police in Ontario": a body with a role, located in a place, belongs to that place's
 * country, when the phrase has no country of its own (or its dictionary match does not reach the
 * head). A proper name locates only when the actor dictionary or the countries table knows it
 * whole ("a hideout in Dera Ismail Khan": the person "Ismail Khan" inside the town's name locates
 * nothing; {@link ActorLookup#namedWhole}). Rule {@code title+located-in>} the place's rule.
 */
public final class LocatedInLayer implements ActorLayer {
  @Override
  public String id() {
    return "actor:located-in";
  }

  @Override
  public void apply(PhraseReading r, ActorLookup lookup) {
    boolean dictionaryBesideHead = r.dictionary.isPresent() && !NounPhrase.covers(r.dictionary.get(), r.headToken());
    if (!(r.countryUnknown() || dictionaryBesideHead) || !r.agentFound) {
      return;
    }
    Optional<Actor> in = locatedIn(r, lookup);
    if (in.isPresent() && !in.get().country().equals(r.country)) {
      r.decide(in.get().country() + String.join("", r.sectors), "title+located-in>" + in.get().rule() + r.roleRule);
    }
  }

  private static Optional<Actor> locatedIn(PhraseReading r, ActorLookup lookup) {
    ParsedSentence s = r.s();
    for (int c : s.children(r.head(), "nmod")) {
      if (s.hasCase(c, "in") && lookup.namedWhole(s, c, r.memory)) {
        Optional<Actor> inner = lookup.resolve(s, c, r.memory, r.depth + 1);
        if (inner.isPresent() && inner.get().hasKnownCountry()) {
          return inner;
        }
      }
    }
    return Optional.empty();
  }
}
