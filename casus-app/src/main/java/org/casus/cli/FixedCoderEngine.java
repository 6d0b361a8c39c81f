package org.casus.cli;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.casus.actors.ActorCodes;
import org.casus.actors.ActorDictionary;
import org.casus.actors.ActorExplainer;
import org.casus.pipeline.EventCoder;

/**
 * An {@link Engine} around a given coder (tests, embedding): actor codes come from the bundled
 * dictionaries; a user actor layer cannot be added to a coder built elsewhere, and there is no
 * explainer. Thread-safe when the supplier is.
 */
final class FixedCoderEngine implements Engine {
  private final Supplier<EventCoder> coder;
  private final DefaultEngine bundled = new DefaultEngine();

  private final Function<String, EventCoder> validationCoders;

  /**
   * @param coder the production coder
   * @param validationCoders builds a coder from a validation resource prefix; null for none
   */
  FixedCoderEngine(Supplier<EventCoder> coder, Function<String, EventCoder> validationCoders) {
    this.coder = Objects.requireNonNull(coder, "coder");
    this.validationCoders = validationCoders;
  }

  @Override
  public ActorCodes actorCodes() {
    return bundled.actorCodes();
  }

  /** @throws IllegalStateException when {@code userActors} is present: the coder is fixed */
  @Override
  public EventCoder coder(Optional<ActorDictionary> userActors) {
    if (userActors.isPresent()) {
      throw new IllegalStateException("this command line was built with a fixed coder; it cannot add a user actor layer");
    }
    return coder.get();
  }

  /** @throws IllegalStateException always: a fixed coder has no explainer */
  @Override
  public ActorExplainer explainer(Optional<ActorDictionary> userActors) {
    throw new IllegalStateException("this command line was built with a fixed coder; it has no actor explainer");
  }

  @Override
  public Optional<EventCoder> validationCoder(String prefix) {
    return validationCoders == null ? Optional.empty() : Optional.of(validationCoders.apply(prefix));
  }
}
