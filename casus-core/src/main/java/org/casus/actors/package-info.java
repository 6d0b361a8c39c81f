/**
 * The actors stage: a noun phrase to a CAMEO actor code. {@link org.casus.actors.ActorResolver} is
 * the role; {@link org.casus.actors.LayeredActorResolver} runs the layers of
 * {@code org.casus.actors.layers} in the order of {@link org.casus.actors.LayeredActorResolver#LAYERS}:
 * pronouns, relative pronouns, possessor, dictionary, remembered names, capital as government,
 * nationality, agent, role overrides, speaks-for, located-in, listed-with, of-complement,
 * from-complement, role-only, code. Article rules that need the event live in
 * {@code org.casus.actors.article}: governments named, place country, armed opposition. The
 * dictionaries (Phoenix, casus's rows, user files, source registers) are read here too;
 * {@link org.casus.actors.ArticleActors} is the article's memory.
 */
package org.casus.actors;
