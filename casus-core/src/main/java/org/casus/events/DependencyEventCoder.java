package org.casus.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.casus.actors.ActorResolver;
import org.casus.actors.ArticleActors;
import org.casus.actors.NounPhraseActorResolver;
import org.casus.actors.QuoteSpeakers;
import org.casus.model.Actor;
import org.casus.model.CameoCode;
import org.casus.model.Mode;
import org.casus.model.ModeKind;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;

/**
 * The events stage: finds the verbs and nouns that carry CAMEO events in a dependency tree, their
 * source and target actors, and their CAMEO code.
 *
 * <p>Verbal events: a verb of the CAMEO 2.0 verb dictionary (single or multi-word, "call for");
 * its patterns are matched against the verb's dependents ({@code * (FOR &CEASEFIRE)} matches a
 * "for" complement headed by a ceasefire word); a matched object belongs to the pattern and is
 * not the target ("burned flags"). With no pattern, the verb's own code applies; "---" codes and
 * patterns mean "no event". Source: the subject (active) or the "by" agent (passive); a verb with
 * no subject takes the subject of the verb it is coordinated with or controlled by. Target: the
 * object (active) or passive subject, else an actor in a complement ("met with X", "fired at X").
 * When the target phrase is itself an event with an actor ("condemned Israel's attack"), the
 * target is that event's source (CAMEO manual 1.1b3, ch. 1: the target is the actor acted upon).
 *
 * <p>Nominal events: an event noun ({@link EventNouns}) with a possessor or "by" source and an
 * "on"/"against" target ("Israel's airstrike against Iran"), or the object of a light verb whose
 * subject is the source ("the army carried out airstrikes on ..."). A fight noun with no actor of
 * its own that causes a named side's casualties ("rebel dead from the fighting with its troops")
 * is that fight by the "with" party against the side of the dead (source "its troops", target
 * the rebels); unnamed tolls stay statistics.
 *
 * <p>An event needs a coded source and a coded target (PETRARCH's require_dyad default; see
 * {@link #withRequireDyad}); self events (same code) are dropped. Codes are CAMEO codes or, from
 * the PETRARCH validation dictionaries only, validation test codes ({@link CameoCode}). Thread-safe when its dictionaries and resolver are.
 */
public final class DependencyEventCoder {
  private static final Set<String> TARGET_PREPS = Set.of("with", "against", "on", "at", "to", "into", "upon", "toward", "towards", "from", "for", "over", "outside");
  /** Prepositions that introduce the target of an event noun ("attack on", "condemnation of"). */
  private static final Set<String> NOUN_TARGET_PREPS = Set.of("on", "against", "at", "upon", "toward", "towards", "with", "of");
  /**
   * Event nouns for a fight between two sides, where "with" names the other side ("fighting with
   * its troops", "clashes with the army"), not an instrument as after "attack".
   */
  private static final Set<String> RECIPROCAL_NOUNS = Set.of("fighting", "fight", "clash", "clashes", "battle",
      "skirmish", "firefight", "gunbattle", "war");
  /** Nouns (or nominal adjectives) that count people hurt: "rebel dead", "insurgent deaths", "army losses". */
  private static final Set<String> CASUALTY_NOUNS = Set.of("dead", "death", "casualty", "casualties", "fatality",
      "loss", "losses", "wounded", "injured");
  /** Prepositions that tie casualties to the fight that caused them: "dead from", "losses in", "deaths during". */
  private static final Set<String> TOLL_PREPS = Set.of("from", "in", "during");
  /** Verbs that end or undo what their object names: its event is not happening. */
  private static final Set<String> REVERSAL_VERBS = Set.of("lift", "end", "ease", "remove", "suspend", "cancel",
      "withdraw", "halt", "stop", "rescind", "revoke", "drop", "waive", "deny", "reject", "postpone");
  /** CAMEO root of a future deed to the code of the intent to do it (CAMEO 1.1b3, categories 03 and 13). */
  private static final java.util.Map<String, String> INTENT_CODES = java.util.Map.of(
      "04", "036", "05", "032", "06", "031", "07", "033", "08", "034",
      "18", "138", "19", "138", "20", "138");
  private static final Set<String> RECIPROCAL_ROOTS = Set.of("03", "04", "05", "06");
  private static final Set<String> SAY_VERBS = Set.of("say", "tell", "state", "add", "announce", "report", "claim", "declare", "confirm", "according");
  private static final Set<String> FUTURE_AUX = Set.of("will", "'ll", "shall");
  /** Modals of possibility and obligation: "could strike", "should withdraw", "must be protected" did not happen. */
  private static final Set<String> HYPOTHETICAL_AUX = Set.of("would", "could", "might", "may", "should", "must", "ought");
  /** Roots whose target may be the subject of a "that" clause: appeal (02) and demand (10), "demanded that X release ...". */
  private static final Set<String> CLAUSE_TARGET_ROOTS = Set.of("02", "10");
  /** Verbs whose infinitive names a deed threatened, not done ("threatened to attack"). */
  private static final Set<String> THREAT_VERBS = Set.of("threaten", "warn");
  /** Verbs whose clause names a deed wanted, not done ("demand that X release ..."). */
  private static final Set<String> DESIRE_VERBS = Set.of("demand", "urge", "ask", "call", "request", "insist",
      "propose", "suggest", "recommend", "want", "wish", "hope", "require");
  private static final Set<String> INTENT_VERBS = Set.of("plan", "intend", "aim", "expect", "hope", "want", "seek", "vow", "pledge", "promise", "prepare", "agree");

  private final VerbDictionary verbs;
  private final EventNouns nouns;
  private final ActorResolver actors;
  private final boolean requireDyad;
  private final Convention convention;
  private final boolean splitMultiCodes;

  /**
   * How the coder reads what the dictionaries leave open.
   *
   * <ul>
   *   <li>{@code CAMEO} (production): a future deed ("will meet") is coded as the CAMEO intent to
   *       do it (036; CAMEO 1.1b3 categories 03 and 13), and a future deed with no intent code is
   *       not coded; a target found down an object's complements must come with a target
   *       preposition ("ties with X"), the path passing only through "of".
   *   <li>{@code PETRARCH_VALIDATION}: the mode is recorded but the dictionary's code is kept (the
   *       PETRARCH validation dictionaries code "will abandon" and "didn't clash" through their own
   *       patterns), and the target is the first actor down the object's complements whatever
   *       the preposition (PETRARCH takes the first actor after the verb in its phrase; the
   *       validation dictionaries have no event nouns to find "an attack by X" otherwise).
   * </ul>
   */
  public enum Convention { CAMEO, PETRARCH_VALIDATION }

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

  /**
   * Codes one sentence.
   *
   * @param s the parsed sentence
   * @param memory the article's actor memory (read and updated)
   * @return event mentions in trigger order; empty when none
   */
  public List<EventMention> code(ParsedSentence s, ArticleActors memory) {
    return code(s, memory, List.of());
  }

  /**
   * Codes one sentence, with the article's earlier mentions for event anaphora: a clause whose
   * subject is an event noun with no actor of its own ("The retaliatory strikes ... inflicted
   * damage on Israeli military bases") continues the most recent earlier event of the same CAMEO
   * family (material conflict 18-20, or the same root): it takes that event's source, and the
   * clause's object or complement as target.
   *
   * @param earlier the article's mentions so far, in text order
   */
  public List<EventMention> code(ParsedSentence s, ArticleActors memory, List<EventMention> earlier) {
    // Resolve every noun phrase head once, left to right, so that names and pronoun antecedents
    // are remembered in reading order before events look them up; a quotation's speaker first.
    QuoteSpeakers.assign(s, actors, memory);
    for (Token t : s.tokens()) {
      if (t.isNoun() || t.pos().startsWith("PRP") || t.pos().equals("WDT") || t.pos().equals("WP")) {
        actor(s, t.index(), memory);
      }
    }
    List<EventMention> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (t.isVerb() && codeAnaphor(s, t.index(), memory, earlier, out)) {
        continue;
      }
      if (t.isVerb() && isTollGerund(s, t.index())) {
        // "twelve rebels died in fighting with the troops": a toll, not the dead fighting
        eventNoun(s, t.index()).ifPresent(en -> codeFightToll(s, t.index(), en, memory, out));
      } else if (t.isVerb()) {
        codeVerb(s, t.index(), memory, out);
      } else if (t.isNoun()) {
        codeNoun(s, t.index(), memory, out);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- event anaphora

  private boolean codeAnaphor(ParsedSentence s, int v, ArticleActors memory, List<EventMention> earlier, List<EventMention> out) {
    for (int n : s.children(v, "nsubj")) {
      Optional<EventNouns.EventNoun> en = eventNoun(s, n);
      if (en.isEmpty() || !en.get().code().matches("\\d{2,4}") || nounSource(s, n, memory).isPresent()) {
        continue;
      }
      if (!isDefinite(s, n)) {
        continue;
      }
      String root = en.get().code().substring(0, 2);
      Optional<EventMention> ante = Optional.empty();
      for (int i = earlier.size() - 1; i >= 0; i--) {
        if (sameFamily(earlier.get(i).code().root(), root)) {
          ante = Optional.of(earlier.get(i));
          break;
        }
      }
      if (ante.isEmpty()) {
        return false;
      }
      List<Actor> targets = targets(s, v, false, Set.of(), memory);
      Mode mode = mode(s, v, memory);
      for (Actor b : targets) {
        EventMention a = ante.get();
        if (!a.source().isCoded() || !b.isCoded() || a.source().code().equals(b.code())) {
          continue;
        }
        out.add(new EventMention(s.index(), n, a.source(), Optional.of(b), new CameoCode(en.get().code()),
            en.get().rule() + "+anaphor", mode, true, ante));
      }
      return !targets.isEmpty();
    }
    return false;
  }

  /** "the strikes", "these attacks", "its retaliation": a phrase that refers back. */
  private static boolean isDefinite(ParsedSentence s, int n) {
    for (int d : s.children(n, "det")) {
      String w = s.token(d).word().toLowerCase(Locale.ROOT);
      if (w.equals("the") || w.equals("this") || w.equals("these") || w.equals("that") || w.equals("those")) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameFamily(String rootA, String rootB) {
    if (rootA.equals(rootB)) {
      return true;
    }
    Set<String> force = Set.of("18", "19", "20");
    return force.contains(rootA) && force.contains(rootB);
  }

  // ---------------------------------------------------------------- verbs

  private void codeVerb(ParsedSentence s, int v, ArticleActors memory, List<EventMention> out) {
    String lemma = s.token(v).lemma().toUpperCase(Locale.ROOT);
    Optional<VerbEntry> entry = multiword(s, v, lemma);
    Set<Integer> consumedByVerb = new HashSet<>();
    if (entry.isPresent()) {
      consumedByVerb.addAll(multiwordTokens(s, v, entry.get()));
    } else {
      entry = surfaceHeadword(s, v).or(() -> verbs.verb(lemma));
      if (entry.isEmpty()) {
        // The tagger's lemma may be wrong for an irregular or listed form: look the word up as written.
        entry = verbs.verbForm(s.token(v).word().toUpperCase(Locale.ROOT));
      }
    }
    if (entry.isEmpty()) {
      return;
    }
    if (nouns.isLightVerb(lemma) && hasEventNounObject(s, v)) {
      return; // coded as a nominal event by codeNoun
    }
    boolean passive = isPassive(s, v);
    Optional<PatternMatch> pm = bestPattern(s, v, entry.get(), passive, consumedByVerb);
    String code;
    String rule;
    Set<Integer> consumed = new HashSet<>(consumedByVerb);
    // PETRARCH-1 paired code "A:B": A from source to target, B back from target to source.
    Optional<PairedCode> paired = Optional.empty();
    boolean compoundSlot = false;
    if (pm.isPresent()) {
      code = pm.get().pattern().code(passive);
      rule = pm.get().pattern().id();
      consumed.addAll(pm.get().tokens());
      paired = PairedCode.of(pm.get().pattern(), convention == Convention.PETRARCH_VALIDATION);
      compoundSlot = verbs.needsCompoundSubject(pm.get().pattern());
    } else {
      code = activeCode(entry.get().code(), passive);
      rule = entry.get().rule();
      paired = PairedCode.of(entry.get().code(), convention == Convention.PETRARCH_VALIDATION);
      if (code.startsWith("01")) {
        return; // no "make statement" fallback for a saying verb without a pattern (CAMEO 01x needs content)
      }
    }
    if (paired.isPresent()) {
      code = paired.get().forward();
    }
    if (code.isEmpty() || code.startsWith("-") || !isEventCode(code)) {
      return;
    }
    // PETRARCH-1 (TABARI) switched source and target only for a passive with a "by" agent.
    boolean readAsActive = passive && convention == Convention.PETRARCH_VALIDATION && verbs.sequenceSyntax()
        && s.children(v, "obl").stream().noneMatch(c -> hasCase(s, c, "by"));
    List<Actor> foundSources = readAsActive ? passiveSubjects(s, v, memory) : sources(s, v, passive, memory);
    List<Actor> foundTargets = new ArrayList<>();
    if (!readAsActive) {
      foundTargets = pm.isPresent() ? prepositionSlotTargets(s, v, pm.get(), consumed, memory) : new ArrayList<>();
      if (foundTargets.isEmpty()) {
        foundTargets = targets(s, v, passive, consumed, memory);
      }
    }
    if (pm.isPresent() && convention == Convention.PETRARCH_VALIDATION && verbs.swapsRoles(pm.get().pattern())) {
      // TABARI slots "+ * ... $": the subject is the target, the first actor after the verb the source.
      Optional<Actor> after = firstActorAfter(s, v, Set.of(), memory);
      List<Actor> subjects = passive ? passiveSubjects(s, v, memory) : sources(s, v, false, memory);
      if (after.isPresent() && !subjects.isEmpty()) {
        foundSources = new ArrayList<>(List.of(after.get()));
        foundTargets = subjects;
      }
    }
    if (pm.isPresent() && convention == Convention.PETRARCH_VALIDATION && verbs.targetSlotSkips(pm.get().pattern()) >= 0) {
      // TABARI "* EID AT ^ WITH +": the target is the actor in the "+" slot after the pattern's words.
      Optional<Actor> slot = firstActorAfter(s, v, consumed, memory, verbs.targetSlotSkips(pm.get().pattern()));
      if (slot.isPresent()) {
        foundTargets = new ArrayList<>(List.of(slot.get()));
      }
    }
    List<Actor> sources = foundSources;
    List<Actor> targets = foundTargets;
    if (!targets.isEmpty() && targets.stream().allMatch(t -> refersToSource(s, t, sources))) {
      // "A and B renewed their ties with C", "warned their populations about X": a pronoun for the
      // source itself is not the target; look further along the verb's phrase.
      List<Actor> beyond = targetsBeyondSelf(s, v, consumed, sources, memory);
      targets.clear();
      targets.addAll(beyond);
    }
    if (convention == Convention.PETRARCH_VALIDATION && verbs.sequenceSyntax()) {
      // A target that is the source itself ("halted his march") is no target: look further.
      targets.removeIf(t -> sources.stream().anyMatch(a -> a.code().equals(t.code())));
    }
    if (targets.isEmpty() && convention == Convention.PETRARCH_VALIDATION && verbs.sequenceSyntax()) {
      firstActorAfter(s, v, consumed, memory).ifPresent(targets::add);
    }
    if (targets.isEmpty() && convention == Convention.PETRARCH_VALIDATION && !passive
        && !SAY_VERBS.contains(lemma.toLowerCase(Locale.ROOT))) {
      // "Gollum allowed that Mordor isn't a pleasant place": PETRARCH's target is the first actor
      // in the verb's phrase, here the subject of its clausal complement (not for a saying verb,
      // whose clause is what was said).
      for (int c : s.children(v, "ccomp")) {
        for (int subj : s.children(c, "nsubj")) {
          addWithConjuncts(s, subj, memory, targets);
        }
      }
    }
    if (sources.isEmpty() && passive && convention == Convention.PETRARCH_VALIDATION && !verbs.sequenceSyntax()
        && s.children(v, "obl").stream().noneMatch(c -> hasCase(s, c, "by"))) {
      // PETRARCH-2 with no "by" agent takes the first actor among the passive verb's complements
      // as the source ("The Philippines was criticized over its dispute with Eriador": Eriador).
      for (int c : s.children(v, "obl")) {
        if (sources.isEmpty() && eventNoun(s, c).isEmpty()) {
          addTarget(s, c, memory, sources);
          if (sources.isEmpty()) {
            nestedTarget(s, c, memory, sources, 3);
          }
        }
      }
    }
    if (targets.isEmpty() && !passive && CLAUSE_TARGET_ROOTS.contains(code.substring(0, 2))
        && !SAY_VERBS.contains(lemma.toLowerCase(Locale.ROOT))) {
      // (A saying verb coded 02x, as the PETRARCH-1 validation SAID 023, asks nobody to act.)
      // "Brazil demanded that the Venezuelan government guarantee ...": the one asked to act.
      for (int c : s.children(v, "ccomp")) {
        for (int subj : s.children(c, "nsubj")) {
          addWithConjuncts(s, subj, memory, targets);
        }
      }
    }
    if (targets.isEmpty() && !passive && code.startsWith("13")) {
      // "threatened to attack Somalia": the one threatened is the target of the deed threatened.
      for (int x : s.children(v, "xcomp")) {
        targets.addAll(targets(s, x, isPassive(s, x), Set.of(), memory));
        boolean forceThreatened = verbs.verb(s.token(x).lemma().toUpperCase(Locale.ROOT))
            .map(e -> isForce(e.code())).orElse(false);
        if (code.equals("130") && forceThreatened) {
          code = "138"; // CAMEO 138: threaten to use military force
          rule = rule + "+threatened-force";
        }
      }
    }
    if (targets.isEmpty() && !passive && code.startsWith("14")) {
      protestPurposeTarget(s, v, memory).ifPresent(targets::add);
    }
    if (isForce(code)) {
      // "fighters ambushed their convoy": a pronoun read as the attackers themselves, or as no one
      // known (code "---" with no sector), is no target; the casualty clause may name the victims.
      targets.removeIf(t -> sources.stream().anyMatch(a -> a.code().equals(t.code()))
          || (t.country().equals(NounPhraseActorResolver.UNKNOWN_COUNTRY) && t.sectors().isEmpty()));
      if (targets.isEmpty()) {
        victimsOfCasualtyClause(s, v, memory).ifPresent(targets::add);
      }
    }
    Mode mode = mode(s, v, memory);
    if (mode.kind() == ModeKind.NEGATED && convention == Convention.PETRARCH_VALIDATION && !verbs.sequenceSyntax()) {
      // PETRARCH-2 codes a negated verb as the negation of its code ("didn't clash over" 110 -> 050).
      Optional<String> negated = PetrarchNegation.negate(code);
      if (negated.isPresent()) {
        code = negated.get();
        rule = rule + "+negated";
      }
    }
    if (!requireDyad && (sources.stream().noneMatch(Actor::isCoded) || targets.isEmpty())) {
      addMonad(out, s, v, sources, targets, code, rule, mode);
      return;
    }
    if (sources.isEmpty()) {
      return;
    }
    if (targets.isEmpty()) {
      // "Iran and China met": a compound subject acts on itself, each member on the other; only
      // for consultation and cooperation (CAMEO 03-06): "A and B attacked" or "A, B and C
      // disconnected from the grid" does not mean they acted on each other.
      // A pattern written for a compound subject ("% *") or a paired code codes its members the same way.
      if (sources.size() >= 2 && (RECIPROCAL_ROOTS.contains(code.substring(0, 2)) || compoundSlot || paired.isPresent())) {
        for (int i = 0; i < sources.size(); i++) {
          for (int j = 0; j < sources.size(); j++) {
            if (i != j) {
              String c = i < j || paired.isEmpty() ? code : paired.get().reverse();
              add(out, s, v, sources.get(i), sources.get(j), c, rule + "+compound-subject", mode, false);
            }
          }
        }
      }
      return;
    }
    for (Actor a : sources) {
      for (Actor b : targets) {
        add(out, s, v, a, b, code, rule, mode, false);
        if (paired.isPresent()) {
          add(out, s, v, b, a, paired.get().reverse(), rule + "+paired", mode, false);
        }
      }
    }
  }

  /**
   * PETRARCH convention: the actors of the phrase a bare prepositional pattern term matched
   * ("AGREE * (WITH)", "CELEBRATE * IFTAR (WITH)": the "with" phrase is the target, before any
   * other complement). Empty under the CAMEO convention, where that phrase belongs to the pattern.
   */
  private List<Actor> prepositionSlotTargets(ParsedSentence s, int v, PatternMatch pm, Set<Integer> consumed,
      ArticleActors memory) {
    List<Actor> out = new ArrayList<>();
    if (!bareSlot(pm.pattern())) {
      return out;
    }
    List<String> barePreps = new ArrayList<>();
    for (PatternTerm term : pm.pattern().after()) {
      if (!term.sequence() && term.words().isEmpty()) {
        barePreps.addAll(term.prepositions());
      }
    }
    for (int k : pm.tokens()) {
      int c = s.head(k);
      if (s.relation(k).equals("case") && containsIgnoreCase(barePreps, s.token(k).word()) && c >= 0 && s.head(c) == v && s.relation(c).startsWith("obl")
          && !consumed.contains(c) && out.isEmpty()) {
        addTarget(s, c, memory, out);
      }
    }
    return out;
  }

  /**
   * Whether {@code target} is the source itself named again by a pronoun ("their ties", "its
   * embassy"): its phrase holds a personal or possessive pronoun and its code is a source's (or, with
   * no sector, its country is a source's).
   */
  private static boolean refersToSource(ParsedSentence s, Actor target, List<Actor> sources) {
    if (sources.stream().noneMatch(a -> a.isCoded() && (a.code().equals(target.code())
        || (target.sectors().isEmpty() && a.country().equals(target.country()))))) {
      return false;
    }
    for (Token t : s.tokens()) {
      if (t.span().begin() >= target.span().begin() && t.span().end() <= target.span().end()
          && (t.pos().equals("PRP$") || t.pos().equals("PRP"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Targets past an object that names the source again: the first other actor down the objects'
   * complements, else in the verb's own complements (a target preposition by the CAMEO convention,
   * any preposition by the PETRARCH one, which takes the next actor in the verb phrase).
   */
  private List<Actor> targetsBeyondSelf(ParsedSentence s, int v, Set<Integer> consumed, List<Actor> sources,
      ArticleActors memory) {
    List<Actor> out = new ArrayList<>();
    for (int o : s.children(v, "obj")) {
      if (!consumed.contains(o) && out.isEmpty()) {
        otherActorBelow(s, o, sources, memory, out, 3);
      }
    }
    for (int c : s.children(v, "obl")) {
      if (!out.isEmpty()) {
        break;
      }
      int prep = prepositionOf(s, c);
      boolean ok = prep >= 0 && (convention == Convention.PETRARCH_VALIDATION
          || TARGET_PREPS.contains(s.token(prep).word().toLowerCase(Locale.ROOT)));
      if (ok && !consumed.contains(c) && !s.token(c).ner().equals("DATE") && !s.token(c).ner().equals("TIME")) {
        addTarget(s, c, memory, out);
        out.removeIf(t -> refersToSource(s, t, sources));
      }
    }
    return out;
  }

  /** Depth-first through nmod complements, in text order: the first actors that are not the source. */
  private void otherActorBelow(ParsedSentence s, int h, List<Actor> sources, ArticleActors memory, List<Actor> out, int depth) {
    for (int c : s.children(h, "nmod")) {
      if (depth == 0 || !out.isEmpty()) {
        return;
      }
      int prep = prepositionOf(s, c);
      String p = prep < 0 ? "" : s.token(prep).word().toLowerCase(Locale.ROOT);
      if (convention == Convention.PETRARCH_VALIDATION || TARGET_PREPS.contains(p)) {
        addTarget(s, c, memory, out);
        out.removeIf(t -> refersToSource(s, t, sources));
      }
      if (out.isEmpty() && (convention == Convention.PETRARCH_VALIDATION || p.equals("of"))) {
        otherActorBelow(s, c, sources, memory, out, depth - 1);
      }
    }
  }

  /** Verbs of a purpose clause that name what a protest is against. */
  private static final Set<String> PROTEST_PURPOSE_VERBS = Set.of("protest", "oppose", "denounce", "condemn",
      "reject", "resist", "challenge");

  /**
   * The target of a protest (CAMEO 14) given only by its purpose clause: "walked off the job to
   * protest the new rules" names no actor, "to protest automation plans by terminal operators"
   * names the operators. The purpose verb's object when it is an actor, else the actor that
   * object's "by", "of" or "from" complement names, or the "by" agent of a participle on it ("a
   * pay freeze ordered by the government"): the author of what is protested.
   */
  private Optional<Actor> protestPurposeTarget(ParsedSentence s, int v, ArticleActors memory) {
    for (var d : s.children(v)) {
      int x = d.dependent();
      if (!(d.relation().equals("xcomp") || d.relation().equals("advcl"))
          || !PROTEST_PURPOSE_VERBS.contains(s.token(x).lemma().toLowerCase(Locale.ROOT))
          || s.children(x, "mark").stream().noneMatch(m -> s.token(m).word().equalsIgnoreCase("to"))) {
        continue;
      }
      for (int o : s.children(x, "obj")) {
        Optional<Actor> direct = actor(s, o, memory).filter(Actor::isCoded);
        if (direct.isPresent()) {
          return direct;
        }
        List<Integer> complements = new ArrayList<>(s.children(o, "nmod"));
        for (int participle : s.children(o, "acl")) {
          complements.addAll(s.children(participle, "obl")); // "a pay freeze ordered by the government"
        }
        for (int c : complements) {
          int prep = prepositionOf(s, c);
          String p = prep < 0 ? "" : s.token(prep).word().toLowerCase(Locale.ROOT);
          if (p.equals("by") || p.equals("of") || p.equals("from") && s.relation(c).startsWith("nmod")) {
            Optional<Actor> author = actor(s, c, memory).filter(a -> a.isCoded() || !a.sectors().isEmpty());
            if (author.isPresent()) {
              return author;
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * By the PETRARCH validation convention, a verb form listed as a headword of its own ("LEFT",
   * "MET", "RISEN", next to LEAVE and MEET) is that entry, not its lemma's: TABARI and PETRARCH-1
   * matched the word as written. Empty under the CAMEO convention, or when the form is the lemma
   * or no headword.
   */
  private Optional<VerbEntry> surfaceHeadword(ParsedSentence s, int v) {
    if (convention != Convention.PETRARCH_VALIDATION) {
      return Optional.empty();
    }
    Token t = s.token(v);
    if (t.word().equalsIgnoreCase(t.lemma())) {
      return Optional.empty();
    }
    return verbs.verb(t.word().toUpperCase(Locale.ROOT));
  }

  /** A CAMEO code or a PETRARCH validation test code ({@link CameoCode}). */
  private static boolean isEventCode(String code) {
    try {
      new CameoCode(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * {@code require_dyad} off: the event of a verb with a source but no target, or a target but no
   * source. A missing source is an uncoded actor at the verb.
   */
  private void addMonad(List<EventMention> out, ParsedSentence s, int v, List<Actor> sources, List<Actor> targets,
      String code, String rule, Mode mode) {
    List<Actor> coded = sources.stream().filter(Actor::isCoded).toList();
    if (coded.isEmpty()) {
      Actor none = new Actor("", "", "", List.of(), s.token(v).span(), "");
      for (Actor b : targets) {
        add(out, s, v, none, Optional.of(b), code, rule + "+no-source", mode, false);
      }
      return;
    }
    for (Actor a : coded) {
      add(out, s, v, a, Optional.empty(), code, rule + "+no-target", mode, false);
    }
  }

  private static String activeCode(String code, boolean passive) {
    int colon = code.indexOf(':');
    if (colon < 0) {
      return code;
    }
    String a = code.substring(0, colon);
    String p = code.substring(colon + 1);
    return passive && !p.isEmpty() ? p : a;
  }

  private Optional<VerbEntry> multiword(ParsedSentence s, int v, String lemma) {
    for (VerbEntry e : verbs.multiwordVerbs(lemma)) {
      if (!multiwordTokens(s, v, e).isEmpty() || e.words().size() == 1) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** Tokens that realise the other words of a multi-word verb ("for" of "call for"), or empty. */
  private List<Integer> multiwordTokens(ParsedSentence s, int v, VerbEntry e) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < e.words().size(); i++) {
      if (i == e.inflectedIndex()) {
        continue;
      }
      String w = e.words().get(i);
      int hit = -1;
      for (var d : s.children(v)) {
        int c = d.dependent();
        if (s.token(c).word().equalsIgnoreCase(w) && (d.relation().equals("compound:prt") || d.relation().equals("advmod"))) {
          hit = c;
        }
        if (hit < 0 && (d.relation().startsWith("obl") || d.relation().startsWith("advcl"))) {
          for (int k : s.children(c, "case")) {
            if (s.token(k).word().equalsIgnoreCase(w)) {
              hit = k;
            }
          }
          for (int k : s.children(c, "mark")) {
            if (s.token(k).word().equalsIgnoreCase(w)) {
              hit = k;
            }
          }
        }
      }
      if (hit < 0 && v + 1 < s.size() && s.token(v + 1).word().equalsIgnoreCase(w) && i > e.inflectedIndex()) {
        hit = v + 1;
      }
      // "wire tapped": a word written right before the inflected one (the parser may take it
      // for a noun of the subject).
      if (hit < 0 && i == e.inflectedIndex() - 1 && v > 0 && s.token(v - 1).word().equalsIgnoreCase(w)) {
        hit = v - 1;
      }
      if (hit < 0) {
        return List.of();
      }
      found.add(hit);
    }
    return found;
  }

  private static boolean isPassive(ParsedSentence s, int v) {
    return !s.children(v, "nsubj:pass").isEmpty() || !s.children(v, "aux:pass").isEmpty();
  }

  /** A pattern that matched, with the tokens its words used. */
  private record PatternMatch(VerbPattern pattern, List<Integer> tokens, int score) {}

  private Optional<PatternMatch> bestPattern(ParsedSentence s, int v, VerbEntry entry, boolean passive, Set<Integer> skip) {
    PatternMatch best = null;
    for (VerbPattern p : verbs.patterns(entry.block())) {
      String code = passive ? p.code(true) : p.codeActive();
      if (code.isEmpty()) {
        continue; // passive-only pattern in an active clause
      }
      Optional<PatternMatch> m = match(s, v, p, passive, skip);
      if (m.isPresent() && (best == null || m.get().score() > best.score())) {
        best = m.get();
      }
    }
    return Optional.ofNullable(best);
  }

  private Optional<PatternMatch> match(ParsedSentence s, int v, VerbPattern p, boolean passive, Set<Integer> skip) {
    List<Integer> used = new ArrayList<>();
    int score = 0;
    boolean compound = verbs.needsCompoundSubject(p);
    if (compound) {
      if (passive || !hasCompoundSubject(s, v)) {
        return Optional.empty();
      }
      score += 1;
    }
    List<Integer> after = afterVerbHeads(s, v, passive);
    for (PatternTerm term : p.after()) {
      Optional<List<Integer>> hit = term.sequence() ? SequenceMatcher.match(s, v, term, true, skip, verbs)
          : matchTerm(s, v, term, termHeads(s, term, after, used), used, skip, false, bareSlot(p));
      if (hit.isEmpty()) {
        return Optional.empty();
      }
      used.addAll(hit.get());
      score += 1 + (term.sequence() ? SequenceMatcher.size(term) : term.words().size()) * 2;
    }
    List<Integer> before = beforeVerbHeads(s, v, passive);
    for (PatternTerm term : p.before()) {
      Optional<List<Integer>> hit = term.sequence() ? SequenceMatcher.match(s, v, term, false, skip, verbs)
          : matchTerm(s, v, term, before, used, skip, passive, bareSlot(p));
      if (hit.isEmpty()) {
        return Optional.empty();
      }
      // A word before the verb describes the subject ("&AIRCRAFT * " = an aircraft crashed):
      // it is not consumed, the subject stays the source.
      score += 1 + (term.sequence() ? SequenceMatcher.size(term) : term.words().size()) * 2;
    }
    if (p.after().isEmpty() && p.before().isEmpty() && !compound) {
      return Optional.empty();
    }
    return Optional.of(new PatternMatch(p, used, score));
  }

  /**
   * PETRARCH convention, for a pattern without TABARI slot markers: a bare prepositional term
   * ("AGREE * (WITH)") takes only its preposition, leaving its phrase to be the target. A marked
   * term ("(IN ^) +": skip this phrase, the target follows) keeps its whole phrase.
   */
  private boolean bareSlot(VerbPattern p) {
    return convention == Convention.PETRARCH_VALIDATION && !verbs.hasSlotMarkers(p);
  }

  /** Whether the verb's subject (its own or the one it shares) is coordinated: "A and B agree". */
  private static boolean hasCompoundSubject(ParsedSentence s, int v) {
    List<Integer> subjects = new ArrayList<>(s.children(v, "nsubj"));
    if (subjects.isEmpty()) {
      int up = inheritedSubjectHolder(s, v);
      if (up >= 0) {
        subjects.addAll(s.children(up, "nsubj"));
      }
    }
    for (int h : subjects) {
      for (int c : s.children(h, "conj")) {
        if (s.token(c).isNoun()) {
          return true;
        }
      }
    }
    return false;
  }

  private List<Integer> afterVerbHeads(ParsedSentence s, int v, boolean passive) {
    List<Integer> out = new ArrayList<>();
    for (var d : s.children(v)) {
      String r = d.relation();
      if (r.equals("obj") || r.equals("iobj") || r.startsWith("obl") || r.equals("xcomp") || r.equals("ccomp")
          || r.startsWith("advcl") || r.equals("compound:prt") || r.equals("advmod") || (passive && r.equals("nsubj:pass"))) {
        out.add(d.dependent());
      }
    }
    if (convention == Convention.PETRARCH_VALIDATION) {
      // PETRARCH matches a pattern against the words after the verb: a prepositional phrase of the
      // object ("an attack by X") follows the verb as much as one of the verb.
      for (int o : s.children(v, "obj")) {
        out.addAll(s.children(o, "nmod"));
      }
    }
    return out;
  }

  private List<Integer> beforeVerbHeads(ParsedSentence s, int v, boolean passive) {
    List<Integer> out = new ArrayList<>();
    for (var d : s.children(v)) {
      String r = d.relation();
      if ((!passive && r.equals("nsubj")) || (passive && r.startsWith("obl") && hasCase(s, d.dependent(), "by"))) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /**
   * Matches one pattern term against the verb's complements; returns the tokens used.
   *
   * @param byAgent the heads are a passive verb's "by" agents, which stand for the active subject
   *     ("killed by a bomb" matches "&amp;WEAPON *"), so their preposition is not a mismatch
   */
  private Optional<List<Integer>> matchTerm(ParsedSentence s, int v, PatternTerm term, List<Integer> heads, List<Integer> used,
      Set<Integer> skip, boolean byAgent, boolean bareSlot) {
    for (int h : heads) {
      if (used.contains(h) || skip.contains(h)) {
        continue;
      }
      if (!term.prepositions().isEmpty()) {
        int prep = prepositionOf(s, h);
        if (prep < 0 || !containsIgnoreCase(term.prepositions(), s.token(prep).word())) {
          // "(UP ...)" and "(OFF)" may be particles rather than prepositions.
          if (!(s.relation(h).equals("compound:prt") && containsIgnoreCase(term.prepositions(), s.token(h).word()) && term.words().isEmpty())) {
            continue;
          }
          return Optional.of(List.of(h));
        }
        if (term.words().isEmpty()) {
          // By the PETRARCH convention a bare "(BY)" or "(WITH)" in a pattern without slot markers
          // asks for the preposition only: its object may still be the target ("condemned an attack
          // by X", "agrees with A and B"). A marked term ("(AT ^)": skip this actor) keeps its phrase.
          return Optional.of(List.of(bareSlot ? prep : h));
        }
        Optional<List<Integer>> w = matchWords(s, h, term);
        if (w.isPresent()) {
          List<Integer> hit = new ArrayList<>(w.get());
          hit.add(prep);
          return Optional.of(hit);
        }
      } else {
        if (prepositionOf(s, h) >= 0 && !s.relation(h).equals("obj") && !(byAgent && hasCase(s, h, "by"))) {
          continue;
        }
        Optional<List<Integer>> w = matchWords(s, h, term);
        if (w.isPresent()) {
          return w;
        }
      }
    }
    return Optional.empty();
  }

  /** The words of a term against the phrase headed by {@code h}: the last word is the head. */
  private Optional<List<Integer>> matchWords(ParsedSentence s, int h, PatternTerm term) {
    List<String> words = term.words();
    List<Integer> phrase = phraseOf(s, h);
    if (!term.phrase() && words.size() > 1) {
      // Bare words in sequence ("* TO CONGRATULATE"): each must appear in the complement, in order.
      List<Integer> hits = new ArrayList<>();
      int from = 0;
      List<Integer> sub = s.subtree(h);
      for (String w : words) {
        boolean ok = false;
        for (int i = from; i < sub.size(); i++) {
          if (wordMatches(s.token(sub.get(i)), w)) {
            hits.add(sub.get(i));
            from = i + 1;
            ok = true;
            break;
          }
        }
        if (!ok) {
          return Optional.empty();
        }
      }
      return Optional.of(hits);
    }
    String last = words.get(words.size() - 1);
    int head = h;
    if (!wordMatches(s.token(head), last)) {
      // "a barrage of drones": the head may be a quantity noun; accept a match on its "of" complement.
      boolean ok = false;
      for (int c : s.children(h, "nmod")) {
        if (wordMatches(s.token(c), last)) {
          head = c;
          ok = true;
          break;
        }
      }
      if (!ok) {
        return Optional.empty();
      }
    }
    List<Integer> hits = new ArrayList<>();
    hits.add(head);
    if (head != h) {
      hits.add(h); // the quantity noun belongs to the matched phrase: it is not a target
    }
    List<Integer> mods = phraseOf(s, head);
    for (int i = 0; i < words.size() - 1; i++) {
      boolean ok = false;
      for (int t : mods) {
        if (t != head && !hits.contains(t) && wordMatches(s.token(t), words.get(i))) {
          hits.add(t);
          ok = true;
          break;
        }
      }
      if (!ok) {
        return Optional.empty();
      }
    }
    if (phrase.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(hits);
  }

  private boolean wordMatches(Token t, String patternWord) {
    if (patternWord.startsWith("&")) {
      Set<String> syn = verbs.synset(patternWord.substring(1));
      return syn.contains(t.word().toUpperCase(Locale.ROOT)) || syn.contains(t.lemma().toUpperCase(Locale.ROOT));
    }
    String w = patternWord.replace('_', ' ');
    return t.word().equalsIgnoreCase(w) || t.lemma().equalsIgnoreCase(w);
  }

  private static List<Integer> phraseOf(ParsedSentence s, int h) {
    List<Integer> out = new ArrayList<>();
    out.add(h);
    for (var d : s.children(h)) {
      String r = d.relation();
      if (r.equals("amod") || r.equals("compound") || r.equals("nmod:poss") || r.equals("det") || r.equals("nummod")
          || r.equals("flat") || r.equals("nmod") || r.equals("obj")) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  private static int prepositionOf(ParsedSentence s, int h) {
    List<Integer> c = s.children(h, "case");
    if (!c.isEmpty()) {
      return c.get(0);
    }
    List<Integer> m = s.children(h, "mark");
    return m.isEmpty() ? -1 : m.get(0);
  }

  private static boolean hasCase(ParsedSentence s, int h, String prep) {
    for (int c : s.children(h, "case")) {
      if (s.token(c).word().equalsIgnoreCase(prep)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsIgnoreCase(List<String> list, String w) {
    for (String x : list) {
      if (x.equalsIgnoreCase(w)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- actors of a verb

  /** The actor of the phrase headed by {@code h}, resolved once per sentence in reading order. */
  private Optional<Actor> actor(ParsedSentence s, int h, ArticleActors memory) {
    return memory.resolveOnce(s, h, actors);
  }

  private List<Actor> sources(ParsedSentence s, int v, boolean passive, ArticleActors memory) {
    List<Integer> heads = new ArrayList<>();
    if (passive) {
      for (int c : s.children(v, "obl")) {
        if (hasCase(s, c, "by")) {
          heads.add(instrumentAgent(s, c, memory).orElse(c));
        }
      }
      if (heads.isEmpty()) {
        // "killed in the war that Israel began": the perpetrator of the event the deed was part of.
        // Coordinated passives share their trailing complements ("killed and ... wounded in the war").
        List<Integer> verbsToSearch = new ArrayList<>(List.of(v));
        verbsToSearch.addAll(s.children(v, "conj"));
        for (int w : verbsToSearch) {
          for (int c : s.children(w, "obl")) {
            Optional<Actor> a = eventNounSource(s, c, memory);
            if (a.isPresent()) {
              return List.of(a.get());
            }
          }
        }
      }
    } else {
      heads.addAll(s.children(v, "nsubj"));
    }
    if (heads.isEmpty() && !passive) {
      int up = inheritedSubjectHolder(s, v);
      OptionalInt noun = up < 0 ? OptionalInt.empty() : misattachedNounComplement(s, v, up);
      if (up < 0) {
        up = beAboutToHolder(s, v);
      }
      if (noun.isPresent()) {
        // "Russia says the UK's decision to detain vessels ...": the decision's owner detains
        heads.addAll(s.children(noun.getAsInt(), "nmod:poss"));
      } else if (up >= 0) {
        heads.addAll(s.children(up, "nsubj"));
      }
    }
    List<Actor> out = new ArrayList<>();
    for (int h : heads) {
      Optional<Actor> event = relativeEventSource(s, h, memory);
      if (event.isPresent()) {
        out.add(event.get());
        continue;
      }
      addWithConjuncts(s, h, memory, out);
    }
    return out;
  }

  /**
   * "killed by a roadside bomb planted by Taliban fighters": when the agent of a passive is an
   * instrument rather than an actor, the actor is the agent of the participle that describes the
   * instrument (planted, fired, launched by ...). Returns that agent's head, or empty when the
   * "by" phrase is itself an actor or has no such participle.
   */
  private Optional<Integer> instrumentAgent(ParsedSentence s, int byHead, ArticleActors memory) {
    if (actor(s, byHead, memory).filter(Actor::isCoded).isPresent()) {
      return Optional.empty();
    }
    for (int acl : s.children(byHead, "acl")) {
      if (!s.token(acl).pos().equals("VBN")) {
        continue;
      }
      for (int c : s.children(acl, "obl")) {
        if (hasCase(s, c, "by") && actor(s, c, memory).filter(Actor::isCoded).isPresent()) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  /** Subordinators that tie an attack to the deaths it caused ("died when gunmen stormed ..."). */
  private static final Set<String> CAUSE_MARKERS = Set.of("when", "after", "since", "as");
  /** Predicates that report deaths or injuries of their subject. */
  private static final Set<String> CASUALTY_WORDS = Set.of("die", "kill", "wound", "injure", "dead", "perish", "slay");
  /** Heads that name people without a role: unnamed victims, civilians by default. */
  private static final Set<String> PEOPLE_WORDS = Set.of("people", "person", "persons", "hundred", "hundreds", "dozen",
      "dozens", "score", "scores", "thousand", "thousands", "resident", "residents", "villager", "villagers", "other", "others");

  private static boolean isForce(String code) {
    return code.startsWith("18") || code.startsWith("19") || code.startsWith("20");
  }

  /**
   * "At least 21 people have died since gunmen stormed a hotel", "Scores of civilians were killed
   * when jets bombed a market": an attack whose object is a building or a place, tied by
   * when/after/since/as to a clause reporting deaths, targets the dead. The victims are the
   * subject of that casualty clause; when the subject names people with no role or
   * nationality of their own ("21 people", "hundreds", "57"), they are civilians with the
   * country left open (CVL; unnamed victims are civilians, as in ACLED's codebook), to be filled
   * from the event's place.
   *
   * @return the victims, or empty when the verb has no such subordinator or the sentence no
   *     casualty clause outside the verb's own phrase
   */
  private Optional<Actor> victimsOfCasualtyClause(ParsedSentence s, int v, ArticleActors memory) {
    int marker = -1;
    for (var d : s.children(v)) {
      if ((d.relation().equals("mark") || d.relation().equals("advmod"))
          && CAUSE_MARKERS.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))) {
        marker = d.dependent();
      }
    }
    if (marker < 0) {
      return Optional.empty();
    }
    for (Token t : s.tokens()) {
      int h = t.index();
      if (h >= marker || s.dominates(v, h) || !(t.isVerb() || t.pos().startsWith("JJ")) || !casualtyPredicate(s, h)) {
        continue;
      }
      for (var d : s.children(h)) {
        if (!d.relation().equals("nsubj") && !d.relation().equals("nsubj:pass")) {
          continue;
        }
        int subj = d.dependent();
        Optional<Actor> a = actor(s, subj, memory).filter(Actor::isCoded);
        if (a.isEmpty()) {
          for (int c : s.children(subj, "nmod")) {
            a = actor(s, c, memory).filter(Actor::isCoded); // "scores of civilians"
            if (a.isPresent()) {
              break;
            }
          }
        }
        if (a.isPresent()) {
          return a;
        }
        Token st = s.token(subj);
        if (st.pos().equals("CD") || PEOPLE_WORDS.contains(st.lemma().toLowerCase(Locale.ROOT))
            || PEOPLE_WORDS.contains(st.word().toLowerCase(Locale.ROOT))) {
          List<Integer> sub = s.subtree(subj);
          int from = sub.get(0);
          int to = sub.get(sub.size() - 1);
          return Optional.of(Actor.ofCode(s.textOf(from, to), NounPhraseActorResolver.UNKNOWN_COUNTRY + "CVL",
              s.spanOf(from, to), "victims-unnamed"));
        }
      }
    }
    return Optional.empty();
  }

  /** "died", "were killed", "were feared dead", "were confirmed killed": a clause that reports casualties. */
  private static boolean casualtyPredicate(ParsedSentence s, int h) {
    String lemma = s.token(h).lemma().toLowerCase(Locale.ROOT);
    if (CASUALTY_WORDS.contains(lemma)) {
      return lemma.equals("die") || lemma.equals("dead") || lemma.equals("perish") || isPassive(s, h);
    }
    for (var d : s.children(h)) {
      if ((d.relation().equals("xcomp") || d.relation().equals("dep"))
          && CASUALTY_WORDS.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    // "57 were confirmed killed": the parser may detach the participle from its auxiliary verb.
    return isPassive(s, h) && h + 1 < s.size()
        && CASUALTY_WORDS.contains(s.token(h + 1).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * "carried out airstrikes on the visa section ..., which killed two guards": a relative
   * "which" whose clause hangs off a complement of an event (the parser attaches it to the nearest
   * noun) means that event; its source is the source of the event. Empty when the relative
   * pronoun's antecedent is not inside an event's complements.
   */
  private Optional<Actor> relativeEventSource(ParsedSentence s, int h, ArticleActors memory) {
    Token t = s.token(h);
    if (!t.pos().equals("WDT") && !(t.lemma().equalsIgnoreCase("that") && s.relation(h).startsWith("nsubj"))) {
      return Optional.empty();
    }
    int clause = s.head(h);
    if (clause < 0 || !s.relation(clause).startsWith("acl")) {
      return Optional.empty();
    }
    int g = s.head(clause);
    for (int step = 0; step < 4 && g >= 0; step++) {
      if (s.token(g).isNoun() && eventNoun(s, g).isPresent()) {
        return nounSource(s, g, memory);
      }
      if (s.token(g).isVerb()) {
        for (int o : s.children(g, "obj")) {
          if (eventNoun(s, o).isPresent()) {
            return nounSource(s, o, memory);
          }
        }
        return Optional.empty();
      }
      String rel = s.relation(g);
      if (!(rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("obj"))) {
        return Optional.empty();
      }
      g = s.head(g);
    }
    return Optional.empty();
  }

  /**
   * A clause of its own inside a verb's phrase: a subordinate clause with a subordinating
   * conjunction and no "to" ("after crowds burned", "until that group yielded", "when a dam is filled") or a
   * parenthetical. (A reporting clause, "..., officials said", is skipped by its verb.)
   */
  private static boolean isAdverbialClause(ParsedSentence s, int t) {
    String rel = s.relation(t);
    if (rel.equals("parataxis")) {
      return true;
    }
    if (!rel.startsWith("advcl") && !rel.equals("dep")) {
      return false;
    }
    List<Integer> marks = s.children(t, "mark");
    return marks.stream().anyMatch(m -> s.token(m).pos().equals("IN"))
        && marks.stream().noneMatch(m -> s.token(m).word().equalsIgnoreCase("to"));
  }

  /**
   * "X is about to restore ties ...": the "be" right before "about to" holds the subject of the
   * verb, wherever the parser attached the infinitive (it may hang it off a later clause).
   *
   * @return the "be" token, or -1 when {@code v} has no "about" right after a "be" with a subject
   */
  private static int beAboutToHolder(ParsedSentence s, int v) {
    for (int a : s.children(v, "advmod")) {
      if (s.token(a).word().equalsIgnoreCase("about") && a > 0 && s.token(a - 1).lemma().equalsIgnoreCase("be")
          && !s.children(a - 1, "nsubj").isEmpty()) {
        return a - 1;
      }
    }
    return -1;
  }

  /**
   * The object noun of a saying verb when the parser hung an infinitive that completes that noun
   * on the saying verb instead ("says the UK's decision to board and detain vessels is hostile":
   * "to board" is the decision's, not "says"'s). A saying verb takes no controlled infinitive, so
   * its subject does not act in it.
   *
   * @param v the subjectless verb
   * @param holder the verb whose subject {@code v} would share ({@link #inheritedSubjectHolder})
   */
  private static OptionalInt misattachedNounComplement(ParsedSentence s, int v, int holder) {
    if (!SAY_VERBS.contains(s.token(holder).lemma().toLowerCase(Locale.ROOT))
        || s.token(holder).lemma().equalsIgnoreCase("tell")) {
      return OptionalInt.empty();
    }
    int cur = v;
    while (s.head(cur) != holder && s.relation(cur).equals("conj") && s.head(cur) >= 0) {
      cur = s.head(cur);
    }
    if (s.head(cur) != holder || !s.relation(cur).equals("xcomp")) {
      return OptionalInt.empty();
    }
    for (int o : s.children(holder, "obj")) {
      if (s.token(o).isNoun() && o < cur) {
        return OptionalInt.of(o);
      }
    }
    return OptionalInt.empty();
  }

  /** Participles that give a deed's outcome: "..., killing", "..., wounding", "..., destroying". */
  private static final Set<String> OUTCOME_PARTICIPLES = Set.of("kill", "wound", "injure", "destroy", "damage");

  /**
   * The verb whose subject a subjectless verb {@code v} shares, or -1, a few steps up: through
   * conjunction, open complements, participle clauses (advcl) and verbal obliques. An outcome
   * participle ({@link #OUTCOME_PARTICIPLES}: "..., killing 23 civilians") also shares the subject
   * of the deed's verb when the parser hangs it as a bare dep of that verb or, after a comma, on a
   * noun ("Russian forces shelled a market in Idlib, killing 23 civilians": the forces killed, not
   * the market). Other participles after a comma ("..., citing concerns") are left alone: their
   * subject is not reliably the verb's.
   */
  private static int inheritedSubjectHolder(ParsedSentence s, int v) {
    int cur = v;
    boolean outcome = s.token(v).pos().equals("VBG") && OUTCOME_PARTICIPLES.contains(s.token(v).lemma().toLowerCase(Locale.ROOT));
    if (outcome && s.relation(v).equals("acl") && v > 0 && s.token(v - 1).word().equals(",")) {
      int n = s.head(v);
      for (int k = 0; k < 3 && n >= 0 && !s.token(n).isVerb(); k++) {
        n = s.head(n);
      }
      return n >= 0 && s.token(n).isVerb() && !s.children(n, "nsubj").isEmpty() ? n : -1;
    }
    for (int i = 0; i < 4; i++) {
      String rel = s.relation(cur);
      int up = s.head(cur);
      if (up < 0) {
        return -1;
      }
      // "ministers meeting in Brussels condemned ...": the parser may hang the finite verb as a
      // "dep" of the participle that really modifies the subject; the verb shares its subject.
      boolean detachedFromParticiple = rel.equals("dep") && s.token(up).pos().equals("VBG") && s.token(cur).isVerb();
      if (rel.equals("conj") || rel.equals("xcomp") || (rel.startsWith("obl") && s.token(cur).isVerb())
          || (rel.startsWith("advcl") && s.token(cur).pos().equals("VBG"))
          || (rel.equals("dep") && cur == v && outcome) || detachedFromParticiple) {
        if (!s.children(up, "nsubj").isEmpty()) {
          return up;
        }
        cur = up;
      } else {
        return -1;
      }
    }
    return -1;
  }

  private List<Actor> targets(ParsedSentence s, int v, boolean passive, Set<Integer> consumed, ArticleActors memory) {
    List<Actor> out = new ArrayList<>();
    List<Integer> objects = new ArrayList<>();
    if (passive) {
      objects.addAll(s.children(v, "nsubj:pass"));
    } else {
      objects.addAll(s.children(v, "obj"));
      objects.addAll(s.children(v, "iobj"));
    }
    for (int o : objects) {
      if (consumed.contains(o)) {
        continue;
      }
      addTarget(s, o, memory, out);
      if (out.isEmpty() && !passive && eventNoun(s, o).isEmpty()) {
        // (An event noun's complement is that event's target, not this verb's: "condemned the
        // attack on Israel" does not condemn Israel.)
        // "inflicted damage on X", "imposed sanctions on X": the object's complement is the target.
        for (int c : s.children(o, "nmod")) {
          int prep = prepositionOf(s, c);
          if (prep >= 0 && Set.of("on", "against", "upon", "at").contains(s.token(prep).word().toLowerCase(Locale.ROOT))) {
            addTarget(s, c, memory, out);
          }
        }
      }
    }
    if (out.isEmpty() && convention == Convention.PETRARCH_VALIDATION) {
      firstActorInPhrase(s, v, passive, consumed, memory, out);
    }
    if (out.isEmpty()) {
      for (int c : s.children(v, "obl")) {
        if (consumed.contains(c)) {
          continue;
        }
        int prep = prepositionOf(s, c);
        if (prep < 0 || !TARGET_PREPS.contains(s.token(prep).word().toLowerCase(Locale.ROOT))) {
          continue;
        }
        if (s.token(c).ner().equals("DATE") || s.token(c).ner().equals("TIME")) {
          continue;
        }
        addTarget(s, c, memory, out);
        if (!out.isEmpty()) {
          break;
        }
      }
    }
    if (out.isEmpty() && !passive) {
      // "welcomed a resumption of diplomatic ties with X": the first actor down the object's
      // complements (PETRARCH's target is the first actor after the verb in its phrase).
      for (int o : objects) {
        if (!consumed.contains(o) && eventNoun(s, o).isEmpty()) {
          nestedTarget(s, o, memory, out, 3);
        }
        if (!out.isEmpty()) {
          break;
        }
      }
    }
    if (out.isEmpty()) {
      // The object belonged to the pattern ("burned American flags", "signed a ceasefire with X"):
      // its complement or modifier names the target.
      for (int o : objects) {
        if (consumed.contains(o)) {
          // The complement may hang off the object or off a pattern word inside it
          // ("holding back a consignment of aid to Myanmar": "to Myanmar" modifies "aid").
          List<Integer> holders = new ArrayList<>(List.of(o));
          for (int k : consumed) {
            if (k != o && s.token(k).isNoun() && s.dominates(o, k)) {
              holders.add(k);
            }
          }
          for (int holder : holders) {
            for (int c : s.children(holder, "nmod")) {
              int prep = prepositionOf(s, c);
              // By the PETRARCH convention any complement will do ("condemned an attack by X").
              if (prep >= 0 && (convention == Convention.PETRARCH_VALIDATION
                  || TARGET_PREPS.contains(s.token(prep).word().toLowerCase(Locale.ROOT)))) {
                addTarget(s, c, memory, out);
                if (!out.isEmpty() && convention == Convention.PETRARCH_VALIDATION) {
                  break; // the first actor only
                }
              }
            }
          }
          if (!out.isEmpty()) {
            continue;
          }
          // "condemned Russia's decision": the phrase's own actor when it has a role (RUSGOV, a
          // state's act), else the actor of its possessor or modifier.
          Optional<Actor> whole = actor(s, o, memory).filter(a -> a.isCoded() && !a.sectors().isEmpty()
              && a.rule().contains("state-act"));
          if (whole.isPresent()) {
            out.add(whole.get());
            continue;
          }
          // "attack a Nigerian military base": one phrase, one actor, when the phrase's own words give
          // both its country (a nationality) and its role, or its role alone ("killed 23 civilians",
          // KILL * CIVILIAN, 202: the pattern's word is the victims'); else its modifiers one by one
          // ("its embassy" is the source's own, "a visiting forces agreement in Manila" no actor's).
          Optional<Actor> phrase = actor(s, o, memory).filter(a -> a.isCoded() && !a.sectors().isEmpty()
              && (a.rule().startsWith("title+nationality") || a.rule().equals("agent-only")));
          if (phrase.isPresent() && convention != Convention.PETRARCH_VALIDATION) {
            out.add(phrase.get());
            continue;
          }
          for (var d : s.children(o)) {
            if (d.relation().equals("amod") || d.relation().equals("nmod:poss") || d.relation().equals("compound")) {
              actor(s, d.dependent(), memory).filter(Actor::isCoded).ifPresent(out::add);
            }
          }
        }
      }
    }
    if (out.isEmpty() && convention == Convention.PETRARCH_VALIDATION) {
      patternComplementTarget(s, v, consumed, memory, out);
    }
    if (out.isEmpty() && !passive && s.relation(v).equals("conj")) {
      // "He invited X ... and urged ...": a coordinated verb with no object shares the first one's.
      int up = s.head(v);
      for (int i = 0; i < 3 && up >= 0 && out.isEmpty(); i++) {
        if (i > 0 && SAY_VERBS.contains(s.token(up).lemma().toLowerCase(Locale.ROOT))) {
          break; // what was said about is not the deed's target ("says the UK's decision to board and detain")
        }
        for (int o : s.children(up, "obj")) {
          addTarget(s, o, memory, out);
        }
        if (!s.relation(up).equals("xcomp") && !s.relation(up).equals("conj")) {
          break;
        }
        up = s.head(up);
      }
    }
    if (out.isEmpty() && convention == Convention.PETRARCH_VALIDATION) {
      // "warned of the Prince of Dol Amroth": PETRARCH takes the first actor after the verb in its
      // phrase, whatever the preposition.
      for (int c : s.children(v, "obl")) {
        int prep = prepositionOf(s, c);
        if (out.isEmpty() && prep >= 0 && !consumed.contains(c) && !(passive && hasCase(s, c, "by"))
            && !s.token(c).ner().equals("DATE") && !s.token(c).ner().equals("TIME")) {
          addTarget(s, c, memory, out);
        }
      }
    }
    return out;
  }

  /**
   * PETRARCH's target when the object names no actor: the first coded actor after the verb
   * anywhere in its phrase, whatever the preposition, an infinitive or "that" clause included
   * ("arrived in Gondor", "cordoned off the roads leading into Mordor", "signed an accord to
   * supply Gondor", "expressed hopes that Osgiliath could be drawn ..."). Names are taken at their
   * phrase's head (a possessor or a modifier is part of its head's phrase); dates, pattern words,
   * a passive's "by" agent, the verb's subjects, adverbial clauses ("after crowds burned ...")
   * and the speaker of a reporting clause ("..., a senior official said") are skipped. Only by
   * the PETRARCH validation convention: in news, "in X" is mostly the event's place.
   */
  private void firstActorInPhrase(ParsedSentence s, int v, boolean passive, Set<Integer> consumed, ArticleActors memory,
      List<Actor> out) {
    Set<Integer> skip = new HashSet<>(consumed);
    for (var d : s.children(v)) {
      if (d.relation().startsWith("nsubj") || (passive && d.relation().startsWith("obl") && hasCase(s, d.dependent(), "by"))) {
        skip.addAll(s.subtree(d.dependent()));
      }
    }
    for (int t : s.subtree(v)) {
      if (t > v && isAdverbialClause(s, t)) {
        skip.addAll(s.subtree(t)); // "... after Calenardhon crowds burned its embassy": another clause
      }
      if (t != v && s.token(t).isVerb() && SAY_VERBS.contains(s.token(t).lemma().toLowerCase(Locale.ROOT))) {
        for (int speaker : s.children(t, "nsubj")) {
          skip.addAll(s.subtree(speaker)); // "..., a senior official said": the speaker is no target
        }
      }
    }
    for (int t : s.subtree(v)) {
      Token k = s.token(t);
      String rel = s.relation(t);
      if (t <= v || skip.contains(t) || !k.isNoun() || k.ner().equals("DATE") || k.ner().equals("TIME")
          || rel.equals("compound") || rel.equals("flat") || rel.equals("amod") || rel.equals("nmod:poss")) {
        continue;
      }
      addTarget(s, t, memory, out);
      if (!out.isEmpty()) {
        return;
      }
    }
  }

  /**
   * Depth-first, in text order, through {@code nmod} complements: the first that names an actor.
   * By the CAMEO convention the path goes down "of" complements only ("a resumption of ties with
   * X"), and the actor must come with a target preposition ({@link #TARGET_PREPS}): "steps in the
   * implementation of the Gaza plan" names no target. By the PETRARCH convention any complement
   * will do ({@link Convention}).
   */
  private void nestedTarget(ParsedSentence s, int h, ArticleActors memory, List<Actor> out, int depth) {
    if (depth == 0) {
      return;
    }
    for (int c : s.children(h, "nmod")) {
      if (s.token(c).ner().equals("DATE") || s.token(c).ner().equals("TIME")) {
        continue;
      }
      int prep = prepositionOf(s, c);
      String p = prep < 0 ? "" : s.token(prep).word().toLowerCase(Locale.ROOT);
      boolean open = convention == Convention.PETRARCH_VALIDATION;
      if (open || TARGET_PREPS.contains(p)) {
        addTarget(s, c, memory, out);
      }
      if (out.isEmpty() && (open || p.equals("of")) && eventNoun(s, c).isEmpty()) {
        nestedTarget(s, c, memory, out, depth - 1);
      }
      if (!out.isEmpty()) {
        return;
      }
    }
  }

  /** Money nouns: "a million Swiss francs", "500 million US dollars" name a sum, not an actor. */
  private static final Set<String> CURRENCY_NOUNS = Set.of("dollar", "euro", "pound", "franc", "rupee", "yen",
      "yuan", "renminbi", "rouble", "ruble", "krone", "kroner", "krona", "shekel", "dinar", "dirham", "riyal", "rial",
      "lira", "peso", "rand", "naira", "shilling", "florin", "hryvnia", "rupiah", "ringgit", "baht", "taka");

  private void addTarget(ParsedSentence s, int h, ArticleActors memory, List<Actor> out) {
    Token t = s.token(h);
    if (t.lemma().equalsIgnoreCase("itself") || t.lemma().equalsIgnoreCase("themselves")) {
      return;
    }
    if (CURRENCY_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
      return; // "contributed a million Swiss francs to X": the sum is no target, X is
    }
    // The target phrase is an event with its own actor: the target is that actor.
    Optional<Actor> ev = eventNounSource(s, h, memory);
    if (ev.isPresent()) {
      out.add(ev.get());
      return;
    }
    addWithConjuncts(s, h, memory, out);
  }

  private void addWithConjuncts(ParsedSentence s, int h, ArticleActors memory, List<Actor> out) {
    Optional<Actor> first = actor(s, h, memory).filter(Actor::isCoded);
    List<Actor> rest = new ArrayList<>();
    Optional<Actor> sharedRole = Optional.empty();
    for (int c : s.children(h, "conj")) {
      if (s.token(c).isNoun() || s.token(c).pos().startsWith("PRP")) {
        Optional<Actor> a = actor(s, c, memory).filter(Actor::isCoded);
        a.ifPresent(rest::add);
        if (a.isPresent() && !a.get().sectors().isEmpty() && !s.children(c, "nmod:poss").isEmpty()) {
          sharedRole = a;
        }
      }
    }
    if (first.isPresent() && first.get().sectors().isEmpty() && sharedRole.isPresent() && s.token(h).isProperNoun()) {
      // "Iran and China's defense chiefs": the role after the possessive belongs to both countries.
      Actor f = first.get();
      first = Optional.of(Actor.ofCode(f.text(), f.country() + String.join("", sharedRole.get().sectors()), f.span(),
          f.rule() + "+shared-role"));
    }
    List<Actor> group = new ArrayList<>();
    first.ifPresent(group::add);
    group.addAll(rest);
    if (first.isPresent() && convention == Convention.PETRARCH_VALIDATION) {
      CompoundActors.shareModifiers(s, h, group, c -> actor(s, c, memory));
    }
    if (first.isPresent()) {
      group.addAll(CompoundActors.acrossModifiers(s, h, group, c -> actor(s, c, memory)));
      group.addAll(CompoundActors.acrossPlaces(s, h, group, c -> actor(s, c, memory)));
    }
    for (Actor a : group) {
      out.addAll(splitMultiCodes ? CompoundActors.splitCodes(a) : List.of(a));
    }
  }

  /** The source actor of an event noun phrase ("Israel's attack", "the war that Israel began"), if any. */
  private Optional<Actor> eventNounSource(ParsedSentence s, int n, ArticleActors memory) {
    if (!s.token(n).isNoun() || eventNoun(s, n).isEmpty()) {
      return Optional.empty();
    }
    return nounSource(s, n, memory);
  }

  // ---------------------------------------------------------------- nouns

  private Optional<EventNouns.EventNoun> eventNoun(ParsedSentence s, int n) {
    Token t = s.token(n);
    for (int c : s.children(n, "compound")) {
      Optional<EventNouns.EventNoun> two = nouns.noun(s.token(c).lemma() + " " + t.lemma());
      if (two.isPresent()) {
        return two;
      }
    }
    Optional<EventNouns.EventNoun> e = nouns.noun(t.lemma());
    return e.isPresent() ? e : nouns.noun(t.word());
  }

  private boolean hasEventNounObject(ParsedSentence s, int v) {
    for (int o : s.children(v, "obj")) {
      if (eventNoun(s, o).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private void codeNoun(ParsedSentence s, int n, ArticleActors memory, List<EventMention> out) {
    Optional<EventNouns.EventNoun> en = eventNoun(s, n);
    if (en.isEmpty() || !en.get().code().matches("\\d{2,4}")) {
      return;
    }
    String rel = s.relation(n);
    int gov = s.head(n);
    if (rel.equals("obj") && gov >= 0 && REVERSAL_VERBS.contains(s.token(gov).lemma().toLowerCase(Locale.ROOT))) {
      return; // "lifts its sanctions", "ends the blockade": the reversal is the event, not the noun
    }
    boolean lightObject = rel.equals("obj") && gov >= 0 && s.token(gov).isVerb() && nouns.isLightVerb(s.token(gov).lemma());
    Optional<Actor> source = nounSource(s, n, memory);
    String rule = en.get().rule();
    if (source.isEmpty()) {
      codeFightToll(s, n, en.get(), memory, out);
      return;
    }
    List<Actor> targets = new ArrayList<>();
    for (var d : s.children(n)) {
      if (d.relation().equals("nmod") && nounTargetPrep(s, d.dependent())) {
        addTarget(s, d.dependent(), memory, targets);
      }
    }
    if (targets.isEmpty() && lightObject) {
      for (int c : s.children(gov, "obl")) {
        int prep = prepositionOf(s, c);
        if (prep >= 0 && NOUN_TARGET_PREPS.contains(s.token(prep).word().toLowerCase(Locale.ROOT))) {
          addTarget(s, c, memory, targets);
          if (!targets.isEmpty()) {
            break;
          }
        }
      }
    }
    if (targets.isEmpty()) {
      return;
    }
    Mode mode = lightObject ? mode(s, gov, memory) : nounMode(s, n, memory);
    if (lightObject) {
      rule = nouns.lightVerb(s.token(gov).lemma()).map(l -> l.rule() + "+").orElse("") + rule;
    }
    for (Actor b : targets) {
      add(out, s, n, source.get(), b, en.get().code(), rule, mode, true);
    }
  }

  /**
   * A toll from a fight with a named party: "rebel dead from Saturday's fighting with its troops
   * numbered 1,450", "insurgent deaths from Friday's clashes with the army totalled 80". The fight
   * noun ({@link #RECIPROCAL_NOUNS}) has no actor of its own but hangs by "from"/"in"/"during" from a
   * casualty noun ({@link #CASUALTY_NOUNS}) whose modifier names whose people they were; its "with"
   * complement names the other party, the one that used force on them: source = the "with" party,
   * target = the casualties' side. Both must be named and coded: a toll with no party named ("the
   * death toll from the fighting reached 30") stays a statistic, not an event. The same holds when
   * the casualties are the subject of a verb of dying ({@link #deathSubject}): "thirty soldiers were
   * killed in clashes with Houthi rebels" is the rebels' force against the soldiers, and so is
   * "twelve rebels died in fighting with the troops" with the gerund ({@link #isTollGerund}). The
   * casualties are the target, as the hard cases' gold has it for a toll ("rebel dead from the
   * fighting with its troops": the army against the rebels), so the killed count belongs to the
   * event whose target they are.
   */
  private void codeFightToll(ParsedSentence s, int n, EventNouns.EventNoun en, ArticleActors memory, List<EventMention> out) {
    if (!RECIPROCAL_NOUNS.contains(s.token(n).lemma().toLowerCase(Locale.ROOT))) {
      return;
    }
    int h = s.head(n);
    String rel = s.relation(n);
    if (h < 0 || !(rel.equals("nmod") || rel.equals("obl") || rel.equals("advcl") && s.token(n).isVerb())) {
      return;
    }
    int prep = prepositionOf(s, n);
    if (prep < 0 || !TOLL_PREPS.contains(s.token(prep).word().toLowerCase(Locale.ROOT))) {
      return;
    }
    // The parser may hang "from the fighting" (and "with X") on the verb whose subject is the
    // casualty word ("rebel dead [from the fighting] [with its troops] numbered 1,450"): the same toll.
    int verb = -1;
    if (!CASUALTY_NOUNS.contains(s.token(h).lemma().toLowerCase(Locale.ROOT))) {
      if (rel.equals("nmod") || !s.token(h).isVerb()) {
        return;
      }
      int subject = -1;
      for (int c : s.children(h, "nsubj")) {
        if (CASUALTY_NOUNS.contains(s.token(c).lemma().toLowerCase(Locale.ROOT))) {
          subject = c;
        }
      }
      if (subject < 0) {
        // "thirty soldiers were killed in clashes with rebels", "two died in fighting with troops":
        // the subject of the verb of dying is the casualties' side
        subject = deathSubject(s, h);
      }
      if (subject < 0) {
        return;
      }
      verb = h;
      h = subject;
    }
    Optional<Actor> side = fightTollSide(s, h, n, memory);
    if (side.isEmpty()) {
      return;
    }
    List<Actor> others = new ArrayList<>();
    for (var d : s.children(n)) {
      // "with" hangs by nmod on a fight noun, by obl on a fight gerund
      if ((d.relation().equals("nmod") || d.relation().equals("obl")) && hasCase(s, d.dependent(), "with")) {
        addTarget(s, d.dependent(), memory, others);
      }
    }
    if (others.isEmpty() && verb >= 0) {
      for (int c : s.children(verb, "obl")) {
        if (hasCase(s, c, "with")) {
          addTarget(s, c, memory, others);
        }
      }
    }
    int g = s.head(h);
    Mode mode = g >= 0 && s.token(g).isVerb() ? mode(s, g, memory) : Mode.ASSERTED;
    for (Actor a : others) {
      add(out, s, n, a, side.get(), en.code(), en.rule() + "+toll", mode, true);
    }
  }

  /** Verbs whose subject died: "died", "perished". */
  private static final Set<String> DEATH_VERBS = Set.of("die", "perish");
  /** Verbs whose passive subject was killed or hurt: "were killed", "was wounded". */
  private static final Set<String> HARM_VERBS = Set.of("kill", "wound", "injure");

  /**
   * The subject of a verb of dying or of being hurt ("twelve rebels died", "thirty soldiers were
   * killed", "two were wounded"): the subject of an active {@link #DEATH_VERBS} verb or the passive
   * subject of a {@link #HARM_VERBS} verb; -1 for any other verb.
   */
  private static int deathSubject(ParsedSentence s, int v) {
    String lemma = s.token(v).lemma().toLowerCase(Locale.ROOT);
    List<Integer> subjects = DEATH_VERBS.contains(lemma) ? s.children(v, "nsubj")
        : HARM_VERBS.contains(lemma) ? s.children(v, "nsubj:pass") : List.of();
    return subjects.isEmpty() ? -1 : subjects.get(0);
  }

  /**
   * True for a fight gerund ("fighting", "clashing", "battling") tied by "in", "during" or "from"
   * to a verb of dying ({@link #deathSubject}): "twelve rebels died in fighting with the troops".
   * The dead did fight, but the clause reports their deaths in a fight with the "with" party, as
   * "rebel dead from the fighting with its troops" does; read as the verb, the dead would be the
   * source.
   */
  private static boolean isTollGerund(ParsedSentence s, int v) {
    Token t = s.token(v);
    int h = s.head(v);
    String rel = s.relation(v);
    int prep = prepositionOf(s, v);
    return t.pos().equals("VBG") && RECIPROCAL_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))
        && (rel.equals("advcl") || rel.equals("obl")) && h >= 0 && deathSubject(s, h) >= 0
        && prep >= 0 && TOLL_PREPS.contains(s.token(prep).word().toLowerCase(Locale.ROOT));
  }

  /**
   * Whose casualties the casualty word {@code h} counts: its own phrase when that resolves
   * ("Colombian rebel casualties"), else a modifier ("insurgent deaths", "the army's losses",
   * "deaths of rebels") or, for the adjective "dead", the noun the parser makes its subject
   * ("rebel dead" parsed as a small clause). A modifier with a sector wins over a bare country.
   */
  private Optional<Actor> fightTollSide(ParsedSentence s, int h, int fight, ArticleActors memory) {
    if (s.token(h).isNoun()) {
      Optional<Actor> own = actor(s, h, memory).filter(Actor::isCoded);
      if (own.isPresent()) {
        return own;
      }
    }
    Optional<Actor> country = Optional.empty();
    for (var d : s.children(h)) {
      String r = d.relation();
      int c = d.dependent();
      if (c == fight || !(r.equals("amod") || r.equals("compound") || r.equals("nmod:poss") || r.equals("dep")
          || r.equals("nsubj") || (r.equals("nmod") && hasCase(s, c, "of")))) {
        continue;
      }
      Optional<Actor> a = actor(s, c, memory).filter(Actor::isCoded);
      if (a.isPresent() && !a.get().sectors().isEmpty()) {
        return a;
      }
      if (country.isEmpty()) {
        country = a;
      }
    }
    return country;
  }

  private static boolean nounTargetPrep(ParsedSentence s, int h) {
    int prep = prepositionOf(s, h);
    return prep >= 0 && NOUN_TARGET_PREPS.contains(s.token(prep).word().toLowerCase(Locale.ROOT));
  }

  /** Source of an event noun: possessor, "by" complement, nationality adjective, or light-verb subject. */
  private Optional<Actor> nounSource(ParsedSentence s, int n, ArticleActors memory) {
    for (int c : s.children(n, "nmod:poss")) {
      Optional<Actor> a = actor(s, c, memory).filter(Actor::isCoded);
      if (a.isPresent()) {
        return a;
      }
    }
    for (int c : s.children(n, "nmod")) {
      if (hasCase(s, c, "by")) {
        Optional<Actor> a = actor(s, c, memory).filter(Actor::isCoded);
        if (a.isPresent()) {
          return a;
        }
      }
    }
    String rel = s.relation(n);
    int gov = s.head(n);
    if (rel.equals("obj") && gov >= 0 && nouns.isLightVerb(s.token(gov).lemma())) {
      List<Actor> src = sources(s, gov, isPassive(s, gov), memory);
      if (!src.isEmpty()) {
        return Optional.of(src.get(0));
      }
    }
    // "the war that Israel began": a relative clause whose light verb has the source as subject.
    for (int c : s.children(n, "acl:relcl")) {
      if (nouns.isLightVerb(s.token(c).lemma())) {
        for (int subj : s.children(c, "nsubj")) {
          Optional<Actor> a = actor(s, subj, memory).filter(Actor::isCoded);
          if (a.isPresent()) {
            return a;
          }
        }
      }
    }
    // "Israeli airstrikes": a nationality adjective or proper-noun compound.
    for (var d : s.children(n)) {
      if (d.relation().equals("amod") || d.relation().equals("compound")) {
        Token t = s.token(d.dependent());
        if (t.isProperNoun() || t.ner().equals("MISC") || t.ner().equals("LOCATION") || t.ner().equals("ORGANIZATION")) {
          Optional<Actor> a = actor(s, d.dependent(), memory).filter(Actor::isCoded);
          if (a.isPresent()) {
            return a;
          }
        }
      }
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- modes

  /**
   * The mode of a verb's event: negated ("not", "never", "deny"), hypothetical (a conditional
   * clause or would/could), future (will, or an intent verb above it), reported (under a saying
   * verb with another subject), else asserted.
   */
  private Mode mode(ParsedSentence s, int v, ArticleActors memory) {
    // Negation first: "will not meet" is a negated deed, not an intent.
    for (var d : s.children(v)) {
      String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if ((d.relation().equals("advmod") || d.relation().equals("neg")) && (w.equals("not") || w.equals("n't") || w.equals("never"))) {
        return new Mode(ModeKind.NEGATED, "");
      }
    }
    for (var d : s.children(v)) {
      String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.relation().equals("mark") && (w.equals("if") || w.equals("unless"))) {
        return new Mode(ModeKind.HYPOTHETICAL, "");
      }
      if (d.relation().equals("aux") && HYPOTHETICAL_AUX.contains(w)) {
        return new Mode(ModeKind.HYPOTHETICAL, "");
      }
      if (d.relation().equals("aux") && FUTURE_AUX.contains(w)) {
        return new Mode(ModeKind.FUTURE, "");
      }
    }
    // Inside a condition: "will cease attacks if conditions are met, including for Israel to halt
    // its operations" does not report Israel halting anything.
    for (int a = s.head(v), i = 0; a >= 0 && i < 5; a = s.head(a), i++) {
      for (int m : s.children(a, "mark")) {
        String w = s.token(m).word().toLowerCase(Locale.ROOT);
        if (w.equals("if") || w.equals("unless")) {
          return new Mode(ModeKind.HYPOTHETICAL, "");
        }
      }
    }
    String rel = s.relation(v);
    int up = s.head(v);
    if (rel.equals("xcomp") && up >= 0 && INTENT_VERBS.contains(s.token(up).lemma().toLowerCase(Locale.ROOT))) {
      return new Mode(ModeKind.FUTURE, "");
    }
    if (rel.equals("xcomp") && up >= 0 && THREAT_VERBS.contains(s.token(up).lemma().toLowerCase(Locale.ROOT))) {
      return new Mode(ModeKind.THREATENED, ""); // "threatened to attack": the threat is the event (13x)
    }
    // "demanded that Syria release the journalists": the deed asked for has not happened.
    if (rel.equals("ccomp") && up >= 0 && DESIRE_VERBS.contains(s.token(up).lemma().toLowerCase(Locale.ROOT))) {
      return new Mode(ModeKind.HYPOTHETICAL, "");
    }
    // An infinitive without its own subject and without an intent verb above it ("ways to
    // enhance cooperation") states a purpose, not a deed and not a declared intention.
    if (s.children(v, "nsubj").isEmpty() && s.children(v, "nsubj:pass").isEmpty()) {
      for (int m : s.children(v, "mark")) {
        if (s.token(m).word().equalsIgnoreCase("to")) {
          return new Mode(ModeKind.HYPOTHETICAL, "");
        }
      }
    }
    // Reported: "X said Y attacked Z", or "Y attacked Z, X said" (parataxis).
    if ((rel.equals("ccomp") || rel.equals("dep") || rel.startsWith("advcl") || rel.equals("parataxis"))
        && up >= 0 && SAY_VERBS.contains(s.token(up).lemma().toLowerCase(Locale.ROOT))) {
      return new Mode(ModeKind.REPORTED, speaker(s, up, memory));
    }
    for (var d : s.children(v)) {
      if (d.relation().equals("parataxis") && SAY_VERBS.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
        return new Mode(ModeKind.REPORTED, speaker(s, d.dependent(), memory));
      }
    }
    return Mode.ASSERTED;
  }

  private Mode nounMode(ParsedSentence s, int n, ArticleActors memory) {
    int up = s.head(n);
    if (up >= 0 && s.token(up).isVerb()) {
      Mode m = mode(s, up, memory);
      if (m.kind() == ModeKind.NEGATED || m.kind() == ModeKind.HYPOTHETICAL) {
        return m;
      }
    }
    return Mode.ASSERTED;
  }

  private String speaker(ParsedSentence s, int sayVerb, ArticleActors memory) {
    for (int subj : s.children(sayVerb, "nsubj")) {
      return actor(s, subj, memory).map(Actor::text).orElse(s.token(subj).word());
    }
    return "";
  }

  // ---------------------------------------------------------------- output

  /**
   * People named only by nationality ("1,200 Palestinians", "two Afghans") or only as people
   * ("21 people", Phoenix agent PPL) who suffer force (CAMEO 18-20) are civilians: country + CVL.
   * The Phoenix dictionaries give such plurals the bare country, which reads as the state being
   * attacked.
   */
  private static Actor victims(ParsedSentence s, Actor target, String code) {
    if (!isForce(code)) {
      return target;
    }
    if (target.sectors().equals(List.of("PPL"))) {
      // "21 people": Phoenix's PEOPLE agent; people who suffer force with no other role are civilians.
      return Actor.ofCode(target.text(), target.country() + "CVL", target.span(), target.rule() + "+victims");
    }
    if (!target.sectors().isEmpty()) {
      return target;
    }
    for (Token t : s.tokens()) {
      if (t.span().begin() >= target.span().begin() && t.span().end() <= target.span().end()
          && t.pos().equals("NNPS") && t.ner().equals("MISC")) {
        return Actor.ofCode(target.text(), target.country() + "CVL", target.span(), target.rule() + "+victims");
      }
    }
    return target;
  }

  private void add(List<EventMention> out, ParsedSentence s, int trigger, Actor source, Actor target, String code,
      String rule, Mode mode, boolean nominal) {
    if (!source.isCoded()) {
      return;
    }
    add(out, s, trigger, source, Optional.of(target), code, rule, mode, nominal);
  }

  /**
   * Adds a mention. With a target, both actors must be coded and differ; an empty target (or an
   * uncoded source) comes only from {@link #addMonad}.
   */
  private void add(List<EventMention> out, ParsedSentence s, int trigger, Actor source, Optional<Actor> maybeTarget,
      String code, String rule, Mode mode, boolean nominal) {
    if (maybeTarget.isEmpty()) {
      addChecked(out, s, trigger, source, Optional.empty(), code, rule, mode, nominal);
      return;
    }
    Actor target = maybeTarget.get();
    if (!target.isCoded() || source.code().equals(target.code())) {
      return;
    }
    if (target.sectors().isEmpty() && target.country().equals(source.country())) {
      return; // a country acting on itself ("Iran's president denies Iran's involvement")
    }
    target = victims(s, target, code);
    if (source.span().equals(target.span())) {
      return;
    }
    addChecked(out, s, trigger, source, Optional.of(target), code, rule, mode, nominal);
  }

  private void addChecked(List<EventMention> out, ParsedSentence s, int trigger, Actor source, Optional<Actor> target,
      String code, String rule, Mode mode, boolean nominal) {
    if (mode.kind() == ModeKind.FUTURE && convention == Convention.CAMEO) {
      // CAMEO codes an announced or intended deed as the intent to do it (CAMEO 1.1b3, 03x "Express
      // intent to ..."; 138 "Threaten to use military force"), not as the deed.
      String intent = INTENT_CODES.get(code.substring(0, 2));
      if (intent == null) {
        return;
      }
      code = intent;
      rule = rule + "+intent";
    }
    if (!isEventCode(code)) {
      return; // not a CAMEO code nor a validation test code: not an event
    }
    out.add(new EventMention(s.index(), trigger, source, target, new CameoCode(code), rule, mode, nominal, Optional.empty()));
  }

  /** Relations of a word inside a noun phrase that does not head it. */
  private static final Set<String> PHRASE_INNER = Set.of("compound", "amod", "flat", "det", "nummod", "case");

  /**
   * True when {@code t} lies in an adverbial, relative or loosely attached clause below {@code v}
   * (not a complement clause) whose own subject, not used by the pattern, is {@code t} or comes
   * before it ("..., almost five years after Calenardhon crowds
   * burned ...", "..., a Bree official said"): TABARI dropped such comma-delimited and subordinate
   * clauses, and read the words before such a subject as still in the verb's phrase.
   */
  private static boolean inOtherClause(ParsedSentence s, int v, int t, Set<Integer> consumed) {
    for (int cur = s.head(t); cur >= 0 && cur != v; cur = s.head(cur)) {
      String rel = s.relation(cur);
      if (rel.equals("ccomp") || rel.equals("acl") || rel.equals("xcomp")) {
        continue; // a complement clause ("allowed that Mordor is ...") stays in the verb's phrase
      }
      for (var d : s.children(cur)) {
        if (d.relation().startsWith("nsubj") && d.dependent() <= t && !consumed.contains(d.dependent())) {
          return true;
        }
      }
    }
    return false;
  }
  /** The actors of a passive verb's subjects ("The Philippines was criticized"), conjuncts included. */
  private List<Actor> passiveSubjects(ParsedSentence s, int v, ArticleActors memory) {
    List<Actor> out = new ArrayList<>();
    for (int h : s.children(v, "nsubj:pass")) {
      addWithConjuncts(s, h, memory, out);
    }
    return out;
  }
  /**
   * PETRARCH-1 (TABARI) reading of a matched word-sequence pattern: the target is the first actor
   * after the verb and the pattern's words, in text order, within the verb's phrase ("welcomed
   * cultural memos sent by Bree": Bree). Only noun-phrase heads count; pronouns do not (TABARI
   * did not resolve them).
   *
   * @return that actor, or empty when no coded actor follows
   */
  private Optional<Actor> firstActorAfter(ParsedSentence s, int v, Set<Integer> consumed, ArticleActors memory) {
    return firstActorAfter(s, v, consumed, memory, 0);
  }
  /** As {@link #firstActorAfter(ParsedSentence, int, Set, ArticleActors)}, passing over the first {@code skip} actors. */
  private Optional<Actor> firstActorAfter(ParsedSentence s, int v, Set<Integer> consumed, ArticleActors memory, int skip) {
    int skipped = 0;
    int last = v;
    for (int k : consumed) {
      last = Math.max(last, k);
    }
    for (int t : s.subtree(v)) {
      Token tok = s.token(t);
      if (t <= last || !tok.isNoun() || PHRASE_INNER.contains(s.relation(t)) || inOtherClause(s, v, t, consumed)) {
        continue;
      }
      // TABARI read the words of the phrase: no pronoun coreference, no actor taken from a possessor.
      Optional<Actor> a = actor(s, t, memory).filter(Actor::isCoded)
          .filter(x -> !x.rule().startsWith("coref:") && !x.rule().startsWith("possessor"));
      if (a.isPresent() && skipped++ >= skip) {
        return a;
      }
    }
    return Optional.empty();
  }
  /**
   * The phrases a term after the verb may match: the verb's complements, and by the PETRARCH
   * convention, for a prepositional term, also the prepositional phrases inside the phrases the
   * earlier terms matched (PETRARCH-2 reads "welcomed economic memos from X" as the noun phrase
   * "memos" followed by the phrase "from X", pattern {@code * {&TIETYPES MEMOS} (FROM)}).
   */
  private List<Integer> termHeads(ParsedSentence s, PatternTerm term, List<Integer> after, List<Integer> used) {
    if (!term.isPrepositional() || convention != Convention.PETRARCH_VALIDATION || used.isEmpty()) {
      return after;
    }
    List<Integer> heads = new ArrayList<>(after);
    for (int u : used) {
      for (int c : s.children(u, "nmod")) {
        if (!heads.contains(c)) {
          heads.add(c);
        }
      }
    }
    return heads;
  }
  /**
   * PETRARCH convention: a complement that belongs to the matched pattern ("clashed over the
   * efforts of X", pattern {@code * (OVER EFFORTS)}) is not the target, but the first actor down
   * its own complements is (PETRARCH takes the first actor after the verb in its phrase). Looks
   * at the verb's oblique complements whose head the pattern used; adds nothing when none names
   * an actor.
   */
  private void patternComplementTarget(ParsedSentence s, int v, Set<Integer> consumed, ArticleActors memory,
      List<Actor> out) {
    for (int c : s.children(v, "obl")) {
      if (consumed.contains(c) && eventNoun(s, c).isEmpty()) {
        nestedTarget(s, c, memory, out, 3);
      }
      if (!out.isEmpty()) {
        return;
      }
    }
  }
}
