/**
 * The events stage: the event mentions of a sentence, each with trigger, source, target, CAMEO
 * code, mode and the rule that coded it. {@link org.casus.events.EventCoder} is the role;
 * {@link org.casus.events.DependencyEventCoder} orchestrates; the rules are small classes composed
 * in {@link org.casus.events.EventChains}. For every verb and noun of a sentence, in order:
 *
 * <ol>
 *   <li>event anaphora: a definite event noun subject continues an earlier event ({@code rules});
 *   <li>a fight gerund of a toll, or a fight noun with a toll, is coded as that toll ({@code nominal});
 *   <li>a verb: its dictionary entry and best pattern ({@code pattern}), its source
 *       ({@link org.casus.events.roles.SourceFinder}), then the roles chain
 *       ({@link org.casus.events.EventChains#roleRules}) with the complement targets
 *       ({@link org.casus.events.EventChains#targetRules}), then its mode ({@code mode});
 *   <li>a noun: a nominal event with its own source and target ({@code nominal});
 *   <li>every mention through {@link org.casus.events.MentionBuilder}: self events dropped, force
 *       against people named only by nationality is against civilians, a future deed becomes the
 *       intent to do it.
 * </ol>
 *
 * <p>Every rule reports to the {@link org.casus.trace.Trace} of the
 * {@link org.casus.events.SentenceContext}: what it found, or why a candidate gave no event.
 */
package org.casus.events;
