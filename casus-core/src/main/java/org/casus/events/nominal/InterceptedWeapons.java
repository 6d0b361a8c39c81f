package org.casus.events.nominal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.casus.events.EventWords;
import org.casus.events.MentionBuilder;
import org.casus.events.SentenceContext;
import org.casus.events.mode.ModeReader;
import org.casus.events.roles.SourceFinder;
import org.casus.events.roles.TargetFinder;
import org.casus.lexicon.Lexicon;
import org.casus.model.Actor;
import org.casus.model.EventMention;
import org.casus.model.Mode;
import org.casus.nlp.ParsedSentence;
import org.casus.trace.DropReason;

/**
 * Weapons in flight that a side stopped: "Jordan intercepts three Iranian missiles", "Kuwait's army
 * shot down twelve missiles launched from Iran", "air defences downed two rockets fired by the
 * Houthis at Riyadh". The missiles and rockets are the attack of the side that fired them on
 * the side that stopped them: CAMEO 195 "Employ aerial weapons", source = the weapons' origin (their
 * own modifier, a "from"/"by" complement, the "from"/"by" phrase of a participle such as "launched
 * from Iran", else the verb's "from" phrase), target = the interceptor, the verb's subject; as the
 * WCEP gold codes "the military shot down 13 ballistic missiles and 17 drones from Iran" (IRN 195
 * KWT). An interception of weapons whose origin the sentence does not name codes nothing.
 *
 * <p>Verbs: lexicon {@code interception-verb} (intercept, down, and shoot with the particle
 * "down"), active; weapons: lexicon {@code aerial-weapon-noun} (missiles, rockets, projectiles,
 * warheads), the verb's object or a conjunct of it. The verb's own reading (CAMEO 2.0's SHOOT DOWN
 * 190 and INTERCEPT * &amp;WEAPON 1711, the seizure of a weapons shipment) is set aside by
 * {@link org.casus.events.roles.Interception}; a drone or an aircraft shot down (no aerial weapon
 * here) stays the shooter's force on its owner, as the WCEP gold codes "the U.S. military shoots
 * down an Iranian drone" (USAMIL 190 IRNMIL).
 * Stateless; thread-safe.
 */
public final class InterceptedWeapons {
  /** The rule of the mentions (provenance and trace). */
  public static final String RULE = "interception";

  private static final Set<String> VERBS = Lexicon.words("interception-verb");
  private static final Set<String> WEAPONS = Lexicon.words("aerial-weapon-noun");
  private static final Set<String> ORIGIN_PREPS = Set.of("from", "by");
  /** CAMEO 195 "Employ aerial weapons". */
  private static final String AERIAL = "195";

  private final SourceFinder sources;
  private final TargetFinder targets;
  private final ModeReader modes;
  private final MentionBuilder mentions;

  public InterceptedWeapons(SourceFinder sources, TargetFinder targets, ModeReader modes, MentionBuilder mentions) {
    this.sources = sources;
    this.targets = targets;
    this.modes = modes;
    this.mentions = mentions;
  }

  /**
   * The active verb of interception whose object is weapon noun {@code n} or has it as a conjunct,
   * or -1.
   */
  public static int interceptingVerb(ParsedSentence s, int n) {
    if (!EventWords.lemmaIn(s, n, WEAPONS)) {
      return -1;
    }
    int h = n;
    while (s.relation(h).equals("conj") && s.head(h) >= 0) {
      h = s.head(h);
    }
    int v = s.head(h);
    if (v >= 0 && s.relation(h).equals("nsubj") && misreadParticiple(s, v)) {
      h = v; // "shoots down 12 missiles launched from Iran", parsed as "missiles" the subject of "launched"
      v = s.head(v);
    } else if (!s.relation(h).equals("obj")) {
      return -1;
    }
    return v >= 0 && isInterception(s, v) && !s.isPassive(v) ? v : -1;
  }

  /**
   * A past participle that the parser hung from the main verb with the weapons as its subject
   * ("downed [missiles launched from Iran]" read as "missiles launched" a clause): the weapons are the
   * main verb's object.
   */
  private static boolean misreadParticiple(ParsedSentence s, int p) {
    return s.token(p).pos().equals("VBN") && s.children(p, "aux").isEmpty() && s.children(p, "aux:pass").isEmpty()
        && (s.relation(p).equals("dep") || s.relation(p).equals("ccomp")) && s.head(p) >= 0
        && s.children(s.head(p), "obj").isEmpty();
  }

  /** Whether verb {@code v} is a verb of interception ("intercept", "down", "shoot ... down"). */
  private static boolean isInterception(ParsedSentence s, int v) {
    String lemma = s.token(v).lemma().toLowerCase(Locale.ROOT);
    if (lemma.equals("shoot")) {
      return s.children(v).stream().anyMatch(d -> (d.relation().equals("compound:prt") || d.relation().equals("advmod"))
          && s.token(d.dependent()).word().equalsIgnoreCase("down")); // the parser reads "down" either way
    }
    return VERBS.contains(lemma);
  }

  /** Codes the attack of weapon noun {@code n} on the side that intercepted it into {@code out}, when it is one. */
  public void code(SentenceContext ctx, int n, List<EventMention> out) {
    ParsedSentence s = ctx.sentence();
    int v = interceptingVerb(s, n);
    if (v < 0) {
      return;
    }
    List<Actor> origin = origins(ctx, n);
    for (int c = n; origin.isEmpty() && s.relation(c).equals("conj"); c = s.head(c)) {
      origin = origins(ctx, s.head(c)); // "seven missiles and four drones from Iran": the origin said once
    }
    for (int k : s.children(v, "obl")) {
      if (origin.isEmpty() && s.hasCase(k, "from")) {
        targets.targetsOf(ctx, k, origin);
      }
    }
    if (origin.isEmpty()) {
      drop(ctx, n, DropReason.NOUN_WITHOUT_SOURCE, s.token(n).word());
      return;
    }
    List<Actor> interceptors = sources.sources(ctx, v, false);
    if (interceptors.isEmpty()) {
      drop(ctx, n, DropReason.NOUN_WITHOUT_TARGET, s.token(n).word());
      return;
    }
    if (ctx.trace().on()) {
      ctx.step(n, "role:" + RULE, "fired by " + origin.stream().map(Actor::code).toList() + ", stopped by "
          + interceptors.stream().map(Actor::code).toList());
    }
    Mode mode = modes.mode(ctx, v);
    for (Actor a : origin) {
      for (Actor b : interceptors) {
        mentions.add(ctx, out, n, a, b, AERIAL, RULE, mode, true);
      }
    }
  }

  /**
   * The coded origin of the weapons headed by {@code n}: the phrase's own actor ("Iranian
   * missiles"), else its "from"/"by" complements, else those of a participle on it ("launched from
   * Iran", "fired by the Houthis").
   */
  private List<Actor> origins(SentenceContext ctx, int n) {
    ParsedSentence s = ctx.sentence();
    List<Actor> out = new ArrayList<>();
    ctx.codedActor(n).filter(a -> !a.country().equals(Actor.UNKNOWN_COUNTRY)).ifPresent(out::add); // not "cruise missiles" (---MIL)
    for (var d : s.children(n)) {
      int k = d.dependent();
      if (!out.isEmpty()) {
        break;
      }
      if (d.relation().equals("nmod") && ORIGIN_PREPS.contains(s.caseWord(k))) {
        targets.targetsOf(ctx, k, out);
      } else if (d.relation().startsWith("acl") && s.token(k).isVerb()) {
        participleOrigins(ctx, k, out);
      }
    }
    int p = s.head(n);
    if (out.isEmpty() && s.relation(n).equals("nsubj") && p >= 0 && misreadParticiple(s, p)) {
      participleOrigins(ctx, p, out);
    }
    return out;
  }

  /** The coded "from"/"by" phrases of participle {@code k} ("launched from Iran", "fired by the Houthis"). */
  private void participleOrigins(SentenceContext ctx, int k, List<Actor> out) {
    ParsedSentence s = ctx.sentence();
    for (int o : s.children(k, "obl")) {
      if (out.isEmpty() && ORIGIN_PREPS.contains(s.caseWord(o))) {
        targets.targetsOf(ctx, o, out);
      }
    }
  }

  private static void drop(SentenceContext ctx, int n, DropReason reason, String detail) {
    if (ctx.trace().on()) {
      ctx.trace().drop(ctx.sentence().index(), n, reason, detail);
    }
  }
}
