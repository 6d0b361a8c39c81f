package org.casus.events.rules;

import java.util.ArrayList;
import java.util.List;
import org.casus.events.SentenceContext;
import org.casus.model.Actor;
import org.casus.model.EventMention;
import org.casus.nlp.ParsedSentence;
import org.casus.trace.DropReason;

/**
 * What a side agrees or pledges to do is the event, not the agreeing: when a verb's clause holds a
 * deed coded as an intent on the same dyad ("Iran and the United States agree to halt strikes":
 * 0356 each way), the verb's own mention ("agree", 050) is that intent's, and is dropped as merged
 * into it. CAMEO 1.1b3 codes an announced deed by its intent (categories 03 and 13), once; the
 * verb that announces it names no second event. A verb whose complement gave no event ("agree to
 * transform a field into a solar farm": nothing codes the transforming) keeps its own. Stateless;
 * thread-safe.
 */
public final class AgreedComplement {
  private AgreedComplement() {}

  /**
   * The sentence's mentions without those whose trigger governs an intent mention of the same
   * dyad in its clause.
   *
   * @param ctx the sentence, for its parse and trace
   * @param mentions the sentence's mentions in the order they were coded
   * @return the mentions kept, in the same order
   */
  public static List<EventMention> withoutGovernors(SentenceContext ctx, List<EventMention> mentions) {
    ParsedSentence s = ctx.sentence();
    List<EventMention> out = new ArrayList<>();
    for (EventMention m : mentions) {
      boolean governs = !m.isIntent() && !m.nominal() && mentions.stream().anyMatch(n -> n != m && n.isIntent()
          && inComplement(s, m.trigger(), n.trigger()) && sameDyad(m, n));
      if (governs) {
        if (ctx.trace().on()) {
          ctx.trace().drop(s.index(), m.trigger(), DropReason.MERGED, m.source().code() + " " + m.code()
              + ": what is agreed or announced in its clause is coded as the intent");
        }
      } else {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * Whether token {@code t} lies in the complement clause of verb {@code v}: {@code v}'s
   * infinitive or "that" clause ({@code xcomp}, {@code ccomp}), or a verb coordinated with it or
   * an object within it ("agree to halt strikes and hold a meeting"); a participle or adverbial
   * clause of {@code v} ("struck Gaza, promising to strike again") is not its complement.
   */
  private static boolean inComplement(ParsedSentence s, int v, int t) {
    int cur = t;
    for (int steps = 0; cur >= 0 && steps < s.size(); steps++) {
      int up = s.head(cur);
      String rel = s.relation(cur);
      if (up == v) {
        return rel.equals("xcomp") || rel.equals("ccomp");
      }
      if (!(rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("obj") || rel.equals("conj"))) {
        return false;
      }
      cur = up;
    }
    return false;
  }

  private static boolean sameDyad(EventMention a, EventMention b) {
    return a.source().code().equals(b.source().code())
        && a.target().map(Actor::code).equals(b.target().map(Actor::code));
  }
}
