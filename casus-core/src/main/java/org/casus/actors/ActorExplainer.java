package org.casus.actors;

import org.casus.pipeline.CodingResources;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.casus.model.Actor;
import org.casus.model.CharSpan;
import org.casus.nlp.ParsedDocument;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.SentenceParser;
import org.casus.nlp.Token;

/**
 * The actor mentions of a text with the code each got and the layer that chose it: the engine of
 * {@code casus actors explain}. Phrases are resolved as the event coder resolves them (every noun
 * and pronoun of a sentence once, left to right, sentence after sentence, with one
 * {@link ArticleActors}), so the codes shown are the codes events get.
 *
 * <p>Thread-safe when the parser and resolver are; each call has its own article memory.
 */
public final class ActorExplainer {
  /** Relations of a word inside a larger noun phrase; such a word is not a mention of its own. */
  private static final Set<String> INSIDE_PHRASE = Set.of("compound", "flat", "amod", "nummod", "det", "fixed");

  private final SentenceParser parser;
  private final ActorResolver resolver;
  private final Registers registers;

  /**
   * One actor mention.
   *
   * @param sentence 0-based sentence index
   * @param head 0-based token index of the phrase head in that sentence
   * @param actor the resolved actor; its {@link Actor#rule()} names the rule
   * @param layer which layer chose the code, {@link #layerOf}
   */
  public record ActorMention(int sentence, int head, Actor actor, String layer) {
    public ActorMention {
      if (sentence < 0 || head < 0) {
        throw new IllegalArgumentException("sentence " + sentence + ", head " + head + ": must be >= 0");
      }
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(layer, "layer");
    }
  }

  /**
   * @param parser the NLP stage
   * @param resolver the actor resolver (the pipeline's: {@code CodingResources.actorResolver()})
   * @param registers the source registers, as the pipeline applies them
   */
  public ActorExplainer(SentenceParser parser, ActorResolver resolver, Registers registers) {
    this.parser = Objects.requireNonNull(parser, "parser");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.registers = Objects.requireNonNull(registers, "registers");
  }

  /**
   * Parses {@code text} and lists its coded actor mentions.
   *
   * @param text the article text
   * @param date the article (event) date for dictionary date restrictions; empty = unknown, then
   *     only undated dictionary rows apply
   * @return the coded mentions in text order
   */
  public List<ActorMention> explain(String text, Optional<LocalDate> date) {
    ParsedDocument doc = parser.parse(text, date);
    ArticleActors memory = new ArticleActors(date.orElse(null), registers.actorLayersFor(text));
    return mentions(doc, resolver, memory, false);
  }

  /**
   * The actor mentions of a parsed document: every phrase head (a noun or pronoun that is not a
   * word inside a larger name or title), resolved in reading order through {@code memory}'s
   * cache, as {@code DependencyEventCoder} does, after {@link ActorResolver#prepare}.
   *
   * @param doc the parsed document
   * @param resolver the actor resolver
   * @param memory a fresh article memory (updated)
   * @param uncoded true to list phrases that got no code too (their text only)
   * @return the mentions in text order; one per distinct phrase span
   */
  public static List<ActorMention> mentions(ParsedDocument doc, ActorResolver resolver, ArticleActors memory,
      boolean uncoded) {
    List<ActorMention> out = new ArrayList<>();
    resolver.prepare(doc, memory); // as the pipeline does
    for (ParsedSentence s : doc.sentences()) {
      QuoteSpeakers.assign(s, resolver, memory); // as the event coder does
      List<CharSpan> seen = new ArrayList<>();
      for (Token t : s.tokens()) {
        if (!(t.isNoun() || t.pos().startsWith("PRP") || t.pos().equals("WDT") || t.pos().equals("WP"))) {
          continue;
        }
        Optional<Actor> a = memory.resolveOnce(s, t.index(), resolver);
        if (a.isEmpty() || (!uncoded && !a.get().isCoded()) || INSIDE_PHRASE.contains(s.relation(t.index()))
            || seen.contains(a.get().span())) {
          continue;
        }
        seen.add(a.get().span());
        out.add(new ActorMention(s.index(), t.index(), a.get(), layerOf(a.get().rule())));
      }
    }
    return out;
  }

  /**
   * The layer a rule belongs to, from the rule's first part: {@code user} (a user actor file,
   * {@code user:...}), {@code register} (a source register's dictionary), {@code dictionary} (the
   * bundled actor dictionaries, {@code actors:...}, {@code actors-casus:...}), {@code coreference}
   * ({@code coref:...}), {@code article} (title, nationality, possessor, agent words in the
   * article), or {@code none} for an uncoded phrase.
   */
  public static String layerOf(String rule) {
    if (rule.isEmpty()) {
      return "none";
    }
    if (rule.startsWith(UserActors.RULE_PREFIX)) {
      return "user";
    }
    if (rule.startsWith("coref:")) {
      return "coreference";
    }
    if (rule.startsWith("actors-register")) {
      return "register";
    }
    if (rule.startsWith("actors")) {
      return "dictionary";
    }
    if (rule.startsWith("of-complement>")) {
      return layerOf(rule.substring("of-complement>".length()));
    }
    return "article";
  }
}
