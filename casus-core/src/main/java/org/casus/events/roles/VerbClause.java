package org.casus.events.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.casus.events.SentenceContext;
import org.casus.nlp.ParsedSentence;

/**
 * A verb and its clause as the target rules see it.
 *
 * @param ctx the sentence
 * @param verb the verb's token index
 * @param passive whether the clause is read as passive (its object is then the passive subject)
 * @param consumed tokens that belong to the verb's pattern or other words: never targets
 */
public record VerbClause(SentenceContext ctx, int verb, boolean passive, Set<Integer> consumed) {
  public VerbClause {
    Objects.requireNonNull(ctx, "ctx");
    consumed = java.util.Collections.unmodifiableSet(new java.util.HashSet<>(consumed));
  }

  /** The parse. */
  public ParsedSentence s() {
    return ctx.sentence();
  }

  /** The verb's objects: its passive subjects when passive, else its direct then indirect objects. */
  public List<Integer> objects() {
    List<Integer> out = new ArrayList<>();
    if (passive) {
      out.addAll(s().children(verb, "nsubj:pass"));
    } else {
      out.addAll(s().children(verb, "obj"));
      out.addAll(s().children(verb, "iobj"));
    }
    return out;
  }

  /** Whether the verb has a "by" complement: the agent of a passive ("was shelled by Turkish artillery"). */
  public boolean hasByAgent() {
    return s().children(verb, "obl").stream().anyMatch(k -> s().hasCase(k, "by"));
  }
}
