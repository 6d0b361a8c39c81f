package org.casus.actors;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casus.actors.article.GovernmentsNamed;
import org.casus.actors.layers.ActorLayer;
import org.casus.actors.layers.ActorLookup;
import org.casus.actors.layers.AgentLayer;
import org.casus.actors.layers.CapitalAsGovernment;
import org.casus.actors.layers.CodeLayer;
import org.casus.actors.layers.DictionaryLayer;
import org.casus.actors.layers.FromComplementLayer;
import org.casus.actors.layers.ListedWithLayer;
import org.casus.actors.layers.LocatedInLayer;
import org.casus.actors.layers.NationalityLayer;
import org.casus.actors.layers.PartitiveLayer;
import org.casus.actors.layers.NounPhrase;
import org.casus.actors.layers.OfComplementLayer;
import org.casus.actors.layers.PhraseReading;
import org.casus.actors.layers.PossessorLayer;
import org.casus.actors.layers.PronounLayer;
import org.casus.actors.layers.RelativePronounLayer;
import org.casus.actors.layers.RememberedNameLayer;
import org.casus.actors.layers.RoleOnlyLayer;
import org.casus.actors.layers.RoleOverrides;
import org.casus.actors.layers.SpeaksForLayer;
import org.casus.geo.Countries;
import org.casus.model.Actor;
import org.casus.nlp.ParsedDocument;
import org.casus.nlp.ParsedSentence;

/**
 * {@link ActorResolver} over a dependency parse: a noun phrase passes through the ordered
 * {@link #LAYERS}, each small and named in the rule it writes, until one decides. In short:
 * pronouns and relative pronouns refer back; the actor dictionaries (user file first) code names;
 * names seen earlier in the article keep their code; a capital or a country whose government the
 * article names is that government; title + nationality ("Iran's Defense Minister", "his Chinese
 * counterpart") combine a country and an agent role; roles are overridden for former officials,
 * suspects and a country's people; a person who speaks for a body, a body located in a place, a
 * name listed with a body, and "the X of Y" / "X from Y" take the other phrase's actor.
 *
 * <p>Stateless; thread-safe when the dictionaries are. Per-article memory is the
 * {@link ArticleActors} passed in.
 */
public final class LayeredActorResolver implements ActorResolver {
  /** The layers, in the order they run. */
  public static final List<ActorLayer> LAYERS = List.of(
      new PronounLayer(),
      new RelativePronounLayer(),
      new PossessorLayer(),
      new DictionaryLayer(),
      new RememberedNameLayer(),
      new CapitalAsGovernment(),
      new NationalityLayer(),
      new AgentLayer(),
      new RoleOverrides(),
      new SpeaksForLayer(),
      new LocatedInLayer(),
      new ListedWithLayer(),
      new OfComplementLayer(),
      new FromComplementLayer(),
      new PartitiveLayer(),
      new RoleOnlyLayer(),
      new CodeLayer());

  /** Phrases inside phrases are read at most this deep. */
  private static final int MAX_DEPTH = 4;

  private final ActorLookup lookup;

  /**
   * @param actorLayers actor dictionaries, highest priority first
   * @param agentLayers agent dictionaries; at each word the longest match wins, the earlier layer on ties
   * @param countries country names and demonyms
   */
  public LayeredActorResolver(List<ActorDictionary> actorLayers, List<AgentDictionary> agentLayers, Countries countries) {
    this(actorLayers, agentLayers, countries, Set.of());
  }

  /**
   * @param actorLayers actor dictionaries, highest priority first
   * @param agentLayers agent dictionaries; at each word the longest match wins, the earlier layer on ties
   * @param countries country names and demonyms
   * @param deedNouns lemmas (lower case) of nouns that name a deed ("airstrike", "attack"): an
   *     agent word that is an adjective of one of them is no actor's role
   */
  public LayeredActorResolver(List<ActorDictionary> actorLayers, List<AgentDictionary> agentLayers, Countries countries,
      Set<String> deedNouns) {
    this.lookup = new ActorLookup(actorLayers, agentLayers, countries, deedNouns, this::resolve);
  }

  /** Notes the countries whose government the article names ({@link GovernmentsNamed}). */
  @Override
  public void prepare(ParsedDocument doc, ArticleActors memory) {
    GovernmentsNamed.note(doc, memory, this, lookup);
  }

  @Override
  public Optional<Actor> resolve(ParsedSentence s, int head, ArticleActors memory) {
    return resolve(s, head, memory, 0);
  }

  private Optional<Actor> resolve(ParsedSentence s, int head, ArticleActors memory, int depth) {
    if (depth > MAX_DEPTH) {
      return Optional.empty();
    }
    PhraseReading r = new PhraseReading(NounPhrase.of(s, head), memory, depth);
    for (ActorLayer layer : LAYERS) {
      layer.apply(r, lookup);
      if (r.decided()) {
        return r.decision();
      }
    }
    throw new IllegalStateException("no actor layer decided"); // CodeLayer always decides
  }
}
