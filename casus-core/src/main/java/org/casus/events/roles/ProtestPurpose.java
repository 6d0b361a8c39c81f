package org.casus.events.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casus.events.EventWords;
import org.casus.events.SentenceContext;
import org.casus.lexicon.Lexicon;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;

/**
 * The target of a protest (CAMEO 14) given only by its purpose clause: "walked off the job to
 * protest the new rules" names no actor, "to protest automation plans by terminal operators"
 * names the operators. The purpose verb's object when it is an actor, else the actor that
 * object's "by", "of" or "from" complement names, or the "by" agent of a participle on it ("a pay
 * freeze ordered by the government"): the author of what is protested. A purpose of appeal ("rallied
 * to call on the government to ...", "marched to urge the president to resign", lexicon
 * {@code appeal-purpose-verb}) targets the actor appealed to: the verb's object, its "on"
 * complement, or the subject the parser gives the clause after it ("to call on X to return ...").
 * Stateless; thread-safe.
 */
public final class ProtestPurpose implements RoleRule {
  /** Verbs of a purpose clause that name what a protest is against. */
  private static final Set<String> PROTEST_PURPOSE_VERBS = Lexicon.words("protest-purpose-verb");
  /** Verbs of a purpose clause that appeal to an actor ("to call on the government"): it is the target. */
  private static final Set<String> APPEAL_PURPOSE_VERBS = Lexicon.words("appeal-purpose-verb");

  @Override
  public String id() {
    return "target:protest-purpose";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    VerbClause c = r.clause();
    if (!r.targets().isEmpty() || c.passive() || !r.code().code().startsWith("14")) {
      return r;
    }
    return target(c.ctx(), c.verb()).map(a -> r.withTargets(List.of(a))).orElse(r);
  }

  private static Optional<Actor> target(SentenceContext ctx, int v) {
    ParsedSentence s = ctx.sentence();
    for (var d : s.children(v)) {
      int x = d.dependent();
      if (!(d.relation().equals("xcomp") || d.relation().equals("advcl"))
          || s.children(x, "mark").stream().noneMatch(m -> s.token(m).word().equalsIgnoreCase("to"))) {
        continue;
      }
      if (EventWords.lemmaIn(s, x, APPEAL_PURPOSE_VERBS)) {
        Optional<Actor> addressee = addressee(ctx, x);
        if (addressee.isPresent()) {
          return addressee;
        }
        continue;
      }
      if (!EventWords.lemmaIn(s, x, PROTEST_PURPOSE_VERBS)) {
        continue;
      }
      for (int o : s.children(x, "obj")) {
        Optional<Actor> direct = ctx.codedActor(o);
        if (direct.isPresent()) {
          return direct;
        }
        Optional<Actor> author = author(ctx, o);
        if (author.isPresent()) {
          return author;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The coded actor an appeal verb addresses: its object, else its "on" or "upon" complement
   * ("call on"), else the subject the parser gives the clause after it ("call on X to return").
   */
  private static Optional<Actor> addressee(SentenceContext ctx, int x) {
    ParsedSentence s = ctx.sentence();
    for (int o : s.children(x, "obj")) {
      Optional<Actor> a = ctx.codedActor(o);
      if (a.isPresent()) {
        return a;
      }
    }
    for (int k : s.children(x, "obl")) {
      if (s.hasCase(k, "on") || s.hasCase(k, "upon")) {
        Optional<Actor> a = ctx.codedActor(k);
        if (a.isPresent()) {
          return a;
        }
      }
    }
    for (var d : s.children(x)) { // "to call on North Korea to return them": parsed as the subject of "return"
      if (d.relation().equals("advcl") || d.relation().equals("ccomp") || d.relation().equals("xcomp")) {
        for (int subj : s.children(d.dependent(), "nsubj")) {
          Optional<Actor> a = ctx.codedActor(subj);
          if (a.isPresent()) {
            return a;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The actor of a "by", "of" or "from" complement of {@code o}, or of a participle's "by" agent on it. */
  private static Optional<Actor> author(SentenceContext ctx, int o) {
    ParsedSentence s = ctx.sentence();
    List<Integer> complements = new ArrayList<>(s.children(o, "nmod"));
    for (int participle : s.children(o, "acl")) {
      complements.addAll(s.children(participle, "obl")); // "a pay freeze ordered by the government"
    }
    for (int k : complements) {
      String p = s.caseWord(k);
      if (p.equals("by") || p.equals("of") || p.equals("from") && s.relation(k).startsWith("nmod")) {
        Optional<Actor> a = ctx.actor(k).filter(x -> x.isCoded() || !x.sectors().isEmpty());
        if (a.isPresent()) {
          return a;
        }
      }
    }
    return Optional.empty();
  }
}
