package org.casus.cli;

import java.util.Optional;
import org.casus.actors.ActorCodes;
import org.casus.actors.ActorDictionary;
import org.casus.actors.ActorExplainer;
import org.casus.pipeline.EventCoder;

/**
 * What the commands need from the core, built on demand so that a command loads only what it
 * uses (checking an actor file loads the dictionaries, not CoreNLP). Tests substitute it.
 *
 * <p>Implementations are thread-safe; each method may take seconds on its first call.
 */
public interface Engine {
  /**
   * The actor codes the bundled dictionaries and countries table know.
   *
   * @throws IllegalStateException if a bundled resource is broken (a build error)
   */
  ActorCodes actorCodes();

  /**
   * The event coder, with {@code userActors} as its highest actor layer when present.
   *
   * @throws IllegalStateException if the coder cannot be built
   */
  EventCoder coder(Optional<ActorDictionary> userActors);

  /**
   * The actor explainer over the same layers as {@link #coder}.
   *
   * @throws IllegalStateException if it cannot be built
   */
  ActorExplainer explainer(Optional<ActorDictionary> userActors);

  /**
   * The event coder over a bundled PETRARCH validation dictionary set, for {@code casus eval} on
   * the PETRARCH functional suites; empty when this engine has none (the production coder then
   * codes those suites). By default empty.
   *
   * @param prefix the set's resource prefix ({@code validate-}, {@code validate202-})
   * @throws IllegalStateException if the coder cannot be built
   */
  default Optional<EventCoder> validationCoder(String prefix) {
    return Optional.empty();
  }
}
