package org.casus.events;

import org.casus.model.EventMention;
import java.util.List;
import org.casus.actors.ArticleActors;
import org.casus.nlp.ParsedSentence;
import org.casus.trace.Trace;

/**
 * The events stage's role: the event mentions one sentence reports, each with its trigger, source,
 * target, CAMEO code, mode and the rule that coded it. (The whole-article coder, with dates,
 * places, counts and de-duplication, is {@code org.casus.pipeline.EventCoder}.)
 *
 * <p>Implementations keep no state across calls; the article's memory is passed in. Thread-safe
 * when their dictionaries and resolver are.
 */
public interface EventCoder {
  /**
   * Codes one sentence.
   *
   * @param sentence the parsed sentence
   * @param memory the article's actor memory (read and updated in reading order)
   * @param earlier the article's mentions before this sentence, in text order (for event anaphora)
   * @param trace where the rules report what they did; {@link Trace#OFF} for none
   * @return the mentions in trigger order; empty when none
   */
  List<EventMention> code(ParsedSentence sentence, ArticleActors memory, List<EventMention> earlier, Trace trace);
}
