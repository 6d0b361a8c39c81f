package org.casus.events.pattern;

import java.util.List;

/**
 * One term of a CAMEO verb pattern (PETRARCH-2 {@code CAMEO.2.0.txt} syntax, petrarch2
 * {@code docs/source/dictionaries.rst}): a noun ({@code AID}), a noun phrase ({@code {HUMANITARIAN AID}}), or a
 * prepositional phrase ({@code (FOR &CEASEFIRE)}, {@code (BY/WITH PROTESTS)}, {@code (FOR)}).
 *
 * @param prepositions the alternative prepositions, upper case ({@code [BY, WITH]}); empty for a noun term
 * @param words the words in pattern order, upper case; a synset reference is kept as {@code &NAME}; empty only
 *     for a bare preposition such as {@code (FOR)}. In a braced phrase the last word is the head (PETRARCH-2
 *     convention); several unbraced words inside one prepositional phrase ({@code (TO A VOTE)}) are listed in order
 *     with {@code phrase} false
 * @param phrase true when the words were braced ({@code {A B}}) in the pattern
 * @param sequence true for a PETRARCH-1 (TABARI) word sequence, the whole of one side of the verb in
 *     that older syntax ({@link VerbPatternParser#parseSequence}): its words must occur in this
 *     order on that side of the verb, gaps allowed; a word may join sub-words with {@code _}
 *     ({@code NEW_&TIETYPES_RELATIONS}), which must be adjacent tokens; a synset reference matches
 *     any member, members of several words ({@code DID N'T}) as adjacent tokens. No prepositions,
 *     not a phrase
 */
public record PatternTerm(List<String> prepositions, List<String> words, boolean phrase, boolean sequence) {
  /** A PETRARCH-2 term ({@code sequence} false). */
  public PatternTerm(List<String> prepositions, List<String> words, boolean phrase) {
    this(prepositions, words, phrase, false);
  }

  public PatternTerm {
    prepositions = List.copyOf(prepositions);
    words = List.copyOf(words);
    if (prepositions.isEmpty() && words.isEmpty()) {
      throw new IllegalArgumentException("pattern term with neither preposition nor words");
    }
    for (String w : words) {
      if (w.isBlank() || w.contains(" ")) {
        throw new IllegalArgumentException("bad pattern word '" + w + "' in " + words);
      }
    }
    if (phrase && words.isEmpty()) {
      throw new IllegalArgumentException("phrase term with no words");
    }
    if (sequence && (phrase || !prepositions.isEmpty() || words.isEmpty())) {
      throw new IllegalArgumentException("a sequence term has words only: " + prepositions + " " + words);
    }
  }

  /** True for a prepositional term. */
  public boolean isPrepositional() {
    return !prepositions.isEmpty();
  }

  /** True when {@code word} (upper case as stored) is a synset reference {@code &NAME}. */
  public static boolean isSynset(String word) {
    return word.length() > 1 && word.charAt(0) == '&';
  }
}
