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
 * freeze ordered by the government"): the author of what is protested.
 */
public final class ProtestPurpose implements RoleRule {
  /** Verbs of a purpose clause that name what a protest is against. */
  private static final Set<String> PROTEST_PURPOSE_VERBS = Lexicon.words("protest-purpose-verb");

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
          || !EventWords.lemmaIn(s, x, PROTEST_PURPOSE_VERBS)
          || s.children(x, "mark").stream().noneMatch(m -> s.token(m).word().equalsIgnoreCase("to"))) {
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
