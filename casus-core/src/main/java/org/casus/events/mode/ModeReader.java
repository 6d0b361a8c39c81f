package org.casus.events.mode;

import java.util.Locale;
import java.util.Set;
import org.casus.events.EventWords;
import org.casus.events.SentenceContext;
import org.casus.lexicon.Lexicon;
import org.casus.model.Actor;
import org.casus.model.Mode;
import org.casus.model.ModeKind;
import org.casus.nlp.ParsedSentence;

/**
 * The mode of an event mention, read from the trigger's clause, in this order: negated ("not",
 * "never": "will not meet" is a negated deed, not an intent; a subject with "no": "no missiles
 * hit"), hypothetical (a condition, a modal of possibility or obligation, a clause inside a
 * condition, a deed asked for, a purpose infinitive), future ("will", "would" reported after a
 * past verb of saying, or an intent verb above it), threatened ("threatened to attack"), reported
 * (under a verb of saying with its speaker), else asserted. A bare verb coordinated with one that
 * has a modal or future auxiliary takes that verb's mode, as does a "to" infinitive coordinated with
 * another verb's infinitive complement. Stateless; thread-safe.
 */
public final class ModeReader {
  private static final Set<String> FUTURE_AUX = Lexicon.words("future-auxiliary");
  /** Modifiers saying a deed named by a noun has not happened ("potential talks"). */
  private static final Set<String> UNREALISED = Lexicon.words("unrealised-modifier");
  /** Modals of possibility and obligation: "could strike", "should withdraw", "must be protected" did not happen. */
  private static final Set<String> HYPOTHETICAL_AUX = Lexicon.words("hypothetical-auxiliary");
  /** Verbs whose infinitive names a deed threatened, not done ("threatened to attack"). */
  private static final Set<String> THREAT_VERBS = Lexicon.words("threat-verb");
  /** Verbs whose clause names a deed wanted, not done ("demand that X release ..."). */
  private static final Set<String> DESIRE_VERBS = Lexicon.words("desire-verb");
  /**
   * Verbs and adjectives of intent or readiness whose infinitive is a deed to come ("vowed to
   * retaliate", "offered to mediate", "is ready to host talks"): CAMEO's intents (03x).
   */
  private static final Set<String> INTENT_VERBS = Lexicon.words("intent-verb", "readiness-word");
  /** Words of an offer or readiness: what they offer binds the offerer only ("offered to host talks"). */
  private static final Set<String> READINESS = Lexicon.words("readiness-word");
  /** Verbs of phase whose infinitive is the deed itself ("continue to launch"). */
  private static final Set<String> ASPECTUAL_VERBS = Lexicon.words("aspectual-verb");
  /** Verbs whose "that" clause is said not to have happened ("denied that its troops killed civilians"). */
  private static final Set<String> DENIAL_VERBS = Lexicon.words("denial-verb");

  /** The mode of the event of verb {@code v}. */
  public Mode mode(SentenceContext ctx, int v) {
    ParsedSentence s = ctx.sentence();
    if (sharesAuxiliary(s, v) || sharesInfinitive(s, v)) {
      return mode(ctx, s.head(v)); // "will recognise X and impose sanctions on Y": both are announced
    }
    if (isNegated(s, v) || isDenied(s, v)) {
      return new Mode(ModeKind.NEGATED, "");
    }
    for (var d : s.children(v)) {
      String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.relation().equals("mark") && (w.equals("if") || w.equals("unless"))) {
        return new Mode(ModeKind.HYPOTHETICAL, "");
      }
      if (d.relation().equals("aux") && w.equals("would") && backshifted(s, v)) {
        return new Mode(ModeKind.FUTURE, ""); // "said it would send aid": the reported "will send"
      }
      if (d.relation().equals("aux") && HYPOTHETICAL_AUX.contains(w)) {
        return new Mode(ModeKind.HYPOTHETICAL, "");
      }
      if (d.relation().equals("aux") && FUTURE_AUX.contains(w)) {
        return new Mode(ModeKind.FUTURE, "");
      }
    }
    if (insideCondition(s, v)) {
      return new Mode(ModeKind.HYPOTHETICAL, "");
    }
    String rel = s.relation(v);
    int up = s.head(v);
    if (rel.equals("xcomp") && up >= 0 && EventWords.lemmaIn(s, up, ASPECTUAL_VERBS)) {
      return mode(ctx, up); // "continue to launch missiles": the launching, in the mode of "continue"
    }
    if ((rel.equals("xcomp") || forSubjectInfinitive(s, v)) && up >= 0 && EventWords.lemmaIn(s, up, INTENT_VERBS)) {
      return new Mode(ModeKind.FUTURE, ""); // "vowed to lift", "vows for the bloc to lift the sanctions"
    }
    if (rel.equals("xcomp") && up >= 0 && EventWords.lemmaIn(s, up, THREAT_VERBS)) {
      return new Mode(ModeKind.THREATENED, ""); // "threatened to attack": the threat is the event (13x)
    }
    // "demanded that Syria release the journalists", "calls on the bloc to suspend its relations"
    // (an infinitive with its own subject, hung as an adverbial clause), "insisted on negotiating":
    // the deed asked for has not happened.
    boolean asked = rel.equals("ccomp")
        || rel.startsWith("advcl") && (EventWords.isToInfinitive(s, v) || isPrepositionalGerund(s, v));
    if (asked && up >= 0 && EventWords.lemmaIn(s, up, DESIRE_VERBS)) {
      return new Mode(ModeKind.HYPOTHETICAL, "");
    }
    if (isPurposeInfinitive(s, v)) {
      return new Mode(ModeKind.HYPOTHETICAL, "");
    }
    return reported(ctx, v);
  }

  /**
   * "Turkey said it would send aid", "announced that they would withdraw": "would" in the clause of
   * a past verb of saying is the reported "will" (the sequence of tenses), an intent, not a
   * possibility; "says it would consider" stays hypothetical.
   */
  private static boolean backshifted(ParsedSentence s, int v) {
    int up = s.head(v);
    return s.relation(v).equals("ccomp") && up >= 0 && s.token(up).pos().equals("VBD")
        && EventWords.lemmaIn(s, up, EventWords.SAY_VERBS);
  }

  /**
   * A bare verb coordinated with a verb that has a modal or future auxiliary, with no auxiliary or
   * subject of its own, shares that auxiliary ("will close its airspace and expel the diplomats",
   * "could attack X and block Y"); a finite verb ("did not attack and withdrew") does not.
   */
  private static boolean sharesAuxiliary(ParsedSentence s, int v) {
    int first = s.head(v);
    if (!s.relation(v).equals("conj") || first < 0 || !s.token(first).isVerb() || !s.token(v).pos().equals("VB")
        || !s.children(v, "aux").isEmpty() || !s.children(v, "nsubj").isEmpty()
        || !s.children(v, "nsubj:pass").isEmpty()) {
      return false;
    }
    for (int a : s.children(first, "aux")) {
      String w = s.token(a).word().toLowerCase(Locale.ROOT);
      if (FUTURE_AUX.contains(w) || HYPOTHETICAL_AUX.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A "to" infinitive coordinated with the infinitive complement of another verb, with no subject
   * of its own, complements that verb too ("agreed to stop the fighting and to hold talks": the
   * talks are agreed, not a purpose, as which a lone "to" infinitive would read).
   */
  private static boolean sharesInfinitive(ParsedSentence s, int v) {
    int first = s.head(v);
    return s.relation(v).equals("conj") && first >= 0 && s.relation(first).equals("xcomp")
        && EventWords.isToInfinitive(s, v) && s.children(v, "nsubj").isEmpty() && s.children(v, "aux").isEmpty();
  }

  private static boolean isNegated(ParsedSentence s, int v) {
    return noneDid(s, v) || EventWords.isNegatedByAdverb(s, v);
  }

  /**
   * "Kenya denied that its troops had killed civilians": the content of a denial is said not to
   * have happened, as "not" says it (the CAMEO manual codes the denial, 016, not the deed denied).
   */
  private static boolean isDenied(ParsedSentence s, int v) {
    int up = s.head(v);
    return s.relation(v).equals("ccomp") && up >= 0 && EventWords.lemmaIn(s, up, DENIAL_VERBS);
  }

  /**
   * "No Iranian missiles hit the base", "no soldiers were wounded": a subject that the determiner
   * "no" quantifies denies the deed as "not" does (a negative quantifier, as in the CAMEO manual's
   * rule that negated events are not coded).
   */
  private static boolean noneDid(ParsedSentence s, int v) {
    for (var d : s.children(v)) {
      if (d.relation().startsWith("nsubj")) {
        for (int det : s.children(d.dependent(), "det")) {
          if (s.token(det).word().equalsIgnoreCase("no")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Inside a condition: "will cease attacks if conditions are met, including for Israel to halt its
   * operations" does not report Israel halting anything (five steps up).
   */
  private static boolean insideCondition(ParsedSentence s, int v) {
    for (int a = s.head(v), i = 0; a >= 0 && i < 5; a = s.head(a), i++) {
      for (int m : s.children(a, "mark")) {
        String w = s.token(m).word().toLowerCase(Locale.ROOT);
        if (w.equals("if") || w.equals("unless")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A "to" infinitive with a subject of its own, hung as an adverbial clause ("vows for the
   * European Union to lift sanctions"): under an intent verb, the deed intended, as an infinitive
   * complement would name it.
   */
  private static boolean forSubjectInfinitive(ParsedSentence s, int v) {
    return s.relation(v).startsWith("advcl") && EventWords.isToInfinitive(s, v) && !s.children(v, "nsubj").isEmpty();
  }

  /**
   * A gerund after a preposition ("insisted on negotiating with Rwanda", "called for holding
   * talks"): under a verb of desire, the deed asked for, as an infinitive would name it.
   */
  private static boolean isPrepositionalGerund(ParsedSentence s, int v) {
    return s.token(v).pos().equals("VBG") && (!s.children(v, "case").isEmpty() || !s.children(v, "mark").isEmpty());
  }

  /**
   * An infinitive without its own subject and without an intent verb above it ("ways to enhance
   * cooperation") states a purpose, not a deed and not a declared intention.
   */
  private static boolean isPurposeInfinitive(ParsedSentence s, int v) {
    return s.children(v, "nsubj").isEmpty() && s.children(v, "nsubj:pass").isEmpty() && EventWords.isToInfinitive(s, v);
  }

  /**
   * The mode of a declaration made by the clause of {@code v} itself, whatever its tense or
   * negation ("Iran said it would not negotiate": the refusal is reported by Iran): reported under
   * a verb of saying, else asserted.
   */
  public Mode declared(SentenceContext ctx, int v) {
    return reported(ctx, v);
  }

  /** Reported: "X said Y attacked Z", or "Y attacked Z, X said" (parataxis); else asserted. */
  private Mode reported(SentenceContext ctx, int v) {
    ParsedSentence s = ctx.sentence();
    String rel = s.relation(v);
    int up = s.head(v);
    if ((rel.equals("ccomp") || rel.equals("dep") || rel.startsWith("advcl") || rel.equals("parataxis"))
        && up >= 0 && EventWords.isSaying(s, up)) {
      return new Mode(ModeKind.REPORTED, speaker(ctx, up));
    }
    for (var d : s.children(v)) {
      if (d.relation().equals("parataxis") && EventWords.isSaying(s, d.dependent())) {
        return new Mode(ModeKind.REPORTED, speaker(ctx, d.dependent()));
      }
    }
    return Mode.ASSERTED;
  }

  /**
   * The mode of a nominal event: hypothetical when a modifier says it has not happened ("potential
   * talks", lexicon class {@code unrealised-modifier}); negated or hypothetical when its governing
   * verb is ("did not carry out strikes"); future when it is the subject or object of a verb in
   * the future ("talks between X and Y will begin on Monday", "will host talks between X and Y",
   * coded as the intent, CAMEO 036), but hypothetical under an offer ("offered to host talks
   * between X and Y": X and Y have not agreed); else asserted.
   */
  public Mode nounMode(SentenceContext ctx, int n) {
    if (unrealised(ctx.sentence(), n)) {
      return new Mode(ModeKind.HYPOTHETICAL, ""); // "a potential second round of talks"
    }
    int up = ctx.sentence().head(n);
    if (askedFor(ctx.sentence(), n)) {
      return new Mode(ModeKind.HYPOTHETICAL, ""); // "calls for talks between X and Y": asked for, not held
    }
    if (up >= 0 && ctx.sentence().token(up).isVerb()) {
      Mode m = mode(ctx, up);
      if (m.kind() == ModeKind.NEGATED || m.kind() == ModeKind.HYPOTHETICAL) {
        return m;
      }
      String rel = ctx.sentence().relation(n);
      if (m.kind() == ModeKind.FUTURE && offeredOnly(ctx.sentence(), up)) {
        return new Mode(ModeKind.HYPOTHETICAL, ""); // "offered to host talks between X and Y": not agreed by X and Y
      }
      if (m.kind() == ModeKind.FUTURE && (rel.startsWith("nsubj") || rel.equals("obj"))) {
        return m; // "talks between X and Y will begin on Monday", "will host talks": to come
      }
    }
    return Mode.ASSERTED;
  }

  /**
   * A deed named by the object or the "for" complement of a verb of desire ("calls for talks
   * between Russia and Ukraine", "demanded the release of the hostages", "asked for military aid"):
   * the deed asked for has not happened, as in a clause under that verb.
   */
  private static boolean askedFor(ParsedSentence s, int n) {
    int up = s.head(n);
    String rel = s.relation(n);
    return up >= 0 && s.token(up).isVerb() && EventWords.lemmaIn(s, up, DESIRE_VERBS)
        && (rel.equals("obj") || rel.startsWith("obl") && s.hasCase(n, "for"));
  }

  /** Whether verb {@code v} is the infinitive of an offer or readiness ("offered to host", "ready to hold"). */
  private static boolean offeredOnly(ParsedSentence s, int v) {
    int up = s.head(v);
    return s.relation(v).equals("xcomp") && up >= 0 && EventWords.lemmaIn(s, up, READINESS);
  }

  /**
   * "potential talks", "a proposed round of talks", "planned strikes": a modifier that says the
   * deed has not happened, on the noun or on the head whose "of" complement it is.
   */
  private static boolean unrealised(ParsedSentence s, int n) {
    int h = n;
    for (int step = 0; step < 3 && h >= 0; step++) {
      for (int a : s.children(h, "amod")) {
        if (UNREALISED.contains(s.token(a).lemma().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      if (!(s.relation(h).equals("nmod") && s.hasCase(h, "of"))) {
        break;
      }
      h = s.head(h);
    }
    return false;
  }

  private static String speaker(SentenceContext ctx, int sayVerb) {
    for (int subj : ctx.sentence().children(sayVerb, "nsubj")) {
      return ctx.actor(subj).map(Actor::text).orElse(ctx.sentence().token(subj).word());
    }
    return "";
  }
}
