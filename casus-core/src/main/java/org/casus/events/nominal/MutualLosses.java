package org.casus.events.nominal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casus.events.EventWords;
import org.casus.events.MentionBuilder;
import org.casus.events.SentenceContext;
import org.casus.events.mode.ModeReader;
import org.casus.events.roles.ActorPhrases;
import org.casus.lexicon.Lexicon;
import org.casus.model.Actor;
import org.casus.model.EventMention;
import org.casus.model.Mode;
import org.casus.nlp.ParsedSentence;

/**
 * Losses on both sides of a fight: "three soldiers and nineteen insurgents are killed in a
 * shootout", "two police officers and five gunmen were killed in clashes", "twenty rebels and six
 * soldiers died during fighting". A fight noun (lexicon {@code fight-noun}) with no party of its
 * own and no "with" party hangs from a clause whose sufferers ({@link DeedVictims}) are two or
 * more coordinated armed sides of different codes: each side used force on the other, the noun's
 * code (CAMEO 190 for a clash or a shootout) each way, as casus codes "A and B clash" and "fighting
 * between A and B" each on the other (the CAMEO verb CLASH and noun FIGHTING are 190). Armed sides are
 * military, police, rebels, insurgents, separatists and unidentified armed forces (sector codes);
 * civilians among the dead are no side, and a fight with a "with" party is a toll of that party
 * ({@link FightToll}). Rule suffix {@code +losses}. Stateless; thread-safe.
 */
public final class MutualLosses {
  private static final Set<String> FIGHT_NOUNS = Lexicon.words("fight-noun");
  /** Sectors of a side that fights: CAMEO's military, police, rebel, insurgent, separatist, unidentified armed force. */
  private static final Set<String> ARMED = Set.of("MIL", "COP", "REB", "INS", "SEP", "UAF");

  private final ActorPhrases phrases;
  private final ModeReader modes;
  private final MentionBuilder mentions;

  public MutualLosses(ActorPhrases phrases, ModeReader modes, MentionBuilder mentions) {
    this.phrases = phrases;
    this.modes = modes;
    this.mentions = mentions;
  }

  /** Codes the losses of fight noun {@code n} (event noun {@code en}) into {@code out}, when they are both sides'. */
  public void code(SentenceContext ctx, int n, EventNouns.EventNoun en, List<EventMention> out) {
    ParsedSentence s = ctx.sentence();
    if (!EventWords.lemmaIn(s, n, FIGHT_NOUNS) || hasWithParty(s, n)) {
      return;
    }
    int victims = DeedVictims.of(s, n);
    if (victims < 0) {
      return;
    }
    List<Actor> all = new ArrayList<>();
    phrases.addWithConjuncts(ctx, victims, all);
    List<Actor> sides = new ArrayList<>();
    for (Actor a : all) {
      if (a.sectors().stream().anyMatch(ARMED::contains) && sides.stream().noneMatch(b -> b.code().equals(a.code()))) {
        sides.add(a);
      }
    }
    if (sides.size() < 2) {
      return;
    }
    if (ctx.trace().on()) {
      ctx.step(n, "role:mutual-losses", sides.stream().map(Actor::code).toList().toString());
    }
    Mode mode = modes.mode(ctx, s.head(n));
    for (Actor a : sides) {
      for (Actor b : sides) {
        if (a != b) {
          mentions.add(ctx, out, n, a, b, en.code(), en.rule() + "+losses", mode, true);
        }
      }
    }
  }

  /** Whether the fight names its other party with "with", on the noun or on the clause it hangs from. */
  private static boolean hasWithParty(ParsedSentence s, int n) {
    int h = s.head(n);
    return s.children(n).stream().anyMatch(d -> s.hasCase(d.dependent(), "with"))
        || h >= 0 && s.children(h, "obl").stream().anyMatch(k -> s.hasCase(k, "with"));
  }
}
