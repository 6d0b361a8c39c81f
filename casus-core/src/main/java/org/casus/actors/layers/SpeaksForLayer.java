package org.casus.actors.layers;

import java.util.Optional;
import java.util.Set;
import org.casus.lexicon.Lexicon;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;

/**
 * People who act for an organisation are coded as it (CAMEO codes a body's agents as the body):
 * "a spokeswoman for Brazil's foreign ministry", "an employee of a defense contractor", "personnel
 * from the national army"; and a named
 * person takes the actor of the phrase in apposition to it ("Maria Duarte, a spokeswoman for ...").
 * Only for a phrase with no country of its own. Rule {@code speaks-for>} the inner actor's rule.
 */
public final class SpeaksForLayer implements ActorLayer {
  /** Nouns of people who act for an organisation. */
  private static final Set<String> AGENTS_OF = Lexicon.words("agent-of-body-noun");

  @Override
  public String id() {
    return "actor:speaks-for";
  }

  @Override
  public void apply(PhraseReading r, ActorLookup lookup) {
    if (!r.countryUnknown()) {
      return;
    }
    Optional<Actor> spoken = speaksFor(r, lookup);
    spoken.ifPresent(a -> r.decide(a.code(), "speaks-for>" + a.rule()));
  }

  private static Optional<Actor> speaksFor(PhraseReading r, ActorLookup lookup) {
    ParsedSentence s = r.s();
    int head = r.head();
    if (AGENTS_OF.contains(r.headToken().lemma().toLowerCase(java.util.Locale.ROOT))) {
      for (int c : s.children(head, "nmod")) {
        boolean from = s.hasCase(c, "from");
        if (s.hasCase(c, "for") || s.hasCase(c, "of") || s.hasCase(c, "with") || from) {
          Optional<Actor> inner = lookup.resolve(s, c, r.memory, r.depth + 1);
          // "personnel from the army" act for it; "workers from Nepal" are of a country, which the
          // from-complement layer gives them with their own role
          if (inner.isPresent() && inner.get().isCoded() && !(from && inner.get().sectors().isEmpty())) {
            return inner;
          }
        }
      }
    }
    if (NounPhrase.isNamedPerson(s, head)) {
      for (int c : s.children(head, "appos")) {
        Optional<Actor> inner = lookup.resolve(s, c, r.memory, r.depth + 1);
        if (inner.isPresent() && inner.get().hasKnownCountry()) {
          return inner;
        }
      }
    }
    return Optional.empty();
  }
}
