package org.casus.actors.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.casus.actors.ArticleActors;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;

/**
 * The reading of one noun phrase as it passes through the actor layers: what the dictionaries,
 * nationality words and agent words have given so far, and the decision once a layer makes one.
 * Mutable; one per phrase and call, used by one thread.
 */
public final class PhraseReading {
  final NounPhrase phrase;
  final ArticleActors memory;
  final int depth;
  final List<String> words;
  Optional<Actor> possessor = Optional.empty();
  Optional<Actor> dictionary = Optional.empty();
  Optional<Actor> named = Optional.empty();
  String country = "";
  String countryRule = "";
  final List<String> sectors = new ArrayList<>();
  String rule = "";
  List<String> agentSectors = List.of();
  boolean agentFound;
  String roleRule = "";
  private Optional<Actor> decision;
  private boolean decided;

  /**
   * @param phrase the phrase
   * @param memory the article's actor memory
   * @param depth how many phrases deep this reading is (a possessor, a complement ...)
   */
  public PhraseReading(NounPhrase phrase, ArticleActors memory, int depth) {
    this.phrase = phrase;
    this.memory = memory;
    this.depth = depth;
    this.words = NounPhrase.words(phrase.s());
  }

  /** True once a layer decided. */
  public boolean decided() {
    return decided;
  }

  /** The decision: the actor, or empty when the phrase names none. */
  public Optional<Actor> decision() {
    if (!decided) {
      throw new IllegalStateException("no layer decided");
    }
    return decision;
  }

  /** Decides the actor (empty: the phrase names none) without remembering anything. */
  void decide(Optional<Actor> actor) {
    decision = actor;
    decided = true;
  }

  /** Decides on {@code code} with {@code rule} and remembers the phrase's names and acronyms. */
  void decide(String code, String ruleOfDecision) {
    decide(Optional.of(finish(code, ruleOfDecision)));
  }

  ParsedSentence s() {
    return phrase.s();
  }

  int head() {
    return phrase.head();
  }

  Token headToken() {
    return phrase.headToken();
  }

  /** True when no country is known yet, or only the unknown country of a role. */
  boolean countryUnknown() {
    return country.isEmpty() || country.equals(Actor.UNKNOWN_COUNTRY);
  }

  /** Builds the actor and remembers the person names and acronyms of the phrase. */
  private Actor finish(String code, String ruleOfDecision) {
    ParsedSentence s = phrase.s();
    int head = phrase.head();
    Actor actor = Actor.ofCode(phrase.text(), code, phrase.span(), ruleOfDecision);
    List<Integer> names = NounPhrase.nameTokens(s, head);
    if (!names.isEmpty()) {
      StringBuilder full = new StringBuilder();
      for (int t : names) {
        if (full.length() > 0) {
          full.append(' ');
        }
        full.append(s.token(t).word());
      }
      memory.rememberName(full.toString(), actor);
      memory.rememberName(s.token(names.get(names.size() - 1)).word(), actor);
      memory.rememberName(s.token(names.get(0)).word(), actor);
    }
    // An acronym in parentheses after the name: "Islamic Revolution Guards Corps (IRGC)".
    for (int c : s.children(head, "dep")) {
      Token t = s.token(c);
      if (t.word().length() >= 2 && t.word().equals(t.word().toUpperCase(Locale.ROOT)) && t.isProperNoun()) {
        memory.rememberName(t.word(), actor);
      }
    }
    if (NounPhrase.isPerson(s, head)) {
      memory.notePerson(actor, NounPhrase.genderOf(s, head));
    } else if (!withinName(s, head)) {
      memory.noteGroup(actor, s.token(head).ner().equals("LOCATION") && !coordinated(s, head));
    }
    return actor;
  }

  /**
   * "Spain and Italy": a place name coordinated by "and" or "or" with another is plural, so "their"
   * may take it (a single country is "it").
   */
  private static boolean coordinated(ParsedSentence s, int head) {
    boolean later = s.relation(head).equals("conj") && !s.children(head, "cc").isEmpty();
    return later || s.children(head, "conj").stream().anyMatch(c -> !s.children(c, "cc").isEmpty());
  }

  /**
   * "the Congo" and "Democratic" in "the Army of the Democratic Republic of the Congo": the "of"
   * complement of a name and a word compounded into a name are parts of that name, not groups the
   * text names on their own, so a later "it" does not take them (its antecedent is the army).
   */
  private static boolean withinName(ParsedSentence s, int head) {
    int up = s.head(head);
    if (up < 0 || !s.token(up).isProperNoun()) {
      return false;
    }
    String rel = s.relation(head);
    return rel.equals("compound") || rel.startsWith("nmod") && s.hasCase(head, "of");
  }
}
