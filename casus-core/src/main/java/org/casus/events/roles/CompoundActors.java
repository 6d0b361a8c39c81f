package org.casus.events.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;

/**
 * Compound actor phrases: what one coordinated noun phrase codes as several actors.
 *
 * <ul>
 *   <li>{@link #acrossPlaces}: a role located in coordinated countries is the role of each ("lawmakers
 *       in Fornost and Gondor" is FORLEG and GONLEG; "the ambassadors of A, B and C" is AGOV, BGOV, CGOV).
 *   <li>{@link #shareModifiers}: coordinated roles share the country of the first ("Danish media and
 *       government" is DNKMED and DNKGOV; "lawmakers and officials in Fornost" is FORLEG and FORGOV).
 *   <li>{@link #splitCodes}: a dictionary entry with several codes ({@code FRO/BIL/SAM}) is that many actors.
 * </ul>
 *
 * <p>Source: the PETRARCH-1 validation records COMPOUND-08, -09, -25 to -27, -37 (agents and
 * adjectives expanded across a compound) and COMPOUND-07B, -10 (multi-code entries). Stateless.
 */
public final class CompoundActors {
  private CompoundActors() {}

  /**
   * Cases of a complement that places a role in a country ("officials in X", "ambassadors of X",
   * "ministers from X").
   */
  private static final List<String> PLACE_CASES = List.of("in", "of", "from");

  /**
   * The extra actors of a role whose place complement is coordinated: for each actor of {@code group}
   * that has a sector and the country of the head's "in"/"of"/"from" complement, the same sectors in each
   * country coordinated with that complement.
   *
   * @param h the head of the first conjunct; {@code group.get(0)} is its actor
   * @param group the actors of the phrase so far, the head's first
   * @param resolve the actor of the phrase headed by a token
   * @return the added actors, in text order of the places; empty when there is no such complement
   */
  public static List<Actor> acrossPlaces(ParsedSentence s, int h, List<Actor> group, IntFunction<Optional<Actor>> resolve) {
    List<Actor> out = new ArrayList<>();
    if (group.isEmpty()) {
      return out;
    }
    Actor first = group.get(0);
    for (int p : s.children(h, "nmod")) {
      Optional<Actor> place = placeActor(s, p, resolve);
      if (place.isEmpty() || !place.get().country().equals(first.country())) {
        continue;
      }
      for (int k : s.children(p, "conj")) {
        Optional<Actor> other = placeActor(s, k, resolve);
        if (other.isEmpty() || other.get().country().equals(first.country())) {
          continue;
        }
        for (Actor role : group) {
          if (role.country().equals(first.country()) && !role.sectors().isEmpty()) {
            out.add(Actor.ofCode(role.text(), other.get().country() + String.join("", role.sectors()), other.get().span(),
                role.rule() + "+compound-place"));
          }
        }
      }
      break;
    }
    return out;
  }

  /**
   * The extra actors of a head whose country modifier is coordinated ("Eriadori and Calenardhon
   * leaders", "Iranian and Iraqi officials"): the head's sectors in each coordinated country; a
   * coordinated organisation with sectors of its own keeps its own code ("Israeli and Hamas
   * negotiators": Hamas's).
   *
   * @param h the head; {@code group.get(0)} is its actor
   * @return the added actors, in text order; empty when no modifier of the head is coordinated
   */
  public static List<Actor> acrossModifiers(ParsedSentence s, int h, List<Actor> group, IntFunction<Optional<Actor>> resolve) {
    List<Actor> out = new ArrayList<>();
    if (group.isEmpty() || !knownCountry(group.get(0))) {
      return out;
    }
    Actor first = group.get(0);
    for (var d : s.children(h)) {
      if (!d.relation().equals("compound") && !d.relation().equals("amod")) {
        continue;
      }
      int m = d.dependent();
      Optional<Actor> mod = resolve.apply(m).filter(a -> a.isCoded() && a.country().equals(first.country()));
      if (mod.isEmpty()) {
        continue;
      }
      for (int k : s.children(m, "conj")) {
        Optional<Actor> other = resolve.apply(k).filter(a -> a.isCoded() && knownCountry(a)
            && !a.country().equals(first.country()));
        // a named organisation keeps its own code ("Israeli and Hamas negotiators": Hamas is PSEREB...,
        // not Palestine with the head's sectors); a country or demonym takes the head's sectors
        other.ifPresent(o -> out.add(Actor.ofCode(o.text(),
            o.sectors().isEmpty() ? o.country() + String.join("", first.sectors()) : o.code(), o.span(),
            first.rule() + "+compound-modifier")));
      }
    }
    return out;
  }

  /** The country-only actor of a place phrase ("in Fornost", or a conjunct "Gondor"), if any. */
  private static Optional<Actor> placeActor(ParsedSentence s, int p, IntFunction<Optional<Actor>> resolve) {
    if (!s.token(p).isNoun()) {
      return Optional.empty();
    }
    boolean conjunct = s.relation(p).equals("conj");
    if (!conjunct && !hasCase(s, p)) {
      return Optional.empty();
    }
    return resolve.apply(p).filter(a -> a.isCoded() && a.sectors().isEmpty() && knownCountry(a));
  }

  private static boolean hasCase(ParsedSentence s, int p) {
    for (int c : s.children(p, "case")) {
      if (PLACE_CASES.contains(s.token(c).word().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Gives the first actor's country to coordinated roles that name none ("Danish media and
   * government": the government is Danish too). A conjunct keeps its own words' sectors in place of
   * the first's last sector ("Danish Islamist media and government" is DNKMUSMED and DNKMUSGOV).
   * Only bare conjuncts (no determiner, adjective or possessor of their own) share.
   *
   * @param group the actors of the phrase, the head's first; rewritten in place
   */
  public static void shareModifiers(ParsedSentence s, int h, List<Actor> group, IntFunction<Optional<Actor>> resolve) {
    if (group.size() < 2) {
      return;
    }
    Actor first = group.get(0);
    if (!knownCountry(first) || first.sectors().isEmpty()) {
      return;
    }
    String shared = first.country() + String.join("", first.sectors().subList(0, first.sectors().size() - 1));
    for (int c : s.children(h, "conj")) {
      if (!s.token(c).isNoun() || s.token(c).isProperNoun() || hasOwnModifier(s, c)) {
        continue;
      }
      Optional<Actor> a = resolve.apply(c);
      if (a.isEmpty()) {
        continue;
      }
      int i = group.indexOf(a.get());
      Actor role = a.get();
      if (i > 0 && !knownCountry(role) && !role.sectors().isEmpty()) {
        group.set(i, Actor.ofCode(role.text(), shared + String.join("", role.sectors()), role.span(),
            role.rule() + "+shared-modifier"));
      }
    }
  }

  private static boolean hasOwnModifier(ParsedSentence s, int c) {
    for (var d : s.children(c)) {
      String r = d.relation();
      if (r.equals("det") || r.equals("amod") || r.equals("nmod:poss") || r.equals("compound") || r.equals("nmod")) {
        return true;
      }
    }
    return false;
  }

  private static boolean knownCountry(Actor a) {
    return a.hasKnownCountry();
  }

  /**
   * The actors of an entry with several codes separated by {@code /} ({@code FRO/BIL/SAM}), one per
   * code, each with the entry's text and span; {@code a} itself when its code is single.
   */
  public static List<Actor> splitCodes(Actor a) {
    if (!a.code().contains("/")) {
      return List.of(a);
    }
    List<Actor> out = new ArrayList<>();
    for (String part : a.code().split("/")) {
      if (!part.isBlank()) {
        out.add(Actor.ofCode(a.text(), part.trim(), a.span(), a.rule() + "+multi-code"));
      }
    }
    return out;
  }
}
