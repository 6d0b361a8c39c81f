package org.casus.events.roles;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.casus.events.EventWords;
import org.casus.events.SentenceContext;
import org.casus.events.SharedSubject;
import org.casus.lexicon.Lexicon;
import org.casus.model.Actor;
import org.casus.model.CameoCode;
import org.casus.nlp.ParsedSentence;

/**
 * "Israeli jets struck a building in Damascus", "drones hit an oil depot in Bryansk, Russia",
 * "airstrikes on several towns in the south": a deed of force (CAMEO 18-20) with a coded source
 * whose object, or whose place complement, names a place or a thing in a place but no actor
 * targets the country that holds the place, as CAMEO coders code an attack on a location (the
 * codebook's targets are states and their parts, not buildings or towns).
 *
 * <p>The events stage does not see the gazetteer, so this rule leaves the target as the phrase in
 * no known country (code {@code ---}, no sector, rule {@code held-place}); the article stage gives
 * it the country of the event's place ({@link org.casus.actors.article.PlaceCountry}), and with no
 * place of known country the event drops as a role with no country. A place "abducted" (181, from
 * a pattern of the doer such as CAMEO 2.0's MILITANTS *) or seized (171: "rebels capture the town
 * of X", "China seizes the reef") is territory occupied, the manual's 192; a seizure's object must
 * name a place, and only where deeds are coded without a target
 * ({@link org.casus.events.Convention#codesDeedsWithoutTarget}), since a place of no known country
 * leaves the seizure with none.
 *
 * <p>The verb must name its own doer (a subject, or a passive's "by" agent), and no participle of
 * harm may name the deed's victims ("shelled a market, killing eleven civilians": the civilians
 * are the target). A weapon ("fired rockets"), people ("killed one person"), a time, a sum of
 * money, an event noun ("died in airstrikes") and a thing a pronoun owns ("their own trenches")
 * name no place. Applies only where actors are read with the article's world
 * ({@link org.casus.events.Convention#readsArticleWorld}). Stateless; thread-safe.
 */
public final class HeldPlace implements RoleRule {
  /** The rule suffix of the pending target, completed by the article stage. */
  public static final String RULE = "held-place";

  /** Prepositions of a phrase that can name where a deed of force landed. */
  private static final Set<String> PLACE_PREPS = Lexicon.words("held-place-preposition");
  /** Things fired or thrown: the object of "fired rockets" is no place. */
  private static final Set<String> WEAPONS = Lexicon.words("weapon-noun");
  /** Words for people ("one person", "three others", "residents"): people are no place. */
  private static final Set<String> PEOPLE = Lexicon.words("unnamed-people-word", "generic-people-noun");
  /**
   * Towns, villages, camps, bases, positions: a pattern word that is one still names the place the
   * deed landed on ("captured the town of X", "attacked a camp in Y", "* CAMP" and "* &TOWN" in
   * CAMEO 2.0's patterns).
   */
  private static final Set<String> PLACE_PATTERN_NOUNS = Lexicon.words("locality-noun", "place-pattern-noun");
  /** Verbs of harm to people: a participle of one gives the deed's victims. */
  private static final Set<String> HARM_VERBS = Lexicon.words("harm-verb");
  /** CAMEO 181 "Abduct, hijack, or take hostage". */
  private static final String ABDUCT = "181";
  /** CAMEO 171 "Seize or damage property". */
  private static final String SEIZE = "171";
  /** Named-entity tags of a place's name. */
  private static final Set<String> PLACE_NAME_TAGS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY",
      "GPE");
  /** CAMEO 192 "Occupy territory". */
  private static final String OCCUPY = "192";

  @Override
  public String id() {
    return "target:held-place";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    boolean seizure = r.code().code().equals(SEIZE) && f.convention().codesDeedsWithoutTarget();
    if (!f.convention().readsArticleWorld() || !(CameoCode.isForce(r.code().code()) || seizure)
        || !r.targets().isEmpty() || r.sources().stream().noneMatch(Actor::isCoded)) {
      return r;
    }
    VerbClause c = r.clause();
    ParsedSentence s = c.s();
    if (!ownAgent(c) || victimsNamed(s, c.verb()) || EventWords.namesEachOther(s, c.verb())) {
      return r;
    }
    for (int o : c.objects()) {
      // a pattern's own word may be the place itself ("captured the towns of X and Y", CAPTURE * TOWN)
      boolean place = !c.consumed().contains(o)
          || PLACE_PATTERN_NOUNS.contains(s.token(o).lemma().toLowerCase(Locale.ROOT));
      if (place && f.nouns().at(s, o).isEmpty() && (!seizure || namesPlace(s, o))) {
        Optional<Actor> t = pending(s, o);
        if (t.isPresent()) {
          return found(r, t.get());
        }
      }
    }
    if (!c.objects().isEmpty() || seizure) {
      return r;
    }
    for (int k : s.children(c.verb(), "obl")) {
      if (!c.consumed().contains(k) && PLACE_PREPS.contains(s.caseWord(k)) && f.nouns().at(s, k).isEmpty()) {
        Optional<Actor> t = pending(s, k);
        if (t.isPresent()) {
          return found(r, t.get());
        }
      }
    }
    return r;
  }

  /**
   * Whether the verb names its own doer: a subject of the active verb, a "by" agent of the passive
   * one. A source shared from another clause ("were kidnapped and found dead in the town") may be
   * the victims of a passive, not the doers.
   */
  private static boolean ownAgent(VerbClause c) {
    ParsedSentence s = c.s();
    if (!c.passive()) {
      return !s.children(c.verb(), "nsubj").isEmpty();
    }
    return c.hasByAgent();
  }

  /**
   * "shelled a market in Abeche, killing eleven civilians": a participle of harm that shares this
   * verb's subject names the deed's victims, and that is the event, not the market.
   */
  private static boolean victimsNamed(ParsedSentence s, int v) {
    for (int t = 0; t < s.size(); t++) {
      if (s.token(t).pos().equals("VBG") && EventWords.lemmaIn(s, t, HARM_VERBS) && SharedSubject.holder(s, t) == v) {
        return true;
      }
    }
    return false;
  }

  private ClauseRoles found(ClauseRoles r, Actor t) {
    SentenceContext ctx = r.clause().ctx();
    if (ctx.trace().on()) {
      ctx.step(r.clause().verb(), id(), "'" + t.text() + "' in the country of the event's place");
    }
    if (r.code().code().startsWith(ABDUCT) || r.code().code().equals(SEIZE)) {
      // "militants capture the town of X": CAMEO 2.0's MILITANTS * gives 181 and CAPTURE gives 171,
      // but a place taken is territory occupied, the manual's 192, not people abducted nor
      // property seized
      r = r.withCode(r.code().withCode(OCCUPY, r.code().rule() + "+" + RULE));
    }
    return r.withTargets(List.of(t));
  }


  /**
   * The pending target of the phrase headed by {@code h}: the phrase in no known country, or empty
   * when it is a weapon, a time or a sum.
   *
   * @param s the sentence
   * @param h head of the object or place phrase of a deed of force
   */
  public static Optional<Actor> pending(ParsedSentence s, int h) {
    String lemma = s.token(h).lemma().toLowerCase(Locale.ROOT);
    if (WEAPONS.contains(lemma) || PEOPLE.contains(lemma) || EventWords.isTime(s, h) || s.token(h).pos().equals("CD")
        || s.token(h).pos().startsWith("PRP") || ownedBySomeone(s, h)) {
      return Optional.empty();
    }
    List<Integer> sub = s.subtree(h);
    int from = sub.get(0);
    while (from < h && (s.relation(from).equals("case") || s.relation(from).equals("mark"))) {
      from++;
    }
    int to = sub.get(sub.size() - 1);
    return Optional.of(Actor.ofCode(s.textOf(from, to), Actor.UNKNOWN_COUNTRY, s.spanOf(from, to), RULE));
  }

  /**
   * Whether the object {@code o} of a seizure names a place: a name tagged as a place ("seized the
   * Fiery Cross Reef"), a proper name with no tag (a town unknown to the NER models), a place word
   * ("the town", "an airbase") or a name in apposition to one ("Nyamilima, a town"). A seized boat,
   * cargo or sum is property (CAMEO 171, 1711).
   */
  private static boolean namesPlace(ParsedSentence s, int o) {
    String ner = s.token(o).ner();
    return PLACE_NAME_TAGS.contains(ner) || s.token(o).isProperNoun() && ner.equals("O")
        || PLACE_PATTERN_NOUNS.contains(s.token(o).lemma().toLowerCase(Locale.ROOT))
        || s.children(o, "appos").stream().anyMatch(a -> PLACE_PATTERN_NOUNS.contains(s.token(a).lemma()));
  }

  /**
   * "their own trenches", "its positions": a thing a pronoun owns belongs to an actor the resolver
   * could not name, perhaps the doer itself; its place says nothing of the target.
   *
   * @param s the sentence
   * @param h head of a noun phrase
   * @return whether a possessive pronoun or "own" modifies {@code h}
   */
  public static boolean ownedBySomeone(ParsedSentence s, int h) {
    for (var d : s.children(h)) {
      String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if ((d.relation().equals("nmod:poss") && s.token(d.dependent()).pos().startsWith("PRP")) || w.equals("own")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the noun phrase complement {@code k} (an {@code nmod}) can name where a deed landed. */
  public static boolean placeComplement(ParsedSentence s, int k) {
    return s.caseOrMark(k) >= 0 && PLACE_PREPS.contains(s.caseWord(k));
  }

}
