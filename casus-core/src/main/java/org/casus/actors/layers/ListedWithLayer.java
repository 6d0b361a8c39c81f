package org.casus.actors.layers;

import java.util.Optional;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;

/**
 * "two generals of the IRGC, Brigadier General X and General Y": a titled name with no country of
 * its own takes the actor it is listed with or in apposition to, up through conjunction and
 * apposition to the first coded phrase with a country (the parser often hangs "..., X and Y" off
 * the nearest noun). Rule {@code listed-with>} that actor's rule.
 */
public final class ListedWithLayer implements ActorLayer {
  @Override
  public String id() {
    return "actor:listed-with";
  }

  @Override
  public void apply(PhraseReading r, ActorLookup lookup) {
    if (!r.countryUnknown() || !NounPhrase.isNamedPerson(r.s(), r.head())) {
      return;
    }
    listedWith(r, lookup).ifPresent(a -> r.decide(
        a.country() + String.join("", r.sectors.isEmpty() ? a.sectors() : r.sectors), "listed-with>" + a.rule()));
  }

  private static Optional<Actor> listedWith(PhraseReading r, ActorLookup lookup) {
    ParsedSentence s = r.s();
    int x = r.head();
    for (int i = 0; i < 4; i++) {
      String rel = s.relation(x);
      if (!(rel.equals("conj") || rel.equals("appos"))) {
        return Optional.empty();
      }
      x = s.head(x);
      if (x < 0) {
        return Optional.empty();
      }
      Optional<Actor> a = r.memory.cached(s.index(), x).orElseGet(Optional::empty);
      if (a.isEmpty() || !a.get().isCoded()) {
        a = lookup.resolve(s, x, r.memory, r.depth + 1);
      }
      if (a.isPresent() && a.get().hasKnownCountry()) {
        return a;
      }
    }
    return Optional.empty();
  }
}
