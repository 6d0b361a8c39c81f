package org.casus.events;

import java.util.Objects;
import java.util.Optional;
import org.casus.actors.ActorResolver;
import org.casus.actors.ArticleActors;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;
import org.casus.trace.Trace;

/**
 * One sentence as the event rules see it: the parse, the article's actor memory, the resolver that
 * codes a phrase, and the trace the rules report to. One per sentence; it replaces the
 * {@code (sentence, ..., memory)} parameters every rule took.
 *
 * <p>Not thread-safe: the memory is the article's, used by one thread.
 *
 * @param sentence the parsed sentence
 * @param memory the article's actor memory (read and updated in reading order)
 * @param resolver codes the phrase headed by a token
 * @param trace where rules report what they did ({@link Trace#OFF} in a normal run)
 */
public record SentenceContext(ParsedSentence sentence, ArticleActors memory, ActorResolver resolver, Trace trace) {
  public SentenceContext {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(memory, "memory");
    Objects.requireNonNull(resolver, "resolver");
    Objects.requireNonNull(trace, "trace");
  }

  /** The actor of the phrase headed by {@code head}, resolved once per sentence in reading order. */
  public Optional<Actor> actor(int head) {
    return memory.resolveOnce(sentence, head, resolver);
  }

  /** As {@link #actor}, only when the actor has a code. */
  public Optional<Actor> codedActor(int head) {
    return actor(head).filter(Actor::isCoded);
  }

  /** Reports a rule's step on token {@code token} to the trace. */
  public void step(int token, String rule, String what) {
    if (trace.on()) {
      trace.step(sentence.index(), token, rule, what);
    }
  }
}
