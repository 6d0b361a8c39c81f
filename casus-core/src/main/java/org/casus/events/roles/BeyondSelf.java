package org.casus.events.roles;

import java.util.ArrayList;
import java.util.List;
import org.casus.events.EventWords;
import org.casus.events.SentenceContext;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;

/**
 * "A and B renewed their ties with C", "warned their populations about X": when every target is
 * the source itself named again by a pronoun, the targets are those past it: the first other actor
 * down the objects' complements, else in the verb's own complements (a target preposition by the
 * CAMEO convention, any by {@link org.casus.events.Convention#takesFirstActorInPhrase}).
 */
public final class BeyondSelf implements RoleRule {
  @Override
  public String id() {
    return "target:beyond-self";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    ParsedSentence s = r.clause().s();
    if (r.targets().isEmpty() || !r.targets().stream().allMatch(t -> refersToSource(s, t, r.sources()))) {
      return r;
    }
    SentenceContext ctx = r.clause().ctx();
    boolean open = f.convention().takesFirstActorInPhrase();
    List<Actor> out = new ArrayList<>();
    for (int o : s.children(r.verb(), "obj")) {
      if (!r.clause().consumed().contains(o) && out.isEmpty()) {
        otherActorBelow(ctx, f, o, r.sources(), out, 3);
      }
    }
    for (int c : s.children(r.verb(), "obl")) {
      if (!out.isEmpty()) {
        break;
      }
      boolean ok = s.caseOrMark(c) >= 0 && (open || EventWords.TARGET_PREPS.contains(s.caseWord(c)));
      if (ok && !r.clause().consumed().contains(c) && !EventWords.isTime(s, c)) {
        f.targets().targetsOf(ctx, c, out);
        out.removeIf(t -> refersToSource(s, t, r.sources()));
      }
    }
    return r.withTargets(out);
  }

  /** Depth-first through nmod complements, in text order: the first actors that are not the source. */
  private static void otherActorBelow(SentenceContext ctx, RoleFinders f, int h, List<Actor> sources, List<Actor> out,
      int depth) {
    ParsedSentence s = ctx.sentence();
    boolean open = f.convention().takesFirstActorInPhrase();
    for (int c : s.children(h, "nmod")) {
      if (depth == 0 || !out.isEmpty()) {
        return;
      }
      String p = s.caseWord(c);
      if (open || EventWords.TARGET_PREPS.contains(p)) {
        f.targets().targetsOf(ctx, c, out);
        out.removeIf(t -> refersToSource(s, t, sources));
      }
      if (out.isEmpty() && (open || p.equals("of"))) {
        otherActorBelow(ctx, f, c, sources, out, depth - 1);
      }
    }
  }

  /**
   * Whether {@code target} is the source itself named again by a pronoun ("their ties", "its
   * embassy"): its phrase holds a personal or possessive pronoun and its code is a source's (or,
   * with no sector, its country is a source's).
   */
  static boolean refersToSource(ParsedSentence s, Actor target, List<Actor> sources) {
    if (sources.stream().noneMatch(a -> a.isCoded() && (a.code().equals(target.code())
        || (target.sectors().isEmpty() && a.country().equals(target.country()))))) {
      return false;
    }
    for (Token t : s.tokens()) {
      if (t.span().within(target.span()) && (t.pos().equals("PRP$") || t.pos().equals("PRP"))) {
        return true;
      }
    }
    return false;
  }
}
