package org.casus.events.pattern;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.casus.events.Convention;
import org.casus.events.EventWords;
import org.casus.events.SentenceContext;
import org.casus.events.SharedSubject;
import org.casus.lexicon.Lexicon;
import org.casus.model.CameoCode;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;
import org.casus.trace.DropReason;

/**
 * Finds the verb dictionary entry of a trigger and the pattern that codes its clause (CAMEO 2.0
 * verb patterns, TABARI/PETRARCH syntax): {@code * (FOR &CEASEFIRE)} matches a "for" complement
 * headed by a ceasefire word. A matched object belongs to the pattern and is not the target
 * ("burned flags"). With no pattern the verb's own code applies; {@code ---} codes and patterns
 * mean "no event", and a saying verb without a pattern is no event (CAMEO 01x needs what was said).
 *
 * <p>Rule ids in the trace: {@value #LOOKUP}, {@value #PATTERN}. Stateless; thread-safe.
 */
public final class VerbPatternMatcher {
  /**
   * Verbs of receiving ("received assurances from Iran"): a pattern CAMEO 2.0 writes with a passive
   * code only ({@code :030} for OBTAIN * ASSURANCE) is the giver's deed to the receiver, read as
   * the passive of giving; the code's rule then ends in {@value #RECEIVED}.
   */
  private static final Set<String> RECEIVE_VERBS = Lexicon.words("receive-verb");
  /** Nouns of time: a bare preposition of a pattern does not take a phrase of time ("for the first time"). */
  private static final Set<String> TIME_NOUNS = Lexicon.words("time-noun");
  /**
   * Prepositions of the other party: a bare pattern term with one of them ("COMPROMISE * (WITH)",
   * "CONSPIRE * (AGAINST)") asks for the preposition only, in every convention, and its phrase is
   * the target ("negotiated with the rebels"), as CAMEO 1.1b3 codes the party one deals with or acts
   * against.
   */
  private static final Set<String> PARTY_PREPS = Lexicon.words("party-preposition");
  /** Quantity and group nouns ("dozens of", "a crowd of"): lexicon {@code partitive-head}. */
  private static final Set<String> PARTITIVE_HEADS = Lexicon.words("partitive-head");
  /** Rule suffix of a code read from a receiving verb's passive-only pattern (giver to receiver). */
  public static final String RECEIVED = "+received";

  /** Trace id of the dictionary lookup of a trigger. */
  public static final String LOOKUP = "verb:entry";
  /** Trace id of the pattern choice. */
  public static final String PATTERN = "verb:pattern";

  private final VerbDictionary verbs;
  private final Convention convention;

  /**
   * @param verbs the verb dictionary
   * @param convention how patterns are read ({@link Convention#readsPatternsAsWordSequences})
   */
  public VerbPatternMatcher(VerbDictionary verbs, Convention convention) {
    this.verbs = verbs;
    this.convention = convention;
  }

  /** The dictionary. */
  public VerbDictionary verbs() {
    return verbs;
  }

  /**
   * A trigger's entry and the tokens of its other words.
   *
   * @param entry the entry
   * @param consumed tokens of the entry's other words ("for" of "call for"); empty for one word
   */
  public record VerbLookup(VerbEntry entry, Set<Integer> consumed) {
    public VerbLookup {
      consumed = Set.copyOf(consumed);
    }
  }

  /**
   * The entry of the verb at {@code v}: a multi-word verb whose other words the clause has, else
   * (by {@link Convention#matchesWrittenForms}) a headword written as the word is, else the
   * lemma's, else the word as written (the tagger's lemma may be wrong for an irregular form).
   *
   * @return empty when the verb is in no entry
   */
  public Optional<VerbLookup> lookup(ParsedSentence s, int v) {
    String lemma = s.token(v).lemma().toUpperCase(Locale.ROOT);
    for (VerbEntry e : verbs.multiwordVerbs(lemma)) {
      List<Integer> others = multiwordTokens(s, v, e);
      if (!others.isEmpty() || e.words().size() == 1) {
        return Optional.of(new VerbLookup(e, new HashSet<>(others)));
      }
    }
    Optional<VerbEntry> entry = surfaceHeadword(s, v).or(() -> verbs.verb(lemma));
    if (entry.isEmpty()) {
      entry = verbs.verbForm(s.token(v).word().toUpperCase(Locale.ROOT));
    }
    return entry.map(e -> new VerbLookup(e, Set.of()));
  }

  /**
   * The code of the clause of verb {@code v}: the best-matching pattern's, else the entry's own.
   *
   * @param passive whether the clause is passive (a pattern's passive code applies)
   * @return empty, with the reason in the trace, when the clause carries no event code
   */
  public Optional<VerbCode> code(SentenceContext ctx, int v, VerbLookup l, boolean passive) {
    ParsedSentence s = ctx.sentence();
    boolean receiving = !passive && EventWords.lemmaIn(s, v, RECEIVE_VERBS);
    Optional<PatternMatch> pm = bestPattern(s, v, l.entry(), passive || receiving, l.consumed());
    if (receiving && pm.isPresent() && !pm.get().pattern().codeActive().isEmpty()) {
      pm = bestPattern(s, v, l.entry(), false, l.consumed()); // a pattern of its own for the active verb
    }
    Set<Integer> consumed = new HashSet<>(l.consumed());
    String code;
    String rule;
    Optional<PairedCode> paired;
    boolean compoundSlot = false;
    if (pm.isPresent()) {
      boolean received = receiving && pm.get().pattern().codeActive().isEmpty();
      code = pm.get().pattern().code(passive || received);
      rule = pm.get().pattern().id() + (received ? RECEIVED : "");
      consumed.addAll(pm.get().tokens());
      paired = PairedCode.of(pm.get().pattern(), convention.readsPairedCodes());
      compoundSlot = verbs.needsCompoundSubject(pm.get().pattern());
      if (ctx.trace().on()) {
        ctx.step(v, PATTERN, rule + " " + code);
      }
    } else {
      code = activeCode(l.entry().code(), passive);
      rule = l.entry().rule();
      paired = PairedCode.of(l.entry().code(), convention.readsPairedCodes());
      if (code.startsWith("01")) {
        drop(ctx, v, DropReason.SAYING_WITHOUT_PATTERN, rule);
        return Optional.empty();
      }
    }
    if (paired.isPresent()) {
      code = paired.get().forward();
    }
    if (code.isEmpty() || code.startsWith("-") || !CameoCode.isEventCode(code)) {
      drop(ctx, v, DropReason.NOT_AN_EVENT_CODE, rule + " '" + code + "'");
      return Optional.empty();
    }
    return Optional.of(new VerbCode(l.entry(), pm, code, rule, consumed, paired, compoundSlot));
  }

  private static void drop(SentenceContext ctx, int v, DropReason reason, String detail) {
    if (ctx.trace().on()) {
      ctx.trace().drop(ctx.sentence().index(), v, reason, detail);
    }
  }

  /**
   * By {@link Convention#matchesWrittenForms}, a verb form listed as a headword of its own
   * ("LEFT", "MET", "RISEN", next to LEAVE and MEET) is that entry, not its lemma's. Empty
   * otherwise, or when the form is the lemma or no headword.
   */
  private Optional<VerbEntry> surfaceHeadword(ParsedSentence s, int v) {
    if (!convention.matchesWrittenForms()) {
      return Optional.empty();
    }
    Token t = s.token(v);
    if (t.word().equalsIgnoreCase(t.lemma())) {
      return Optional.empty();
    }
    return verbs.verb(t.word().toUpperCase(Locale.ROOT));
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

  /** Tokens that realise the other words of a multi-word verb ("for" of "call for"), or empty. */
  private List<Integer> multiwordTokens(ParsedSentence s, int v, VerbEntry e) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < e.words().size(); i++) {
      if (i == e.inflectedIndex()) {
        continue;
      }
      String w = e.words().get(i);
      int hit = particleOrMarker(s, v, w);
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

  /** The last particle, adverb, or case or mark word of a complement of {@code v} that is {@code w}; -1 when none. */
  private static int particleOrMarker(ParsedSentence s, int v, String w) {
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
    return hit;
  }

  private Optional<PatternMatch> bestPattern(ParsedSentence s, int v, VerbEntry entry, boolean passive,
      Set<Integer> skip) {
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
          : matchTerm(s, term, termHeads(s, term, after, used), used, skip, false, bareSlot(p));
      if (hit.isEmpty()) {
        return Optional.empty();
      }
      used.addAll(hit.get());
      score += 1 + termSize(term) * 2;
    }
    List<Integer> before = beforeVerbHeads(s, v, passive);
    for (PatternTerm term : p.before()) {
      Optional<List<Integer>> hit = term.sequence() ? SequenceMatcher.match(s, v, term, false, skip, verbs)
          : matchTerm(s, term, before, used, skip, passive, bareSlot(p));
      if (hit.isEmpty()) {
        return Optional.empty();
      }
      // A word before the verb describes the subject ("&AIRCRAFT * " = an aircraft crashed):
      // it is not consumed, the subject stays the source.
      score += 1 + termSize(term) * 2;
    }
    if (p.after().isEmpty() && p.before().isEmpty() && !compound) {
      return Optional.empty();
    }
    return Optional.of(new PatternMatch(p, used, score));
  }

  private static int termSize(PatternTerm term) {
    return term.sequence() ? SequenceMatcher.size(term) : term.words().size();
  }

  /**
   * A phrase that names a deed, not a party: a gerund ("against lifting the sanctions"), or a noun
   * that a gerund modifies, as the parser often attaches it ("against lifting Iraq sanctions").
   */
  private static boolean namesDeed(ParsedSentence s, int h) {
    return s.token(h).isVerb() || s.children(h, "amod").stream().anyMatch(a -> s.token(a).pos().equals("VBG"));
  }

  /**
   * By {@link Convention#readsPatternsAsWordSequences}, for a pattern without TABARI slot markers:
   * a bare prepositional term ("AGREE * (WITH)") takes only its preposition, leaving its phrase to
   * be the target. A marked term ("(IN ^) +": skip this phrase, the target follows) keeps its
   * whole phrase.
   */
  public boolean bareSlot(VerbPattern p) {
    return convention.readsPatternsAsWordSequences() && !verbs.hasSlotMarkers(p);
  }

  /** Whether the verb's subject (its own or the one it shares) is coordinated: "A and B agree". */
  private static boolean hasCompoundSubject(ParsedSentence s, int v) {
    List<Integer> subjects = new ArrayList<>(s.children(v, "nsubj"));
    if (subjects.isEmpty()) {
      int up = SharedSubject.holder(s, v);
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
    if (convention.readsPatternsAsWordSequences()) {
      // PETRARCH matches a pattern against the words after the verb: a prepositional phrase of the
      // object ("an attack by X") follows the verb as much as one of the verb.
      for (int o : s.children(v, "obj")) {
        out.addAll(s.children(o, "nmod"));
      }
    }
    return out;
  }

  private static List<Integer> beforeVerbHeads(ParsedSentence s, int v, boolean passive) {
    List<Integer> out = new ArrayList<>();
    for (var d : s.children(v)) {
      String r = d.relation();
      if ((!passive && r.equals("nsubj")) || (passive && r.startsWith("obl") && s.hasCase(d.dependent(), "by"))) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /**
   * The phrases a term after the verb may match: the verb's complements, and by
   * {@link Convention#readsPatternsAsWordSequences}, for a prepositional term, also the
   * prepositional phrases inside the phrases the earlier terms matched (PETRARCH-2 reads
   * "welcomed economic memos from X" as the noun phrase "memos" followed by the phrase "from X",
   * pattern {@code * {&TIETYPES MEMOS} (FROM)}).
   */
  private List<Integer> termHeads(ParsedSentence s, PatternTerm term, List<Integer> after, List<Integer> used) {
    if (!term.isPrepositional() || !convention.readsPatternsAsWordSequences() || used.isEmpty()) {
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
   * Matches one pattern term against the verb's complements; returns the tokens used.
   *
   * @param byAgent the heads are a passive verb's "by" agents, which stand for the active subject
   *     ("killed by a bomb" matches "&amp;WEAPON *"), so their preposition is not a mismatch
   */
  private Optional<List<Integer>> matchTerm(ParsedSentence s, PatternTerm term, List<Integer> heads,
      List<Integer> used, Set<Integer> skip, boolean byAgent, boolean bareSlot) {
    for (int h : heads) {
      if (used.contains(h) || skip.contains(h)) {
        continue;
      }
      if (term.prepositions().isEmpty()) {
        if (s.caseOrMark(h) >= 0 && !s.relation(h).equals("obj") && !(byAgent && s.hasCase(h, "by"))) {
          continue;
        }
        Optional<List<Integer>> w = matchWords(s, h, term);
        if (w.isPresent()) {
          return w;
        }
        continue;
      }
      int prep = s.caseOrMark(h);
      if (prep < 0 || !containsIgnoreCase(term.prepositions(), s.token(prep).word())) {
        // "(UP ...)" and "(OFF)" may be particles rather than prepositions.
        if (!(s.relation(h).equals("compound:prt") && containsIgnoreCase(term.prepositions(), s.token(h).word())
            && term.words().isEmpty())) {
          continue;
        }
        return Optional.of(List.of(h));
      }
      if (term.words().isEmpty() && (EventWords.isTime(s, h) || EventWords.lemmaIn(s, h, TIME_NOUNS))) {
        continue; // "strikes Beirut for the first time" is no "* (FOR)" (111, criticise for)
      }
      if (term.words().isEmpty()) {
        // By the PETRARCH convention a bare "(BY)" or "(WITH)" in a pattern without slot markers
        // asks for the preposition only: its object may still be the target ("condemned an attack
        // by X", "agrees with A and B"). A marked term ("(AT ^)": skip this actor) keeps its phrase.
        // A preposition of the other party before a noun ("negotiated with the rebels", not "voted
        // against lifting the sanctions") does so in every convention.
        boolean leavesTarget = bareSlot
            || PARTY_PREPS.contains(s.token(prep).word().toLowerCase(Locale.ROOT)) && !namesDeed(s, h);
        return Optional.of(List.of(leavesTarget ? prep : h));
      }
      Optional<List<Integer>> w = matchWords(s, h, term);
      if (w.isPresent()) {
        List<Integer> hit = new ArrayList<>(w.get());
        hit.add(prep);
        return Optional.of(hit);
      }
    }
    return Optional.empty();
  }

  /**
   * {@code c}, a complement of noun {@code h}, when it matches {@code word}; else, when {@code h} is
   * a quantity or group noun (lexicon {@code partitive-head}), the first of {@code c}'s conjuncts
   * that does ("dozens of students and demonstrators"; not "persecution of girls and the
   * community"); else -1.
   */
  private int ofWordOrConjunct(ParsedSentence s, int h, int c, String word) {
    if (wordMatches(s.token(c), word)) {
      return c;
    }
    if (!PARTITIVE_HEADS.contains(s.token(h).lemma().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    for (int k : s.children(c, "conj")) {
      if (wordMatches(s.token(k), word)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The words of a term against the phrase headed by {@code h}: the last word is the head, or the
   * noun of its "of" complement (a quantity: "a barrage of drones"), or a noun coordinated with it
   * (the verb acts on each: "signed the exchange and truce deal").
   */
  private Optional<List<Integer>> matchWords(ParsedSentence s, int h, PatternTerm term) {
    List<String> words = term.words();
    if (!term.phrase() && words.size() > 1) {
      return wordsInOrder(s, h, words);
    }
    String last = words.get(words.size() - 1);
    int head = h;
    boolean conjunct = false;
    if (!wordMatches(s.token(head), last)) {
      // "a barrage of drones": the head may be a quantity noun; accept a match on its "of" complement.
      head = -1;
      for (int c : s.children(h, "nmod")) {
        if (head < 0) {
          head = ofWordOrConjunct(s, h, c, last);
        }
      }
      for (int c : s.children(h, "conj")) {
        // "signed the prisoner release and ceasefire deal": the verb acts on each conjunct of its object
        if (head < 0 && s.token(c).isNoun() && wordMatches(s.token(c), last)) {
          head = c;
          conjunct = true;
        }
      }
      if (head < 0) {
        return Optional.empty();
      }
    }
    List<Integer> hits = new ArrayList<>();
    hits.add(head);
    if (head != h && !(conjunct && s.token(h).isProperNoun())) {
      // the quantity noun belongs to the matched phrase, as does a common noun coordinated with the
      // matched one ("the prisoner transfer and extradition treaty"): neither is a target; a name
      // coordinated with it may be ("condemned Israel and the attack")
      hits.add(h);
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
    return Optional.of(hits);
  }

  /** Bare words in sequence ("* TO CONGRATULATE"): each must appear in the complement, in order. */
  private Optional<List<Integer>> wordsInOrder(ParsedSentence s, int h, List<String> words) {
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

  /** True when {@code list} holds {@code w}, ignoring letter case. */
  public static boolean containsIgnoreCase(List<String> list, String w) {
    for (String x : list) {
      if (x.equalsIgnoreCase(w)) {
        return true;
      }
    }
    return false;
  }
}
