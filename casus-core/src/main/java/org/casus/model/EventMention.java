package org.casus.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One coded event mention in one sentence, before dates, places, counts and de-duplication: what
 * the events stage hands to time, geo, quantity and dedup.
 *
 * @param sentence 0-based sentence index
 * @param trigger token index of the verb or noun that carries the event
 * @param source the acting actor, coded; uncoded (code {@code ""}) only from a coder with
 *     {@code require_dyad} off (PETRARCH's option), when no source is named
 * @param target the actor acted upon; empty when the event has none
 * @param code the CAMEO event code
 * @param rule the verb pattern, verb entry or event-noun rule that gave the code
 * @param mode the mention's mode
 * @param nominal true when the trigger is a noun ("Israel's attack on ...")
 * @param antecedent for an anaphoric event ("The retaliatory strikes ... inflicted damage"), the
 *     earlier mention it refers back to; empty otherwise
 */
public record EventMention(int sentence, int trigger, Actor source, Optional<Actor> target, CameoCode code,
    String rule, Mode mode, boolean nominal, Optional<EventMention> antecedent) {
  public EventMention {
    if (sentence < 0 || trigger < 0) {
      throw new IllegalArgumentException("bad sentence/trigger " + sentence + "/" + trigger);
    }
    Objects.requireNonNull(source);
    Objects.requireNonNull(target);
    Objects.requireNonNull(code);
    Objects.requireNonNull(rule);
    Objects.requireNonNull(mode);
    Objects.requireNonNull(antecedent);
  }

  /**
   * True for an announced deed coded as the intent to do it (CAMEO 03x, 138: "will meet next week"
   * is 036): a future mention whose rule ends in {@code +intent}.
   */
  public boolean isIntent() {
    return mode.kind() == ModeKind.FUTURE && rule.endsWith("+intent");
  }
}
