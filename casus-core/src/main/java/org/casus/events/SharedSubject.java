package org.casus.events;

import java.util.OptionalInt;
import java.util.Set;
import org.casus.lexicon.Lexicon;
import org.casus.nlp.ParsedSentence;

/**
 * Where a verb without a subject of its own finds the subject it shares: through coordination,
 * open complements, participle clauses and a few attachments the parser gets wrong. Stateless.
 */
public final class SharedSubject {
  private SharedSubject() {}

  /** Participles that give a deed's outcome: "..., killing", "..., wounding", "..., destroying". */
  private static final Set<String> OUTCOME_PARTICIPLES = Lexicon.words("outcome-participle");

  /** Markers of a clause that gives the reason for a deed done to its object ("for killing", "over shooting"). */
  private static final Set<String> REASON_MARKERS = Lexicon.words("reason-marker");
  /** Tags of finite verbs. */
  private static final Set<String> FINITE = Set.of("VBZ", "VBP", "VBD");

  /**
   * The verb whose subject a subjectless verb {@code v} shares, or -1, a few steps up: through
   * conjunction, open complements, participle clauses (advcl) and verbal obliques. An outcome
   * participle ({@link #OUTCOME_PARTICIPLES}: "..., killing 23 civilians") also shares the subject
   * of the deed's verb when the parser hangs it as a bare dep of that verb or, after a comma, on a
   * noun ("Russian forces shelled a market in Idlib, killing 23 civilians": the forces killed, not
   * the market). Other participles after a comma ("..., citing concerns") are left alone: their
   * subject is not reliably the verb's. A reason clause of a verb with an object ("sentenced the
   * gunman for killing two lawmakers", {@code reason-marker}) shares no subject: its doer is the object.
   */
  public static int holder(ParsedSentence s, int v) {
    int cur = v;
    boolean outcome = s.token(v).pos().equals("VBG") && EventWords.lemmaIn(s, v, OUTCOME_PARTICIPLES);
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
      // "ministers meeting in Brussels condemned ...", "a delegation led by the speaker arrives in
      // ...": the parser may hang the finite verb as a "dep" of the participle that really modifies
      // the subject (a present participle, or a past one with its "by" agent); the verb shares its subject.
      boolean detachedFromParticiple = rel.equals("dep") && s.token(cur).isVerb()
          && (s.token(up).pos().equals("VBG") || s.token(up).pos().equals("VBN") && reducedRelative(s, up));
      if ((rel.startsWith("obl") || rel.startsWith("advcl")) && REASON_MARKERS.contains(s.caseWord(cur))
          && !s.children(up, "obj").isEmpty()) {
        // "a judge sentenced the gunman for killing two lawmakers": the deed the object is punished,
        // praised or blamed for is the object's, not the subject's
        return -1;
      }
      if (rel.equals("conj") && lostReason(s, up, cur)) {
        return -1;
      }
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

  /**
   * "sentences X to life for killing A and wounding B", the parser hanging "wounding" on
   * "sentences": a participle coordinated with a finite verb, a reason's preposition and its
   * participle between them ("for killing"), belongs to the reason (whose doer is the object), not
   * to the finite verb.
   */
  private static boolean lostReason(ParsedSentence s, int finite, int participle) {
    if (!s.token(participle).pos().equals("VBG") || !FINITE.contains(s.token(finite).pos())) {
      return false;
    }
    for (int i = finite + 1; i < participle; i++) {
      if (s.token(i).pos().equals("IN") && REASON_MARKERS.contains(s.token(i).word().toLowerCase(java.util.Locale.ROOT))
          && s.token(i + 1).pos().equals("VBG")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "a delegation led by the speaker": a past participle with its "by" agent right after the noun
   * the parser made its subject ("Rebuked by its foe, the state ..." is a fronted clause, not this).
   */
  private static boolean reducedRelative(ParsedSentence s, int v) {
    return s.children(v, "obl").stream().anyMatch(k -> s.hasCase(k, "by"))
        && s.children(v, "nsubj").stream().anyMatch(n -> n == v - 1);
  }

  /**
   * "X is about to restore ties ...": the "be" right before "about to" holds the subject of the
   * verb, wherever the parser attached the infinitive (it may hang it off a later clause).
   *
   * @return the "be" token, or -1 when {@code v} has no "about" right after a "be" with a subject
   */
  public static int beAboutTo(ParsedSentence s, int v) {
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
   * its subject does not act in it. The same holds for any verb whose object is owned ("rejects
   * Trump's demand to send troops": the demand's owner would send them, not the one who rejects).
   *
   * @param v the subjectless verb
   * @param holder the verb whose subject {@code v} would share ({@link #holder})
   */
  public static OptionalInt misattachedNounComplement(ParsedSentence s, int v, int holder) {
    boolean saying = EventWords.isSaying(s, holder) && !s.token(holder).lemma().equalsIgnoreCase("tell");
    int cur = v;
    while (s.head(cur) != holder && s.relation(cur).equals("conj") && s.head(cur) >= 0) {
      cur = s.head(cur);
    }
    if (s.head(cur) != holder || !s.relation(cur).equals("xcomp")) {
      return OptionalInt.empty();
    }
    for (int o : s.children(holder, "obj")) {
      if (s.token(o).isNoun() && o < cur && (saying || !s.children(o, "nmod:poss").isEmpty())) {
        return OptionalInt.of(o);
      }
    }
    return OptionalInt.empty();
  }
}
