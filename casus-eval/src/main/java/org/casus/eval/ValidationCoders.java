package org.casus.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casus.actors.ActorDictionary;
import org.casus.actors.AgentDictionary;
import org.casus.actors.Registers;
import org.casus.events.CameoOntology;
import org.casus.events.Discards;
import org.casus.events.nominal.EventNouns;
import org.casus.events.pattern.VerbDictionary;
import org.casus.geo.GazetteerPlaceResolver;
import org.casus.nlp.SentenceParserProvider;
import org.casus.pipeline.CasusPipeline;
import org.casus.pipeline.CodingResources;
import org.casus.resource.ResourceFormatException;
import org.casus.resource.TsvResource;

/**
 * Coders for the PETRARCH functional validation suites: the pipeline over a bundled validation
 * dictionary set (in this module's resources, not in the runtime jar of casus-core), read by the
 * PETRARCH convention. Stateless.
 */
public final class ValidationCoders {
  private ValidationCoders() {}

  /**
   * A PETRARCH validation dictionary set, bundled as resources {@code <prefix>actors}, {@code agents},
   * {@code verbs}, {@code verb_patterns}, {@code synsets} and {@code discards} (converted by
   * casus-tools {@code ConvertDictionaries} from {@code ../shared/eval/validate_dictionaries/}), in
   * place of the production actors, agents, verbs and discards. Only the validation rows are used:
   * no casus actor, agent or verb rows, no source registers, no event nouns (the suites expect
   * verb-coded events only). The CAMEO ontology and the gazetteer are the production ones; the
   * validation verb codes outside CAMEO (903, 174K ...) get no QuadClass or Goldstein
   * ({@link org.casus.model.CameoCode#isCameo()}).
   *
   * @param prefix {@link CodingResources#VALIDATION_2014} or {@link CodingResources#VALIDATION_2_02}
   * @throws IllegalArgumentException for another prefix
   * @throws ResourceFormatException if a bundled resource is missing or corrupt (a build error)
   */
  public static CodingResources resources(String prefix) throws ResourceFormatException {
    if (!prefix.equals(CodingResources.VALIDATION_2014) && !prefix.equals(CodingResources.VALIDATION_2_02)) {
      throw new IllegalArgumentException("no validation dictionary set '" + prefix + "'; use "
          + CodingResources.VALIDATION_2014 + " or " + CodingResources.VALIDATION_2_02);
    }
    Map<String, String> versions = new LinkedHashMap<>();
    for (String name : List.of("actors", "agents", "verbs", "verb_patterns", "synsets", "discards")) {
      versions.put(prefix + name, TsvResource.manifestOf(prefix + name).version());
    }
    for (String name : List.of("cameo_ontology", "gazetteer", "countries", "regions", "admin1", "lexicon")) {
      versions.put(name, TsvResource.manifestOf(name).version());
    }
    return new CodingResources(List.of(ActorDictionary.load(prefix + "actors")),
        List.of(AgentDictionary.load(prefix + "agents")), VerbDictionary.load(prefix), EventNouns.none(),
        CameoOntology.loadDefault(), GazetteerPlaceResolver.loadDefault(), Registers.none(),
        Discards.load(prefix + "discards"), versions, true);
  }

  /**
   * The pipeline with the standard parser and a bundled validation set, for {@code casus eval} on
   * the PETRARCH functional suites.
   *
   * @param prefix {@link CodingResources#VALIDATION_2014} or {@link CodingResources#VALIDATION_2_02}
   * @throws IllegalArgumentException for another prefix
   * @throws IllegalStateException if a bundled resource is missing or corrupt (a build error)
   */
  public static CasusPipeline pipeline(String prefix) {
    try {
      return new CasusPipeline(SentenceParserProvider.standard(), resources(prefix));
    } catch (ResourceFormatException e) {
      throw new IllegalStateException("bundled resource is broken: " + e.getMessage(), e);
    }
  }
}
