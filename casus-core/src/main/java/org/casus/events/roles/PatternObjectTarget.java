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
 *       military base"; "killed 23 civilians", KILL * CIVILIAN 202: the pattern's word is the victims'),
 *       also after a quantity noun ("arrested dozens of activists", APPREHEND * ACTIVIST);
 *   <li>else its modifiers one by one ("its embassy" is the source's own, "a visiting forces
 *       agreement in Manila" no actor's).
 * </ol>
 * Steps 2 to 4 are skipped when the pattern's word was a conjunct of the object ("signed the
 * prisoner transfer and extradition treaty": the transfer's prisoners are no party). A pattern
 * word that is the "of" complement of remains ("returned the remains of 45 Palestinian
 * prisoners") is read as the object.
 */
public final class PatternObjectTarget implements TargetRule {
  /** What is left of the dead ("the remains of", "the bodies of"): lexicon {@code remains-noun}. */
  private static final java.util.Set<String> REMAINS_NOUNS = org.casus.lexicon.Lexicon.words("remains-noun");

  @Override
  public String id() {
    return "target:pattern-object";
  }

  @Override
  public void find(VerbClause c, RoleFinders f, List<Actor> out) {
    for (int object : c.objects()) {
      int inner = consumedOfComplement(c, object);
      int o = inner >= 0 ? inner : c.consumed().contains(object) ? object : -1;
      if (o < 0) {
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
          && namesItsRole(a.rule()));
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

  /**
   * Whether an actor's rule read its role from the phrase's own words: its nationality and title,
   * or its role alone, also through a quantity noun ("arrested dozens of activists": rule
   * {@code partitive>agent-only}).
   */
  private static boolean namesItsRole(String rule) {
    String own = rule.startsWith("partitive>") ? rule.substring("partitive>".length()) : rule;
    return own.startsWith("title+nationality") || own.equals("agent-only");
  }

  /**
   * "returned the remains of 45 Palestinian prisoners", "released the bodies of four Israeli
   * hostages" (RETURN * PRISONERS, RELEASE * HOSTAGES): the pattern's word is the "of" complement
   * of an object that names what is left of them (lexicon {@code remains-noun}); that complement is
   * the pattern's object. -1 when the object is no such noun or has no such complement.
   */
  private static int consumedOfComplement(VerbClause c, int object) {
    ParsedSentence s = c.s();
    if (!EventWords.lemmaIn(s, object, REMAINS_NOUNS)) {
      return -1;
    }
    for (int k : s.children(object, "nmod")) {
      if (c.consumed().contains(k) && s.hasCase(k, "of")) {
        return k;
      }
    }
    return -1;
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
