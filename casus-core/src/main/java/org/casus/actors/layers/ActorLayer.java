package org.casus.actors.layers;

/**
 * One layer of actor resolution. The layers form an ordered chain
 * ({@link org.casus.actors.LayeredActorResolver#LAYERS}); each reads the phrase and what earlier
 * layers found, and either adds to the reading (a dictionary code, a nationality, a role) or
 * decides the actor ({@link PhraseReading#decide}), which ends the chain. The layer that decides
 * is named in the actor's rule.
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface ActorLayer {
  /** The layer's id, {@code actor:...}, as the trace names it. */
  String id();

  /**
   * @param r the reading so far (updated in place)
   * @param lookup dictionaries, countries and the resolver for inner phrases
   */
  void apply(PhraseReading r, ActorLookup lookup);
}
