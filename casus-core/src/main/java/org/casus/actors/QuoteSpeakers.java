package org.casus.actors;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.casus.lexicon.Lexicon;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;

/**
 * First-person words inside a quotation stand for its speaker: in {@code "We demand that ...,"
 * she added}, "we" is the body the speaker speaks for, and in {@code "I will go," he said}, "I"
 * is the speaker. The speaker is the subject of a saying verb outside the quotation marks in the
 * same sentence.
 *
 * <p>Stateless and thread-safe; it writes to the {@link ArticleActors} passed in.
 */
public final class QuoteSpeakers {
  private QuoteSpeakers() {}

  /** Saying verbs that introduce or close a quotation. */
  /** Verbs that introduce or close a quotation: saying verbs and verbs of the manner of speaking. */
  private static final Set<String> SAYING = Lexicon.words("saying-verb", "speech-manner-verb");

  private static final Set<String> FIRST_PERSON = Lexicon.words("first-person-pronoun");
  private static final Set<String> QUOTE_MARKS = Set.of("``", "''", "\"", "\u201c", "\u201d");

  /**
   * Resolves the speaker of the sentence's quotation, if any, and caches every first-person
   * pronoun inside the quotation marks as that speaker (rule {@code <speaker rule>>quote-speaker}).
   * Call it before the sentence's other phrases are resolved. Does nothing when the sentence has
   * no quotation marks, no saying verb outside them, or a speaker that resolves to no coded actor.
   *
   * @param s the sentence
   * @param resolver resolves the speaker's phrase
   * @param memory the article's actor memory; the speaker's resolution is cached in it
   */
  public static void assign(ParsedSentence s, ActorResolver resolver, ArticleActors memory) {
    boolean[] quoted = new boolean[s.size()];
    boolean inside = false;
    boolean anyQuote = false;
    for (Token t : s.tokens()) {
      if (QUOTE_MARKS.contains(t.word())) {
        inside = !inside;
        anyQuote = true;
        continue;
      }
      quoted[t.index()] = inside;
    }
    if (!anyQuote) {
      return;
    }
    Optional<Actor> speaker = Optional.empty();
    for (Token t : s.tokens()) {
      if (quoted[t.index()] || !t.isVerb() || !SAYING.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (int subj : s.children(t.index(), "nsubj")) {
        if (!quoted[subj]) {
          speaker = memory.resolveOnce(s, subj, resolver);
        }
      }
      if (speaker.isPresent()) {
        break;
      }
    }
    if (speaker.isEmpty() || !speaker.get().isCoded()) {
      return;
    }
    Actor a = speaker.get();
    for (Token t : s.tokens()) {
      if (quoted[t.index()] && t.pos().startsWith("PRP") && FIRST_PERSON.contains(t.word().toLowerCase(Locale.ROOT))) {
        memory.cache(s.index(), t.index(), Optional.of(Actor.ofCode(t.word(), a.code(), t.span(), a.rule() + ">quote-speaker")));
      }
    }
  }
}
