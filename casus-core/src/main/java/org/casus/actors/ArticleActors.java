package org.casus.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;

/**
 * Per-article actor memory for in-document coreference: a person seen once with a title keeps
 * that code for the whole article ("Peru's Interior Minister Ana Quispe" then "Quispe"), and
 * pronouns take the most recent compatible actor.
 *
 * <p>Mutable; one instance per article, used by one thread.
 */
public final class ArticleActors {
  /** How many recent persons pronouns may reach back to. */
  static final int RECENT_PERSONS = 6;

  /** Grammatical gender of a person, as far as the article shows it. */
  public enum Gender {
    MALE, FEMALE, UNKNOWN;

    /** The gender a pronoun marks: he/him/his/himself male, she/her/hers/herself female, else unknown. */
    public static Gender ofPronoun(String pronoun) {
      return switch (pronoun.toLowerCase(Locale.ROOT)) {
        case "he", "him", "his", "himself" -> MALE;
        case "she", "her", "hers", "herself" -> FEMALE;
        default -> UNKNOWN;
      };
    }
  }

  /** A person seen in the article; persons are told apart by their actor code. */
  private static final class Person {
    Actor actor;
    Gender gender;

    Person(Actor actor, Gender gender) {
      this.actor = actor;
      this.gender = gender;
    }
  }

  private final LocalDate eventDate;
  private final List<ActorDictionary> registerLayers;
  private final Map<String, Actor> names = new HashMap<>();
  /** Recent persons, most recent first, at most {@link #RECENT_PERSONS}. */
  private final List<Person> persons = new ArrayList<>();
  private Actor lastGroup;
  /** The most recent coded group not named by a place name ("they" does not take "Burkina Faso"). */
  private Actor lastPeople;
  /** Country codes whose government the article names ("the Israeli regime", "Iran's government"). */
  private final java.util.Set<String> governmentsNamed = new java.util.HashSet<>();
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

  /**
   * Records that the article names the government of {@code country} (a CAMEO country code) by a
   * government noun ("the Israeli regime", "the Iranian government").
   */
  public void noteGovernmentNamed(String country) {
    governmentsNamed.add(country);
  }

  /**
   * True when the article names the government of {@code country} anywhere in it; the country's
   * bare name acting in that article is then that government (see
   * {@link LayeredActorResolver}).
   */
  public boolean namesGovernmentOf(String country) {
    return governmentsNamed.contains(country);
  }

  /** Records the most recent coded person (for he/she/his/her), gender unknown. */
  public void notePerson(Actor person) {
    notePerson(person, Gender.UNKNOWN);
  }

  /**
   * Records the most recent coded person with the gender the text shows ({@link Gender#UNKNOWN}
   * keeps what was known). Persons with the same code are taken as one person.
   */
  public void notePerson(Actor person, Gender gender) {
    if (!person.isCoded()) {
      return;
    }
    Gender g = gender;
    for (int i = 0; i < persons.size(); i++) {
      if (persons.get(i).actor.code().equals(person.code())) {
        if (g == Gender.UNKNOWN) {
          g = persons.get(i).gender;
        }
        persons.remove(i);
        break;
      }
    }
    persons.add(0, new Person(person, g));
    if (persons.size() > RECENT_PERSONS) {
      persons.remove(persons.size() - 1);
    }
  }

  /**
   * The antecedent of a personal pronoun of {@code gender}: the most recent person whose gender is
   * that one or unknown; never a person known to be of the other gender (number and gender
   * agreement). For {@link Gender#UNKNOWN}, the most recent person.
   */
  public Optional<Actor> lastPerson(Gender gender) {
    for (Person p : persons) {
      if (gender == Gender.UNKNOWN || p.gender == gender || p.gender == Gender.UNKNOWN) {
        return Optional.of(p.actor);
      }
    }
    return Optional.empty();
  }

  /** Records the most recent coded non-person actor (for it/its/they/their). */
  public void noteGroup(Actor group) {
    noteGroup(group, false);
  }

  /**
   * Records the most recent coded non-person actor; {@code placeName} when its phrase is a place
   * name (a country or town), which "it" may take but "they" does not ({@link #lastPeople}).
   */
  public void noteGroup(Actor group, boolean placeName) {
    if (group.isCoded()) {
      lastGroup = group;
      if (!placeName) {
        lastPeople = group;
      }
    }
  }

  /**
   * The most recent coded group named otherwise than by a place name, for "they", "them" and
   * "their", whose antecedent is a group of people ("Islamic State ... They also claimed"); a
   * country or town is "it". Empty when there is none.
   */
  public Optional<Actor> lastPeople() {
    return Optional.ofNullable(lastPeople);
  }

  /** The most recent person, whatever the gender. */
  public Optional<Actor> lastPerson() {
    return persons.isEmpty() ? Optional.empty() : Optional.of(persons.get(0).actor);
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

  /**
   * The actor of the phrase headed by {@code head}, resolved by {@code resolver} the first time it
   * is asked for and cached, so that every caller sees one resolution per phrase in reading order.
   *
   * @return as {@link ActorResolver#resolve}
   */
  public Optional<Actor> resolveOnce(ParsedSentence s, int head, ActorResolver resolver) {
    Optional<Optional<Actor>> c = cached(s.index(), head);
    if (c.isPresent()) {
      return c.get();
    }
    Optional<Actor> a = resolver.resolve(s, head, this);
    cache(s.index(), head, a);
    return a;
  }

  private static String key(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }
}
