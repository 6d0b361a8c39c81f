package org.casus.events.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.casus.events.Convention;
import org.casus.events.SentenceContext;
import org.casus.events.nominal.EventNouns;
import org.casus.events.pattern.VerbDictionary;
import org.casus.model.Actor;

/**
 * What the role rules share: the convention, the dictionaries, the finders and the chain of
 * complement {@link TargetRule}s. Immutable; thread-safe.
 *
 * @param convention how the dictionaries are read
 * @param verbs the verb dictionary (slot markers, sequence syntax)
 * @param nouns event nouns and light verbs
 * @param phrases the actors of a phrase with its conjuncts
 * @param sources the source finder
 * @param targets the target finder of one phrase
 * @param targetRules the complement target chain, in order
 */
public record RoleFinders(Convention convention, VerbDictionary verbs, EventNouns nouns, ActorPhrases phrases,
    SourceFinder sources, TargetFinder targets, List<TargetRule> targetRules) {
  public RoleFinders {
    Objects.requireNonNull(convention, "convention");
    Objects.requireNonNull(verbs, "verbs");
    Objects.requireNonNull(nouns, "nouns");
    targetRules = List.copyOf(targetRules);
  }

  /**
   * The targets among the verb's complements: the first rule of {@link #targetRules} that finds
   * any, named in the trace.
   */
  public List<Actor> complementTargets(VerbClause c) {
    List<Actor> out = new ArrayList<>();
    for (TargetRule rule : targetRules) {
      rule.find(c, this, out);
      if (!out.isEmpty()) {
        SentenceContext ctx = c.ctx();
        if (ctx.trace().on()) {
          ctx.step(c.verb(), rule.id(), out.stream().map(a -> a.code() + " '" + a.text() + "'").toList().toString());
        }
        break;
      }
    }
    return out;
  }
}
