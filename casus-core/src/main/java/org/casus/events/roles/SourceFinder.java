package org.casus.events.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.casus.events.EventWords;
import org.casus.events.SentenceContext;
import org.casus.events.SharedSubject;
import org.casus.events.nominal.EventNouns;
import org.casus.lexicon.Lexicon;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;

/**
 * The source of an event: the subject of an active verb, the "by" agent of a passive one, the
 * subject a subjectless verb shares ({@link SharedSubject}), and the actor of an event noun
 * (possessor, "by" complement, light-verb subject, nationality adjective). Rule ids in the trace:
 * {@value #SUBJECT}, {@value #NOUN}. Stateless; thread-safe.
 */
public final class SourceFinder {
  /** Trace id of a verb's source. */
  public static final String SUBJECT = "source:subject";
  /** Deeds of force that states do with their armed forces ({@link #nationalityOf}). */
  private static final Set<String> STATE_FORCE_NOUNS = Lexicon.words("state-force-noun");
  /** Verbs of owning a deed: "claims", "accepts", "takes" responsibility (lexicon {@code responsibility-claim-verb}). */
  private static final Set<String> CLAIM_VERBS = Lexicon.words("responsibility-claim-verb");
  /** Trace id of an event noun's source. */
  public static final String NOUN = "source:noun";

  private final EventNouns nouns;
  private final ActorPhrases phrases;

  /**
   * @param nouns event nouns and light verbs
   * @param phrases the actors of a phrase with its conjuncts
   */
  public SourceFinder(EventNouns nouns, ActorPhrases phrases) {
    this.nouns = nouns;
    this.phrases = phrases;
  }

  /**
   * The sources of verb {@code v}: its subject (active) or "by" agent (passive) with their
   * conjuncts, and for a subject or agent that is an event noun naming no actor itself, the noun's
   * own source ({@link #nounSource}); for a passive without agent, the perpetrator of the event the deed was part of
   * ("killed in the war that Israel began"); for a subjectless verb, the subject it shares.
   *
   * @return coded and uncoded actors in text order; empty when no phrase is found
   */
  public List<Actor> sources(SentenceContext ctx, int v, boolean passive) {
    ParsedSentence s = ctx.sentence();
    List<Integer> heads = new ArrayList<>();
    if (passive) {
      for (int c : s.children(v, "obl")) {
        if (s.hasCase(c, "by")) {
          heads.add(instrumentAgent(ctx, c).orElse(c));
        }
      }
      if (heads.isEmpty()) {
        List<Actor> war = perpetratorsOfEnclosingEvent(ctx, v);
        if (!war.isEmpty()) {
          return war;
        }
        if (nouns.isLightVerb(s.token(v).lemma())) {
          // "an Azerbaijani offensive was launched against ...": the deed's doer launched it
          for (int subj : s.children(v, "nsubj:pass")) {
            List<Actor> deed = eventNounSources(ctx, subj);
            if (!deed.isEmpty()) {
              return deed;
            }
          }
        }
      }
    } else {
      heads.addAll(s.children(v, "nsubj"));
    }
    if (heads.isEmpty() && !passive) {
      heads.addAll(sharedSubjectHeads(s, v));
    }
    List<Actor> out = new ArrayList<>();
    for (int h : heads) {
      Optional<Actor> event = relativeEventSource(ctx, h);
      if (event.isPresent()) {
        out.add(event.get());
        continue;
      }
      int before = out.size();
      phrases.addWithConjuncts(ctx, h, out);
      for (int i = before; i < out.size(); i++) { // "Israeli airstrikes kill ...": the state's military
        if (premodifies(s, out.get(i), h)) {
          out.set(i, stateForce(s, h, out.get(i)));
        }
      }
      if (out.subList(before, out.size()).stream().noneMatch(Actor::hasKnownCountry)) {
        // "a drone strike from the paramilitary targets the depot": the deed's doer is the doer's
        // (also over an agent of no country that the deed's modifier gives: "drone" is MIL)
        Optional<Actor> deed = eventNounSource(ctx, h);
        if (deed.isPresent()) {
          out.subList(before, out.size()).clear();
          out.add(deed.get());
        }
      }
    }
    return out;
  }

  /**
   * "killed in the war that Israel began", "died in airstrikes by the army": the sources of an event noun among the complements of a
   * passive verb or of the passives coordinated with it ("killed and ... wounded in the war").
   */
  public List<Actor> perpetratorsOfEnclosingEvent(SentenceContext ctx, int v) {
    ParsedSentence s = ctx.sentence();
    List<Integer> verbsToSearch = new ArrayList<>(List.of(v));
    verbsToSearch.addAll(s.children(v, "conj"));
    for (int w : verbsToSearch) {
      for (int c : s.children(w, "obl")) {
        List<Actor> a = eventNounSources(ctx, c);
        if (!a.isEmpty()) {
          return a;
        }
      }
    }
    return List.of();
  }

  /** The subject heads a subjectless active verb takes from the verb it shares a subject with. */
  private static List<Integer> sharedSubjectHeads(ParsedSentence s, int v) {
    int up = SharedSubject.holder(s, v);
    OptionalInt noun = up < 0 ? OptionalInt.empty() : SharedSubject.misattachedNounComplement(s, v, up);
    if (up < 0) {
      up = SharedSubject.beAboutTo(s, v);
    }
    if (noun.isPresent()) {
      // "Russia says the UK's decision to detain vessels ...": the decision's owner detains
      return s.children(noun.getAsInt(), "nmod:poss");
    }
    int gerundSubject = up < 0 ? gerundSubject(s, v) : -1;
    if (gerundSubject >= 0) {
      // "in exchange for the Israeli government releasing 369 prisoners": the parser hangs the
      // gerund clause's subject as a prepositional complement and the gerund on it or beside it
      return List.of(gerundSubject);
    }
    return up >= 0 ? s.children(up, "nsubj") : List.of();
  }

  /**
   * The subject of a gerund that the parser made the complement of "for" ("in return for Israel
   * releasing ...", "in exchange for the army freeing ..."), or -1: {@code v} is a present
   * participle hung ({@code acl}, no comma before it) on that complement noun, or on the noun that
   * governs it, the complement ending right before the participle. Participles on other nouns are
   * left alone: "sanctions targeting Russia's energy sector", "a school sheltering civilians",
   * "shot down a jet using a drone" (measured on the corpus: with any preposition, five of eleven
   * new events were wrong).
   */
  private static int gerundSubject(ParsedSentence s, int v) {
    int n = s.head(v);
    if (!s.token(v).pos().equals("VBG") || !s.relation(v).equals("acl") || n < 0 || n >= v
        || s.token(v - 1).word().equals(",")) {
      return -1;
    }
    for (var d : s.children(n)) {
      int k = d.dependent();
      List<Integer> sub = s.subtree(k);
      if (k < v && sub.get(sub.size() - 1) == v - 1 && prepositionalNoun(s, k)) {
        return k; // "in exchange for the army releasing": the participle hung on "exchange"
      }
    }
    return prepositionalNoun(s, n) ? n : -1;
  }

  /** A noun after "for" ("in return for Israel releasing"): the preposition of a gerund's subject. */
  private static boolean prepositionalNoun(ParsedSentence s, int n) {
    return s.token(n).isNoun() && (s.relation(n).startsWith("nmod") || s.relation(n).startsWith("obl"))
        && s.hasCase(n, "for");
  }

  /** The actors of a passive verb's subjects ("The Philippines was criticized"), conjuncts included. */
  public List<Actor> passiveSubjects(SentenceContext ctx, int v) {
    List<Actor> out = new ArrayList<>();
    for (int h : ctx.sentence().children(v, "nsubj:pass")) {
      phrases.addWithConjuncts(ctx, h, out);
    }
    return out;
  }

  /**
   * "killed by a roadside bomb planted by Taliban fighters": when the agent of a passive is an
   * instrument rather than an actor, the actor is the agent of the participle that describes the
   * instrument (planted, fired, launched by ...). Returns that agent's head, or empty when the
   * "by" phrase is itself an actor or has no such participle.
   */
  private static Optional<Integer> instrumentAgent(SentenceContext ctx, int byHead) {
    ParsedSentence s = ctx.sentence();
    if (ctx.codedActor(byHead).isPresent()) {
      return Optional.empty();
    }
    for (int acl : s.children(byHead, "acl")) {
      if (!s.token(acl).pos().equals("VBN")) {
        continue;
      }
      for (int c : s.children(acl, "obl")) {
        if (s.hasCase(c, "by") && ctx.codedActor(c).isPresent()) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "carried out airstrikes on the visa section ..., which killed two guards": a relative
   * "which" whose clause hangs off a complement of an event (the parser attaches it to the nearest
   * noun) means that event; its source is the source of the event. Empty when the relative
   * pronoun's antecedent is not inside an event's complements.
   */
  private Optional<Actor> relativeEventSource(SentenceContext ctx, int h) {
    ParsedSentence s = ctx.sentence();
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
      if (s.token(g).isNoun() && nouns.at(s, g).isPresent()) {
        return nounSource(ctx, g);
      }
      if (s.token(g).isVerb()) {
        for (int o : s.children(g, "obj")) {
          if (nouns.at(s, o).isPresent()) {
            return nounSource(ctx, o);
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

  /** The source actor of an event noun phrase ("Israel's attack", "the war that Israel began"), if any. */
  public Optional<Actor> eventNounSource(SentenceContext ctx, int n) {
    return isEventNoun(ctx, n) ? nounSource(ctx, n) : Optional.empty();
  }

  /** The source actors of an event noun phrase with their coordinated partners ({@link #nounSources}); empty if none. */
  public List<Actor> eventNounSources(SentenceContext ctx, int n) {
    return isEventNoun(ctx, n) ? nounSources(ctx, n) : List.of();
  }

  private boolean isEventNoun(SentenceContext ctx, int n) {
    return ctx.sentence().token(n).isNoun() && nouns.at(ctx.sentence(), n).isPresent();
  }

  /**
   * Sources of an event noun: its source ({@link #nounSource}) and the actors coordinated with the
   * modifier or complement that named it ("Israeli and American strikes", "a French and British
   * air raid", "strikes by Israel and the United States"), each read as the first is (a bare state
   * of a state-force noun is its military). Empty when the noun has no source.
   */
  public List<Actor> nounSources(SentenceContext ctx, int n) {
    Optional<Actor> first = nounSource(ctx, n);
    if (first.isEmpty()) {
      return List.of();
    }
    ParsedSentence s = ctx.sentence();
    List<Actor> out = new ArrayList<>(List.of(first.get()));
    for (var d : s.children(n)) {
      Token k = s.token(d.dependent());
      if (k.span().begin() < first.get().span().begin() || k.span().end() > first.get().span().end()) {
        continue; // not the word that named the first source
      }
      for (int c : s.children(d.dependent(), "conj")) {
        Optional<Actor> partner = ctx.codedActor(c).map(a -> stateForce(s, n, a));
        if (partner.isPresent() && out.stream().noneMatch(a -> a.code().equals(partner.get().code()))) {
          out.add(partner.get().withCode(partner.get().code(), partner.get().rule() + "+coordinated"));
        }
      }
    }
    return out;
  }

  /**
   * Source of an event noun: its possessor, its "by" complement, the subject of the light verb
   * whose object it is ("the army carried out airstrikes", also through a series head: "a wave of
   * airstrikes"), the "by" agent of a light verb's participle ("airstrikes carried out by the
   * army"), for a deed of force its "from" complement ("a drone strike from the paramilitary"),
   * the subject of a light verb in its relative clause ("the war that Israel began"), a
   * nationality adjective or proper-noun modifier ("Israeli airstrikes"), or the side that claims
   * responsibility for it ({@link #claimant}).
   */
  public Optional<Actor> nounSource(SentenceContext ctx, int n) {
    ParsedSentence s = ctx.sentence();
    for (int c : s.children(n, "nmod:poss")) {
      Optional<Actor> a = ctx.codedActor(c);
      if (a.isPresent()) {
        return a;
      }
    }
    for (int c : s.children(n, "nmod")) {
      if (s.hasCase(c, "by")) {
        Optional<Actor> a = ctx.codedActor(c);
        if (a.isPresent()) {
          return a;
        }
      }
    }
    int gov = nouns.lightVerbOf(s, n);
    if (gov >= 0) {
      List<Actor> src = sources(ctx, gov, s.isPassive(gov));
      if (!src.isEmpty()) {
        return Optional.of(src.get(0));
      }
    }
    for (int c : s.children(n, "acl")) {
      // "airstrikes carried out by the junta": a light verb's participle with its "by" agent
      String tag = s.token(c).pos();
      if (nouns.isLightVerb(s.token(c).lemma()) && (tag.equals("VBN") || tag.equals("VBD"))) {
        List<Actor> src = sources(ctx, c, true);
        if (!src.isEmpty() && src.get(0).isCoded()) {
          return Optional.of(src.get(0));
        }
      }
    }
    if (nouns.isForceAt(s, n)) {
      for (int c : s.children(n, "nmod")) {
        if (s.hasCase(c, "from")) { // "a drone strike from the paramilitary forces"
          Optional<Actor> a = ctx.codedActor(c);
          if (a.isPresent()) {
            return a;
          }
        }
      }
    }
    for (int c : s.children(n, "acl:relcl")) {
      if (nouns.isLightVerb(s.token(c).lemma())) {
        for (int subj : s.children(c, "nsubj")) {
          Optional<Actor> a = ctx.codedActor(subj);
          if (a.isPresent()) {
            return a;
          }
        }
      }
    }
    return nationalityOf(ctx, n).or(() -> claimant(ctx, n));
  }

  /**
   * "Al-Shabaab claims responsibility for an attack on ...": the deed a side claims (or accepts,
   * admits, takes) responsibility for is that side's (CAMEO 1.1b3 codes the claim, 015, and the
   * deed claimed); the verb's subject, or its "by" agent in the passive ("responsibility for the
   * attack was claimed by X"), is the noun's source. Empty when the noun is no "for" complement of
   * "responsibility" that is a verb's object or passive subject.
   */
  private Optional<Actor> claimant(SentenceContext ctx, int n) {
    ParsedSentence s = ctx.sentence();
    int r = s.head(n);
    if (r < 0 || !s.hasCase(n, "for") || !s.token(r).lemma().equalsIgnoreCase("responsibility")
        || !(s.relation(r).equals("obj") || s.relation(r).equals("nsubj:pass"))) {
      return Optional.empty();
    }
    int verb = s.head(r);
    if (verb < 0 || !s.token(verb).isVerb() || !EventWords.lemmaIn(s, verb, CLAIM_VERBS)
        || s.children(r, "det").stream().anyMatch(d -> s.token(d).word().equalsIgnoreCase("no"))) {
      return Optional.empty(); // "denies responsibility for", "claimed no responsibility for"
    }
    return sources(ctx, verb, s.isPassive(verb)).stream().filter(Actor::isCoded).findFirst();
  }

  /**
   * "Israeli airstrikes": a nationality adjective or proper-noun compound of an event noun. A
   * deed of force that states do with their armed forces ("Israeli airstrikes", "a US strike",
   * "Russian shelling": lexicon class {@code state-force-noun}) named by a bare country is done by
   * that country's military ({@code ISR} becomes {@code ISRMIL}, rule suffix {@code +state-force}),
   * as CAMEO codes a state's armed forces with the MIL sector; a coded group ("Hamas rockets") keeps
   * its code.
   */
  private static Optional<Actor> nationalityOf(SentenceContext ctx, int n) {
    ParsedSentence s = ctx.sentence();
    for (var d : s.children(n)) {
      if (d.relation().equals("amod") || d.relation().equals("compound")) {
        Token t = s.token(d.dependent());
        if (t.isProperNoun() || t.ner().equals("MISC") || t.ner().equals("LOCATION") || t.ner().equals("ORGANIZATION")) {
          Optional<Actor> a = ctx.codedActor(d.dependent());
          if (a.isPresent()) {
            return a.map(x -> stateForce(s, n, x));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether actor {@code a} is named by noun {@code h}'s phrase up to the noun ("Israeli" or
   * "Turkish shelling"), not by a complement or conjunct after it.
   */
  private static boolean premodifies(ParsedSentence s, Actor a, int h) {
    List<Integer> sub = s.subtree(h);
    return a.span().begin() >= s.token(sub.get(0)).span().begin() && a.span().end() <= s.token(h).span().end();
  }

  private static Actor stateForce(ParsedSentence s, int n, Actor a) {
    boolean bareState = a.code().length() == 3 && a.hasStateCountry();
    boolean forceNoun = EventWords.lemmaIn(s, n, STATE_FORCE_NOUNS) // "shelling" tagged VBG has the lemma "shell"
        || STATE_FORCE_NOUNS.contains(s.token(n).word().toLowerCase(java.util.Locale.ROOT));
    return bareState && forceNoun ? a.withCode(a.code() + "MIL", a.rule() + "+state-force")
        : a;
  }
}
