package org.casus.actors.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.casus.actors.ArticleActors;
import org.casus.lexicon.Lexicon;
import org.casus.model.Actor;
import org.casus.model.CharSpan;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;

/**
 * The noun phrase an actor is read from, and the tree readings the actor layers share.
 *
 * @param s the sentence
 * @param head the phrase's head token
 * @param tokens the phrase's tokens ({@link #phraseTokens}), sorted
 * @param span the phrase's span in the article
 * @param text the phrase's words
 */
public record NounPhrase(ParsedSentence s, int head, List<Integer> tokens, CharSpan span, String text) {
  public NounPhrase {
    tokens = List.copyOf(tokens);
  }

  /** Relations that leave the noun phrase: clauses, coordination, punctuation, other prepositions. */
  private static final Set<String> OUTSIDE_NP = Set.of("acl", "acl:relcl", "advcl", "conj", "cc", "punct",
      "appos", "parataxis", "dep", "nmod", "ccomp", "xcomp", "obl", "case", "mark", "nsubj", "obj");

  /** The phrase headed by {@code head}. */
  public static NounPhrase of(ParsedSentence s, int head) {
    List<Integer> np = phraseTokens(s, head);
    CharSpan span = phraseSpan(s, head, np);
    return new NounPhrase(s, head, np, span, s.covered(span));
  }

  /** The head token. */
  public Token headToken() {
    return s.token(head);
  }

  /** Tokens of the phrase: head plus modifiers, without clauses, coordination or other PPs. */
  public static List<Integer> phraseTokens(ParsedSentence s, int head) {
    List<Integer> out = new ArrayList<>();
    addPhrase(s, head, out, true);
    out.sort(Integer::compare);
    return out;
  }

  private static void addPhrase(ParsedSentence s, int t, List<Integer> out, boolean top) {
    out.add(t);
    for (var d : s.children(t)) {
      String rel = d.relation();
      if (OUTSIDE_NP.contains(rel) || rel.startsWith("acl") || rel.startsWith("nmod:") && !rel.equals("nmod:poss")) {
        if (!(rel.equals("case") && !top)) {
          continue;
        }
      }
      if (d.dependent() == t) {
        continue;
      }
      addPhrase(s, d.dependent(), out, false);
    }
  }

  /** The span of the phrase (head and its modifiers, contiguous), without a final possessive. */
  static CharSpan phraseSpan(ParsedSentence s, int head, List<Integer> np) {
    int from = head;
    int to = head;
    for (int t : np) {
      Token tok = s.token(t);
      if (tok.pos().equals("POS") && t == np.get(np.size() - 1)) {
        continue;
      }
      from = Math.min(from, t);
      to = Math.max(to, t);
    }
    return s.spanOf(from, to);
  }

  /** PERSON-tagged tokens of the phrase, in order (the person's name), with a name in apposition. */
  public static List<Integer> nameTokens(ParsedSentence s, int head) {
    List<Integer> out = new ArrayList<>();
    for (int t : phraseTokens(s, head)) {
      if (s.token(t).ner().equals("PERSON")) {
        out.add(t);
      }
    }
    // "his Chilean counterpart Luis Soto": the name hangs off the title as dep/appos.
    for (var d : s.children(head)) {
      if ((d.relation().equals("dep") || d.relation().equals("appos")) && s.token(d.dependent()).ner().equals("PERSON")) {
        for (int t : s.subtree(d.dependent())) {
          if (s.token(t).ner().equals("PERSON") && !out.contains(t)) {
            out.add(t);
          }
        }
      }
    }
    out.sort(Integer::compare);
    return out;
  }

  /** Nouns that denote one person: the antecedents of he/she. */
  private static final Set<String> PERSON_NOUNS = Lexicon.words("one-person-noun");

  /** True when the phrase names one person: a name, or a singular noun of one person; plurals are groups. */
  public static boolean isPerson(ParsedSentence s, int head) {
    if (s.token(head).pos().equals("NNS") || s.token(head).pos().equals("NNPS")) {
      return false;
    }
    if (!nameTokens(s, head).isEmpty()) {
      return true;
    }
    return PERSON_NOUNS.contains(s.token(head).lemma().toLowerCase(Locale.ROOT));
  }

  private static final Set<String> FEMALE_WORDS = Lexicon.words("female-word");
  private static final Set<String> MALE_WORDS = Lexicon.words("male-word");

  /** The gender the phrase's own words show (titles, honorifics, an appositive's title); else unknown. */
  public static ArticleActors.Gender genderOf(ParsedSentence s, int head) {
    List<Integer> words = new ArrayList<>(phraseTokens(s, head));
    for (int c : s.children(head, "appos")) {
      words.addAll(phraseTokens(s, c));
    }
    for (int t : words) {
      String w = s.token(t).word().toLowerCase(Locale.ROOT);
      if (FEMALE_WORDS.contains(w)) {
        return ArticleActors.Gender.FEMALE;
      }
      if (MALE_WORDS.contains(w)) {
        return ArticleActors.Gender.MALE;
      }
    }
    return ArticleActors.Gender.UNKNOWN;
  }

  /** A proper-noun head tagged PERSON: a named person. */
  public static boolean isNamedPerson(ParsedSentence s, int head) {
    return s.token(head).isProperNoun() && s.token(head).ner().equals("PERSON");
  }

  /** The words of the sentence as written. */
  public static List<String> words(ParsedSentence s) {
    List<String> w = new ArrayList<>(s.size());
    for (Token t : s.tokens()) {
      w.add(t.word());
    }
    return w;
  }

  /** True when the actor's span covers the token's. */
  public static boolean covers(Actor a, Token t) {
    return a.span().begin() <= t.span().begin() && t.span().end() <= a.span().end();
  }

  /** True when tokens {@code from..to} are part of a longer PERSON name (other PERSON tokens adjoin them). */
  static boolean insidePersonName(ParsedSentence s, int from, int to) {
    for (int t = from; t <= to; t++) {
      if (!s.token(t).ner().equals("PERSON")) {
        return false;
      }
    }
    return (from > 0 && s.token(from - 1).ner().equals("PERSON"))
        || (to + 1 < s.size() && s.token(to + 1).ner().equals("PERSON"));
  }

  /** A proper noun that is part of a longer proper name: it has, or is, a proper-noun compound. */
  static boolean insideLongerName(ParsedSentence s, int t) {
    if (!s.token(t).isProperNoun()) {
      return false;
    }
    for (int c : s.children(t, "compound")) {
      if (s.token(c).isProperNoun()) {
        return true;
      }
    }
    for (int c : s.children(t, "flat")) {
      if (s.token(c).isProperNoun()) {
        return true;
      }
    }
    String rel = s.relation(t);
    int h = s.head(t);
    return (rel.equals("compound") || rel.equals("flat")) && h >= 0 && s.token(h).ner().equals("PERSON");
  }

  /** True when tokens {@code from..to} are all proper nouns. */
  static boolean allProper(ParsedSentence s, int from, int to) {
    for (int t = from; t <= to; t++) {
      if (!s.token(t).isProperNoun()) {
        return false;
      }
    }
    return true;
  }

  /** True when a token of {@code from..to} has a capital letter. */
  static boolean hasCapital(ParsedSentence s, int from, int to) {
    for (int t = from; t <= to; t++) {
      if (s.token(t).word().chars().anyMatch(Character::isUpperCase)) {
        return true;
      }
    }
    return false;
  }

  /** The head of a phrase from {@link #phraseTokens}: the one token whose head is outside it. */
  static int headOf(ParsedSentence s, List<Integer> np) {
    for (int t : np) {
      if (!np.contains(s.head(t))) {
        return t;
      }
    }
    return np.get(0);
  }
}
