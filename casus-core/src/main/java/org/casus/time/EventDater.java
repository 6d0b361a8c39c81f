package org.casus.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.casus.lexicon.Lexicon;
import org.casus.model.DateBasis;
import org.casus.model.EventDate;
import org.casus.nlp.ParsedSentence;

/**
 * Dates an event: the day it happened, not the day it was reported.
 *
 * <p>Order of evidence, first that applies wins:
 * <ol>
 *   <li><b>Attached expression</b> (basis TEXT): a date expression whose head reaches the trigger
 *       through the dependency tree (obl:tmod, obl "on/in", nmod:tmod, nmod:poss "Saturday's
 *       fighting", or any depth of nominal modifiers "the meeting ... on Friday") without passing
 *       through the verb of another clause. Clauses that describe the trigger itself do not
 *       block: a relative clause of the trigger noun ("the attack that killed 3 on Monday"), a
 *       "dated" participle ("a statement dated 04-Mar-24") and a beginning ("the war that
 *       Israel began on October 7"). For a nominal trigger, expressions attached the same way to
 *       its governing verb count too, after its own. The nearest in the tree wins.</li>
 *   <li><b>Sentence expression</b> (basis TEXT): the only expression of the sentence that belongs
 *       to the trigger's clause or to a clause above it (not across a relative clause about a
 *       person, organisation or place), or, for a trigger in the perfect ("have been killed"),
 *       that dates a beginning ("since October", "the war that began on October 7"). An expression owned by a reporting verb
 *       ("officials said on Wednesday that ...") dates the report and is not used.</li>
 *   <li><b>Story time</b> (basis STORY_CONTEXT, DAY): the {@link StoryTime} anchor, except for
 *       future-tense triggers and for an anchor set by this very sentence's expression of another
 *       clause (not a report's, a notice's or a beginning's: see {@code ownDayOfAnotherClause}).
 *       An expression that refers back to the story's day ("the same day", "that night", "the
 *       next day", "the day before") is resolved against that anchor, with the expression kept;
 *       with no anchor it is not used.</li>
 *   <li><b>Article date</b> (basis ARTICLE_DATE, DAY), or {@link EventDate#UNKNOWN} without one.</li>
 * </ol>
 *
 * <p>An expression is resolved for the trigger's tense (see {@link TemporalExpression#resolve}:
 * weekdays backwards for the past, forwards for the future; a month or day without a year is the
 * nearest past one for the past tense). A beginning ("since X", "began on X") that is not itself
 * the trigger gives the range {@code [X, article date]}: cumulative tolls cover the whole period.
 * A past-tense event never gets a date after the article date. Without an article date only
 * expressions with an explicit year are used. Month-name tokens that are part of a person's name
 * are never dates (see {@link DateNames}).
 *
 * <p>Stateless and thread-safe.
 */
public final class EventDater {
  private static final Set<String> REPORTING = Lexicon.words("saying-verb");
  private static final Set<String> BEGINNING = Lexicon.words("beginning-word");
  /** Verbs that evaluate a deed named in their object (CAMEO 05x praise, 11x disapprove). */
  private static final Set<String> EVALUATION = Lexicon.words("evaluation-word");
  /** Nouns naming a dated deed or act: attacks and strikes, and the acts evaluated ("condemnation", "decision"). */
  private static final Set<String> DEEDS = Lexicon.words("deed-word");
  /** Relative-clause verbs that only date their head noun: "the bombing that happened on June 27". */
  private static final Set<String> HAPPENING = Lexicon.words("happening-verb");

  /** Creates a dater. Cheap; holds no state. */
  public EventDater() {}

  /**
   * The date of the event whose trigger is token {@code trigger} of {@code s}.
   *
   * @param s the parsed sentence
   * @param trigger token index of the event's verb or noun, {@code 0 <= trigger < s.size()}
   * @param articleDate the publication date; empty leaves relative expressions unresolved
   * @param story what earlier sentences established ({@link StoryTime#EMPTY} for the first)
   * @return the date, never null; {@link EventDate#UNKNOWN} when nothing supports one
   * @throws IllegalArgumentException if {@code trigger} is not a token index of {@code s}
   */
  public EventDate date(ParsedSentence s, int trigger, Optional<LocalDate> articleDate, StoryTime story) {
    Objects.requireNonNull(s);
    Objects.requireNonNull(articleDate);
    Objects.requireNonNull(story);
    if (trigger < 0 || trigger >= s.size()) {
      throw new IllegalArgumentException("trigger " + trigger + " outside sentence of " + s.size() + " tokens");
    }
    Tense tense = Tense.of(s, trigger);
    List<TemporalExpression> all = TemporalExpression.find(s);

    TemporalExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    int clause = Trees.clauseHead(s, trigger);
    for (TemporalExpression e : all) {
      if (displaced(s, e, trigger)) {
        continue;
      }
      int d = distance(s, e.head(s), trigger);
      if (d < 0 && clause >= 0 && clause != trigger && !Trees.isClauseVerb(s, trigger)) {
        int viaVerb = distance(s, e.head(s), clause);
        d = viaVerb < 0 ? -1 : viaVerb + s.size(); // the trigger's own modifiers first
      }
      if (d >= 0 && (d < bestDistance || (d == bestDistance
          && Math.abs(e.first() - trigger) < Math.abs(best.first() - trigger)))) {
        best = e;
        bestDistance = d;
      }
    }
    if (best != null && anaphoricOffset(best.text()).isPresent()) {
      // "the same day", "the next day": the day the story has reached, not the article's
      Optional<EventDate> r = fromStory(best, story, articleDate);
      if (r.isPresent()) {
        return r.get();
      }
      best = null;
    }
    if (best != null) {
      Optional<EventDate> r = resolve(s, best, trigger, tense, articleDate);
      if (r.isPresent()) {
        return r.get();
      }
    }
    List<TemporalExpression> sentenceLevel = new ArrayList<>();
    for (TemporalExpression e : all) {
      if (anaphoricOffset(e.text()).isPresent()) {
        continue; // resolved against the story above, or not at all
      }
      if (modifiesOtherNoun(s, e.head(s), trigger) || displaced(s, e, trigger)) {
        continue; // "the 2022 pipeline explosions": that year dates the explosions only
      }
      int owner = Trees.clauseHead(s, e.head(s));
      boolean ownerAbove = owner < 0 || (s.dominates(owner, trigger) && !describedBy(s, owner, trigger));
      boolean reported = owner >= 0 && owner != trigger && REPORTING.contains(s.token(owner).lemma());
      if ((ownerAbove && !reported) || (beginning(s, e, trigger) && perfect(s, trigger))) {
        sentenceLevel.add(e);
      }
    }
    if (sentenceLevel.size() == 1 && sentenceLevel.get(0) != best) {
      Optional<EventDate> r = resolve(s, sentenceLevel.get(0), trigger, tense, articleDate);
      if (r.isPresent()) {
        return r.get();
      }
    }
    if (story.anchor().isPresent() && tense != Tense.FUTURE && !ownDayOfAnotherClause(s, trigger, all, story, articleDate)
        && (articleDate.isEmpty() || !story.anchor().get().value().orElseThrow().isAfter(articleDate.get()))) {
      EventDate a = story.anchor().get();
      return EventDate.day(a.value().orElseThrow(), DateBasis.STORY_CONTEXT, a.expression());
    }
    return articleDate.map(d -> EventDate.day(d, DateBasis.ARTICLE_DATE, "")).orElse(EventDate.UNKNOWN);
  }

  /**
   * Whether the story's day is this sentence's own, set by an expression of another clause, one
   * that does not dominate the trigger ("return the remains ... in exchange for Hamas returning
   * three bodies yesterday", "expels four diplomats after Iran expelled two envoys yesterday") or a
   * noun's ("in response to yesterday's attack"): that day must not come back as the story's to
   * date the main verb. A report's day ("officials said on Wednesday that ...", "..., a senior
   * official said on Saturday"), a notice's ("in a notice dated 11-Feb-24, police said ...") and a
   * beginning's ("during a visit starting on Sunday") stay the story's day.
   *
   * @param all the sentence's temporal expressions ({@link TemporalExpression#find})
   */
  private static boolean ownDayOfAnotherClause(ParsedSentence s, int trigger, List<TemporalExpression> all,
      StoryTime story, Optional<LocalDate> articleDate) {
    if (all.isEmpty() || !StoryTime.EMPTY.update(s, articleDate).anchor().equals(story.anchor())) {
      return false; // a sentence with no expression of its own set no day
    }
    String expression = story.anchor().orElseThrow().expression();
    for (TemporalExpression e : all) {
      if (!e.text().equals(expression)) {
        continue;
      }
      int owner = Trees.clauseHead(s, e.head(s));
      if (modifiesOtherNoun(s, e.head(s), trigger)) {
        return true;
      }
      String lemma = owner < 0 ? "" : s.token(owner).lemma();
      return owner >= 0 && !s.dominates(owner, trigger) && !HAPPENING.contains(lemma) && !REPORTING.contains(lemma)
          && !BEGINNING.contains(lemma); // "..., a senior official said on Saturday", "a visit starting on Sunday"
    }
    return false;
  }

  /**
   * Days after the story's day that an expression refers back to: 0 for "the same day", "that
   * day", "that night"; 1 for "the next day", "the following day", "the day after"; -1 for "the
   * previous day", "the day before". Empty for any other expression.
   */
  static Optional<Integer> anaphoricOffset(String text) {
    String t = text.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").trim();
    if (t.matches("(the )?same (day|night|morning|afternoon|evening)|that (day|night|morning|afternoon|evening)")) {
      return Optional.of(0);
    }
    if (t.matches("the (next|following) (day|morning)|the day after")) {
      return Optional.of(1);
    }
    if (t.matches("the (previous|preceding) day|the day before")) {
      return Optional.of(-1);
    }
    return Optional.empty();
  }

  /** The story's day moved by the expression's offset (basis STORY_CONTEXT); empty without a story day. */
  private static Optional<EventDate> fromStory(TemporalExpression e, StoryTime story, Optional<LocalDate> articleDate) {
    if (story.anchor().isEmpty() || story.anchor().get().value().isEmpty()) {
      return Optional.empty();
    }
    LocalDate d = story.anchor().get().value().get().plusDays(anaphoricOffset(e.text()).orElseThrow());
    if (articleDate.isPresent() && d.isAfter(articleDate.get())) {
      return Optional.empty();
    }
    return Optional.of(EventDate.day(d, DateBasis.STORY_CONTEXT, e.text()));
  }

  private Optional<EventDate> resolve(ParsedSentence s, TemporalExpression e, int trigger, Tense tense,
      Optional<LocalDate> articleDate) {
    if (articleDate.isEmpty()) {
      // Only an absolute expression with its year written out can stand without a reference day.
      if (e.timex().matches("\\d{4}-\\d{2}-\\d{2}") && e.text().matches(".*(\\d{4}|\\d{1,2}-[A-Za-z]+-\\d{2}).*")) {
        return Optional.of(EventDate.day(LocalDate.parse(e.timex()), DateBasis.TEXT, e.text()));
      }
      return Optional.empty();
    }
    LocalDate ref = articleDate.get();
    // A beginning is dated as past whatever the trigger's tense: "the war that began on October 7".
    Tense t = beginning(s, e, trigger) ? Tense.PAST : tense;
    Optional<EventDate> d = e.resolve(ref, t);
    if (d.isEmpty() || !beginning(s, e, trigger)) {
      return d;
    }
    LocalDate from = d.get().earliest().orElseThrow();
    return from.isAfter(ref) ? Optional.empty() : Optional.of(EventDate.range(from, ref, DateBasis.TEXT, e.text()));
  }

  /** The trigger's clause (or the clause it is coordinated with) is in the perfect: "have been killed". */
  private static boolean perfect(ParsedSentence s, int trigger) {
    int v = Trees.clauseHead(s, trigger);
    for (int depth = 0; v >= 0 && depth < 3; depth++) {
      if (Trees.childWord(s, v, "aux", Set.of("have", "has", "had", "'ve")) >= 0) {
        return true;
      }
      if (!s.relation(v).equals("conj")) {
        return false;
      }
      v = s.head(v);
    }
    return false;
  }

  /**
   * True when the path from {@code trigger} up to {@code owner} leaves a relative clause that
   * describes a person, organisation or place ("Guy, who has published 300 papers, died on
   * Monday": the publishing is not dated by the death). A relative clause on an event noun ("the
   * airstrikes ..., which killed") is dated by its head's clause.
   */
  private static boolean describedBy(ParsedSentence s, int owner, int trigger) {
    int cur = trigger;
    for (int steps = 0; cur >= 0 && cur != owner && steps <= s.size(); steps++) {
      boolean who = false;
      for (var d : s.children(cur)) {
        String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
        who |= w.equals("who") || w.equals("whom") || w.equals("whose"); // a relative clause about a person, however labelled
      }
      if (who && Trees.isClauseVerb(s, cur)) {
        return true;
      }
      if (s.relation(cur).startsWith("acl") && s.head(cur) >= 0) {
        String ner = s.token(s.head(cur)).ner();
        if (ner.equals("PERSON") || ner.equals("ORGANIZATION") || ner.equals("LOCATION")) {
          return true;
        }
      }
      cur = s.head(cur);
    }
    return false;
  }

  /**
   * True when {@code e} dates the start of something ongoing that is not the trigger itself:
   * "since October", "since the protests began in January", "the war that Israel began on
   * October 7".
   */
  private static boolean beginning(ParsedSentence s, TemporalExpression e, int trigger) {
    int h = e.head(s);
    if (Trees.childWord(s, h, "case", Set.of("since")) >= 0
        || (e.first() > 0 && s.token(e.first() - 1).word().toLowerCase(Locale.ROOT).equals("since"))) {
      return !s.dominates(h, trigger);
    }
    int owner = Trees.clauseHead(s, h);
    if (owner < 0 || owner == trigger) {
      return false;
    }
    return BEGINNING.contains(s.token(owner).lemma())
        || Trees.childWord(s, owner, "mark", Set.of("since")) >= 0;
  }

  /**
   * True when {@code e} is attached to an evaluation verb ("hailed", "condemned") but stands right
   * after the verb's object, and that object holds a deed below its head ("hailed China's stance
   * ... and its condemnation of the airstrike ... earlier this month"), while {@code trigger} lies
   * outside the object. The parser attaches such a trailing date high; by right association it
   * dates the nested deed, and an evaluation is reported on the day it is made. The deed (inside
   * the object) still reaches the date through the verb, as before.
   */
  private static boolean displaced(ParsedSentence s, TemporalExpression e, int trigger) {
    int h = e.head(s);
    int verb = s.head(h);
    if (verb < 0 || !EVALUATION.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT))
        || !(s.relation(h).startsWith("obl") || s.relation(h).endsWith("tmod"))) {
      return false;
    }
    for (int obj : s.children(verb, "obj")) {
      List<Integer> phrase = s.subtree(obj);
      if (phrase.contains(trigger) || phrase.get(phrase.size() - 1) + 1 != e.first()) {
        continue;
      }
      for (int n : phrase) {
        if (n != obj && s.token(n).isNoun() && DEEDS.contains(s.token(n).lemma().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Tree steps from {@code from} up to {@code target}, -1 when the path leaves through the verb of
   * a clause that does not describe {@code target} (see the class comment) or never reaches it.
   */
  /** Relations by which a date modifies a noun ("2022 break", "Saturday's fighting"). */
  private static final java.util.Set<String> NOUN_MODIFIERS = java.util.Set.of("compound", "amod", "nummod", "nmod:poss");

  /** True when the date at {@code head} modifies a noun other than the trigger ("Ukraine's 2022 break"). */
  private static boolean modifiesOtherNoun(ParsedSentence s, int head, int trigger) {
    int up = s.head(head);
    return up >= 0 && up != trigger && s.token(up).isNoun() && NOUN_MODIFIERS.contains(s.relation(head));
  }

  private static int distance(ParsedSentence s, int from, int target) {
    if (modifiesOtherNoun(s, from, target)) {
      return -1; // "Ukraine's 2022 break in ties": the year dates the break, not what it modifies
    }
    int cur = from;
    for (int steps = 0; cur >= 0 && steps <= s.size(); steps++) {
      if (cur == target) {
        return steps;
      }
      if (cur != from && Trees.isClauseVerb(s, cur) && !transparent(s, cur, target)) {
        return -1;
      }
      cur = s.head(cur);
    }
    return -1;
  }

  /** A clause verb on the way to {@code target} that still describes it. */
  private static boolean transparent(ParsedSentence s, int verb, int target) {
    String rel = s.relation(verb);
    boolean adnominal = rel.equals("acl") || rel.startsWith("acl:");
    if (!adnominal) {
      return false;
    }
    return s.head(verb) == target || HAPPENING.contains(s.token(verb).lemma()) || BEGINNING.contains(s.token(verb).lemma());
  }
}
