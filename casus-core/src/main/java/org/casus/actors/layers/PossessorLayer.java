package org.casus.actors.layers;

import org.casus.nlp.ParsedSentence;

/**
 * Reads the phrase's possessor ("Iran's" of "Iran's Defense Minister", or of a title word inside
 * the phrase) as an actor of its own, for the layers after it: its country is the phrase's when
 * the phrase names none ({@link NationalityLayer}), and a counterpart takes its role.
 */
public final class PossessorLayer implements ActorLayer {
  @Override
  public String id() {
    return "actor:possessor";
  }

  @Override
  public void apply(PhraseReading r, ActorLookup lookup) {
    ParsedSentence s = r.s();
    for (int t : r.phrase.tokens()) {
      if (t != r.head() && s.relation(t).equals("nmod:poss")
          && (s.head(t) == r.head() || s.head(t) >= 0 && s.token(s.head(t)).isNoun())) {
        r.possessor = lookup.resolve(s, t, r.memory, r.depth + 1);
        return;
      }
    }
  }
}
