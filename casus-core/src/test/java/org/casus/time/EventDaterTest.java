package org.casus.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.casus.fixtures.ParseFixtures;
import org.casus.fixtures.ParseFixtures.Fixture;
import org.casus.model.EventDate;
import org.casus.nlp.ParsedSentence;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden cases over frozen CoreNLP parses in {@code fixtures/time}. */
class EventDaterTest {
  private final EventDater dater = new EventDater();

  static Stream<Fixture> cases() {
    return ParseFixtures.load("time").stream();
  }

  /** Threads the story time through every sentence before the trigger's, as the pipeline does. */
  private EventDate date(Fixture f) {
    StoryTime story = StoryTime.EMPTY;
    List<ParsedSentence> sentences = f.parse().sentences();
    for (ParsedSentence s : sentences.subList(0, sentences.size() - 1)) {
      story = story.update(s, f.articleDate());
    }
    // Above the lede's date, the lede's story time (as CasusPipeline does).
    StoryTime now = story.anchor().isPresent() ? story : StoryTime.ofLede(sentences, f.articleDate());
    return dater.date(f.sentence(), f.triggerIndex(), f.articleDate(), now);
  }

  /**
   * Every fixture must match its {@code expect}. A fixture whose {@code expect} has a {@code tofix}
   * reason is a known failure: it is reported as aborted with that reason while it fails, and
   * fails the build once it passes, so that the mark is removed.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void datesTheEvent(Fixture f) {
    String tofix = f.expect().path("tofix").asText("");
    if (tofix.isEmpty()) {
      check(f);
      return;
    }
    boolean passes;
    try {
      check(f);
      passes = true;
    } catch (AssertionError known) {
      passes = false;
    }
    assertFalse(passes, f.id() + " passes now: remove its tofix mark");
    Assumptions.abort("tofix " + f.id() + ": " + tofix);
  }

  private void check(Fixture f) {
    EventDate got = date(f);
    JsonNode e = f.expect();
    String where = f.id() + ": " + f.sentence().text() + " -> " + got;
    assertEquals(e.path("precision").asText(), got.precision().name(), where);
    assertEquals(e.path("basis").asText(), got.basis().name(), where);
    if (e.has("value")) {
      assertEquals(Optional.of(LocalDate.parse(e.get("value").asText())), got.value(), where);
    }
    if (e.has("from")) {
      assertEquals(Optional.of(LocalDate.parse(e.get("from").asText())), got.from(), where);
      assertEquals(Optional.of(LocalDate.parse(e.get("to").asText())), got.to(), where);
    }
    if (e.has("expression")) {
      assertEquals(e.get("expression").asText(), got.expression(), where);
    }
  }

  /** Invariant over every fixture: a past-tense event (all but the future ones) is never after the article date. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void neverAfterTheArticleDateUnlessFuture(Fixture f) {
    EventDate got = date(f);
    if (f.articleDate().isEmpty() || got.latest().isEmpty()) {
      return;
    }
    if (Tense.of(f.sentence(), f.triggerIndex()) == Tense.PAST) {
      assertFalse(got.latest().get().isAfter(f.articleDate().get()), f.id() + " -> " + got);
    }
  }

  @Test
  void wangJunIsANameNotJune() {
    Fixture f = fixture("t19-wang-jun-is-not-june");
    ParsedSentence s = f.sentence();
    int jun = indexOf(s, "Jun.");
    assertEquals("DATE", s.token(jun).ner(), "the frozen parse shows CoreNLP's mistake");
    assertTrue(DateNames.isNamePart(s, jun));
    assertTrue(TemporalExpression.find(s).isEmpty());
  }

  @Test
  void aMonthAfterAPrepositionIsADate() {
    ParsedSentence s = fixture("t21-month-after-name-is-date").sentence();
    assertFalse(DateNames.isNamePart(s, indexOf(s, "December")));
  }

  @Test
  void storyTimeKeepsTheLedeDateAcrossAFlashback() {
    Fixture f = fixture("t07-story-after-flashback");
    StoryTime story = StoryTime.EMPTY;
    for (ParsedSentence s : f.parse().sentences()) {
      story = story.update(s, f.articleDate());
    }
    assertEquals(Optional.of(LocalDate.of(2024, 4, 26)), story.anchor().flatMap(EventDate::value));
  }

  /** Issue 5: an undated headline above the lede reports the lede's event, dated by the lede's day. */
  @Test
  void ledeDatesTheHeadlineAboveIt() {
    Fixture f = fixture("t36-headline-above-lede");
    ParsedSentence headline = f.parse().sentences().get(0);
    StoryTime lede = StoryTime.ofLede(f.parse().sentences(), f.articleDate());
    EventDate got = dater.date(headline, indexOf(headline, "reviewed"), f.articleDate(), lede);
    assertEquals(Optional.of(LocalDate.of(2024, 5, 9)), got.value(), got.toString());
    assertEquals(org.casus.model.DateBasis.STORY_CONTEXT, got.basis());
    assertEquals(org.casus.model.DateBasis.ARTICLE_DATE,
        dater.date(headline, indexOf(headline, "reviewed"), f.articleDate(), StoryTime.EMPTY).basis());
  }

  @Test
  void storyTimeWithoutArticleDateStaysEmpty() {
    Fixture f = fixture("t07-story-after-flashback");
    assertEquals(StoryTime.EMPTY, StoryTime.EMPTY.update(f.parse().sentences().get(0), Optional.empty()));
  }

  @Test
  void triggerOutsideTheSentenceIsRefused() {
    Fixture f = fixture("t01-met-on-friday");
    assertThrows(IllegalArgumentException.class,
        () -> dater.date(f.sentence(), f.sentence().size(), f.articleDate(), StoryTime.EMPTY));
  }

  static Fixture fixture(String id) {
    return ParseFixtures.load("time").stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
  }

  static int indexOf(ParsedSentence s, String word) {
    for (int i = 0; i < s.size(); i++) {
      if (s.token(i).word().equals(word)) {
        return i;
      }
    }
    throw new AssertionError(word + " not in " + s.text());
  }
}
