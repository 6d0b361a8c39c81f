package org.casus.actors.layers;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.casus.lexicon.Lexicon;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;

/**
 * Roles the phrase's words override, in order: a former official is an elite, {@code ELI}, not the
 * office held (CAMEO; "former President X", "an ex-minister": rule {@code +former}); generic people
 * detained on suspicion or charges are criminals, {@code CRM}, as "suspected smugglers" are
 * ({@code +suspect}); a country's people named by a plural demonym ("34,356 Palestinians") are
 * civilians, {@code CVL}, not the state ({@code +people}).
 */
public final class RoleOverrides implements ActorLayer {
  /** Generic people words: the ones a suspicion turns into suspects. */
  private static final Set<String> GENERIC_PEOPLE = Lexicon.words("generic-people-noun");
  /** Nouns of what someone is held for: "on suspicion of smuggling", "on fraud charges". */
  private static final Set<String> SUSPICION = Lexicon.words("suspicion-noun");

  @Override
  public String id() {
    return "actor:role-overrides";
  }

  @Override
  public void apply(PhraseReading r, ActorLookup lookup) {
    ParsedSentence s = r.s();
    if (isFormer(s, r.phrase.tokens())) {
      set(r, "ELI", "+former");
    } else if (isSuspect(s, r.head(), r.agentSectors)) {
      set(r, "CRM", "+suspect");
    } else if (r.sectors.isEmpty() && !r.country.isEmpty() && isPeopleOfCountry(s, r.head(), lookup)) {
      r.sectors.add("CVL");
      r.roleRule = "+people";
    }
  }

  private static void set(PhraseReading r, String sector, String rule) {
    r.sectors.clear();
    r.sectors.add(sector);
    r.agentFound = true;
    r.roleRule = rule;
  }

  /** "former President X", "an ex-minister", "ex-President X": a role no longer held. */
  private static boolean isFormer(ParsedSentence s, List<Integer> np) {
    for (int t : np) {
      String w = s.token(t).word().toLowerCase(Locale.ROOT);
      if (w.equals("former") || w.equals("ex") || (w.startsWith("ex-") && w.length() > 3)) {
        return true;
      }
    }
    return false;
  }

  /** "arrested three men ... on suspicion of smuggling": generic people held on suspicion or charges. */
  private static boolean isSuspect(ParsedSentence s, int head, List<String> agentSectors) {
    String lemma = s.token(head).lemma().toLowerCase(Locale.ROOT);
    if (!GENERIC_PEOPLE.contains(lemma) && !GENERIC_PEOPLE.contains(s.token(head).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (!agentSectors.isEmpty() && !agentSectors.equals(List.of("PPL")) && !agentSectors.equals(List.of("CVL"))) {
      return false;
    }
    String rel = s.relation(head);
    int verb = s.head(head);
    if (verb < 0 || !(rel.equals("obj") || rel.startsWith("nsubj:pass"))) {
      return false;
    }
    for (var d : s.children(verb)) {
      if (d.relation().startsWith("obl") && SUSPICION.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** A plural demonym head ("Palestinians", "Yemenis"): a country's people, not the country. */
  private static boolean isPeopleOfCountry(ParsedSentence s, int head, ActorLookup lookup) {
    Token h = s.token(head);
    if (!(h.pos().equals("NNS") || h.pos().equals("NNPS"))) {
      return false;
    }
    return lookup.countries().byName(h.word()).isPresent() && lookup.countries().byPlaceName(h.word()).isEmpty();
  }
}
