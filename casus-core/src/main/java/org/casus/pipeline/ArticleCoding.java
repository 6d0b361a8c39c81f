package org.casus.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casus.actors.ArticleActors;
import org.casus.actors.article.ArmedOpposition;
import org.casus.actors.article.DomesticCounterpart;
import org.casus.actors.article.PlaceCountry;
import org.casus.dedup.LocatedMention;
import org.casus.events.Discards;
import org.casus.events.rules.DeedWithoutTarget;
import org.casus.geo.MentionPlacer;
import org.casus.ingest.Dateline;
import org.casus.model.Article;
import org.casus.model.CharSpan;
import org.casus.model.Event;
import org.casus.model.EventDate;
import org.casus.model.EventMention;
import org.casus.model.ModeKind;
import org.casus.model.Place;
import org.casus.nlp.ParsedDocument;
import org.casus.nlp.ParsedSentence;
import org.casus.quantity.Casualties;
import org.casus.time.StoryTime;
import org.casus.trace.DropReason;
import org.casus.trace.Trace;

/**
 * One article through the stages, in order: dateline, parse, story discard, the article's actors,
 * then sentence by sentence (sentence discard, events, date, mode filter, place, article actor
 * rules, casualties), then de-duplication and the meeting's place. Holds the article's state; one
 * per article and thread.
 */
final class ArticleCoding {
  private final CasusPipeline p;
  private final Article article;
  private final CodingOptions options;
  private final Trace trace;
  private final Optional<LocalDate> articleDate;
  private final List<LocatedMention> located = new ArrayList<>();
  private final List<EventMention> earlier = new ArrayList<>();
  private final List<Place> named = new ArrayList<>();
  private final Map<EventMention, EventDate> datesSoFar = new IdentityHashMap<>();
  private StoryTime story = StoryTime.EMPTY;

  ArticleCoding(CasusPipeline p, Article article, CodingOptions options, Trace trace) {
    this.p = p;
    this.article = article;
    this.options = options;
    this.trace = trace;
    this.articleDate = article.publicationDate();
  }

  CodingResult run() {
    Optional<Dateline> dateline = Dateline.read(article.text()); // "DAMASCUS, April 2 (Reuters) -": read, then blanked
    ParsedDocument doc = p.parser.parse(dateline.map(d -> d.blank(article.text())).orElse(article.text()), articleDate);
    Optional<Discards.Discard> storyDiscard = p.resources.discards().storyDiscardInLead(article.title(), article.text());
    if (storyDiscard.isPresent()) { // sport, entertainment ...: decided by the lead
      trace.drop(-1, -1, DropReason.STORY_DISCARDED, storyDiscard.get().toString());
      return new CodingResult(article.id(), doc.sentences().size(), List.of(), storyDiscard);
    }
    ArticleActors memory = new ArticleActors(articleDate.orElse(null),
        p.resources.registers().actorLayersFor(article.text()));
    if (p.convention.readsArticleWorld()) {
      p.actors.prepare(doc, memory);
    }
    StoryTime lede = StoryTime.ofLede(doc.sentences(), articleDate);
    dateline.flatMap(d -> p.resources.places().placeOfToponym(d.toponym(), Set.of())).ifPresent(named::add);
    for (ParsedSentence s : doc.sentences()) {
      codeSentence(s, memory, story.anchor().isPresent() ? story : lede); // a headline above the lede's date
      story = story.update(s, articleDate);
    }
    List<Event> events = p.merger.merge(article.id(), located, p.resources.versions());
    StoryTime last = story.anchor().isPresent() ? story : lede;
    events = MentionPlacer.placeFromStory(events, last.anchor().flatMap(a -> a.value()));
    return new CodingResult(article.id(), doc.sentences().size(), events);
  }

  private void codeSentence(ParsedSentence s, ArticleActors memory, StoryTime now) {
    if (trace.on()) {
      trace.sentence(s.index(), s.text(), s.tokens().stream().map(org.casus.nlp.Token::word).toList());
    }
    Optional<Discards.Discard> discard = p.resources.discards().sentenceDiscard(s.text());
    if (discard.isPresent()) {
      trace.drop(s.index(), -1, DropReason.SENTENCE_DISCARDED, discard.get().toString());
      return;
    }
    int namedBefore = named.size(); // the places of earlier sentences: named.subList(0, namedBefore)
    named.addAll(p.resources.places().placesNamed(s));
    List<EventMention> mentions = p.coder.code(s, memory, earlier, trace);
    earlier.addAll(mentions);
    for (EventMention m : mentions) {
      EventDate date = p.dater.date(s, m, articleDate, now, datesSoFar);
      datesSoFar.put(m, date);
      if (!emitted(m)) {
        trace.drop(s.index(), m.trigger(), DropReason.MODE_NOT_EMITTED, m.mode().kind().name().toLowerCase(java.util.Locale.ROOT));
        continue;
      }
      if (date.earliest().isPresent() && articleDate.isPresent() && date.earliest().get().isAfter(articleDate.get())
          && m.mode().kind() == ModeKind.ASSERTED) {
        date = EventDate.UNKNOWN; // a done deed cannot postdate its report
      }
      Place place = p.placer.place(s, m, named);
      if (p.convention.readsArticleWorld()) {
        m = p.placeCountry.apply(m, place, named.subList(0, namedBefore));
        m = DomesticCounterpart.apply(m); // "Spanish police arrest four men": the men are in Spain
        Optional<EventMention> monad = p.convention.codesDeedsWithoutTarget() && PlaceCountry.hasRoleWithoutCountry(m)
            ? DeedWithoutTarget.withoutUnplacedTarget(s, m, mentions) : Optional.empty();
        if (monad.isPresent()) {
          trace.step(s.index(), m.trigger(), "target:no-country", "'" + m.target().get().text()
              + "' is in no known country: the deed is coded with no target");
          m = monad.get();
        }
        if (PlaceCountry.hasRoleWithoutCountry(m)) {
          trace.drop(s.index(), m.trigger(), DropReason.ROLE_WITHOUT_COUNTRY, m.source().code() + " "
              + m.target().map(t -> t.code()).orElse(""));
          continue;
        }
        m = ArmedOpposition.apply(s, m);
      }
      Casualties c = p.casualties.read(s, m.trigger(), m.code().rootNumber() >= 18);
      CharSpan trig = s.token(m.trigger()).span();
      located.add(new LocatedMention(m, s.span(), s.text(), trig, s.token(m.trigger()).word(), date, place,
          c.killed(), c.wounded(), c.arrested(), c.displaced()));
    }
  }

  /** Whether the mention's mode is emitted: the options' modes, else the defaults and intents. */
  private boolean emitted(EventMention m) {
    return options.modes().isPresent() ? options.modes().get().contains(m.mode().kind())
        : p.emittedModes.contains(m.mode().kind()) || m.isIntent();
  }
}
