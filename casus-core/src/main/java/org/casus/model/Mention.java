package org.casus.model;

import java.util.Objects;

/**
 * One place in an article where an event is reported. After de-duplication an {@link Event} keeps
 * all of its mentions.
 *
 * @param sentence 0-based sentence index in the article
 * @param span the sentence's span in the article text
 * @param trigger the word(s) that carry the event (verb or noun)
 * @param rule the pattern or rule that coded this mention
 */
public record Mention(int sentence, CharSpan span, String trigger, String rule) {
  public Mention {
    if (sentence < 0) {
      throw new IllegalArgumentException("sentence index " + sentence + " < 0");
    }
    Objects.requireNonNull(span);
    Objects.requireNonNull(trigger);
    Objects.requireNonNull(rule);
  }
}
