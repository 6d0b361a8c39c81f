package org.casus.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.casus.lexicon.Lexicon;
import org.casus.model.DateBasis;
import org.casus.model.EventDate;
import org.casus.model.EventMention;
import org.casus.model.ModeKind;
import org.casus.nlp.ParsedSentence;

/**
 * The date of a coded mention, with the rules no single trigger decides: an intent coded as an
 * event (CAMEO 03x, 138: {@link EventMention#isIntent}) is dated by the saying verb above it ("said
 * on Monday it will meet"), else the article; an anaphor ("the strikes") not dated by its own
 * text takes its antecedent's date, basis {@link DateBasis#STORY_CONTEXT}; every other mention is
 * dated by {@link EventDater}. Thread-safe.
 */
public final class MentionDater {
  /** Saying verbs whose date is a statement's date. */
  private static final Set<String> STATEMENT_VERBS = Lexicon.words("saying-verb");

  private final EventDater dater;

  public MentionDater(EventDater dater) {
    this.dater = Objects.requireNonNull(dater);
  }

  /**
   * The date of mention {@code m} of sentence {@code s}.
   *
   * @param articleDate the publication date, empty when unknown
   * @param story the story's time so far
   * @param datesSoFar dates already given to earlier mentions of the article
   * @return the date, {@link EventDate#UNKNOWN} when nothing dates it
   */
  public EventDate date(ParsedSentence s, EventMention m, Optional<LocalDate> articleDate, StoryTime story,
      Map<EventMention, EventDate> datesSoFar) {
    EventDate date = m.isIntent() ? statementDate(s, m.trigger(), articleDate, story)
        : dater.date(s, m.trigger(), articleDate, story);
    if (date.basis() != DateBasis.TEXT && m.antecedent().isPresent() && datesSoFar.containsKey(m.antecedent().get())) {
      EventDate a = datesSoFar.get(m.antecedent().get());
      date = new EventDate(a.value(), a.from(), a.to(), a.precision(), DateBasis.STORY_CONTEXT, a.expression());
    }
    return m.mode().kind() == ModeKind.ASSERTED ? upToTheArticle(date, articleDate) : date;
  }

  /**
   * An asserted event has happened by the article's date: a period that runs past it ("this week",
   * taken from the story or in the present tense) is cut at the article's date. A date wholly after
   * the article is left as it is.
   */
  private static EventDate upToTheArticle(EventDate date, Optional<LocalDate> articleDate) {
    if (articleDate.isEmpty() || date.latest().isEmpty() || !date.latest().get().isAfter(articleDate.get())
        || date.earliest().orElseThrow().isAfter(articleDate.get())) {
      return date;
    }
    return date.earliest().get().equals(articleDate.get())
        ? EventDate.day(articleDate.get(), date.basis(), date.expression())
        : EventDate.range(date.earliest().get(), articleDate.get(), date.basis(), date.expression());
  }

  private EventDate statementDate(ParsedSentence s, int trigger, Optional<LocalDate> articleDate, StoryTime story) {
    int cur = s.head(trigger);
    for (int i = 0; i < 3 && cur >= 0; i++, cur = s.head(cur)) {
      if (STATEMENT_VERBS.contains(s.token(cur).lemma().toLowerCase(Locale.ROOT))) {
        return dater.date(s, cur, articleDate, story);
      }
    }
    return articleDate.map(d -> EventDate.day(d, DateBasis.ARTICLE_DATE, "")).orElse(EventDate.UNKNOWN);
  }
}
