package org.casus.actors.layers;

import java.util.Optional;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;

/**
 * "soldiers from Chad", "fighters from Syria": a role with no country, from a country, is that
 * country's. Rule {@code from-complement>} the country's rule.
 */
public final class FromComplementLayer implements ActorLayer {
  @Override
  public String id() {
    return "actor:from-complement";
  }

  @Override
  public void apply(PhraseReading r, ActorLookup lookup) {
    if (!r.country.isEmpty() || !r.agentFound) {
      return;
    }
    ParsedSentence s = r.s();
    for (int c : s.children(r.head(), "nmod")) {
      if (s.hasCase(c, "from")) {
        Optional<Actor> inner = lookup.resolve(s, c, r.memory, r.depth + 1);
        if (inner.isPresent() && inner.get().isCoded() && inner.get().sectors().isEmpty()
            && inner.get().hasKnownCountry()) {
          r.decide(inner.get().country() + String.join("", r.sectors), "from-complement>" + inner.get().rule()
              + r.roleRule);
          return;
        }
      }
    }
  }
}
