package org.casus.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casus.actors.ActorCodes;
import org.casus.actors.ActorDictionary;
import org.casus.actors.AgentDictionary;
import org.casus.actors.LayeredActorResolver;
import org.casus.actors.Registers;
import org.casus.actors.UserActors;
import org.casus.events.CameoOntology;
import org.casus.events.Convention;
import org.casus.events.Discards;
import org.casus.events.nominal.EventNouns;
import org.casus.events.pattern.VerbDictionary;
import org.casus.geo.GazetteerPlaceResolver;
import org.casus.resource.ResourceFormatException;
import org.casus.resource.TsvResource;

/**
 * Everything the coder reads, loaded once: the resources of one {@link CasusPipeline}. Immutable;
 * thread-safe when its dictionaries are (the bundled ones are).
 *
 * @param actorLayers actor dictionaries, highest priority first
 * @param agentLayers agent dictionaries
 * @param verbs the verb dictionary
 * @param eventNouns event nouns and light verbs
 * @param ontology CAMEO codes with QuadClass, Goldstein and PLOVER
 * @param places gazetteer, countries and regions
 * @param registers source registers whose actor words differ ({@link Registers})
 * @param discards sport, history and entertainment phrases that are not coded
 * @param versions resource name to version, for provenance
 * @param validation true for the PETRARCH validation sets (casus-eval's {@code ValidationCoders}): their actors
 *     live in a fictional world, so the pipeline infers no country for them (a role without a
 *     country, {@code ---GOV}, is kept as PETRARCH writes it, and takes no country from the place);
 *     and their verb patterns encode negation and futurity themselves, so every mode is emitted
 *     and none changes the dictionary's code (no intent codes)
 */
public record CodingResources(List<ActorDictionary> actorLayers, List<AgentDictionary> agentLayers, VerbDictionary verbs,
    EventNouns eventNouns, CameoOntology ontology, GazetteerPlaceResolver places, Registers registers,
    Discards discards, Map<String, String> versions, boolean validation) {
  public CodingResources {
    actorLayers = List.copyOf(actorLayers);
    agentLayers = List.copyOf(agentLayers);
    versions = Map.copyOf(versions);
  }

  /** Production dictionaries ({@code validation} false). */
  public CodingResources(List<ActorDictionary> actorLayers, List<AgentDictionary> agentLayers, VerbDictionary verbs,
      EventNouns eventNouns, CameoOntology ontology, GazetteerPlaceResolver places, Registers registers,
      Discards discards, Map<String, String> versions) {
    this(actorLayers, agentLayers, verbs, eventNouns, ontology, places, registers, discards, versions, false);
  }

  /** The bundled resource-name prefix of the 2014 PETRARCH validation set ({@code validate-actors} ...). */
  public static final String VALIDATION_2014 = "validate-";
  /** The bundled resource-name prefix of the UD-PETRARCH 2.02 validation set ({@code validate202-actors} ...). */
  public static final String VALIDATION_2_02 = "validate202-";

  /**
   * The bundled production dictionaries: casus's own actor and agent rows above the Phoenix ones.
   *
   * @throws ResourceFormatException if a bundled resource is missing or corrupt (a build error)
   */
  public static CodingResources loadDefault() throws ResourceFormatException {
    List<ActorDictionary> actors = List.of(ActorDictionary.load("actors-casus"), ActorDictionary.loadDefault());
    List<AgentDictionary> agents = List.of(AgentDictionary.load("agents-casus"), AgentDictionary.loadDefault());
    VerbDictionary verbs = VerbDictionary.loadDefault();
    EventNouns nouns = EventNouns.loadDefault();
    CameoOntology ontology = CameoOntology.loadDefault();
    GazetteerPlaceResolver places = GazetteerPlaceResolver.loadDefault();
    Map<String, String> versions = new LinkedHashMap<>();
    for (String name : List.of("actors-casus", "actors", "agents-casus", "agents", "verbs-casus", "verbs",
        "verb_patterns-casus", "verb_patterns", "synsets-casus", "synsets", "event_nouns", "discards-casus", "discards", "registers",
        "actors-register-axis", "cameo_ontology", "gazetteer", "countries", "regions", "admin1", "lexicon")) {
      versions.put(name, TsvResource.manifestOf(name).version());
    }
    return new CodingResources(actors, agents, verbs, nouns, ontology, places, Registers.loadDefault(),
        Discards.loadDefault(), versions);
  }

  /**
   * These dictionaries with {@code user} as the highest actor layer (a user actor file,
   * {@link UserActors}), its name and version added to {@link #versions()}.
   */
  public CodingResources withUserActors(ActorDictionary user) {
    List<ActorDictionary> layers = new ArrayList<>();
    layers.add(user);
    layers.addAll(actorLayers);
    Map<String, String> v = new LinkedHashMap<>(versions);
    v.put(user.resourceName(), user.version());
    return new CodingResources(layers, agentLayers, verbs, eventNouns, ontology, places, registers, discards, v, validation);
  }

  /** The actor codes these dictionaries and the countries table know, for checking user codes. */
  public ActorCodes actorCodes() {
    return ActorCodes.of(actorLayers, agentLayers, places.countries());
  }

  /** The actor resolver over these dictionaries, as the pipeline builds it. */
  public LayeredActorResolver actorResolver() {
    return new LayeredActorResolver(actorLayers, agentLayers, places.countries(), eventNouns.nounLemmas());
  }

  /**
   * How the coder reads these dictionaries: {@link Convention#PETRARCH_VALIDATION} for a
   * validation set, else {@link Convention#CAMEO}.
   */
  public Convention convention() {
    return validation ? Convention.PETRARCH_VALIDATION : Convention.CAMEO;
  }
}
