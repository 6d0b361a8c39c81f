package org.casus.trace;

/**
 * Why a candidate trigger gave no event, or why an event was dropped: the categories of the
 * drop-reason histogram ({@code casus stats --drops}).
 */
public enum DropReason {
  /** A content verb that no verb dictionary entry lists. */
  NO_VERB_ENTRY,
  /** A verb of the dictionary whose code says "no event" ({@code ---}) or that is not an event code. */
  NOT_AN_EVENT_CODE,
  /** A saying verb with no pattern matched: CAMEO 01x needs the content of what was said. */
  SAYING_WITHOUT_PATTERN,
  /** A light verb whose object is an event noun: coded as that nominal event. */
  LIGHT_VERB,
  /** No source phrase was found for the trigger. */
  NO_SOURCE,
  /** A source phrase was found but resolved to no actor code. */
  SOURCE_NOT_CODED,
  /** A source but no target: the event needs a dyad. */
  NO_TARGET,
  /** Source and target are one actor. */
  SELF_EVENT,
  /** A future deed with no CAMEO intent code. */
  FUTURE_WITHOUT_INTENT,
  /** An event noun with no actor of its own (no possessor, "by" or nationality). */
  NOUN_WITHOUT_SOURCE,
  /** An event noun with a source but no target complement. */
  NOUN_WITHOUT_TARGET,
  /** A noun undone by its verb ("lifts its sanctions"). */
  REVERSED,
  /** The mention's mode is not emitted (negated, hypothetical ... without {@code --modes}). */
  MODE_NOT_EMITTED,
  /** A side known only by its role ("gunmen") in no known country. */
  ROLE_WITHOUT_COUNTRY,
  /** The sentence matched a discard phrase (sport, history, entertainment). */
  SENTENCE_DISCARDED,
  /** The article matched a story discard phrase. */
  STORY_DISCARDED,
  /** Merged into an earlier mention of the same event (not lost: it is a mention of that event). */
  MERGED
}
