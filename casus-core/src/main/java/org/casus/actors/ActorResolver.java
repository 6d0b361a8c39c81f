package org.casus.actors;

import java.util.Optional;
import org.casus.model.Actor;
import org.casus.nlp.ParsedDocument;
import org.casus.nlp.ParsedSentence;

/**
 * The actors stage: turns a noun phrase of a parsed sentence into a coded {@link Actor}.
 *
 * <p>Implementations keep no state across calls; per-article memory (names seen with titles,
 * the last person for pronouns) lives in the {@link ArticleActors} passed in. Thread-safe.
 */
public interface ActorResolver {
  /**
   * Resolves the noun phrase headed by token {@code head}.
   *
   * @param sentence the sentence
   * @param head 0-based index of the phrase's head token
   * @param memory what the article has established so far; updated with names and titles found
   * @return the actor, coded or with its text only; empty when the phrase names no actor at all
   *     (a pronoun with no antecedent, a place, an abstract noun with no actor in it)
   */
  Optional<Actor> resolve(ParsedSentence sentence, int head, ArticleActors memory);

  /**
   * Reads what the whole article establishes before the phrases are resolved in reading order
   * (the governments it names, {@link ArticleActors#namesGovernmentOf}). Call once per article,
   * before the first {@link #resolve}. The default reads nothing.
   *
   * @param doc the parsed article
   * @param memory the article's fresh memory (updated)
   */
  default void prepare(ParsedDocument doc, ArticleActors memory) {}
}
