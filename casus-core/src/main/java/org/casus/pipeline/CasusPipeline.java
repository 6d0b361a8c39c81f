package org.casus.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casus.actors.ActorDictionary;
import org.casus.actors.AgentDictionary;
import org.casus.actors.ArticleActors;
import org.casus.actors.NounPhraseActorResolver;
import org.casus.dedup.LocatedMention;
import org.casus.dedup.MentionMerger;
import org.casus.events.CameoOntology;
import org.casus.events.DependencyEventCoder;
import org.casus.events.EventMention;
import org.casus.events.EventNouns;
import org.casus.events.VerbDictionary;
import org.casus.geo.GazetteerPlaceResolver;
import org.casus.geo.PlaceResolver;
import org.casus.model.Actor;
import org.casus.model.Article;
import org.casus.model.CharSpan;
import org.casus.model.Event;
import org.casus.model.EventDate;
import org.casus.model.ModeKind;
import org.casus.model.Place;
import org.casus.nlp.ParsedDocument;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.SentenceParser;
import org.casus.nlp.corenlp.CoreNlpParser;
import org.casus.quantity.Casualties;
import org.casus.quantity.CasualtyReader;
import org.casus.resource.ResourceFormatException;
import org.casus.time.EventDater;
import org.casus.time.StoryTime;

/**
 * The default {@link EventCoder}: CoreNLP parse, then actors and events sentence by sentence (with
 * per-article actor memory), then time, geo and quantity for each mention, then de-duplication.
 *
 * <p>Thread-safe: per-article state lives in local variables. Build one per JVM with
 * {@link #createDefault()} (loads CoreNLP and the dictionaries, 15-30 s).
 */
public final class CasusPipeline implements EventCoder {
  private final SentenceParser parser;
  private final DependencyEventCoder coder;
  private final EventDater dater;
  private final PlaceResolver places;
  private final CasualtyReader casualties;
  private final MentionMerger merger;
  private final Map<String, String> resourceVersions;
  private final Set<ModeKind> emittedModes;

  /**
   * The modes emitted by default: what the CAMEO manual codes as events. Negated, hypothetical and
   * future mentions are recognised but not emitted (the "--modes" option of a later release).
   */
  public static final Set<ModeKind> DEFAULT_MODES = Set.of(ModeKind.ASSERTED, ModeKind.REPORTED);

  /**
   * @param parser the NLP stage
   * @param dictionaries the coding dictionaries
   */
  public CasusPipeline(SentenceParser parser, Dictionaries dictionaries) {
    this.parser = parser;
    NounPhraseActorResolver actors = new NounPhraseActorResolver(dictionaries.actorLayers(),
        dictionaries.agentLayers(), dictionaries.places().countries());
    this.coder = new DependencyEventCoder(dictionaries.verbs(), dictionaries.eventNouns(), actors);
    this.dater = new EventDater();
    this.places = dictionaries.places();
    this.casualties = new CasualtyReader();
    this.merger = new MentionMerger(dictionaries.ontology());
    this.resourceVersions = dictionaries.versions();
    this.emittedModes = DEFAULT_MODES;
  }

  /**
   * Everything the coder reads, loaded once.
   *
   * @param actorLayers actor dictionaries, highest priority first
   * @param agentLayers agent dictionaries
   * @param verbs the verb dictionary
   * @param eventNouns event nouns and light verbs
   * @param ontology CAMEO codes with QuadClass, Goldstein and PLOVER
   * @param places gazetteer, countries and regions
   * @param versions resource name to version, for provenance
   */
  public record Dictionaries(List<ActorDictionary> actorLayers, List<AgentDictionary> agentLayers, VerbDictionary verbs,
      EventNouns eventNouns, CameoOntology ontology, GazetteerPlaceResolver places, Map<String, String> versions) {
    public Dictionaries {
      actorLayers = List.copyOf(actorLayers);
      agentLayers = List.copyOf(agentLayers);
      versions = Map.copyOf(versions);
    }

    /**
     * The bundled production dictionaries: casus's own actor and agent rows above the Phoenix ones.
     *
     * @throws ResourceFormatException if a bundled resource is missing or corrupt (a build error)
     */
    public static Dictionaries loadDefault() throws ResourceFormatException {
      List<ActorDictionary> actors = List.of(ActorDictionary.load("actors-casus"), ActorDictionary.loadDefault());
      List<AgentDictionary> agents = List.of(AgentDictionary.load("agents-casus"), AgentDictionary.loadDefault());
      VerbDictionary verbs = VerbDictionary.loadDefault();
      EventNouns nouns = EventNouns.loadDefault();
      CameoOntology ontology = CameoOntology.loadDefault();
      GazetteerPlaceResolver places = GazetteerPlaceResolver.loadDefault();
      Map<String, String> versions = new LinkedHashMap<>();
      for (ActorDictionary a : actors) {
        versions.put(a.resourceName(), a.version());
      }
      for (AgentDictionary a : agents) {
        versions.put(a.resourceName(), a.version());
      }
      versions.put("verbs", verbs.versions());
      versions.put("gazetteer", places.gazetteer().version());
      return new Dictionaries(actors, agents, verbs, nouns, ontology, places, versions);
    }
  }

  /**
   * The pipeline with the shared CoreNLP parser and the bundled resources.
   *
   * @throws IllegalStateException if a bundled resource is missing or corrupt (a build error)
   */
  public static CasusPipeline createDefault() {
    try {
      return new CasusPipeline(CoreNlpParser.shared(), Dictionaries.loadDefault());
    } catch (ResourceFormatException e) {
      throw new IllegalStateException("bundled resource is broken: " + e.getMessage(), e);
    }
  }

  @Override
  public CodingResult code(Article article) {
    ParsedDocument doc = parser.parse(article.text(), article.publicationDate());
    Optional<LocalDate> articleDate = article.publicationDate();
    ArticleActors memory = new ArticleActors(articleDate.orElse(null));
    StoryTime story = StoryTime.EMPTY;
    List<LocatedMention> located = new ArrayList<>();
    for (ParsedSentence s : doc.sentences()) {
      List<EventMention> mentions = coder.code(s, memory);
      for (EventMention m : mentions) {
        if (!emittedModes.contains(m.mode().kind())) {
          continue;
        }
        EventDate date = dater.date(s, m.trigger(), articleDate, story);
        if (date.earliest().isPresent() && articleDate.isPresent() && date.earliest().get().isAfter(articleDate.get())
            && m.mode().kind() == ModeKind.ASSERTED) {
          date = EventDate.UNKNOWN; // a done deed cannot postdate its report
        }
        Set<String> countries = new LinkedHashSet<>();
        m.target().map(Actor::country).ifPresent(countries::add);
        countries.add(m.source().country());
        Place place = places.resolve(s, m.trigger(), countries);
        Casualties c = casualties.read(s, m.trigger());
        CharSpan trig = s.token(m.trigger()).span();
        located.add(new LocatedMention(m, s.span(), s.text(), trig, s.token(m.trigger()).word(), date, place,
            c.killed(), c.wounded()));
      }
      story = story.update(s, articleDate);
    }
    List<Event> events = merger.merge(article.id(), located, resourceVersions);
    return new CodingResult(article.id(), doc.sentences().size(), events);
  }
}
