package org.casus.actors.layers;

import org.casus.model.Actor;

/**
 * The actor dictionaries (the user file first, then casus's rows, then the Phoenix dictionaries,
 * with date restrictions applied to the article date): the longest match inside the phrase, the
 * one nearest the head winning ({@link ActorLookup#dictionaryActor}). Its code is the reading's so far.
 */
public final class DictionaryLayer implements ActorLayer {
  @Override
  public String id() {
    return "actor:dictionary";
  }

  @Override
  public void apply(PhraseReading r, ActorLookup lookup) {
    r.dictionary = lookup.dictionaryActor(r.s(), r.words, r.phrase.tokens(), r.memory, r.head());
    if (r.dictionary.isPresent()) {
      Actor d = r.dictionary.get();
      r.country = d.country();
      r.sectors.addAll(d.sectors());
      r.rule = d.rule();
    }
  }
}
