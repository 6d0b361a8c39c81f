package org.casus.actors.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.casus.lexicon.Lexicon;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;

/**
 * "the visa section of Chad's embassy": a phrase with no country takes the actor of its "of"
 * complement; "the president of France" the head's own role with the complement's country;
 * "activists of Gonzo GMO" the role after the complement's own code. Rule {@code of-complement>}
 * the complement's rule. The complement of a locality noun (lexicon {@code locality-noun}: "the
 * town of Bara", "the city of Kharkiv") names a place and gives no actor.
 */
public final class OfComplementLayer implements ActorLayer {
  @Override
  public String id() {
    return "actor:of-complement";
  }

  /** "the town of X", "the city of X": the complement names a place, not an actor. */
  private static final Set<String> LOCALITY_NOUNS = Lexicon.words("locality-noun");

  @Override
  public void apply(PhraseReading r, ActorLookup lookup) {
    if (LOCALITY_NOUNS.contains(r.s().token(r.head()).lemma().toLowerCase(Locale.ROOT))) {
      return; // "captured the town of Bara": Bara is a town, whatever actor a dictionary files under its name
    }
    if (!r.country.isEmpty()) {
      otherStatesInstitution(r, lookup);
      return;
    }
    Optional<Actor> inner = ofComplement(r, lookup, Actor::hasKnownCountry);
    if (inner.isPresent()) {
      Actor a = inner.get();
      // "an ex-minister of Bolivia": the role found here, the country there
      boolean role = r.agentFound || !r.roleRule.isEmpty();
      String code = role ? a.code() + String.join("", missing(a.sectors(), r.sectors)) : a.code();
      r.decide(code, "of-complement>" + a.rule() + r.roleRule);
    }
  }

  /**
   * "The Senate of Pakistan": a dictionary entry for an institution by its bare name gives it the
   * country it most often means (SENATE is the United States' in the Phoenix actors); a state
   * named in the phrase's "of" complement, outside the words the entry matched, is the
   * institution's country, with the entry's sectors (PAKGOVLEG). Rule {@code of-complement>} the
   * state's rule, {@code +institution}.
   */
  private static void otherStatesInstitution(PhraseReading r, ActorLookup lookup) {
    if (r.dictionary.isEmpty()) {
      return;
    }
    Actor entry = r.dictionary.get();
    if (entry.sectors().isEmpty() || !entry.country().equals(r.country)) {
      return;
    }
    Optional<Actor> state = ofComplement(r, lookup, a -> a.hasKnownCountry() && a.sectors().isEmpty()
        && !a.country().equals(entry.country()) && a.span().begin() >= entry.span().end());
    state.ifPresent(a -> r.decide(a.country() + String.join("", r.sectors),
        "of-complement>" + a.rule() + "+institution"));
  }

  /** The actor of the phrase's first "of" complement that {@code wanted} accepts ("the X of Y": Y). */
  static Optional<Actor> ofComplement(PhraseReading r, ActorLookup lookup, Predicate<Actor> wanted) {
    ParsedSentence s = r.s();
    for (int c : s.children(r.head(), "nmod")) {
      if (s.hasCase(c, "of")) {
        Optional<Actor> inner = lookup.resolve(s, c, r.memory, r.depth + 1);
        if (inner.isPresent() && wanted.test(inner.get())) {
          return inner;
        }
      }
    }
    return Optional.empty();
  }

  /** The sectors of {@code add} that {@code have} lacks, in order. */
  private static List<String> missing(List<String> have, List<String> add) {
    List<String> out = new ArrayList<>();
    for (String x : add) {
      if (!have.contains(x) && !out.contains(x)) {
        out.add(x);
      }
    }
    return out;
  }
}
