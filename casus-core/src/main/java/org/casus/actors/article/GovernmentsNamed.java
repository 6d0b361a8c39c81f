package org.casus.actors.article;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.casus.actors.ActorResolver;
import org.casus.actors.ArticleActors;
import org.casus.actors.layers.ActorLookup;
import org.casus.actors.layers.NounPhrase;
import org.casus.lexicon.Lexicon;
import org.casus.model.Actor;
import org.casus.nlp.ParsedDocument;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;

/**
 * Reads the whole article before its phrases are resolved in reading order: each country whose
 * government the article names by a government noun ("the Israeli regime", "Iran's government",
 * "the Zionist regime") is noted in the memory, so that the country's bare name acting anywhere in
 * the article is that government ({@link org.casus.actors.layers.CapitalAsGovernment}), as a human
 * coder reads it. The phrase must resolve to exactly that country's {@code GOV} and name a
 * country, not a region ("the North Kordofan government"). Stateless.
 */
public final class GovernmentsNamed {
  private GovernmentsNamed() {}

  /** Head nouns whose phrase names a country's whole government. */
  private static final Set<String> GOVERNMENT_NOUNS = Lexicon.words("government-noun");

  /**
   * Notes in {@code memory} each country whose government the article names.
   *
   * @param resolver resolves a government phrase (with a scratch memory: nothing is remembered)
   */
  public static void note(ParsedDocument doc, ArticleActors memory, ActorResolver resolver, ActorLookup lookup) {
    for (ParsedSentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        if (!t.isNoun() || !GOVERNMENT_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
          continue;
        }
        ArticleActors scratch = new ArticleActors(memory.date(), memory.registerLayers());
        Optional<Actor> a = resolver.resolve(s, t.index(), scratch);
        if (a.isPresent() && a.get().isCoded() && a.get().country().length() == 3 && a.get().hasKnownCountry()
            && a.get().sectors().equals(List.of("GOV")) && namesThatCountry(s, t.index(), a.get(), scratch, lookup)) {
          memory.noteGovernmentNamed(a.get().country());
        }
      }
    }
  }

  private static boolean namesThatCountry(ParsedSentence s, int head, Actor a, ArticleActors scratch,
      ActorLookup lookup) {
    return lookup.namesCountry(s, head, scratch) || lookup.dictionaryActor(s, NounPhrase.words(s),
        NounPhrase.phraseTokens(s, head), scratch, head).map(d -> d.code().equals(a.code())).orElse(false);
  }
}
