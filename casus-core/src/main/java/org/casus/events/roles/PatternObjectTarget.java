package org.casus.events.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casus.events.EventWords;
import org.casus.events.SentenceContext;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;

/**
 * The object belonged to the pattern ("burned American flags", "signed a ceasefire with X"): its
 * complement or modifier names the target. In order, for each such object:
 * <ol>
 *   <li>a target-preposition complement of the object or of a pattern word inside it ("holding
 *       back a consignment of aid to Myanmar": "to Myanmar" modifies "aid"); any complement, the
 *       first actor only, by {@link org.casus.events.Convention#takesFirstActorInPhrase};
 *   <li>the phrase's own actor when it is a state's act ("condemned Russia's decision": RUSGOV);
 *   <li>by {@link org.casus.events.Convention#patternPhraseMayBeTarget}, the phrase's own actor when
 *       its words give both its country and its role, or its role alone ("attack a Nigerian
 *       military base"; "killed 23 civilians", KILL * CIVILIAN 202: the pattern's word is the victims');
 *   <li>else its modifiers one by one ("its embassy" is the source's own, "a visiting forces
 *       agreement in Manila" no actor's).
 * </ol>
 * Steps 2 to 4 are skipped when the pattern's word was a conjunct of the object ("signed the
 * prisoner transfer and extradition treaty": the transfer's prisoners are no party).
 */
public final class PatternObjectTarget implements TargetRule {
  @Override
  public String id() {
    return "target:pattern-object";
  }

  @Override
  public void find(VerbClause c, RoleFinders f, List<Actor> out) {
    for (int o : c.objects()) {
      if (!c.consumed().contains(o)) {
        continue;
      }
      complementsOf(c, f, o, out);
      if (!out.isEmpty()) {
        continue;
      }
      SentenceContext ctx = c.ctx();
      Optional<Actor> whole = ctx.actor(o).filter(a -> a.isCoded() && !a.sectors().isEmpty()
          && a.rule().contains("state-act"));
      if (whole.isPresent()) {
        out.add(whole.get());
        continue;
      }
      Optional<Actor> phrase = ctx.actor(o).filter(a -> a.isCoded() && !a.sectors().isEmpty()
          && (a.rule().startsWith("title+nationality") || a.rule().equals("agent-only")));
      if (c.s().children(o, "conj").stream().anyMatch(c.consumed()::contains)) {
        continue; // "signed the prisoner transfer and extradition treaty": the transfer's prisoners are no party
      }
      if (phrase.isPresent() && f.convention().patternPhraseMayBeTarget()) {
        out.add(phrase.get());
        continue;
      }
      for (var d : c.s().children(o)) {
        if (d.relation().equals("amod") || d.relation().equals("nmod:poss") || d.relation().equals("compound")) {
          ctx.codedActor(d.dependent()).ifPresent(out::add);
        }
      }
    }
  }

  /** The target-preposition complements of the object or of a pattern noun inside it. */
  private static void complementsOf(VerbClause c, RoleFinders f, int o, List<Actor> out) {
    ParsedSentence s = c.s();
    List<Integer> holders = new ArrayList<>(List.of(o));
    for (int k : c.consumed()) {
      if (k != o && s.token(k).isNoun() && s.dominates(o, k)) {
        holders.add(k);
      }
    }
    boolean open = f.convention().takesFirstActorInPhrase();
    for (int holder : holders) {
      for (int k : s.children(holder, "nmod")) {
        if (s.caseOrMark(k) >= 0 && (open || EventWords.TARGET_PREPS.contains(s.caseWord(k)))) {
          f.targets().targetsOf(c.ctx(), k, out);
          if (!out.isEmpty() && open) {
            break; // the first actor only
          }
        }
      }
    }
  }
}
