package org.casus.cli;

import java.util.Optional;
import org.casus.actors.ActorCodes;
import org.casus.actors.ActorDictionary;
import org.casus.actors.ActorExplainer;
import org.casus.nlp.ChunkedSentenceParser;
import org.casus.nlp.corenlp.CoreNlpParser;
import org.casus.pipeline.CasusPipeline;
import org.casus.pipeline.CasusPipeline.Dictionaries;
import org.casus.pipeline.EventCoder;
import org.casus.resource.ResourceFormatException;

/**
 * The {@link Engine} of the application: the bundled dictionaries (loaded once) and the shared
 * CoreNLP parser. Thread-safe.
 */
final class DefaultEngine implements Engine {
  private Dictionaries dictionaries;

  private synchronized Dictionaries dictionaries() {
    if (dictionaries == null) {
      try {
        dictionaries = Dictionaries.loadDefault();
      } catch (ResourceFormatException e) {
        throw new IllegalStateException("bundled resource is broken: " + e.getMessage(), e);
      }
    }
    return dictionaries;
  }

  private Dictionaries with(Optional<ActorDictionary> userActors) {
    Dictionaries d = dictionaries();
    return userActors.map(d::withUserActors).orElse(d);
  }

  @Override
  public ActorCodes actorCodes() {
    return dictionaries().actorCodes();
  }

  @Override
  public EventCoder coder(Optional<ActorDictionary> userActors) {
    // Long articles are parsed a piece at a time, so the parser's memory stays bounded.
    return new CasusPipeline(new ChunkedSentenceParser(CoreNlpParser.shared()), with(userActors));
  }

  @Override
  public ActorExplainer explainer(Optional<ActorDictionary> userActors) {
    Dictionaries d = with(userActors);
    return new ActorExplainer(CoreNlpParser.shared(), d.actorResolver(), d.registers());
  }

  @Override
  public Optional<EventCoder> validationCoder(String prefix) {
    return Optional.of(CasusPipeline.createValidation(prefix));
  }
}
