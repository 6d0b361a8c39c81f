package org.casus.events.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.casus.lexicon.Lexicon;
import org.casus.model.EventMention;
import org.casus.events.SentenceContext;
import org.casus.events.mode.ModeReader;
import org.casus.events.nominal.EventNouns;
import org.casus.events.roles.RoleFinders;
import org.casus.events.roles.VerbClause;
import org.casus.model.Actor;
import org.casus.model.CameoCode;
import org.casus.model.Mode;
import org.casus.nlp.ParsedSentence;

/**
 * Event anaphora: a clause whose subject is a definite event noun with no actor of its own ("The
 * retaliatory strikes ... inflicted damage on Israeli military bases") continues the most recent
 * earlier event of the same CAMEO family (material conflict 18-20, or the same root): it takes
 * that event's source, and the clause's complement target as target. Rule suffix
 * {@code +anaphor}; the mention keeps its antecedent. Stateless; thread-safe.
 */
public final class EventAnaphora {
  private static final Set<String> DEFINITE = Lexicon.words("definite-determiner");
  private static final Set<String> FORCE_ROOTS = Set.of("18", "19", "20");

  private final RoleFinders finders;
  private final ModeReader modes;

  public EventAnaphora(RoleFinders finders, ModeReader modes) {
    this.finders = finders;
    this.modes = modes;
  }

  /**
   * Codes verb {@code v}'s clause as a continuation of an earlier event, when its subject refers
   * back to one.
   *
   * @param earlier the article's earlier mentions, in text order
   * @return true when the clause was read as anaphoric and found targets (the verb is then not
   *     coded on its own)
   */
  public boolean code(SentenceContext ctx, int v, List<EventMention> earlier, List<EventMention> out) {
    ParsedSentence s = ctx.sentence();
    EventNouns nouns = finders.nouns();
    for (int n : s.children(v, "nsubj")) {
      Optional<EventNouns.EventNoun> en = nouns.at(s, n);
      if (en.isEmpty() || !en.get().code().matches("\\d{2,4}") || finders.sources().nounSource(ctx, n).isPresent()
          || !isDefinite(s, n)) {
        continue;
      }
      String root = en.get().code().substring(0, 2);
      Optional<EventMention> ante = Optional.empty();
      for (int i = earlier.size() - 1; i >= 0; i--) {
        if (sameFamily(earlier.get(i).code().root(), root)) {
          ante = Optional.of(earlier.get(i));
          break;
        }
      }
      if (ante.isEmpty()) {
        return false;
      }
      List<Actor> targets = finders.complementTargets(new VerbClause(ctx, v, false, Set.of()));
      Mode mode = modes.mode(ctx, v);
      Actor source = ante.get().source();
      for (Actor b : targets) {
        if (!source.isCoded() || !b.isCoded() || source.code().equals(b.code())) {
          continue;
        }
        out.add(new EventMention(s.index(), n, source, Optional.of(b), new CameoCode(en.get().code()),
            en.get().rule() + "+anaphor", mode, true, ante));
      }
      return !targets.isEmpty();
    }
    return false;
  }

  /** "the strikes", "these attacks": a phrase that refers back. */
  private static boolean isDefinite(ParsedSentence s, int n) {
    for (int d : s.children(n, "det")) {
      if (DEFINITE.contains(s.token(d).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameFamily(String rootA, String rootB) {
    return rootA.equals(rootB) || FORCE_ROOTS.contains(rootA) && FORCE_ROOTS.contains(rootB);
  }
}
