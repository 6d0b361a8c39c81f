package org.casus.actors.layers;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.casus.lexicon.Lexicon;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;

/**
 * Relative pronouns (which, who, whom, that, whose) are the noun their relative clause modifies.
 * Rule {@code coref:relative}; a relative pronoun outside a relative clause names no actor.
 */
public final class RelativePronounLayer implements ActorLayer {
  private static final Set<String> RELATIVE_PRONOUNS = Lexicon.words("relative-pronoun");

  @Override
  public String id() {
    return "actor:relative";
  }

  @Override
  public void apply(PhraseReading r, ActorLookup lookup) {
    Token h = r.headToken();
    String lower = h.word().toLowerCase(Locale.ROOT);
    if (!RELATIVE_PRONOUNS.contains(lower) || !(h.pos().startsWith("W") || lower.equals("that"))) {
      return;
    }
    ParsedSentence s = r.s();
    int clause = s.head(r.head());
    if (clause >= 0 && s.relation(clause).startsWith("acl")) {
      r.decide(lookup.resolve(s, s.head(clause), r.memory, r.depth + 1)
          .map(a -> new Actor(h.word(), a.code(), a.country(), a.sectors(), h.span(), "coref:relative")));
    } else {
      r.decide(Optional.empty());
    }
  }
}
