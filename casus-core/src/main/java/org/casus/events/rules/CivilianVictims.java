package org.casus.events.rules;

import java.util.List;
import org.casus.model.Actor;
import org.casus.model.CameoCode;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;

/**
 * People named only by nationality ("1,200 Palestinians", "two Afghans") or only as people ("21
 * people", Phoenix agent PPL) who suffer force (CAMEO 18-20) are civilians: country + CVL, as in
 * ACLED's codebook. The Phoenix dictionaries give such plurals the bare country, which reads as
 * the state being attacked. Stateless.
 */
public final class CivilianVictims {
  private CivilianVictims() {}

  /** Rule suffix of a target recoded as civilians. */
  public static final String RULE = "+victims";

  /** The target of an event coded {@code code}, as civilians when the rule applies; else {@code target}. */
  public static Actor of(ParsedSentence s, Actor target, String code) {
    if (!CameoCode.isForce(code)) {
      return target;
    }
    if (target.sectors().equals(List.of("PPL"))) {
      return Actor.ofCode(target.text(), target.country() + "CVL", target.span(), target.rule() + RULE);
    }
    if (!target.sectors().isEmpty()) {
      return target;
    }
    for (Token t : s.tokens()) {
      if (t.span().within(target.span()) && t.pos().equals("NNPS") && t.ner().equals("MISC")) {
        return Actor.ofCode(target.text(), target.country() + "CVL", target.span(), target.rule() + RULE);
      }
    }
    return target;
  }
}
