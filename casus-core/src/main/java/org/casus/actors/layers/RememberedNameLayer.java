package org.casus.actors.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;

/**
 * A name seen earlier in the article with a code ("Quispe" after "Peru's Interior Minister Ana
 * Quispe"): the phrase's proper nouns in full, else the last of them. Only when no dictionary
 * entry matched. Rule {@code coref:name}.
 */
public final class RememberedNameLayer implements ActorLayer {
  @Override
  public String id() {
    return "actor:remembered-name";
  }

  @Override
  public void apply(PhraseReading r, ActorLookup lookup) {
    if (r.dictionary.isPresent()) {
      return;
    }
    r.named = rememberedName(r);
    if (r.named.isPresent()) {
      Actor d = r.named.get();
      r.country = d.country();
      r.sectors.addAll(d.sectors());
      r.rule = "coref:name";
    }
  }

  private static Optional<Actor> rememberedName(PhraseReading r) {
    ParsedSentence s = r.s();
    List<Integer> names = new ArrayList<>();
    for (int t : r.phrase.tokens()) {
      if (s.token(t).isProperNoun()) {
        names.add(t);
      }
    }
    if (names.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder full = new StringBuilder();
    for (int t : names) {
      full.append(full.length() > 0 ? " " : "").append(s.token(t).word());
    }
    Optional<Actor> a = r.memory.byName(full.toString());
    return a.isEmpty() ? r.memory.byName(s.token(names.get(names.size() - 1)).word()) : a;
  }
}
