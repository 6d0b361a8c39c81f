package org.casus.events.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casus.events.Convention;
import org.casus.events.EventWords;
import org.casus.events.SentenceContext;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;

/**
 * The actors one participant phrase names: its head's actor and its coordinated members ("Iran
 * and China"), with the compound readings of {@link CompoundActors}. Stateless; thread-safe.
 */
public final class ActorPhrases {
  private final Convention convention;
  private final boolean splitMultiCodes;

  /**
   * @param convention whether coordinated roles share the first one's country
   *     ({@link Convention#sharesModifiersAcrossConjuncts})
   * @param splitMultiCodes whether an entry with several codes ({@code FRO/BIL/SAM}) is several actors
   */
  public ActorPhrases(Convention convention, boolean splitMultiCodes) {
    this.convention = convention;
    this.splitMultiCodes = splitMultiCodes;
  }

  /**
   * Adds the coded actors of the phrase headed by {@code h} and of its conjuncts to {@code out},
   * in text order. "Iran and China's defense chiefs": a role after a possessive belongs to every
   * country before it.
   */
  public void addWithConjuncts(SentenceContext ctx, int h, List<Actor> out) {
    ParsedSentence s = ctx.sentence();
    Optional<Actor> first = ctx.codedActor(h);
    List<Actor> rest = new ArrayList<>();
    Optional<Actor> sharedRole = Optional.empty();
    for (int c : s.children(h, "conj")) {
      if (s.token(c).isNoun() || s.token(c).pos().startsWith("PRP")) {
        Optional<Actor> a = ctx.codedActor(c);
        a.ifPresent(rest::add);
        if (a.isPresent() && !a.get().sectors().isEmpty() && !s.children(c, "nmod:poss").isEmpty()) {
          sharedRole = a;
        }
      }
    }
    if (first.isPresent() && first.get().sectors().isEmpty() && sharedRole.isPresent() && s.token(h).isProperNoun()) {
      Actor f = first.get();
      first = Optional.of(Actor.ofCode(f.text(), f.country() + String.join("", sharedRole.get().sectors()), f.span(),
          f.rule() + "+shared-role"));
    }
    List<Actor> group = new ArrayList<>();
    first.ifPresent(group::add);
    group.addAll(rest);
    if (first.isPresent() && convention.sharesModifiersAcrossConjuncts()) {
      CompoundActors.shareModifiers(s, h, group, ctx::actor);
    }
    if (first.isPresent()) {
      group.addAll(CompoundActors.acrossModifiers(s, h, group, ctx::actor));
      group.addAll(CompoundActors.acrossPlaces(s, h, group, ctx::actor));
    }
    for (Actor a : group) {
      out.addAll(splitMultiCodes ? CompoundActors.splitCodes(a) : List.of(a));
    }
  }

  /**
   * Adds the actors of the subjects of the clausal complements of {@code v} ("demanded that X
   * release"), and of an infinitive clause hung on it with a subject of its own ("calls on X to
   * suspend ...", which the parser reads with X as the infinitive's subject).
   */
  public void addClauseSubjects(SentenceContext ctx, int v, List<Actor> out) {
    ParsedSentence s = ctx.sentence();
    for (var d : s.children(v)) {
      int c = d.dependent();
      if (d.relation().equals("ccomp") || d.relation().startsWith("advcl") && EventWords.isToInfinitive(s, c)) {
        for (int subj : s.children(c, "nsubj")) {
          addWithConjuncts(ctx, subj, out);
        }
      }
    }
  }
}
