package org.casus.events.pattern;

import java.util.List;

/**
 * One verb of the CAMEO verb dictionary (resource {@code verbs}): a single verb ({@code MEET}) or a multi-word
 * verb ({@code MEET WITH}, upstream {@code +MEET_WITH}) in a synonym block whose patterns it shares.
 *
 * @param lemma the words joined by one space, upper case ({@code MEET WITH})
 * @param words the words, upper case, at least one
 * @param inflectedIndex index in {@code words} of the word that inflects (the one marked {@code +} upstream),
 *     0 for single words
 * @param code the verb's code when no pattern matches: a CAMEO code ({@code 040}), {@code ---} (explicitly no
 *     event) or {@code A:B} (active:passive, PETRARCH-2 reading)
 * @param block the synonym block's name ({@code MEET_PEOPLE}); {@link VerbDictionary#patterns(String)} key
 * @param rule provenance {@code <resource>:<line>}, e.g. {@code verbs:5435}
 */
public record VerbEntry(String lemma, List<String> words, int inflectedIndex, String code, String block,
    String rule) {
  public VerbEntry {
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("verb with no words");
    }
    if (inflectedIndex < 0 || inflectedIndex >= words.size()) {
      throw new IllegalArgumentException("inflectedIndex " + inflectedIndex + " outside 0.." + (words.size() - 1));
    }
    if (lemma == null || !lemma.equals(String.join(" ", words))) {
      throw new IllegalArgumentException("lemma '" + lemma + "' is not the words joined: " + words);
    }
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("blank code for verb " + lemma);
    }
    if (block == null || block.isBlank()) {
      throw new IllegalArgumentException("blank block for verb " + lemma);
    }
    if (rule == null || rule.isBlank()) {
      throw new IllegalArgumentException("blank rule for verb " + lemma);
    }
  }

  /** True for a multi-word verb. */
  public boolean isMultiword() {
    return words.size() > 1;
  }

  /** The word that inflects, e.g. {@code MEET} for {@code MEET WITH}. */
  public String inflectedWord() {
    return words.get(inflectedIndex);
  }
}
