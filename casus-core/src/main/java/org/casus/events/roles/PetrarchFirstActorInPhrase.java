package org.casus.events.roles;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casus.events.EventWords;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;

/**
 * PETRARCH's target when the object names no actor: the first coded actor after the verb anywhere
 * in its phrase, whatever the preposition, an infinitive or "that" clause included ("arrived in
 * Gondor", "cordoned off the roads leading into Mordor", "signed an accord to supply Gondor").
 * Names are taken at their phrase's head; dates, pattern words, a passive's "by" agent, the verb's
 * subjects, adverbial clauses and the speaker of a reporting clause are skipped. PETRARCH
 * validation convention only: in news, "in X" is mostly the event's place.
 */
public final class PetrarchFirstActorInPhrase implements TargetRule {
  @Override
  public String id() {
    return "target:petrarch-first-actor-in-phrase";
  }

  @Override
  public void find(VerbClause c, RoleFinders f, List<Actor> out) {
    ParsedSentence s = c.s();
    int v = c.verb();
    Set<Integer> skip = new HashSet<>(c.consumed());
    for (var d : s.children(v)) {
      if (d.relation().startsWith("nsubj") || (c.passive() && d.relation().startsWith("obl") && s.hasCase(d.dependent(), "by"))) {
        skip.addAll(s.subtree(d.dependent()));
      }
    }
    for (int t : s.subtree(v)) {
      if (t > v && PhraseOrder.isAdverbialClause(s, t)) {
        skip.addAll(s.subtree(t)); // "... after Calenardhon crowds burned its embassy": another clause
      }
      if (t != v && s.token(t).isVerb() && EventWords.isSaying(s, t)) {
        for (int speaker : s.children(t, "nsubj")) {
          skip.addAll(s.subtree(speaker)); // "..., a senior official said": the speaker is no target
        }
      }
    }
    for (int t : s.subtree(v)) {
      Token k = s.token(t);
      String rel = s.relation(t);
      if (t <= v || skip.contains(t) || !k.isNoun() || EventWords.isTime(s, t)
          || rel.equals("compound") || rel.equals("flat") || rel.equals("amod") || rel.equals("nmod:poss")) {
        continue;
      }
      f.targets().targetsOf(c.ctx(), t, out);
      if (!out.isEmpty()) {
        return;
      }
    }
  }
}
