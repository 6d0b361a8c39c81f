package org.casus.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.casus.lexicon.Lexicon;
import org.casus.model.Quantity;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;

/**
 * Reads killed and wounded counts for an event from its sentence's dependency parse.
 *
 * <p><b>Arrests and displacement</b> (issue 5): arrest, detain, apprehend, jail, imprison, abduct,
 * kidnap (arrested) and displace, uproot, evacuate, flee (displaced) are read the same way, but
 * only from anchors connected to the trigger; they never make a count cumulative or a statistic.
 *
 * <p><b>Anchors.</b> Casualty words: the verbs kill, murder, massacre, slay, die, perish (killed);
 * wound, injure, hurt, maim (wounded); the adjectives or nouns dead, death(s), fatalities, death
 * toll / toll (killed) and injured, wounded, injuries (wounded). "Casualties" mixes killed and
 * wounded and is not read.
 *
 * <p><b>Whose count.</b> An anchor counts for the trigger when it is the trigger, lies above it
 * in the tree ("soldiers <i>died</i> when fighters <b>ambushed</b>"), or, for a violent trigger,
 * below it without passing another violent word (a light verb's object excepted: "<b>carried
 * out</b> airstrikes ... which <i>killed</i>") or a clausal complement ("a report <b>said</b> eight
 * <i>died</i>"). When the trigger itself is violent (attack, strike, bombing, clash ...) and no
 * anchor of a kind is connected, any anchor of that kind in the sentence counts ("the sentence
 * reports the trigger's violence"). A non-violent trigger ("condemned", "arrested", "met") gets
 * only connected anchors, so "condemned the attack that killed 3" gives the condemnation no
 * count.
 *
 * <p><b>The count.</b> Active verbs count their object, passive verbs and "die" their subject
 * (or, for an infinitive with no subject, the object that controls it: "forcing 2,000 residents to
 * flee"),
 * "feared dead" and "confirmed killed" the subject of the raising verb, "dead ... numbered 1,450"
 * and "the toll reached / rose to N" the number of the governing verb. A noun's count is its
 * numeric modifier, or the noun itself when it is a number or an ACLED vague plural ("Scores of
 * civilians"). Coordinated counts are summed ("two generals ... as well as five of their
 * officers" = 7; named victims carry no number and are not added); "including 8 children" is a
 * subset and is not. A hedged count ("feared dead", "believed killed") gives way to a plain one
 * ("confirmed killed"); otherwise the anchor nearest the trigger in the tree wins. Numbers that no
 * casualty word governs (arrests, ordinals, years, "by six wickets") are never read.
 *
 * <p><b>Qualifiers</b> (ACLED codes the most conservative figure, "Fatalities", ACLED Knowledge
 * Base, 2023, updated 2024-05-07): "at least N" = [N, open); "more than / over N" = [N+1, open);
 * "up to N" = [1, N]; "about / around / nearly / some N" = N qualified {@code about}; "between A
 * and B", "A to B" = [A, B] {@code range}; vague plurals per {@link NumberWords#vague}.
 *
 * <p>Stateless and thread-safe.
 */
public final class CasualtyReader {
  private static final Set<String> KILL_VERBS = Lexicon.words("kill-verb");
  private static final Set<String> DIE_VERBS = Lexicon.words("die-verb");
  private static final Set<String> WOUND_VERBS = Lexicon.words("wound-verb");
  private static final Set<String> ARREST_VERBS = Lexicon.words("arrest-verb");
  private static final Set<String> DISPLACE_VERBS = Lexicon.words("displace-verb");
  private static final Set<String> KILL_NOUNS = Lexicon.words("killed-noun");
  private static final Set<String> WOUND_NOUNS = Lexicon.words("wounded-noun");
  private static final Set<String> TOLL_NOUNS = Lexicon.words("toll-noun");
  /** Verbs whose object or oblique gives a toll subject's number: "dead numbered 1,450". */
  private static final Set<String> TOLL_VERBS = Lexicon.words("toll-verb");
  /** Raising verbs: "feared dead", "confirmed killed", "reported killed", "left 12 dead". */
  private static final Set<String> RAISING = Lexicon.words("raising-verb");
  private static final Set<String> HEDGES = Lexicon.words("hedge-word");
  static final Set<String> VIOLENCE = Lexicon.words("violence-word");
  private static final Set<String> LIGHT_VERBS = Lexicon.words("casualty-light-verb");
  private static final Set<String> WAR_NOUNS = Lexicon.words("war-noun");


  private enum Kind { KILLED, WOUNDED, ARRESTED, DISPLACED }

  /** Creates a reader. Cheap; holds no state. */
  public CasualtyReader() {}

  /**
   * The casualty counts {@code s} gives for the event whose trigger is token {@code trigger}.
   *
   * @param s the parsed sentence
   * @param trigger token index of the event's verb or noun, {@code 0 <= trigger < s.size()}
   * @return the counts, never null; {@link Casualties#NONE} when the sentence gives none
   * @throws IllegalArgumentException if {@code trigger} is not a token index of {@code s}
   */
  public Casualties read(ParsedSentence s, int trigger) {
    return read(s, trigger, false);
  }

  /**
   * As {@link #read(ParsedSentence, int)}, for an event whose code may say it is a deed of force
   * when its word does not: with {@code force} (CAMEO 18-20, as the caller codes it) and a
   * participle of killing or wounding right under the trigger, the trigger is read as a violent
   * one, so that participle gives its counts ("rebels capture the city, killing 19 and injuring
   * 37": the capture is coded 192, and "capture" is no word of violence).
   *
   * @param force whether the event is a deed of force by its code
   * @throws IllegalArgumentException if {@code trigger} is not a token index of {@code s}
   */
  public Casualties read(ParsedSentence s, int trigger, boolean force) {
    Objects.requireNonNull(s);
    if (trigger < 0 || trigger >= s.size()) {
      throw new IllegalArgumentException("trigger " + trigger + " outside sentence of " + s.size() + " tokens");
    }
    boolean violentTrigger = violent(s, trigger) || force && harmParticipleBelow(s, trigger);
    List<Integer> used = new ArrayList<>();
    Optional<Quantity> killed = pick(s, trigger, Kind.KILLED, violentTrigger, used);
    Optional<Quantity> wounded = pick(s, trigger, Kind.WOUNDED, violentTrigger, used);
    // Arrests and displacement: only anchors connected to the trigger count, never loose ones; a
    // violent trigger reaches down its own clauses ("attacked the village, forcing 2,000 to flee").
    Optional<Quantity> arrested = pick(s, trigger, Kind.ARRESTED, violentTrigger, new ArrayList<>());
    Optional<Quantity> displaced = pick(s, trigger, Kind.DISPLACED, violentTrigger, new ArrayList<>());
    if (killed.isEmpty() && wounded.isEmpty()) {
      return arrested.isEmpty() && displaced.isEmpty() ? Casualties.NONE
          : new Casualties(killed, wounded, arrested, displaced, false, false);
    }
    boolean cumulative = cumulative(s, used);
    boolean toll = used.stream().anyMatch(a -> TOLL_NOUNS.contains(lemma(s, a)));
    boolean statistic = (cumulative || toll) && !violentScope(s, used, trigger, violentTrigger);
    return new Casualties(killed, wounded, arrested, displaced, cumulative, statistic);
  }

  // ---- anchors

  private Optional<Quantity> pick(ParsedSentence s, int trigger, Kind kind, boolean violentTrigger, List<Integer> used) {
    List<Integer> connected = new ArrayList<>();
    List<Integer> loose = new ArrayList<>();
    for (int a = 0; a < s.size(); a++) {
      if (kind(s, a) != kind) {
        continue;
      }
      if (connected(s, a, trigger, violentTrigger)) {
        if ((kind == Kind.ARRESTED || kind == Kind.DISPLACED) && a != trigger && s.dominates(trigger, a)
            && !s.children(a, "nsubj").isEmpty()) {
          continue; // "attacked a post, where police later arrested 12": another deed, with its own actor
        }
        connected.add(a);
      } else if (violentTrigger && !ownedByOtherViolence(s, a, trigger)) {
        loose.add(a);
      }
    }
    boolean looseAllowed = kind == Kind.KILLED || kind == Kind.WOUNDED; // arrests, displacement: connected only
    List<Integer> pool = connected.isEmpty() && looseAllowed ? loose : connected;
    Quantity best = null;
    int bestAnchor = -1;
    int bestScore = Integer.MAX_VALUE;
    for (int a : pool) {
      Optional<Quantity> q = count(s, a, kind);
      if (q.isEmpty()) {
        continue;
      }
      int score = treeDistance(s, a, trigger) + (hedged(s, a) ? 1000 : 0);
      if (score < bestScore) {
        best = q.get();
        bestAnchor = a;
        bestScore = score;
      }
    }
    if (bestAnchor >= 0) {
      used.add(bestAnchor);
    }
    return Optional.ofNullable(best);
  }

  private static Kind kind(ParsedSentence s, int i) {
    Token t = s.token(i);
    String l = t.lemma().toLowerCase(Locale.ROOT);
    String w = t.word().toLowerCase(Locale.ROOT);
    if (t.isVerb()) {
      if (KILL_VERBS.contains(l) || DIE_VERBS.contains(l)) {
        return Kind.KILLED;
      }
      if (WOUND_VERBS.contains(l)) {
        return Kind.WOUNDED;
      }
      if (ARREST_VERBS.contains(l)) {
        return Kind.ARRESTED;
      }
      if (DISPLACE_VERBS.contains(l)) {
        return Kind.DISPLACED;
      }
      return null;
    }
    if (t.pos().startsWith("JJ") || t.isNoun()) {
      if (KILL_NOUNS.contains(l) || KILL_NOUNS.contains(w) || w.equals("deaths") || w.equals("fatalities")) {
        return Kind.KILLED;
      }
      if (WOUND_NOUNS.contains(l) || WOUND_NOUNS.contains(w) || w.equals("injuries")) {
        return Kind.WOUNDED;
      }
    }
    return null;
  }

  /** Whether a present participle of killing or wounding hangs right under {@code trigger} ("..., killing 19"). */
  private static boolean harmParticipleBelow(ParsedSentence s, int trigger) {
    for (var d : s.children(trigger)) {
      int k = d.dependent();
      if (s.token(k).pos().equals("VBG") && (kind(s, k) == Kind.KILLED || kind(s, k) == Kind.WOUNDED)) {
        return true;
      }
    }
    return false;
  }

  private static boolean violent(ParsedSentence s, int i) {
    String l = lemma(s, i);
    if (VIOLENCE.contains(l) || VIOLENCE.contains(s.token(i).word().toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (LIGHT_VERBS.contains(l)) {
      for (int o : s.children(i, "obj")) {
        if (VIOLENCE.contains(lemma(s, o))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The anchor is the trigger, above it, or (for a violent trigger) below it without passing
   * another violent word or a reported proposition.
   */
  private static boolean connected(ParsedSentence s, int a, int trigger, boolean violentTrigger) {
    if (a == trigger || s.dominates(a, trigger)) {
      return true;
    }
    if (!violentTrigger || !s.dominates(trigger, a)) {
      return false;
    }
    for (int cur = a; cur >= 0 && cur != trigger; cur = s.head(cur)) {
      if (s.relation(cur).equals("ccomp") || s.relation(cur).equals("parataxis")) {
        return false; // a reported or separate proposition: "the report said eight died"
      }
      if (cur == a) {
        continue;
      }
      boolean lightObject = LIGHT_VERBS.contains(lemma(s, trigger)) && s.head(cur) == trigger
          && s.relation(cur).startsWith("obj");
      if (violent(s, cur) && kind(s, cur) == null && !lightObject) {
        return false;
      }
    }
    return true;
  }

  /** A loose anchor whose own subject or agent is a different violent word belongs to that event. */
  private static boolean ownedByOtherViolence(ParsedSentence s, int a, int trigger) {
    for (var d : s.children(a)) {
      String rel = d.relation();
      if ((rel.equals("nsubj") || rel.equals("obl:agent") || rel.equals("obl")) && d.dependent() != trigger
          && violent(s, d.dependent()) && !s.dominates(d.dependent(), trigger)) {
        return true;
      }
    }
    return false;
  }

  // ---- the count of an anchor

  private Optional<Quantity> count(ParsedSentence s, int a, Kind kind) {
    List<Integer> heads = argumentHeads(s, a);
    if (heads.isEmpty()) {
      heads = governorHeads(s, a);
    }
    heads = clausalTollHeads(s, a, heads);
    if (heads.isEmpty()) {
      heads = lateHeads(s, a);
    }
    return NumberReader.sum(s, heads);
  }

  /**
   * The phrases that carry the count among the anchor's own arguments: an active verb's object
   * (and counts coordinated with it), else its subject (a passive's, or "die"'s), else for "flee"
   * and "die" under a verb the controlling object ("forcing 2,000 residents to flee"), else the
   * anchor itself when it carries a number ("12 dead"), else a numeric oblique ("up to 40 wounded").
   */
  private static List<Integer> argumentHeads(ParsedSentence s, int a) {
    List<Integer> heads = new ArrayList<>();
    Token t = s.token(a);
    String l = lemma(s, a);
    boolean passive = s.isPassive(a);
    boolean subjectCounts = DIE_VERBS.contains(l) || l.equals("flee");
    if (t.isVerb() && !subjectCounts && !passive) {
      heads.addAll(s.children(a, "obj"));
      for (int c : s.children(a, "conj")) {
        if (!s.token(c).isVerb() && (NumberReader.isNumber(s, c) || s.token(c).isNoun())) {
          heads.add(c);
        }
      }
    }
    if (heads.isEmpty()) {
      heads.addAll(s.children(a, "nsubj:pass"));
      for (int c : s.children(a, "nsubj")) {
        if (s.relation(c).equals("nsubj") && !(t.isVerb() && !subjectCounts && !passive && !t.pos().equals("VBN"))) {
          heads.add(c);
        }
      }
    }
    if (heads.isEmpty() && subjectCounts && s.relation(a).equals("xcomp") && s.head(a) >= 0) {
      heads.addAll(s.children(s.head(a), "obj")); // "forcing 2,000 residents to flee": the object controls
    }
    if (heads.isEmpty()) {
      if (!s.children(a, "nummod").isEmpty()) {
        heads.add(a); // "12 dead", "45 deaths": the anchor carries its number
      }
      for (int c : s.children(a, "amod")) {
        if (NumberReader.isNumber(s, c)) {
          heads.add(a);
          break;
        }
      }
    }
    if (heads.isEmpty()) {
      for (int c : s.children(a, "obl")) {
        boolean between = s.children(c, "case").stream().anyMatch(x -> lemma(s, x).equals("between"));
        if (NumberReader.isNumber(s, c) || between) {
          heads.add(c); // "up to 40 wounded"; "Between 10 and 15 people were killed" misparsed as an oblique
        }
      }
    }
    return heads;
  }

  /**
   * The count given by the anchor's governor: the subject of a raising verb ("were feared dead",
   * "left 12 dead"), the number a toll verb reaches ("dead numbered 1,450", "the toll rose to 45"),
   * a number the anchor is the subject of ("the toll is 45"), the noun "dead" modifies after
   * "leaving".
   */
  private static List<Integer> governorHeads(ParsedSentence s, int a) {
    List<Integer> heads = new ArrayList<>();
    int gov = s.head(a);
    if (gov < 0) {
      return heads;
    }
    String rel = s.relation(a);
    String gl = lemma(s, gov);
    if ((rel.equals("xcomp") || rel.startsWith("obj")) && RAISING.contains(gl)) {
      heads.addAll(s.children(gov, "nsubj:pass"));
      if (heads.isEmpty() && rel.equals("xcomp")) {
        heads.addAll(s.children(gov, "obj"));
      }
    } else if ((rel.equals("nsubj") || rel.equals("nsubj:pass") || rel.equals("csubj")) && TOLL_VERBS.contains(gl)) {
      heads.addAll(NumberReader.numbersOf(s, gov, "obj"));
      heads.addAll(NumberReader.numbersOf(s, gov, "obl"));
    } else if (rel.equals("nsubj") && NumberReader.isNumber(s, gov)) {
      heads.add(gov); // "the toll is 45"
    } else if (rel.equals("amod") && a > gov && s.relation(gov).startsWith("obj") && s.head(gov) >= 0
        && RAISING.contains(lemma(s, s.head(gov)))) {
      heads.add(gov); // "leaving twelve soldiers dead", with "dead" parsed as the noun's modifier
    }
    return heads;
  }

  /**
   * "rebel dead from ... numbered 1,450" parsed as a clause of "dead", or with "rebel dead ..." as a
   * clausal subject of the toll verb: the toll verb's number, in place of {@code heads}.
   */
  private static List<Integer> clausalTollHeads(ParsedSentence s, int a, List<Integer> heads) {
    if (s.token(a).isVerb()) {
      return heads;
    }
    List<Integer> out = heads;
    for (var c : s.children(a)) {
      List<Integer> n = Set.of("ccomp", "dep").contains(c.relation()) && TOLL_VERBS.contains(lemma(s, c.dependent()))
          ? NumberReader.numbersOf(s, c.dependent(), "obj") : List.of();
      if (!n.isEmpty()) {
        out = new ArrayList<>(n);
      }
    }
    int up = s.head(a);
    if (up >= 0 && s.relation(a).equals("csubj") && TOLL_VERBS.contains(lemma(s, up))
        && !NumberReader.numbersOf(s, up, "obj").isEmpty()) {
      out = new ArrayList<>(NumberReader.numbersOf(s, up, "obj"));
    }
    return out;
  }

  /** "57 were confirmed killed" with "killed" torn from "confirmed"; "a death toll of 45". */
  private static List<Integer> lateHeads(ParsedSentence s, int a) {
    List<Integer> heads = new ArrayList<>();
    if (s.token(a).pos().equals("VBN") && a > 0 && RAISING.contains(lemma(s, a - 1))
        && s.token(a - 1).pos().equals("VBN")) {
      heads.addAll(s.children(a - 1, "nsubj:pass"));
    }
    if (heads.isEmpty()) {
      for (int c : s.children(a, "nmod")) {
        if (NumberReader.isNumber(s, c)) {
          heads.add(c);
        }
      }
    }
    return heads;
  }

  // ---- period and perpetrator

  private static boolean hedged(ParsedSentence s, int a) {
    int cur = a;
    for (int depth = 0; cur >= 0 && depth < 3; depth++) {
      if (HEDGES.contains(lemma(s, cur))) {
        return true;
      }
      for (int c : s.children(cur, "aux")) {
        if (HEDGES.contains(lemma(s, c))) {
          return true;
        }
      }
      cur = s.head(cur);
    }
    return false;
  }

  private static boolean cumulative(ParsedSentence s, List<Integer> anchors) {
    for (int i = 0; i < s.size(); i++) {
      String w = s.token(i).word().toLowerCase(Locale.ROOT);
      String next = i + 1 < s.size() ? s.token(i + 1).word().toLowerCase(Locale.ROOT) : "";
      if (w.equals("since") && s.relation(i).equals("mark") && violent(s, s.head(i))) {
        continue; // "have died since gunmen stormed a hotel": the toll of one deed, not of a period
      }
      if (w.equals("cumulative") || w.equals("since") || (w.equals("so") && next.equals("far"))
          || (w.equals("to") && next.equals("date"))) {
        return true;
      }
    }
    for (int a : anchors) {
      int verb = s.token(a).isVerb() ? a : s.head(a);
      if (verb < 0 || !perfect(s, verb)) {
        continue;
      }
      int top = verb;
      while (s.relation(top).equals("conj") && s.head(top) >= 0) {
        top = s.head(top); // "have been killed and 6,100 people wounded in the war"
      }
      for (int i : s.subtree(top)) {
        if (WAR_NOUNS.contains(lemma(s, i)) && s.token(i).isNoun()) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean perfect(ParsedSentence s, int verb) {
    int cur = verb;
    for (int depth = 0; cur >= 0 && depth < 3; depth++) {
      for (int c : s.children(cur, "aux")) {
        if (Set.of("have", "has", "had").contains(s.token(c).word().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      if (!s.relation(cur).equals("conj")) {
        return false;
      }
      cur = s.head(cur);
    }
    return false;
  }

  /** Is there a violent event the counts belong to: the trigger, or a violent word around an anchor? */
  private static boolean violentScope(ParsedSentence s, List<Integer> anchors, int trigger, boolean violentTrigger) {
    if (violentTrigger && kind(s, trigger) == null) {
      return true;
    }
    for (int a : anchors) {
      int top = a;
      while (s.head(top) >= 0 && !s.token(top).isVerb()) {
        top = s.head(top);
      }
      while (s.relation(top).equals("conj") && s.head(top) >= 0) {
        top = s.head(top);
      }
      for (int i : s.subtree(top)) {
        if (i != a && violent(s, i) && kind(s, i) == null) {
          return true;
        }
      }
      // an active killing with a subject has a perpetrator: "Israeli strikes killed 20"
      if (s.token(a).isVerb() && !s.children(a, "nsubj").isEmpty() && KILL_VERBS.contains(lemma(s, a))) {
        return true;
      }
    }
    return false;
  }


  private static int treeDistance(ParsedSentence s, int a, int b) {
    List<Integer> up = new ArrayList<>();
    for (int cur = a, steps = 0; cur >= 0 && steps <= s.size(); cur = s.head(cur), steps++) {
      up.add(cur);
    }
    for (int cur = b, steps = 0; cur >= 0 && steps <= s.size(); cur = s.head(cur), steps++) {
      int k = up.indexOf(cur);
      if (k >= 0) {
        return k + steps;
      }
    }
    return s.size() * 2;
  }

  private static String lemma(ParsedSentence s, int i) {
    return s.token(i).lemma().toLowerCase(Locale.ROOT);
  }
}
