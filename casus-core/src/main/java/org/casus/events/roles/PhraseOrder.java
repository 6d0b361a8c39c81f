package org.casus.events.roles;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casus.events.SentenceContext;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;

/**
 * The PETRARCH-1 (TABARI) reading of a clause in word order, for the PETRARCH validation
 * convention: the first actor after the verb and its pattern's words. Stateless.
 */
public final class PhraseOrder {
  private PhraseOrder() {}

  /** Relations of a word inside a noun phrase that does not head it. */
  private static final Set<String> PHRASE_INNER = Set.of("compound", "amod", "flat", "det", "nummod", "case");

  /**
   * The first coded actor after the verb and the pattern's words, in text order, within the verb's
   * phrase, passing over the first {@code skip} ("welcomed cultural memos sent by Bree": Bree).
   * Only noun-phrase heads count; pronouns and possessors do not (TABARI did not resolve them).
   *
   * @return that actor, or empty when no coded actor follows
   */
  public static Optional<Actor> firstActorAfter(SentenceContext ctx, int v, Set<Integer> consumed, int skip) {
    ParsedSentence s = ctx.sentence();
    int skipped = 0;
    int last = v;
    for (int k : consumed) {
      last = Math.max(last, k);
    }
    for (int t : s.subtree(v)) {
      Token tok = s.token(t);
      if (t <= last || !tok.isNoun() || PHRASE_INNER.contains(s.relation(t)) || inOtherClause(s, v, t, consumed)) {
        continue;
      }
      Optional<Actor> a = ctx.codedActor(t)
          .filter(x -> !x.rule().startsWith("coref:") && !x.rule().startsWith("possessor"));
      if (a.isPresent() && skipped++ >= skip) {
        return a;
      }
    }
    return Optional.empty();
  }

  /**
   * True when {@code t} lies in an adverbial, relative or loosely attached clause below {@code v}
   * (not a complement clause) whose own subject, not used by the pattern, is {@code t} or comes
   * before it ("..., almost five years after Calenardhon crowds burned ...", "..., a Bree official
   * said"): TABARI dropped such comma-delimited and subordinate clauses, and read the words before
   * such a subject as still in the verb's phrase.
   */
  static boolean inOtherClause(ParsedSentence s, int v, int t, Set<Integer> consumed) {
    for (int cur = s.head(t); cur >= 0 && cur != v; cur = s.head(cur)) {
      String rel = s.relation(cur);
      if (rel.equals("ccomp") || rel.equals("acl") || rel.equals("xcomp")) {
        continue; // a complement clause ("allowed that Mordor is ...") stays in the verb's phrase
      }
      for (var d : s.children(cur)) {
        if (d.relation().startsWith("nsubj") && d.dependent() <= t && !consumed.contains(d.dependent())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A clause of its own inside a verb's phrase: a subordinate clause with a subordinating
   * conjunction and no "to" ("after crowds burned", "until that group yielded", "when a dam is
   * filled") or a parenthetical. (A reporting clause, "..., officials said", is skipped by its verb.)
   */
  static boolean isAdverbialClause(ParsedSentence s, int t) {
    String rel = s.relation(t);
    if (rel.equals("parataxis")) {
      return true;
    }
    if (!rel.startsWith("advcl") && !rel.equals("dep")) {
      return false;
    }
    List<Integer> marks = s.children(t, "mark");
    return marks.stream().anyMatch(m -> s.token(m).pos().equals("IN"))
        && marks.stream().noneMatch(m -> s.token(m).word().equalsIgnoreCase("to"));
  }
}
