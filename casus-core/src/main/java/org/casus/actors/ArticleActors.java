package org.casus.actors;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.casus.model.Actor;

/**
 * Per-article actor memory for in-document coreference: a person seen once with a title keeps
 * that code for the whole article ("Peru's Interior Minister Ana Quispe" then "Quispe"), and
 * pronouns take the most recent compatible actor.
 *
 * <p>Mutable; one instance per article, used by one thread.
 */
public final class ArticleActors {
  private final LocalDate eventDate;
  private final List<ActorDictionary> registerLayers;
  private final Map<String, Actor> names = new HashMap<>();
  private Actor lastPerson;
  private Actor lastGroup;
  private int cachedSentence = -1;
  private final Map<Integer, Optional<Actor>> sentenceCache = new HashMap<>();

  /** @param eventDate the date used for dictionary date restrictions; null when unknown */
  public ArticleActors(LocalDate eventDate) {
    this(eventDate, List.of());
  }

  /**
   * @param eventDate the date used for dictionary date restrictions; null when unknown
   * @param registerLayers actor dictionaries of the article's source register ({@link Registers}),
   *     consulted before all others
   */
  public ArticleActors(LocalDate eventDate, List<ActorDictionary> registerLayers) {
    this.eventDate = eventDate;
    this.registerLayers = List.copyOf(registerLayers);
  }

  /** The register's actor dictionaries for this article; empty when none applies. */
  public List<ActorDictionary> registerLayers() {
    return registerLayers;
  }

  /** The date for dictionary date restrictions, null when the article has none. */
  public LocalDate date() {
    return eventDate;
  }

  /** Remembers that {@code name} (a full name, surname or acronym) refers to {@code actor}. */
  public void rememberName(String name, Actor actor) {
    if (actor.isCoded() && !name.isBlank()) {
      names.put(key(name), actor);
    }
  }

  /** The coded actor a name was seen with, if any. */
  public Optional<Actor> byName(String name) {
    return Optional.ofNullable(names.get(key(name)));
  }

  /** Records the most recent coded person (for he/she/his/her). */
  public void notePerson(Actor person) {
    if (person.isCoded()) {
      lastPerson = person;
    }
  }

  /** Records the most recent coded non-person actor (for it/its/they/their). */
  public void noteGroup(Actor group) {
    if (group.isCoded()) {
      lastGroup = group;
    }
  }

  public Optional<Actor> lastPerson() {
    return Optional.ofNullable(lastPerson);
  }

  public Optional<Actor> lastGroup() {
    return Optional.ofNullable(lastGroup);
  }

  /**
   * The actor resolved earlier for token {@code token} of sentence {@code sentence}, so that a
   * phrase is resolved once, in reading order (a pronoun must see the antecedents before it, not
   * those after it). Absent when not resolved yet.
   */
  public Optional<Optional<Actor>> cached(int sentence, int token) {
    if (sentence != cachedSentence) {
      return Optional.empty();
    }
    return Optional.ofNullable(sentenceCache.get(token));
  }

  /** Stores the resolution of a token; moving to another sentence clears the previous one's. */
  public void cache(int sentence, int token, Optional<Actor> actor) {
    if (sentence != cachedSentence) {
      sentenceCache.clear();
      cachedSentence = sentence;
    }
    sentenceCache.put(token, actor);
  }

  private static String key(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }
}
