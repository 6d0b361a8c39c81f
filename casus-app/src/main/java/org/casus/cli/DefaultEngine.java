package org.casus.cli;

import java.util.Optional;
import org.casus.actors.ActorCodes;
import org.casus.actors.ActorDictionary;
import org.casus.actors.ActorExplainer;
import org.casus.eval.ValidationCoders;
import org.casus.nlp.ChunkedSentenceParser;
import org.casus.nlp.SentenceParserProvider;
import org.casus.pipeline.CasusPipeline;
import org.casus.pipeline.CodingResources;
import org.casus.pipeline.EventCoder;
import org.casus.resource.ResourceFormatException;

/**
 * The {@link Engine} of the application: the bundled dictionaries (loaded once) and the shared
 * CoreNLP parser. Thread-safe.
 */
final class DefaultEngine implements Engine {
  private CodingResources dictionaries;

  private synchronized CodingResources dictionaries() {
    if (dictionaries == null) {
      try {
        dictionaries = CodingResources.loadDefault();
      } catch (ResourceFormatException e) {
        throw new IllegalStateException("bundled resource is broken: " + e.getMessage(), e);
      }
    }
    return dictionaries;
  }

  private CodingResources with(Optional<ActorDictionary> userActors) {
    CodingResources d = dictionaries();
    return userActors.map(d::withUserActors).orElse(d);
  }

  @Override
  public ActorCodes actorCodes() {
    return dictionaries().actorCodes();
  }

  @Override
  public EventCoder coder(Optional<ActorDictionary> userActors) {
    // Long articles are parsed a piece at a time, so the parser's memory stays bounded.
    return new CasusPipeline(new ChunkedSentenceParser(SentenceParserProvider.standard()), with(userActors));
  }

  @Override
  public ActorExplainer explainer(Optional<ActorDictionary> userActors) {
    CodingResources d = with(userActors);
    return new ActorExplainer(SentenceParserProvider.standard(), d.actorResolver(), d.registers());
  }

  @Override
  public Optional<EventCoder> validationCoder(String prefix) {
    return Optional.of(ValidationCoders.pipeline(prefix));
  }
}
