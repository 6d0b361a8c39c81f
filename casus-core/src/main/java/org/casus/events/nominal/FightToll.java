package org.casus.events.nominal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casus.lexicon.Lexicon;
import org.casus.model.EventMention;
import org.casus.events.EventWords;
import org.casus.events.MentionBuilder;
import org.casus.events.SentenceContext;
import org.casus.events.mode.ModeReader;
import org.casus.events.roles.TargetFinder;
import org.casus.model.Actor;
import org.casus.model.Mode;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;

/**
 * A toll from a fight with a named party: "rebel dead from Saturday's fighting with its troops
 * numbered 1,450", "insurgent deaths from Friday's clashes with the army totalled 80". The fight
 * noun ({@link #RECIPROCAL_NOUNS}) has no actor of its own but hangs by "from"/"in"/"during" from a
 * casualty noun ({@link #CASUALTY_NOUNS}) whose modifier names whose people they were; its "with"
 * complement names the other party, the one that used force on them: source = the "with" party,
 * target = the casualties' side. Both must be named and coded: a toll with no party named ("the
 * death toll from the fighting reached 30") stays a statistic, not an event. The same holds when
 * the casualties are the subject of a verb of dying ({@link DeedVictims#hurtSubject}): "thirty soldiers were
 * killed in clashes with Houthi rebels" is the rebels' force against the soldiers, and so is
 * "twelve rebels died in fighting with the troops" with the gerund ({@link #isTollGerund}). The
 * casualties are the target, as the hard cases' gold has it, so the killed count belongs to the
 * event whose target they are. Rule suffix {@code +toll}. Stateless; thread-safe.
 */
public final class FightToll {
  /**
   * Event nouns for a fight between two sides, where "with" names the other side ("fighting with
   * its troops", "clashes with the army"), not an instrument as after "attack".
   */
  private static final Set<String> RECIPROCAL_NOUNS = Lexicon.words("fight-noun");
  /** Nouns (or nominal adjectives) that count people hurt: "rebel dead", "insurgent deaths", "army losses". */
  private static final Set<String> CASUALTY_NOUNS = Lexicon.words("casualty-noun");
  /** Prepositions that tie casualties to the fight that caused them: "dead from", "losses in", "deaths during". */
  private static final Set<String> TOLL_PREPS = Lexicon.words("toll-preposition");

  private final TargetFinder targets;
  private final ModeReader modes;
  private final MentionBuilder mentions;

  public FightToll(TargetFinder targets, ModeReader modes, MentionBuilder mentions) {
    this.targets = targets;
    this.modes = modes;
    this.mentions = mentions;
  }

  /** Codes the toll of fight noun or gerund {@code n} (event noun {@code en}) into {@code out}, when it is one. */
  public void code(SentenceContext ctx, int n, EventNouns.EventNoun en, List<EventMention> out) {
    ParsedSentence s = ctx.sentence();
    if (!EventWords.lemmaIn(s, n, RECIPROCAL_NOUNS)) {
      return;
    }
    int h = s.head(n);
    String rel = s.relation(n);
    if (h < 0 || !(rel.equals("nmod") || rel.equals("obl") || rel.equals("advcl") && s.token(n).isVerb())) {
      return;
    }
    if (s.caseOrMark(n) < 0 || !TOLL_PREPS.contains(s.caseWord(n))) {
      return;
    }
    int verb = -1;
    if (!EventWords.lemmaIn(s, h, CASUALTY_NOUNS)) {
      // The parser may hang "from the fighting" (and "with X") on the verb whose subject is the
      // casualty word ("rebel dead [from the fighting] [with its troops] numbered 1,450"): the same toll.
      if (rel.equals("nmod") || !s.token(h).isVerb()) {
        return;
      }
      int subject = casualtySubject(s, h);
      if (subject < 0) {
        return;
      }
      verb = h;
      h = subject;
    }
    Optional<Actor> side = side(ctx, h, n);
    if (side.isEmpty()) {
      return;
    }
    List<Actor> others = otherParty(ctx, n, verb);
    int g = s.head(h);
    Mode mode = g >= 0 && s.token(g).isVerb() ? modes.mode(ctx, g) : Mode.ASSERTED;
    for (Actor a : others) {
      mentions.add(ctx, out, n, a, side.get(), en.code(), en.rule() + "+toll", mode, true);
    }
  }

  /**
   * The casualty subject of verb {@code h}: a casualty noun subject ("rebel dead ... numbered"), or
   * the subject of a verb of dying ("thirty soldiers were killed in clashes with rebels"); -1 when none.
   */
  private static int casualtySubject(ParsedSentence s, int h) {
    int subject = -1;
    for (int c : s.children(h, "nsubj")) {
      if (EventWords.lemmaIn(s, c, CASUALTY_NOUNS)) {
        subject = c;
      }
    }
    return subject >= 0 ? subject : DeedVictims.hurtSubject(s, h);
  }

  /** The "with" party of the fight, on the noun (nmod) or gerund (obl), else on the verb of the toll. */
  private List<Actor> otherParty(SentenceContext ctx, int n, int verb) {
    ParsedSentence s = ctx.sentence();
    List<Actor> others = new ArrayList<>();
    for (var d : s.children(n)) {
      if ((d.relation().equals("nmod") || d.relation().equals("obl")) && s.hasCase(d.dependent(), "with")) {
        targets.targetsOf(ctx, d.dependent(), others);
      }
    }
    if (others.isEmpty() && verb >= 0) {
      for (int c : s.children(verb, "obl")) {
        if (s.hasCase(c, "with")) {
          targets.targetsOf(ctx, c, others);
        }
      }
    }
    return others;
  }

  /**
   * True for a fight gerund ("fighting", "clashing", "battling") tied by "in", "during" or "from"
   * to a verb of dying ({@link DeedVictims#hurtSubject}): "twelve rebels died in fighting with the troops".
   * The dead did fight, but the clause reports their deaths in a fight with the "with" party; read
   * as the verb, the dead would be the source.
   */
  public static boolean isTollGerund(ParsedSentence s, int v) {
    Token t = s.token(v);
    int h = s.head(v);
    String rel = s.relation(v);
    return t.pos().equals("VBG") && EventWords.lemmaIn(s, v, RECIPROCAL_NOUNS)
        && (rel.equals("advcl") || rel.equals("obl")) && h >= 0 && DeedVictims.hurtSubject(s, h) >= 0
        && s.caseOrMark(v) >= 0 && TOLL_PREPS.contains(s.caseWord(v));
  }

  /**
   * Whose casualties the casualty word {@code h} counts: its own phrase when that resolves
   * ("Colombian rebel casualties"), else a modifier ("insurgent deaths", "the army's losses",
   * "deaths of rebels") or, for the adjective "dead", the noun the parser makes its subject
   * ("rebel dead" parsed as a small clause). A modifier with a sector wins over a bare country.
   */
  private static Optional<Actor> side(SentenceContext ctx, int h, int fight) {
    ParsedSentence s = ctx.sentence();
    if (s.token(h).isNoun()) {
      Optional<Actor> own = ctx.codedActor(h);
      if (own.isPresent()) {
        return own;
      }
    }
    Optional<Actor> country = Optional.empty();
    for (var d : s.children(h)) {
      String r = d.relation();
      int c = d.dependent();
      if (c == fight || !(r.equals("amod") || r.equals("compound") || r.equals("nmod:poss") || r.equals("dep")
          || r.equals("nsubj") || (r.equals("nmod") && s.hasCase(c, "of")))) {
        continue;
      }
      Optional<Actor> a = ctx.codedActor(c);
      if (a.isPresent() && !a.get().sectors().isEmpty()) {
        return a;
      }
      if (country.isEmpty()) {
        country = a;
      }
    }
    return country;
  }
}
