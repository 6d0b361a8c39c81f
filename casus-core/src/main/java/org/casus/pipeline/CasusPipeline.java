package org.casus.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casus.actors.ActorCodes;
import org.casus.actors.ActorDictionary;
import org.casus.actors.AgentDictionary;
import org.casus.actors.ArmedOpposition;
import org.casus.actors.ArticleActors;
import org.casus.actors.NounPhraseActorResolver;
import org.casus.actors.Registers;
import org.casus.actors.UserActors;
import org.casus.dedup.LocatedMention;
import org.casus.dedup.MentionMerger;
import org.casus.events.CameoOntology;
import org.casus.events.DependencyEventCoder;
import org.casus.events.Discards;
import org.casus.events.EventMention;
import org.casus.events.EventNouns;
import org.casus.events.VerbDictionary;
import org.casus.geo.Countries;
import org.casus.geo.GazetteerPlaceResolver;
import org.casus.geo.PlaceResolver;
import org.casus.ingest.Dateline;
import org.casus.model.Actor;
import org.casus.model.Article;
import org.casus.model.CharSpan;
import org.casus.model.Event;
import org.casus.model.EventDate;
import org.casus.model.ModeKind;
import org.casus.model.Place;
import org.casus.nlp.ParsedDocument;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;
import org.casus.nlp.SentenceParser;
import org.casus.nlp.corenlp.CoreNlpParser;
import org.casus.quantity.Casualties;
import org.casus.quantity.CasualtyReader;
import org.casus.resource.ResourceFormatException;
import org.casus.resource.TsvResource;
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
  private final NounPhraseActorResolver actors;
  private final EventSetting setting;
  private final PlaceResolver places;
  private final CasualtyReader casualties;
  private final MentionMerger merger;
  private final Registers registers;
  private final Discards discards;
  private final Countries countries;
  private final Map<String, String> resourceVersions;
  private final Set<ModeKind> emittedModes;
  private final boolean validation;

  /**
   * The modes emitted by default: what the CAMEO manual codes as events. Future mentions are
   * emitted only when coded as an intent (CAMEO 03x, 138: "will meet" is 036); negated and
   * hypothetical mentions are recognised but not emitted unless {@link CodingOptions#modes()} asks
   * for them ({@code casus code --modes}).
   */
  public static final Set<ModeKind> DEFAULT_MODES = Set.of(ModeKind.ASSERTED, ModeKind.REPORTED);

  /**
   * @param parser the NLP stage
   * @param dictionaries the coding dictionaries
   */
  public CasusPipeline(SentenceParser parser, Dictionaries dictionaries) {
    this.parser = parser;
    NounPhraseActorResolver actors = dictionaries.actorResolver();
    this.actors = actors;
    // The validation dictionaries encode modes in their own patterns ("didn't clash" is 904):
    // there, modes change no code and suppress no event.
    this.coder = new DependencyEventCoder(dictionaries.verbs(), dictionaries.eventNouns(), actors)
        .withConvention(dictionaries.validation() ? DependencyEventCoder.Convention.PETRARCH_VALIDATION
            : DependencyEventCoder.Convention.CAMEO)
        // PETRARCH-1's validation actors give one entry several codes (FRO/BIL/SAM), one actor each;
        // UD-PETRARCH's 2.02 suite keeps the joined code.
        .withMultiCodeActors(dictionaries.versions().containsKey(Dictionaries.VALIDATION_2014 + "actors"));
    this.places = dictionaries.places();
    this.setting = new EventSetting(new EventDater(), places, dictionaries.places().countries());
    this.casualties = new CasualtyReader();
    this.merger = new MentionMerger(dictionaries.ontology());
    this.registers = dictionaries.registers();
    this.discards = dictionaries.discards();
    this.countries = dictionaries.places().countries();
    this.resourceVersions = dictionaries.versions();
    this.emittedModes = dictionaries.validation() ? EnumSet.allOf(ModeKind.class) : DEFAULT_MODES;
    this.validation = dictionaries.validation();
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
   * @param registers source registers whose actor words differ ({@link Registers})
   * @param discards sport, history and entertainment phrases that are not coded
   * @param versions resource name to version, for provenance
   * @param validation true for the PETRARCH validation sets ({@link #loadValidation}): their actors
   *     live in a fictional world, so the pipeline infers no country for them (a role without a
   *     country, {@code ---GOV}, is kept as PETRARCH writes it, and takes no country from the place);
   *     and their verb patterns encode negation and futurity themselves, so every mode is emitted
   *     and none changes the dictionary's code (no intent codes)
   */
  public record Dictionaries(List<ActorDictionary> actorLayers, List<AgentDictionary> agentLayers, VerbDictionary verbs,
      EventNouns eventNouns, CameoOntology ontology, GazetteerPlaceResolver places, Registers registers,
      Discards discards, Map<String, String> versions, boolean validation) {
    public Dictionaries {
      actorLayers = List.copyOf(actorLayers);
      agentLayers = List.copyOf(agentLayers);
      versions = Map.copyOf(versions);
    }

    /** Production dictionaries ({@code validation} false). */
    public Dictionaries(List<ActorDictionary> actorLayers, List<AgentDictionary> agentLayers, VerbDictionary verbs,
        EventNouns eventNouns, CameoOntology ontology, GazetteerPlaceResolver places, Registers registers,
        Discards discards, Map<String, String> versions) {
      this(actorLayers, agentLayers, verbs, eventNouns, ontology, places, registers, discards, versions, false);
    }

    /** The bundled resource-name prefix of the 2014 PETRARCH validation set ({@code validate-actors} ...). */
    public static final String VALIDATION_2014 = "validate-";
    /** The bundled resource-name prefix of the UD-PETRARCH 2.02 validation set ({@code validate202-actors} ...). */
    public static final String VALIDATION_2_02 = "validate202-";

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
     * @param prefix {@link #VALIDATION_2014} or {@link #VALIDATION_2_02}
     * @throws IllegalArgumentException for another prefix
     * @throws ResourceFormatException if a bundled resource is missing or corrupt (a build error)
     */
    public static Dictionaries loadValidation(String prefix) throws ResourceFormatException {
      if (!prefix.equals(VALIDATION_2014) && !prefix.equals(VALIDATION_2_02)) {
        throw new IllegalArgumentException("no validation dictionary set '" + prefix + "'; use "
            + VALIDATION_2014 + " or " + VALIDATION_2_02);
      }
      Map<String, String> versions = new LinkedHashMap<>();
      for (String name : List.of("actors", "agents", "verbs", "verb_patterns", "synsets", "discards")) {
        versions.put(prefix + name, TsvResource.manifestOf(prefix + name).version());
      }
      for (String name : List.of("cameo_ontology", "gazetteer", "countries", "regions", "admin1")) {
        versions.put(name, TsvResource.manifestOf(name).version());
      }
      return new Dictionaries(List.of(ActorDictionary.load(prefix + "actors")),
          List.of(AgentDictionary.load(prefix + "agents")), VerbDictionary.load(prefix), EventNouns.none(),
          CameoOntology.loadDefault(), GazetteerPlaceResolver.loadDefault(), Registers.none(),
          Discards.load(prefix + "discards"), versions, true);
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
      for (String name : List.of("actors-casus", "actors", "agents-casus", "agents", "verbs-casus", "verbs",
          "verb_patterns-casus", "verb_patterns", "synsets", "event_nouns", "discards-casus", "discards", "registers",
          "actors-register-axis", "cameo_ontology", "gazetteer", "countries", "regions", "admin1")) {
        versions.put(name, TsvResource.manifestOf(name).version());
      }
      return new Dictionaries(actors, agents, verbs, nouns, ontology, places, Registers.loadDefault(),
          Discards.loadDefault(), versions);
    }

    /**
     * These dictionaries with {@code user} as the highest actor layer (a user actor file,
     * {@link UserActors}), its name and version added to {@link #versions()}.
     */
    public Dictionaries withUserActors(ActorDictionary user) {
      List<ActorDictionary> layers = new ArrayList<>();
      layers.add(user);
      layers.addAll(actorLayers);
      Map<String, String> v = new LinkedHashMap<>(versions);
      v.put(user.resourceName(), user.version());
      return new Dictionaries(layers, agentLayers, verbs, eventNouns, ontology, places, registers, discards, v, validation);
    }

    /** The actor codes these dictionaries and the countries table know, for checking user codes. */
    public ActorCodes actorCodes() {
      return ActorCodes.of(actorLayers, agentLayers, places.countries());
    }

    /** The actor resolver over these dictionaries, as the pipeline builds it. */
    public NounPhraseActorResolver actorResolver() {
      return new NounPhraseActorResolver(actorLayers, agentLayers, places.countries(), eventNouns.nounLemmas());
    }
  }

  /**
   * The pipeline with the shared CoreNLP parser and a bundled PETRARCH validation dictionary set
   * ({@link Dictionaries#loadValidation}), for {@code casus eval} on the PETRARCH functional suites.
   *
   * @param prefix {@link Dictionaries#VALIDATION_2014} or {@link Dictionaries#VALIDATION_2_02}
   * @throws IllegalArgumentException for another prefix
   * @throws IllegalStateException if a bundled resource is missing or corrupt (a build error)
   */
  public static CasusPipeline createValidation(String prefix) {
    try {
      return new CasusPipeline(CoreNlpParser.shared(), Dictionaries.loadValidation(prefix));
    } catch (ResourceFormatException e) {
      throw new IllegalStateException("bundled resource is broken: " + e.getMessage(), e);
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
    return code(article, CodingOptions.DEFAULT);
  }

  /** Codes one article with the given options ({@link CodingOptions}). */
  @Override
  public CodingResult code(Article article, CodingOptions options) {
    DependencyEventCoder coder = this.coder.withRequireDyad(options.requireDyad());
    Optional<Dateline> dateline = Dateline.read(article.text()); // "DAMASCUS, April 2 (Reuters) -": read, then blanked
    ParsedDocument doc = parser.parse(dateline.map(d -> d.blank(article.text())).orElse(article.text()),
        article.publicationDate());
    Optional<Discards.Discard> storyDiscard = discards.storyDiscardInLead(article.title(), article.text());
    if (storyDiscard.isPresent()) { // sport, entertainment ...: decided by the lead
      return new CodingResult(article.id(), doc.sentences().size(), List.of(), storyDiscard);
    }
    Optional<LocalDate> articleDate = article.publicationDate();
    ArticleActors memory = new ArticleActors(articleDate.orElse(null), registers.actorLayersFor(article.text()));
    if (!validation) {
      actors.prepare(doc, memory); // PETRARCH's suites keep a country's bare name as the bare country code
    }
    StoryTime story = StoryTime.EMPTY;
    StoryTime lede = StoryTime.ofLede(doc.sentences(), articleDate);
    List<LocatedMention> located = new ArrayList<>();
    List<EventMention> earlier = new ArrayList<>();
    List<Place> named = new ArrayList<>();
    dateline.flatMap(d -> places.placeOfToponym(d.toponym(), Set.of())).ifPresent(named::add); // where it was filed
    Map<EventMention, EventDate> datesSoFar = new java.util.IdentityHashMap<>();
    for (ParsedSentence s : doc.sentences()) {
      if (discards.sentenceDiscard(s.text()).isPresent()) {
        story = story.update(s, articleDate);
        continue;
      }
      named.addAll(places.placesNamed(s));
      StoryTime now = story.anchor().isPresent() ? story : lede; // a headline above the lede's date
      List<EventMention> mentions = coder.code(s, memory, earlier);
      earlier.addAll(mentions);
      for (EventMention m : mentions) {
        EventDate date = setting.date(s, m, articleDate, now, datesSoFar);
        datesSoFar.put(m, date);
        boolean emit = options.modes().isPresent() ? options.modes().get().contains(m.mode().kind())
            : emittedModes.contains(m.mode().kind()) || EventSetting.isIntentCode(m);
        if (!emit) {
          continue;
        }
        if (date.earliest().isPresent() && articleDate.isPresent() && date.earliest().get().isAfter(articleDate.get())
            && m.mode().kind() == ModeKind.ASSERTED) {
          date = EventDate.UNKNOWN; // a done deed cannot postdate its report
        }
        Place place = setting.place(s, m, named);
        // The validation sets' world is fictional: no country from the place, and PETRARCH keeps
        // an actor known only by its role as ---GOV.
        if (!validation) {
          m = placeCountry(m, place);
          if (m.source().country().equals(NounPhraseActorResolver.UNKNOWN_COUNTRY)
              || m.target().map(t -> t.country().equals(NounPhraseActorResolver.UNKNOWN_COUNTRY)).orElse(false)) {
            continue; // a side known only by its role ("gunmen", "dissidents"), in no known country
          }
          m = armedOpposition(s, m);
        }
        Casualties c = casualties.read(s, m.trigger());
        CharSpan trig = s.token(m.trigger()).span();
        located.add(new LocatedMention(m, s.span(), s.text(), trig, s.token(m.trigger()).word(), date, place,
            c.killed(), c.wounded(), c.arrested(), c.displaced()));
      }
      story = story.update(s, articleDate);
    }
    List<Event> events = merger.merge(article.id(), located, resourceVersions);
    events = EventSetting.placeFromStory(events, story.anchor().isPresent() ? story : lede);
    return new CodingResult(article.id(), doc.sentences().size(), events);
  }

  /**
   * Actors known only by their role ("police", "gunmen", code {@code ---COP}) take the country of
   * the place where the event happened ("Police in Lagos arrested ..." is NGACOP), when the place
   * is known at country precision or better, and unless that would give both sides the same code
   * (then neither side takes it, and a side left with no country drops the event as usual).
   */
  private EventMention placeCountry(EventMention m, Place place) {
    if (!place.isKnown() || place.country().isEmpty()) {
      return m;
    }
    String country = countries.byIso3(place.country()).map(countries::cameoCode).orElse(place.country());
    Actor source = withCountry(m.source(), country);
    Optional<Actor> target = m.target().map(t -> withCountry(t, country));
    if (source == m.source() && target.equals(m.target())) {
      return m;
    }
    if (target.isPresent() && source.code().equals(target.get().code())) {
      // "settlers ... killed two Palestinians in the West Bank", "National Guard troops killed in
      // clashes with CJNG forces in Mexico": the place would make the two sides one actor, which
      // the text does not say; the place is no evidence of the role-only side's country here.
      return m;
    }
    return new EventMention(m.sentence(), m.trigger(), source, target, m.code(), m.rule(), m.mode(), m.nominal(),
        m.antecedent());
  }

  /** The event with an unaligned armed side that fights its own state's forces coded as rebels ({@link ArmedOpposition}). */
  private static EventMention armedOpposition(ParsedSentence s, EventMention m) {
    if (m.target().isEmpty()) {
      return m;
    }
    String root = m.code().root();
    Actor source = onePerson(s, m.source()) ? m.source() : ArmedOpposition.inFightWith(m.source(), m.target().get(), root);
    Actor target = onePerson(s, m.target().get()) ? m.target().get()
        : ArmedOpposition.inFightWith(m.target().get(), m.source(), root);
    if (source == m.source() && target == m.target().get()) {
      return m;
    }
    return new EventMention(m.sentence(), m.trigger(), source, Optional.of(target), m.code(), m.rule(), m.mode(),
        m.nominal(), m.antecedent());
  }

  /**
   * True when the actor's words in {@code s} end in a singular common noun ("a gunman", "an
   * assailant"): one person. False for plurals, names and actors named in another sentence.
   */
  private static boolean onePerson(ParsedSentence s, Actor a) {
    int last = -1;
    for (Token t : s.tokens()) {
      if (a.span().begin() <= t.span().begin() && t.span().end() <= a.span().end() && t.isNoun()) {
        last = t.index();
      }
    }
    return last >= 0 && s.token(last).pos().equals("NN");
  }

  private static Actor withCountry(Actor a, String country) {
    if (!a.country().equals(NounPhraseActorResolver.UNKNOWN_COUNTRY)) {
      return a;
    }
    return Actor.ofCode(a.text(), country + a.code().substring(3), a.span(), a.rule() + "+place-country");
  }
}
