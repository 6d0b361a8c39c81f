package org.casus.actors.layers;

import java.util.List;
import java.util.Optional;
import org.casus.actors.ActorDictionary;
import org.casus.geo.Country;
import org.casus.model.CharSpan;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;

/**
 * The country of a phrase that no dictionary entry or remembered name coded: the possessor's
 * ("Iran's Defense Minister"; not for "counterpart", whose possessor is the other party, nor for a
 * possessive pronoun with a nationality, "their Israeli ambassadors", who are Israel's), else a
 * country name or demonym of several words before the head ("the United States government", "the
 * South African police"), else one such word ("Chinese", "Kenyan") or a regional adjective
 * ("European" EUR). The actor dictionary's code for the words wins over the countries table's (the
 * dictionaries in use define the codes: the PETRARCH validation set has KUWAIT KUW). A word of a
 * longer name is no nationality ("Kharg Island", "Jordan Peterson"). A "Panamanian-flagged" or
 * "Guinea-Bissau-flagged" modifier gives the flag state (a ship is coded by its flag). Rules
 * {@code possessor}, {@code nationality}, {@code region}, {@code flag}.
 */
public final class NationalityLayer implements ActorLayer {
  @Override
  public String id() {
    return "actor:nationality";
  }

  @Override
  public void apply(PhraseReading r, ActorLookup lookup) {
    if (!r.country.isEmpty()) {
      return;
    }
    boolean counterpart = r.headToken().lemma().equalsIgnoreCase("counterpart");
    if (r.possessor.isPresent() && r.possessor.get().isCoded() && !counterpart) {
      if (pronounPossessor(r)) {
        // "summon their Israeli ambassadors", "its Syrian allies": the pronoun's owner holds the
        // relation, the nationality names the people
        multiWordName(r, lookup);
        if (r.country.isEmpty()) {
          oneWordName(r, lookup);
        }
        if (!r.country.isEmpty()) {
          return;
        }
      }
      r.country = r.possessor.get().country();
      r.countryRule = "possessor";
      return;
    }
    multiWordName(r, lookup);
    if (r.country.isEmpty()) {
      oneWordName(r, lookup);
    }
  }

  /** Whether the phrase's possessor is a possessive pronoun ("its", "their"). */
  private static boolean pronounPossessor(PhraseReading r) {
    ParsedSentence s = r.s();
    return r.phrase.tokens().stream().anyMatch(t -> t != r.head() && s.relation(t).equals("nmod:poss")
        && s.token(t).pos().equals("PRP$"));
  }

  /** The longest run of up to four phrase words, not into a common-noun head, that names a country. */
  private static void multiWordName(PhraseReading r, ActorLookup lookup) {
    ParsedSentence s = r.s();
    List<Integer> np = r.phrase.tokens();
    Token h = r.headToken();
    for (int i = 0; i < np.size() && r.country.isEmpty(); i++) {
      if (s.token(np.get(i)).pos().equals("DT")) {
        continue; // "the Kuwait government": the one-word name is read below
      }
      for (int j = Math.min(np.size() - 1, i + 3); j > i; j--) {
        if (np.get(j) - np.get(i) != j - i || np.subList(i, j + 1).contains(r.head()) && !h.isProperNoun()) {
          continue; // not contiguous, or running into the common-noun head
        }
        Optional<Country> c = lookup.countries().byName(s.covered(new CharSpan(s.token(np.get(i)).span().begin(),
            s.token(np.get(j)).span().end())));
        if (c.isPresent()) {
          String code = lookup.countries().cameoCode(c.get());
          Optional<ActorDictionary.ActorMatch> m = lookup.firstMatch(r.words, np.get(i), r.memory.date());
          if (m.isPresent() && m.get().length() == j - i + 1 && m.get().code().length() == 3) {
            code = m.get().code();
          }
          r.country = code;
          r.countryRule = "nationality";
          break;
        }
      }
    }
  }

  /** One word of the phrase (a modifier, or a proper-noun head) that is a country name, demonym or region. */
  private static void oneWordName(PhraseReading r, ActorLookup lookup) {
    ParsedSentence s = r.s();
    Token h = r.headToken();
    for (int t : r.phrase.tokens()) {
      if (t == r.head() && h.isNoun() && !h.isProperNoun()) {
        continue;
      }
      String rel = s.relation(t);
      if (t != r.head() && !(rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss")
          || rel.equals("flat"))) {
        continue;
      }
      if (NounPhrase.insideLongerName(s, t) || !capitalised(s.token(t).word())) {
        continue; // "escaping male inmates": a country's name, demonym or region is written with a capital
      }
      Optional<Country> c = lookup.countries().byName(s.token(t).word());
      if (c.isPresent()) {
        r.country = lookup.regionOf(r.words, t).orElse(lookup.countries().cameoCode(c.get()));
        r.countryRule = "nationality";
        return;
      }
      Optional<Country> flag = flagState(s, t, lookup);
      if (flag.isPresent()) {
        r.country = lookup.countries().cameoCode(flag.get());
        r.countryRule = "flag";
        return;
      }
      Optional<String> region = s.token(t).pos().startsWith("JJ") ? lookup.regionOf(r.words, t) : Optional.empty();
      if (region.isPresent()) {
        r.country = region.get();
        r.countryRule = "region";
        return;
      }
    }
  }

  /**
   * The flag state of a "Liberian-flagged" or "Guinea-Bissau-flagged" word: a ship is coded with
   * the country whose flag it flies, as CAMEO coders code a vessel by its owner or flag.
   */
  private static Optional<Country> flagState(ParsedSentence s, int t, ActorLookup lookup) {
    String word = s.token(t).word();
    if (!word.toLowerCase(java.util.Locale.ROOT).endsWith("-flagged") || word.length() <= "-flagged".length()) {
      return Optional.empty();
    }
    String name = word.substring(0, word.length() - "-flagged".length());
    for (int k = t; k >= Math.max(0, t - 2); k--) { // "Sierra Leone-flagged": the words before are the name's too
      if (k < t) {
        name = s.token(k).word() + " " + name;
      }
      Optional<Country> c = lookup.countries().byName(name);
      if (c.isPresent()) {
        return c;
      }
    }
    return Optional.empty();
  }

  /** Whether a word does not start with a lower-case letter ("Turkish", "TURKISH"; not "turkey"). */
  private static boolean capitalised(String word) {
    return !word.isEmpty() && !Character.isLowerCase(word.codePointAt(0));
  }
}
