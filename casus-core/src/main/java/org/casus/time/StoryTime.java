package org.casus.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.casus.model.DateBasis;
import org.casus.model.DatePrecision;
import org.casus.model.EventDate;
import org.casus.nlp.ParsedSentence;

/**
 * What the sentences read so far established about the story's time: the <em>lede date</em>, the
 * first explicit day in the article that lies within {@value #LEDE_WINDOW_DAYS} days before (or
 * on) the article date.
 *
 * <p>Why the first recent day and not the last date seen: a news story reports the recent event in
 * its lede and then flashes back ("On April 1, ...", "on October 7"). Later reported speech ("the
 * defence chief said", "Dong added") belongs to the lede's event, not to the flashback. An older
 * date is therefore never taken as the story's time; nor is a month, a range or a date from a
 * future-tense clause.
 *
 * <p>Immutable and thread-safe. Thread one value through an article's sentences in order:
 * {@code story = story.update(sentence, articleDate)} after dating the sentence's events.
 *
 * @param anchor the lede date (precision DAY, basis TEXT) or empty when none was seen yet
 */
public record StoryTime(Optional<EventDate> anchor) {
  /** How many days before the article date a day may lie and still be the lede date. */
  public static final int LEDE_WINDOW_DAYS = 7;

  /** How many opening sentences (headline and lede) may date the sentences above the lede date. */
  public static final int LEDE_SENTENCES = 3;

  /** Nothing established: the state before the first sentence. */
  public static final StoryTime EMPTY = new StoryTime(Optional.empty());

  /** @throws IllegalArgumentException if the anchor is not a DAY date */
  public StoryTime {
    Objects.requireNonNull(anchor);
    if (anchor.isPresent() && anchor.get().precision() != DatePrecision.DAY) {
      throw new IllegalArgumentException("a story anchor is a DAY date, not " + anchor.get().precision());
    }
  }

  /**
   * The story time the headline and lede establish: {@link #update} over the first
   * {@value #LEDE_SENTENCES} sentences. A headline or first sentence with no date of its own
   * ("Iran and China's defence chiefs discussed ...") reports the event the lede dates in the
   * next sentence ("... met in Astana on Friday"); use this for the sentences read before the
   * anchor is set. Empty when the lede has no day in the window.
   *
   * @param sentences the article's sentences in order
   * @param articleDate the publication date; empty gives {@link #EMPTY}
   * @return a story time, never null
   */
  public static StoryTime ofLede(List<ParsedSentence> sentences, Optional<LocalDate> articleDate) {
    StoryTime t = EMPTY;
    for (int i = 0; i < Math.min(LEDE_SENTENCES, sentences.size()); i++) {
      t = t.update(sentences.get(i), articleDate);
    }
    return t;
  }

  /**
   * The story time after reading {@code sentence}: unchanged when an anchor is already set or the
   * sentence has no explicit day in the lede window; otherwise its first such day. An anaphoric
   * day ("the previous day", "the same day") counts from the story's day, not the article's
   * ({@link EventDater}), so it sets none.
   *
   * @param sentence a parsed sentence of the article
   * @param articleDate the publication date; empty leaves the story time unchanged (no window)
   * @return a story time, never null
   */
  public StoryTime update(ParsedSentence sentence, Optional<LocalDate> articleDate) {
    if (anchor.isPresent() || articleDate.isEmpty()) {
      return this;
    }
    LocalDate ref = articleDate.get();
    for (TemporalExpression e : TemporalExpression.find(sentence)) {
      if (EventDater.anaphoricOffset(e.text()).isPresent()) {
        continue; // "a ceasefire announced the previous day": relative to the story's day, which it cannot set
      }
      Tense tense = Tense.of(sentence, e.head(sentence));
      if (tense == Tense.FUTURE) {
        continue;
      }
      Optional<EventDate> d = e.resolve(ref, tense == Tense.PRESENT ? Tense.PAST : tense);
      if (d.isPresent() && d.get().precision() == DatePrecision.DAY) {
        LocalDate day = d.get().value().orElseThrow();
        if (!day.isAfter(ref) && !day.isBefore(ref.minusDays(LEDE_WINDOW_DAYS))) {
          return new StoryTime(Optional.of(EventDate.day(day, DateBasis.TEXT, d.get().expression())));
        }
      }
    }
    return this;
  }
}
