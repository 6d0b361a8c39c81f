package org.casus.actors.layers;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.casus.actors.ArticleActors;
import org.casus.lexicon.Lexicon;
import org.casus.model.Actor;

/**
 * Personal and possessive pronouns: he, she, his, her take the article's most recent person of
 * that gender or of unknown gender (gender agreement); it and its the most recent group; they,
 * them and their the most recent group not named by a place name (a country is "it"), else the
 * most recent group.
 * Any other pronoun names no actor. Rule {@code coref:pronoun}.
 */
public final class PronounLayer implements ActorLayer {
  private static final Set<String> PERSON_PRONOUNS = Lexicon.words("person-pronoun");
  private static final Set<String> GROUP_PRONOUNS = Lexicon.words("group-pronoun");
  /** "they", "them", "their": a group of people, not a place named ({@link ArticleActors#lastPeople}). */
  private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their", "theirs", "themselves");

  @Override
  public String id() {
    return "actor:pronoun";
  }

  @Override
  public void apply(PhraseReading r, ActorLookup lookup) {
    String pos = r.headToken().pos();
    if (!pos.startsWith("PRP") && !pos.equals("WP$")) {
      return;
    }
    String lower = r.headToken().word().toLowerCase(Locale.ROOT);
    ArticleActors memory = r.memory;
    if (PERSON_PRONOUNS.contains(lower)) {
      ArticleActors.Gender g = ArticleActors.Gender.ofPronoun(lower);
      Optional<Actor> a = memory.lastPerson(g);
      a.ifPresent(x -> memory.notePerson(x, g));
      r.decide(a.map(x -> retext(x, r.phrase, "coref:pronoun")));
    } else if (GROUP_PRONOUNS.contains(lower)) {
      Optional<Actor> a = PLURAL_PRONOUNS.contains(lower) ? memory.lastPeople().or(memory::lastGroup) : memory.lastGroup();
      r.decide(a.map(x -> retext(x, r.phrase, "coref:pronoun")));
    } else {
      r.decide(Optional.empty());
    }
  }

  static Actor retext(Actor a, NounPhrase p, String rule) {
    return new Actor(p.text(), a.code(), a.country(), a.sectors(), p.span(), rule);
  }
}
