package org.casus.events.roles;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casus.events.Convention;
import org.casus.events.EventWords;
import org.casus.events.SentenceContext;
import org.casus.events.nominal.EventNouns;
import org.casus.lexicon.Lexicon;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;

/**
 * The target actors of one phrase, the step every target rule takes: when the phrase is an event
 * with an actor of its own ("condemned Israel's attack"), the target is that event's source (CAMEO
 * manual 1.1b3, ch. 1: the target is the actor acted upon); otherwise the phrase's actors with
 * their conjuncts. Stateless; thread-safe.
 */
public final class TargetFinder {
  /** Money nouns: "a million Swiss francs", "500 million US dollars" name a sum, not an actor. */
  private static final Set<String> CURRENCY_NOUNS = Lexicon.words("currency-noun");

  private final Convention convention;
  private final EventNouns nouns;
  private final SourceFinder sources;
  private final ActorPhrases phrases;

  public TargetFinder(Convention convention, EventNouns nouns, SourceFinder sources, ActorPhrases phrases) {
    this.convention = convention;
    this.nouns = nouns;
    this.sources = sources;
    this.phrases = phrases;
  }

  /**
   * Adds the targets named by the phrase headed by {@code h} to {@code out}. A reflexive pronoun
   * and a sum of money name none.
   */
  public void targetsOf(SentenceContext ctx, int h, List<Actor> out) {
    Token t = ctx.sentence().token(h);
    if (t.lemma().equalsIgnoreCase("itself") || t.lemma().equalsIgnoreCase("themselves")) {
      return;
    }
    if (EventWords.lemmaIn(ctx.sentence(), h, CURRENCY_NOUNS)) {
      return; // "contributed a million Swiss francs to X": the sum is no target, X is
    }
    Optional<Actor> ev = sources.eventNounSource(ctx, h);
    if (ev.isPresent()) {
      out.add(ev.get());
      return;
    }
    phrases.addWithConjuncts(ctx, h, out);
  }

  /**
   * Depth-first, in text order, through {@code nmod} complements of {@code h}: the first that
   * names an actor. By the CAMEO convention the path goes down "of" complements only ("a
   * resumption of ties with X"), and the actor must come with a target preposition
   * ({@link EventWords#TARGET_PREPS}): "steps in the implementation of the Gaza plan" names no
   * target. By {@link Convention#takesFirstActorInPhrase} any complement will do.
   */
  public void nestedTarget(SentenceContext ctx, int h, List<Actor> out, int depth) {
    if (depth == 0) {
      return;
    }
    ParsedSentence s = ctx.sentence();
    for (int c : s.children(h, "nmod")) {
      if (EventWords.isTime(s, c)) {
        continue;
      }
      String p = s.caseWord(c);
      boolean open = convention.takesFirstActorInPhrase();
      if (open || EventWords.TARGET_PREPS.contains(p)) {
        targetsOf(ctx, c, out);
      }
      if (out.isEmpty() && (open || p.equals("of")) && nouns.at(s, c).isEmpty()) {
        nestedTarget(ctx, c, out, depth - 1);
      }
      if (!out.isEmpty()) {
        return;
      }
    }
  }
}
