package org.casus.events;

import org.casus.model.EventMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.casus.actors.ActorResolver;
import org.casus.actors.ArticleActors;
import org.casus.actors.QuoteSpeakers;
import org.casus.events.mode.ModeReader;
import org.casus.events.nominal.EventNouns;
import org.casus.events.nominal.FightToll;
import org.casus.events.nominal.NominalEventCoder;
import org.casus.events.pattern.PairedCode;
import org.casus.events.pattern.VerbCode;
import org.casus.events.pattern.VerbDictionary;
import org.casus.events.pattern.VerbPatternMatcher;
import org.casus.events.roles.ActorPhrases;
import org.casus.events.roles.ClauseRoles;
import org.casus.events.roles.RoleFinders;
import org.casus.events.roles.RoleRule;
import org.casus.events.roles.SourceFinder;
import org.casus.events.roles.TargetFinder;
import org.casus.events.roles.VerbClause;
import org.casus.events.rules.DeedWithoutTarget;
import org.casus.events.rules.AgreedComplement;
import org.casus.events.rules.EventAnaphora;
import org.casus.events.rules.PetrarchNegation;
import org.casus.events.rules.Refusal;
import org.casus.model.Actor;
import org.casus.model.Mode;
import org.casus.model.ModeKind;
import org.casus.lexicon.Lexicon;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;
import org.casus.trace.DropReason;
import org.casus.trace.Trace;

/**
 * The events stage over a dependency parse: for each verb and noun of a sentence, in order, finds
 * whether it carries a CAMEO event, its source, target, code and mode. This class only
 * orchestrates; the rules are small classes composed in {@link EventChains}:
 *
 * <ol>
 *   <li>event anaphora ({@link EventAnaphora}): "The retaliatory strikes inflicted damage on X";
 *   <li>verbs: the dictionary entry and pattern ({@link VerbPatternMatcher}), the source
 *       ({@link SourceFinder}), the roles chain ({@link EventChains#roleRules}, with the complement
 *       targets of {@link EventChains#targetRules}), the mode ({@link ModeReader});
 *   <li>nouns: nominal events and tolls ({@link NominalEventCoder});
 *   <li>every mention through {@link MentionBuilder} (self events, civilians, intent codes);
 *   <li>last, over the sentence's mentions: a deed with no target that the sentence also codes on a
 *       target ({@link DeedWithoutTarget#withoutCovered}), and a verb whose complement clause is
 *       coded as an intent on the same dyad ({@link AgreedComplement}), are merged into those.
 * </ol>
 *
 * <p>An event needs a coded source and a coded target (PETRARCH's require_dyad default; see
 * {@link #withRequireDyad}); "Iran and China met" codes each member of a compound subject on the
 * other for consultation and cooperation (CAMEO 03-06). Codes are CAMEO codes or, from the
 * PETRARCH validation dictionaries only, validation test codes. Thread-safe when its dictionaries
 * and resolver are.
 */
public final class DependencyEventCoder implements EventCoder {
  /** Verbs whose "that" clause two subjects state to each other ("A and B agree that ..."). */
  private static final Set<String> MUTUAL_VERBS = Lexicon.words("mutual-verb");
  /** Verbs of a deed both members of a compound subject do to each other ("A and B exchange fire"). */
  private static final Set<String> MUTUAL_DEED_VERBS = Lexicon.words("mutual-deed-verb");
  /**
   * De-escalation (CAMEO 087): "Iran and the United States halt strikes" is each halting its strikes
   * on the other. A truce (0871) only when the verb ends the subjects' own fighting, its object a
   * deed of force ("A and B stop the fighting", "end hostilities"): a truce declared or announced by
   * several ("A and B declare a ceasefire in Gaza", "... between C and D") may be between others.
   */
  private static final Set<String> TRUCE_CODES = Set.of("087");
  private static final String TRUCE = "0871";

  private final VerbDictionary verbs;
  private final EventNouns nouns;
  private final ActorResolver actors;
  private final boolean requireDyad;
  private final Convention convention;
  private final boolean splitMultiCodes;
  private final VerbPatternMatcher matcher;
  private final RoleFinders finders;
  private final List<RoleRule> roleRules;
  private final ModeReader modes = new ModeReader();
  private final MentionBuilder mentions;
  private final NominalEventCoder nominal;
  private final EventAnaphora anaphora;

  /**
   * A coder that needs a coded source and a coded target for every event (PETRARCH's default) and
   * codes a future deed as the intent to do it.
   */
  public DependencyEventCoder(VerbDictionary verbs, EventNouns nouns, ActorResolver actors) {
    this(verbs, nouns, actors, true, Convention.CAMEO, false);
  }

  private DependencyEventCoder(VerbDictionary verbs, EventNouns nouns, ActorResolver actors, boolean requireDyad,
      Convention convention, boolean splitMultiCodes) {
    this.verbs = verbs;
    this.nouns = nouns;
    this.actors = actors;
    this.requireDyad = requireDyad;
    this.convention = convention;
    this.splitMultiCodes = splitMultiCodes;
    this.matcher = new VerbPatternMatcher(verbs, convention);
    ActorPhrases phrases = new ActorPhrases(convention, splitMultiCodes);
    SourceFinder sources = new SourceFinder(nouns, phrases);
    TargetFinder targets = new TargetFinder(convention, nouns, sources, phrases);
    this.finders = new RoleFinders(convention, verbs, nouns, phrases, sources, targets, EventChains.targetRules(convention));
    this.roleRules = EventChains.roleRules(convention);
    this.mentions = new MentionBuilder(convention);
    this.nominal = new NominalEventCoder(nouns, sources, targets, phrases, modes, mentions, convention);
    this.anaphora = new EventAnaphora(finders, modes);
  }

  /** This coder reading by {@code c} ({@link Convention}; the default is CAMEO). */
  public DependencyEventCoder withConvention(Convention c) {
    return c == convention ? this : new DependencyEventCoder(verbs, nouns, actors, requireDyad, c, splitMultiCodes);
  }

  /**
   * This coder reading an actor entry with several codes ({@code THE SHIRE} = {@code FRO/BIL/SAM} in
   * the PETRARCH-1 validation actors) as several actors, one event each, as PETRARCH-1 did
   * (validation records COMPOUND-07B, COMPOUND-10). When false (the default; UD-PETRARCH's 2.02
   * suite expects the joined code), such an entry stays one actor.
   */
  public DependencyEventCoder withMultiCodeActors(boolean split) {
    return split == splitMultiCodes ? this : new DependencyEventCoder(verbs, nouns, actors, requireDyad, convention, split);
  }

  /**
   * This coder with PETRARCH's {@code require_dyad} option: when false, a verbal event whose
   * source or target is not named (or not coded) is still coded, with no target, or with an
   * uncoded source (code {@code ""}, text {@code ""}, at the verb) that PETRARCH writes {@code ---}.
   * Self events and reciprocal compounds are as with the option on.
   */
  public DependencyEventCoder withRequireDyad(boolean require) {
    return require == requireDyad ? this : new DependencyEventCoder(verbs, nouns, actors, require, convention, splitMultiCodes);
  }

  /** Codes one sentence with no earlier mentions and no trace. */
  public List<EventMention> code(ParsedSentence s, ArticleActors memory) {
    return code(s, memory, List.of(), Trace.OFF);
  }

  /** Codes one sentence with the article's earlier mentions, no trace. */
  public List<EventMention> code(ParsedSentence s, ArticleActors memory, List<EventMention> earlier) {
    return code(s, memory, earlier, Trace.OFF);
  }

  @Override
  public List<EventMention> code(ParsedSentence s, ArticleActors memory, List<EventMention> earlier, Trace trace) {
    SentenceContext ctx = new SentenceContext(s, memory, actors, trace);
    // Resolve every noun phrase head once, left to right, so that names and pronoun antecedents
    // are remembered in reading order before events look them up; a quotation's speaker first.
    QuoteSpeakers.assign(s, actors, memory);
    for (Token t : s.tokens()) {
      if (t.isNoun() || t.pos().startsWith("PRP") || t.pos().equals("WDT") || t.pos().equals("WP")) {
        ctx.actor(t.index());
      }
    }
    List<EventMention> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      int i = t.index();
      if (t.isVerb() && anaphora.code(ctx, i, earlier, out)) {
        continue;
      }
      if (t.isVerb() && FightToll.isTollGerund(s, i)) {
        // "twelve rebels died in fighting with the troops": a toll, not the dead fighting
        nouns.at(s, i).ifPresent(en -> nominal.tolls().code(ctx, i, en, out));
      } else if (t.isVerb()) {
        codeVerb(ctx, i, out);
      } else if (t.isNoun()) {
        nominal.code(ctx, i, out);
      }
    }
    return AgreedComplement.withoutGovernors(ctx, DeedWithoutTarget.withoutCovered(ctx, out));
  }

  private void codeVerb(SentenceContext ctx, int v, List<EventMention> out) {
    ParsedSentence s = ctx.sentence();
    Optional<VerbPatternMatcher.VerbLookup> lookup = matcher.lookup(s, v);
    if (lookup.isEmpty()) {
      if (ctx.trace().on() && isContentVerb(s, v)) {
        drop(ctx, v, DropReason.NO_VERB_ENTRY, s.token(v).lemma());
      }
      return;
    }
    if (ctx.trace().on()) {
      ctx.step(v, VerbPatternMatcher.LOOKUP, lookup.get().entry().lemma() + " " + lookup.get().entry().code() + " ("
          + lookup.get().entry().rule() + ")");
    }
    if (nouns.isLightVerb(s.token(v).lemma().toUpperCase(Locale.ROOT)) && nouns.hasEventNounObject(s, v)) {
      drop(ctx, v, DropReason.LIGHT_VERB, s.token(v).word()); // coded as a nominal event by its object
      return;
    }
    boolean passive = s.isPassive(v);
    Optional<VerbCode> code = matcher.code(ctx, v, lookup.get(), passive);
    if (code.isEmpty()) {
      return;
    }
    // TABARI switched source and target only for a passive with a "by" agent.
    boolean readAsActive = passive && convention.honoursTabariSlots() && verbs.sequenceSyntax()
        && s.children(v, "obl").stream().noneMatch(c -> s.hasCase(c, "by"));
    List<Actor> sources = readAsActive ? finders.sources().passiveSubjects(ctx, v)
        : finders.sources().sources(ctx, v, passive);
    if (ctx.trace().on()) {
      ctx.step(v, SourceFinder.SUBJECT, sources.stream().map(a -> (a.isCoded() ? a.code() : "uncoded") + " '" + a.text()
          + "' (" + a.rule() + ")").toList().toString());
    }
    ClauseRoles r = new ClauseRoles(new VerbClause(ctx, v, passive, code.get().consumed()), code.get(), readAsActive,
        sources, List.of());
    for (RoleRule rule : roleRules) {
      ClauseRoles next = rule.apply(r, finders);
      if (next != r && ctx.trace().on()) {
        ctx.step(v, rule.id(), describe(next));
      }
      r = next;
    }
    Mode mode = modes.mode(ctx, v);
    String c = r.code().code();
    String rule = r.code().rule();
    if (mode.kind() == ModeKind.NEGATED && convention.negationChangesCode() && !verbs.sequenceSyntax()) {
      Optional<String> negated = PetrarchNegation.negate(c);
      if (negated.isPresent()) {
        c = negated.get();
        rule = rule + "+negated";
      }
    }
    Optional<Integer> refusal = convention.codesRefusalsAsRejections() ? Refusal.refusedAt(ctx.sentence(), v)
        : Optional.empty();
    Optional<String> rejection = refusal.isEmpty() ? Optional.empty() : Refusal.rejectionOf(c);
    if (rejection.isPresent()) { // "refuses to supply weapons": the refusal is the event (CAMEO 12)
      int at = refusal.get();
      mode = at == v ? modes.declared(ctx, v) : modes.mode(ctx, at);
      c = rejection.get();
      rule = rule + "+" + Refusal.RULE;
    }
    emit(ctx, out, r, c, rule, mode);
  }

  /** The mentions of a verb clause: each source on each target, or a compound subject on itself. */
  private void emit(SentenceContext ctx, List<EventMention> out, ClauseRoles r, String code, String rule, Mode mode) {
    int v = r.verb();
    List<Actor> sources = r.sources();
    List<Actor> targets = r.targets();
    Optional<PairedCode> paired = r.code().paired();
    if (!requireDyad && (sources.stream().noneMatch(Actor::isCoded) || targets.isEmpty())) {
      mentions.addMonads(ctx, out, v, sources, targets, code, rule, mode);
      return;
    }
    if (sources.isEmpty()) {
      drop(ctx, v, DropReason.NO_SOURCE, ctx.sentence().token(v).word());
      return;
    }
    if (convention.codesDeedsWithoutTarget() && DeedWithoutTarget.applies(r.clause(), r.code(), code, mode, targets, nouns)) {
      mentions.addWithoutTarget(ctx, out, v, sources, code, rule, mode);
      return;
    }
    if (targets.isEmpty()) {
      // "Iran and China met": a compound subject acts on itself, each member on the other; only
      // for consultation and cooperation (CAMEO 03-06): "A and B attacked" does not mean they
      // acted on each other, but "A and B exchange fire" does (a verb of exchange). A pattern written for a compound subject ("% *") or a paired code
      // codes its members the same way, as does any deed done to "each other" ("Iran and Israel
      // launch missiles at each other"). A verb whose content is a "that" clause ("A and B
      // recognize that ...") is said by both together, to no one, unless it is mutual ("agree").
      // A truce is between its parties ("A and B halt strikes").
      if (sources.size() >= 2 && (mutual(ctx.sentence(), v, r.code(), code) || endsTheirFight(ctx.sentence(), v, code))
          && !jointStatement(ctx.sentence(), v)) {
        for (int i = 0; i < sources.size(); i++) {
          for (int j = 0; j < sources.size(); j++) {
            if (i != j) {
              String c = i < j || paired.isEmpty() ? code : paired.get().reverse();
              mentions.add(ctx, out, v, sources.get(i), sources.get(j), c, rule + "+compound-subject", mode, false);
            }
          }
        }
      } else {
        drop(ctx, v, DropReason.NO_TARGET, sources.get(0).code() + " '" + sources.get(0).text() + "'");
      }
      return;
    }
    for (Actor a : sources) {
      for (Actor b : targets) {
        mentions.add(ctx, out, v, a, b, code, rule, mode, false);
        if (paired.isPresent()) {
          mentions.add(ctx, out, v, b, a, paired.get().reverse(), rule + "+paired", mode, false);
        }
      }
    }
  }

  /** A truce (0871) whose verb's object is a deed of force: the subjects stop fighting each other. */
  private boolean endsTheirFight(ParsedSentence s, int v, String code) {
    return code.equals(TRUCE) && s.children(v, "obj").stream()
        .anyMatch(o -> nouns.isForceAt(s, o));
  }

  /** Whether the coordinated subjects of verb {@code v} act on each other (see {@link #emit}). */
  private static boolean mutual(ParsedSentence s, int v, VerbCode verbCode, String code) {
    return EventWords.RECIPROCAL_ROOTS.contains(code.substring(0, 2)) || TRUCE_CODES.contains(code)
        || verbCode.compoundSlot()
        || verbCode.paired().isPresent() || EventWords.namesEachOther(s, v)
        || EventWords.lemmaIn(s, v, MUTUAL_DEED_VERBS);
  }

  /**
   * Whether verb {@code v} has a clausal complement ("that ...") and neither it nor that clause's
   * verb is mutual (lexicon {@code mutual-verb}: "A and B agree that ...", "A and B announce they
   * have agreed to ..."): what its subjects state together, to no one.
   */
  private static boolean jointStatement(ParsedSentence s, int v) {
    List<Integer> content = s.children(v, "ccomp");
    return !content.isEmpty() && !EventWords.lemmaIn(s, v, MUTUAL_VERBS)
        && content.stream().noneMatch(c -> EventWords.lemmaIn(s, c, MUTUAL_VERBS));
  }

  /** Verbs that carry content, not auxiliaries, copulas and "have"/"do" (for the trace only). */
  private static boolean isContentVerb(ParsedSentence s, int v) {
    String rel = s.relation(v);
    String lemma = s.token(v).lemma().toLowerCase(Locale.ROOT);
    return !rel.startsWith("aux") && !rel.equals("cop") && !lemma.equals("be") && !lemma.equals("have")
        && !lemma.equals("do");
  }

  private static String describe(ClauseRoles r) {
    return "sources " + r.sources().stream().map(a -> a.isCoded() ? a.code() : "uncoded '" + a.text() + "'").toList()
        + ", targets " + r.targets().stream().map(a -> a.code() + " '" + a.text() + "' (" + a.rule() + ")").toList()
        + ", code " + r.code().code();
  }

  private static void drop(SentenceContext ctx, int v, DropReason reason, String detail) {
    if (ctx.trace().on()) {
      ctx.trace().drop(ctx.sentence().index(), v, reason, detail);
    }
  }
}
