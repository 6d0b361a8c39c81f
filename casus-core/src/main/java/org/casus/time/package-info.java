/**
 * The time stage: the day an event happened, from the temporal expression tied to the event's
 * trigger in the dependency tree, else the story's time, else the article date.
 *
 * <p>{@link org.casus.time.EventDater} is the entry point; {@link org.casus.time.StoryTime} is the
 * per-article context the caller threads through the sentences.
 */
package org.casus.time;
