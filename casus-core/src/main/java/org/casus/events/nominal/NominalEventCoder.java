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
import org.casus.events.roles.ActorPhrases;
import org.casus.events.roles.BetweenParties;
import org.casus.events.roles.HeldPlace;
import org.casus.events.roles.ImpliedGovernment;
import org.casus.events.roles.ImpliedProtesters;
import org.casus.events.roles.SourceFinder;
import org.casus.events.roles.TargetFinder;
import org.casus.events.Convention;
import org.casus.model.Actor;
import org.casus.model.CameoCode;
import org.casus.model.Mode;
import org.casus.nlp.ParsedSentence;
import org.casus.trace.DropReason;

/**
 * Nominal events: an event noun ({@link EventNouns}) with a source of its own (possessor, "by",
 * nationality: {@link SourceFinder#nounSource}) and a target complement ("Israel's airstrike
 * against Iran"), or the object of a light verb whose subject is the source and whose complement
 * is the target ("the army carried out airstrikes on ..."). A noun undone by its verb ("lifts its
 * sanctions") is no event; a fight noun with no actor of its own may be a toll ({@link FightToll}).
 * Stateless; thread-safe.
 */
public final class NominalEventCoder {
  /** Trace id of an event noun found. */
  public static final String NOUN = "noun:entry";

  /** Prepositions that introduce the target of an event noun ("attack on", "condemnation of"). */
  private static final Set<String> NOUN_TARGET_PREPS = Lexicon.words("noun-target-preposition");
  /** Verbs that end or undo what their object names: its event is not happening. */
  private static final Set<String> REVERSAL_VERBS = Lexicon.words("reversal-verb");

  private final EventNouns nouns;
  private final SourceFinder sources;
  private final TargetFinder targets;
  private final ModeReader modes;
  private final MentionBuilder mentions;
  private final FightToll tolls;
  private final InterceptedWeapons interceptions;
  private final MutualLosses losses;
  private final boolean placeRoles;
  private final ActorPhrases phrases;

  /**
   * @param convention whether roles may be left to the event's place: a deed of force on the
   *     country of a place it landed on ({@link HeldPlace}), a protest by unnamed protesters
   *     ({@link ImpliedProtesters}) against the government ({@link ImpliedGovernment}); only with
   *     {@link Convention#readsArticleWorld}
   */
  public NominalEventCoder(EventNouns nouns, SourceFinder sources, TargetFinder targets, ActorPhrases phrases,
      ModeReader modes, MentionBuilder mentions, Convention convention) {
    this.phrases = phrases;
    this.placeRoles = convention.readsArticleWorld();
    this.nouns = nouns;
    this.sources = sources;
    this.targets = targets;
    this.modes = modes;
    this.mentions = mentions;
    this.tolls = new FightToll(targets, modes, mentions);
    this.interceptions = new InterceptedWeapons(sources, targets, modes, mentions);
    this.losses = new MutualLosses(phrases, modes, mentions);
  }

  /** The toll reader, for fight gerunds that the verb loop hands over. */
  public FightToll tolls() {
    return tolls;
  }

  /** Codes the nominal event of noun {@code n} into {@code out}, when it is one. */
  public void code(SentenceContext ctx, int n, List<EventMention> out) {
    ParsedSentence s = ctx.sentence();
    Optional<EventNouns.EventNoun> en = nouns.at(s, n);
    if (en.isEmpty()) {
      interceptions.code(ctx, n, out); // "intercepts three Iranian missiles"
      return;
    }
    if (!en.get().code().matches("\\d{2,4}")) {
      return;
    }
    if (ctx.trace().on()) {
      ctx.step(n, NOUN, en.get().lemma() + " " + en.get().code() + " (" + en.get().rule() + ")");
    }
    String rel = s.relation(n);
    int head = s.head(n);
    if (rel.equals("obj") && head >= 0 && EventWords.lemmaIn(s, head, REVERSAL_VERBS)) {
      drop(ctx, n, DropReason.REVERSED, s.token(head).word());
      return;
    }
    int gov = nouns.lightVerbOf(s, n);
    boolean lightObject = gov >= 0;
    List<Actor> nounSources = sources.nounSources(ctx, n);
    Optional<Actor> source = nounSources.stream().findFirst();
    if (source.isEmpty() && betweenParties(ctx, n, en.get(), out)) {
      return;
    }
    if (source.isEmpty() && placeRoles) {
      source = ImpliedProtesters.of(ctx, n, en.get().code()); // "protests against the law were held"
    }
    if (source.isEmpty()) {
      sourceless(ctx, n, en.get(), out);
      return;
    }
    List<Actor> doers = nounSources.isEmpty() ? List.of(source.get()) : nounSources; // implied protesters have no list
    if (lightObject && doers.size() == 1) {
      doers = lightVerbSubjects(ctx, gov, doers);
    }
    if (ctx.trace().on()) {
      for (Actor a : doers) {
        ctx.step(n, SourceFinder.NOUN, a.code() + " '" + a.text() + "'");
      }
    }
    List<Actor> found = nounTargets(ctx, n, lightObject ? gov : -1);
    if (found.isEmpty() && CameoCode.isForce(en.get().code())) {
      victims(ctx, n, found); // "a hospital is damaged in Israeli airstrikes"
    }
    if (found.isEmpty() && placeRoles && CameoCode.isForce(en.get().code())) {
      heldPlace(ctx, n, lightObject ? gov : -1).ifPresent(found::add);
    }
    if (found.isEmpty() && placeRoles) {
      ImpliedGovernment.of(ctx, n, en.get().code()).ifPresent(found::add); // "a rally in the capital"
    }
    boolean mutual = found.isEmpty() && doers.size() >= 2
        && EventWords.RECIPROCAL_ROOTS.contains(en.get().code().substring(0, 2));
    if (found.isEmpty() && !mutual) {
      drop(ctx, n, DropReason.NOUN_WITHOUT_TARGET, s.token(n).word());
      return;
    }
    Mode mode = lightObject ? modes.mode(ctx, gov) : modes.nounMode(ctx, n);
    String rule = en.get().rule();
    if (lightObject) {
      rule = nouns.lightVerb(s.token(gov).lemma()).map(l -> l.rule() + "+").orElse("") + rule;
    }
    if (mutual) { // "Iran and Iraq held talks": each party on the other, as a compound subject of a verb
      for (Actor a : doers) {
        for (Actor b : doers) {
          if (a != b) {
            mentions.add(ctx, out, n, a, b, en.get().code(), rule + "+compound-subject", mode, true);
          }
        }
      }
      return;
    }
    for (Actor a : doers) {
      for (Actor b : found) {
        mentions.add(ctx, out, n, a, b, en.get().code(), rule, mode, true);
      }
    }
  }

  /**
   * A noun with no actor of its own: dropped as such, it may still be a fight's toll of a named
   * party ({@link FightToll}) or the losses of two sides on each other ({@link MutualLosses}:
   * "three soldiers and five gunmen are killed in a shootout").
   */
  private void sourceless(SentenceContext ctx, int n, EventNouns.EventNoun en, List<EventMention> out) {
    drop(ctx, n, DropReason.NOUN_WITHOUT_SOURCE, ctx.sentence().token(n).word());
    tolls.code(ctx, n, en, out);
    losses.code(ctx, n, en, out);
  }

  /**
   * The coded subjects of light verb {@code gov} when they include the noun's one source {@code
   * doers}: "Iran and Iraq held talks", "Israeli and Hamas negotiators signed an agreement"; else
   * {@code doers}.
   */
  private List<Actor> lightVerbSubjects(SentenceContext ctx, int gov, List<Actor> doers) {
    List<Actor> subjects = sources.sources(ctx, gov, ctx.sentence().isPassive(gov)).stream()
        .filter(Actor::isCoded).toList();
    boolean same = subjects.size() >= 2 && subjects.stream().anyMatch(a -> a.span().equals(doers.get(0).span())
        && a.code().equals(doers.get(0).code()));
    return same ? subjects : doers;
  }

  /**
   * "clashes between the army and the rebels": each party of the noun's "between" complement on
   * each other ({@link BetweenParties}).
   *
   * @return whether the noun had such parties (its mentions are then added)
   */
  private boolean betweenParties(SentenceContext ctx, int n, EventNouns.EventNoun en, List<EventMention> out) {
    List<Actor> parties = BetweenParties.of(ctx, n, phrases);
    if (parties.isEmpty()) {
      return false;
    }
    if (ctx.trace().on()) {
      ctx.step(n, "role:between-parties", parties.stream().map(Actor::code).toList().toString());
    }
    Mode mode = modes.nounMode(ctx, n);
    for (Actor a : parties) {
      for (Actor b : parties) {
        if (a != b) {
          mentions.add(ctx, out, n, a, b, en.code(), en.rule() + "+between", mode, true);
        }
      }
    }
    return true;
  }

  /**
   * The noun's target complements; for the object of a light verb {@code lightVerb} (else -1) with
   * none, the first such complement of the verb.
   */
  private List<Actor> nounTargets(SentenceContext ctx, int n, int lightVerb) {
    ParsedSentence s = ctx.sentence();
    List<Actor> found = new ArrayList<>();
    for (var d : s.children(n)) {
      if (d.relation().equals("nmod") && s.caseOrMark(d.dependent()) >= 0
          && NOUN_TARGET_PREPS.contains(s.caseWord(d.dependent()))) {
        targets.targetsOf(ctx, d.dependent(), found);
      }
    }
    if (found.isEmpty() && lightVerb >= 0) {
      for (int c : s.children(lightVerb, "obl")) {
        if (s.caseOrMark(c) >= 0 && NOUN_TARGET_PREPS.contains(s.caseWord(c))) {
          targets.targetsOf(ctx, c, found);
          if (!found.isEmpty()) {
            break;
          }
        }
      }
    }
    return found;
  }

  /**
   * The victims of deed noun {@code n} ({@link DeedVictims}) as its targets: the actors of the
   * suffering subject, else (reading the article's world) that subject as a place or thing in a
   * place pending the country of the event's place ({@link HeldPlace}).
   */
  private void victims(SentenceContext ctx, int n, List<Actor> found) {
    ParsedSentence s = ctx.sentence();
    int v = DeedVictims.of(s, n);
    if (v < 0) {
      return;
    }
    targets.targetsOf(ctx, v, found);
    if (found.isEmpty() && placeRoles) {
      HeldPlace.pending(s, v).ifPresent(found::add);
    }
    if (ctx.trace().on() && !found.isEmpty()) {
      ctx.step(n, "target:deed-victims", found.stream().map(a -> a.code() + " '" + a.text() + "'").toList().toString());
    }
  }

  /**
   * "airstrikes on several towns in the south", "the army carried out strikes across the
   * province": the first place complement of the force noun, else of its light verb, as a target
   * pending the country of the event's place ({@link HeldPlace}).
   */
  private Optional<Actor> heldPlace(SentenceContext ctx, int n, int lightVerb) {
    ParsedSentence s = ctx.sentence();
    for (int k : s.children(n, "nmod")) {
      if ((HeldPlace.placeComplement(s, k) || (s.caseOrMark(k) >= 0 && s.caseWord(k).equals("of")))
          && nouns.at(s, k).isEmpty()) {
        Optional<Actor> t = HeldPlace.pending(s, k);
        if (t.isPresent()) {
          return traced(ctx, n, t);
        }
      }
    }
    if (lightVerb >= 0) {
      for (int k : s.children(lightVerb, "obl")) {
        if (HeldPlace.placeComplement(s, k)) {
          Optional<Actor> t = HeldPlace.pending(s, k);
          if (t.isPresent()) {
            return traced(ctx, n, t);
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Actor> traced(SentenceContext ctx, int n, Optional<Actor> t) {
    if (ctx.trace().on()) {
      ctx.step(n, "target:held-place", "'" + t.get().text() + "' in the country of the event's place");
    }
    return t;
  }

  private static void drop(SentenceContext ctx, int n, DropReason reason, String detail) {
    if (ctx.trace().on()) {
      ctx.trace().drop(ctx.sentence().index(), n, reason, detail);
    }
  }
}
