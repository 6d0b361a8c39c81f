/**
 * The actor layers: one small class per layer, each named in the rule it writes
 * ({@link org.casus.actors.layers.ActorLayer}); the order is
 * {@link org.casus.actors.LayeredActorResolver#LAYERS}.
 */
package org.casus.actors.layers;
