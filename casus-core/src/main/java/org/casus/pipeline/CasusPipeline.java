package org.casus.pipeline;

import java.util.EnumSet;
import java.util.Set;
import org.casus.actors.LayeredActorResolver;
import org.casus.actors.article.PlaceCountry;
import org.casus.dedup.MentionMerger;
import org.casus.events.Convention;
import org.casus.events.DependencyEventCoder;
import org.casus.geo.MentionPlacer;
import org.casus.model.Article;
import org.casus.model.ModeKind;
import org.casus.nlp.SentenceParser;
import org.casus.nlp.SentenceParserProvider;
import org.casus.quantity.CasualtyReader;
import org.casus.resource.ResourceFormatException;
import org.casus.time.EventDater;
import org.casus.time.MentionDater;
import org.casus.trace.Trace;

/**
 * The default {@link EventCoder}: the stages composed, one way through ({@link ArticleCoding} runs
 * one article): parse, then actors and events sentence by sentence (with per-article actor
 * memory), then time, geo, article actor rules and quantities for each mention, then
 * de-duplication.
 *
 * <p>Thread-safe: per-article state lives in {@link ArticleCoding}. Build one per JVM with
 * {@link #createDefault()} (loads the NLP models and the dictionaries, 15-30 s).
 */
public final class CasusPipeline implements EventCoder {
  /**
   * The modes emitted by default: what the CAMEO manual codes as events. Future mentions are
   * emitted only when coded as an intent (CAMEO 03x, 138: "will meet" is 036); negated and
   * hypothetical mentions are recognised but not emitted unless {@link CodingOptions#modes()} asks
   * for them ({@code casus code --modes}).
   */
  public static final Set<ModeKind> DEFAULT_MODES = Set.of(ModeKind.ASSERTED, ModeKind.REPORTED);

  final SentenceParser parser;
  final CodingResources resources;
  final Convention convention;
  final LayeredActorResolver actors;
  final DependencyEventCoder coder;
  final MentionDater dater = new MentionDater(new EventDater());
  final MentionPlacer placer;
  final PlaceCountry placeCountry;
  final CasualtyReader casualties = new CasualtyReader();
  final MentionMerger merger;
  final Set<ModeKind> emittedModes;

  /**
   * @param parser the NLP stage
   * @param resources the coding dictionaries
   */
  public CasusPipeline(SentenceParser parser, CodingResources resources) {
    this.parser = parser;
    this.resources = resources;
    this.convention = resources.convention();
    this.actors = resources.actorResolver();
    // PETRARCH-1's validation actors give one entry several codes (FRO/BIL/SAM), one actor each;
    // UD-PETRARCH's 2.02 suite keeps the joined code.
    this.coder = new DependencyEventCoder(resources.verbs(), resources.eventNouns(), actors)
        .withConvention(convention)
        .withMultiCodeActors(resources.versions().containsKey(CodingResources.VALIDATION_2014 + "actors"));
    this.placer = new MentionPlacer(resources.places(), resources.places().countries());
    this.placeCountry = new PlaceCountry(resources.places().countries());
    this.merger = new MentionMerger(resources.ontology());
    this.emittedModes = convention.emitsEveryMode() ? EnumSet.allOf(ModeKind.class) : DEFAULT_MODES;
  }

  /**
   * The pipeline with the standard parser and the bundled resources.
   *
   * @throws IllegalStateException if a bundled resource is missing or corrupt (a build error)
   */
  public static CasusPipeline createDefault() {
    try {
      return new CasusPipeline(SentenceParserProvider.standard(), CodingResources.loadDefault());
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
    return code(article, options, Trace.OFF);
  }

  /**
   * Codes one article and reports what every rule did to {@code trace} ({@code casus explain}).
   *
   * @param trace where the rules report; {@link Trace#OFF} for none
   */
  @Override
  public CodingResult code(Article article, CodingOptions options, Trace trace) {
    CasusPipeline p = options.requireDyad() ? this : withRequireDyad(false);
    return new ArticleCoding(p, article, options, trace).run();
  }

  private CasusPipeline withRequireDyad(boolean require) {
    return new CasusPipeline(this, coder.withRequireDyad(require));
  }

  private CasusPipeline(CasusPipeline p, DependencyEventCoder coder) {
    this.parser = p.parser;
    this.resources = p.resources;
    this.convention = p.convention;
    this.actors = p.actors;
    this.coder = coder;
    this.placer = p.placer;
    this.placeCountry = p.placeCountry;
    this.merger = p.merger;
    this.emittedModes = p.emittedModes;
  }
}
