package org.casus.events.roles;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.casus.events.EventWords;
import org.casus.events.SentenceContext;
import org.casus.lexicon.Lexicon;
import org.casus.model.Actor;
import org.casus.model.CameoCode;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;

/**
 * "At least 21 people have died since gunmen stormed a hotel", "Scores of civilians were killed
 * when jets bombed a market": a deed of force with no target yet, tied by when/after/since/as to a
 * clause reporting deaths, targets the dead. The victims are the subject of that casualty clause;
 * when the subject names people with no role or nationality of their own ("21 people",
 * "hundreds", "57"), they are civilians with the country left open (CVL; unnamed victims are
 * civilians, as in ACLED's codebook), to be filled from the event's place.
 */
public final class CasualtyClauseVictims implements RoleRule {
  /** Subordinators that tie an attack to the deaths it caused ("died when gunmen stormed ..."). */
  private static final Set<String> CAUSE_MARKERS = Lexicon.words("cause-marker");
  /** Predicates that report deaths or injuries of their subject. */
  private static final Set<String> CASUALTY_WORDS = Lexicon.words("casualty-predicate");
  /** Heads that name people without a role: unnamed victims, civilians by default. */
  private static final Set<String> PEOPLE_WORDS = Lexicon.words("unnamed-people-word");

  @Override
  public String id() {
    return "target:casualty-clause-victims";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    if (!CameoCode.isForce(r.code().code()) || !r.targets().isEmpty()) {
      return r;
    }
    return victims(r.clause().ctx(), r.verb()).map(a -> r.withTargets(List.of(a))).orElse(r);
  }

  /**
   * @return the victims, or empty when the verb has no such subordinator or the sentence no
   *     casualty clause outside the verb's own phrase
   */
  private static Optional<Actor> victims(SentenceContext ctx, int v) {
    ParsedSentence s = ctx.sentence();
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
        if (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) {
          Optional<Actor> a = subjectVictims(ctx, d.dependent());
          if (a.isPresent()) {
            return a;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The victims a casualty clause's subject names: its actor, an "of" actor, or unnamed people. */
  private static Optional<Actor> subjectVictims(SentenceContext ctx, int subj) {
    ParsedSentence s = ctx.sentence();
    Optional<Actor> a = ctx.codedActor(subj);
    if (a.isEmpty()) {
      for (int c : s.children(subj, "nmod")) {
        a = ctx.codedActor(c); // "scores of civilians"
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
      return Optional.of(Actor.ofCode(s.textOf(from, to), Actor.UNKNOWN_COUNTRY + "CVL", s.spanOf(from, to),
          "victims-unnamed"));
    }
    return Optional.empty();
  }

  /** "died", "were killed", "were feared dead", "were confirmed killed": a clause that reports casualties. */
  private static boolean casualtyPredicate(ParsedSentence s, int h) {
    String lemma = s.token(h).lemma().toLowerCase(Locale.ROOT);
    if (CASUALTY_WORDS.contains(lemma)) {
      return lemma.equals("die") || lemma.equals("dead") || lemma.equals("perish") || s.isPassive(h);
    }
    for (var d : s.children(h)) {
      if ((d.relation().equals("xcomp") || d.relation().equals("dep"))
          && EventWords.lemmaIn(s, d.dependent(), CASUALTY_WORDS)) {
        return true;
      }
    }
    // "57 were confirmed killed": the parser may detach the participle from its auxiliary verb.
    return s.isPassive(h) && h + 1 < s.size() && EventWords.lemmaIn(s, h + 1, CASUALTY_WORDS);
  }
}
