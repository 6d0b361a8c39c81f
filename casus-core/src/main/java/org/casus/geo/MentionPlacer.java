package org.casus.geo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.casus.model.Actor;
import org.casus.model.CameoCode;
import org.casus.model.CharSpan;
import org.casus.model.DateBasis;
import org.casus.model.Event;
import org.casus.model.EventMention;
import org.casus.model.Place;
import org.casus.model.PlacePrecision;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;

/**
 * Where a coded mention happened, with the article-level rules no single place phrase decides
 * (each documented on its method):
 * <ul>
 *   <li>a statement is made where its speaker is: toponyms inside what was said are not its place
 *       ({@link PlaceResolver#resolveStatement}); in a meeting report, statements of the
 *       meeting's parties on the meeting's day are made at the meeting ({@link #placeFromStory});</li>
 *   <li>force against a country's territory or people with no place named happened in that
 *       country, at the one place of that country the article names when there is exactly one
 *       ({@link #place}).</li>
 * </ul>
 *
 * <p>Stateless apart from its resolver; thread-safe.
 */
public final class MentionPlacer {
  /**
   * Target sectors that often act abroad (armed forces, government and its agencies, media,
   * companies): force against them is not placed in their country by default ("shot down a US
   * drone" did not happen in the United States).
   */
  private static final Set<String> ABROAD_SECTORS = Set.of("MIL", "GOV", "SPY", "MED", "BUS", "DIP");

  private final PlaceResolver places;
  private final Countries countries;

  public MentionPlacer(PlaceResolver places, Countries countries) {
    this.places = Objects.requireNonNull(places);
    this.countries = Objects.requireNonNull(countries);
  }

  /**
   * CAMEO verbal events whose place is where the speaker is: roots 01-03, 05 and 09-13 (public
   * statements, appeals, intents, diplomatic cooperation, investigation, demands, disapproval,
   * rejection, threats). Consultations (04) and protests (14) happen where the text puts them.
   */
  public static boolean isStatement(CameoCode code) {
    int root = code.rootNumber();
    return root <= 3 || root == 5 || (root >= 9 && root <= 13);
  }

  /**
   * The place of mention {@code m}: the place phrase tied to its trigger (for a statement, only
   * phrases about the saying or its speaker); failing that, for force (CAMEO 18-20) the city or
   * region its object names ("stormed the town of Geneina"; for territory occupied, 192, also a
   * passive's subject and a town the NER misread as a person,
   * {@link PlaceResolver#placeOfTerritory}); failing that, for force, the place a
   * complement inside the target's phrase names, or the deed noun of its subject or oblique ("killed in
   * an attack on a clinic in Omdurman", {@link #whereTheDeedIs}); failing that, for force (CAMEO 18-20) against a
   * target that stays at home (a country, its people, civilians, rebels; not its forces, officials,
   * media or companies, see {@link #ABROAD_SECTORS}), the place the target's own words name
   * ("targeted Kharkiv"), else the target's country, refined to the one city or region of that
   * country the article has named so far ("the Gaza Strip" beats "Palestine"). A target listed
   * with another country ("strikes on Iraq and Syria") gives no place.
   *
   * @param named places the article has named up to and including this sentence, in text order
   * @return the place, {@link Place#UNKNOWN} when none is supported
   */
  public Place place(ParsedSentence s, EventMention m, List<Place> named) {
    Set<String> actorCountries = new LinkedHashSet<>();
    m.target().map(Actor::country).ifPresent(actorCountries::add);
    actorCountries.add(m.source().country());
    Place place = isStatement(m.code()) ? places.resolveStatement(s, m.trigger(), actorCountries)
        : places.resolve(s, m.trigger(), actorCountries);
    if (m.code().rootNumber() >= 18 && (!place.isKnown() || place.precision() == PlacePrecision.REGION
        || place.precision() == PlacePrecision.COUNTRY)) {
      boolean occupation = m.code().value().equals(OCCUPY);
      for (int o : occupation ? takenPhrases(s, m.trigger()) : s.children(m.trigger(), "obj")) {
        Optional<Place> p = (occupation ? places.placeOfTerritory(s, o, actorCountries)
            : places.placeOfPhrase(s, o, actorCountries)).filter(x -> x.precision() != PlacePrecision.COUNTRY);
        if (p.isPresent() && (!place.isKnown()
            || p.get().precision().ordinal() < place.precision().ordinal() && p.get().country().equals(place.country()))) {
          // "stormed the town of Geneina", "shelled Kharkiv": the deed's object is a place, and
          // "stormed the village of X in North Kordofan" is at the village
          return p.get();
        }
      }
    }
    if (m.code().rootNumber() >= 18 && !place.isKnown()) {
      Optional<Place> where = whereTheTargetIs(s, m, actorCountries)
          .or(() -> whereTheDeedIs(s, m.trigger(), actorCountries));
      if (where.isPresent()) {
        return where.get();
      }
    }
    String targetCountry = m.target().map(Actor::country).orElse(Actor.UNKNOWN_COUNTRY);
    String sourceCountry = m.source().country();
    if (!place.isKnown() && !targetCountry.equals(Actor.UNKNOWN_COUNTRY) && !targetCountry.isEmpty()
        && (sourceCountry.equals(targetCountry) || sourceCountry.equals(Actor.UNKNOWN_COUNTRY))) {
      // "jihadists ambushed Malian soldiers near Tessit": a town no table lists, in the target's
      // country when the source is of the same country or of none. Not from the source's alone:
      // "Israeli strikes near Jannata killed people" is not in Israel.
      Optional<Place> local = places.unlistedLocality(s, m.trigger(), targetCountry);
      if (local.isPresent()) {
        return local.get();
      }
    }
    return place.isKnown() ? place : targetCountry(s, m, named);
  }

  /** CAMEO 192 "Occupy territory": its object is a place. */
  private static final String OCCUPY = "192";

  /**
   * The phrases a deed of occupation took: the verb's objects, or its subject when passive
   * ("Pokrovsk was captured by ...").
   */
  private static List<Integer> takenPhrases(ParsedSentence s, int trigger) {
    List<Integer> out = new ArrayList<>(s.children(trigger, "obj"));
    out.addAll(s.children(trigger, "nsubj:pass"));
    return out;
  }

  /** Place prepositions of a complement inside a target's phrase ("a research centre in X"). */
  private static final Set<String> INSIDE_PREPS = Set.of("in", "at", "near", "outside");

  /**
   * A deed of force happened where its target is: the place a complement inside the target's
   * phrase names ("struck defence factories and a research centre in Al-Safira, Syria", "attacked
   * positions near Kupiansk"); for an outcome participle with no target place of its own ("attacked
   * a factory in Zaporizhzhia, killing 13 people"), the place of the deed it follows, found the same
   * way from that verb's object. Empty when neither names one.
   */
  private Optional<Place> whereTheTargetIs(ParsedSentence s, EventMention m, Set<String> countries) {
    Optional<Place> p = m.target().flatMap(t -> phraseHead(s, t.span())).flatMap(h -> placeInside(s, h, countries));
    int deed = s.head(m.trigger());
    for (int up = 0; up < 3 && deed >= 0 && !s.token(deed).isVerb(); up++) {
      deed = s.head(deed); // "shelled a market in Kherson, killing seven": the parser may hang the participle on a noun
    }
    if (p.isEmpty() && s.token(m.trigger()).pos().equals("VBG") && deed >= 0 && s.token(deed).isVerb()) {
      Place own = places.resolve(s, deed, countries);
      if (own.isKnown()) {
        return Optional.of(own);
      }
      for (int o : s.children(deed, "obj")) {
        p = placeInside(s, o, countries);
        if (p.isPresent()) {
          break;
        }
      }
    }
    return p;
  }

  /** Relations of a verb's phrases that may name the deed itself: its subject and its obliques. */
  private static final Set<String> DEED_PHRASE_RELATIONS = Set.of("nsubj", "nsubj:pass", "obl", "obl:agent");

  /**
   * A deed of force happened where the deed noun of its own clause says: for a deed noun, a place
   * complement anywhere in its phrase ("airstrikes on factories and a research centre in X",
   * where the parser may hang the centre on the strikes); for a verb, one inside its subject or an
   * oblique ("were killed in a drone attack that hit a bakery in Kupiansk", "wounded by shelling of
   * a clinic in Omdurman"); a verb coordinated with an earlier one and with
   * no subject of its own ("a strike on a market in Nyala kills nine and injures twenty") takes the
   * place of that verb's clause, and a verb takes the place of a later verb coordinated with it that
   * names no doer of its own ("kills nine and injures twenty in Bat Yam"). Empty when none names one.
   */
  private Optional<Place> whereTheDeedIs(ParsedSentence s, int trigger, Set<String> countries) {
    Optional<Place> p = s.token(trigger).isNoun() ? placeInside(s, trigger, countries)
        : placeInDeedPhrases(s, trigger, countries);
    int first = s.head(trigger);
    if (p.isEmpty() && s.relation(trigger).equals("conj") && first >= 0 && s.token(first).isVerb()
        && s.children(trigger, "nsubj").isEmpty() && s.children(trigger, "nsubj:pass").isEmpty()) {
      Place own = places.resolve(s, first, countries);
      p = own.isKnown() ? Optional.of(own) : placeInDeedPhrases(s, first, countries);
    }
    if (p.isEmpty() && s.token(trigger).isVerb()) {
      // "kills nine people and injures 200 others in Bat Yam", "are killed and dozens are injured in
      // Kyiv": a later verb of the same deed, with no doer of its own, carries the place for both
      for (int later : s.children(trigger, "conj")) {
        if (s.token(later).isVerb() && s.children(later, "nsubj").isEmpty()) {
          Place own = places.resolve(s, later, countries);
          if (own.isKnown()) {
            return Optional.of(own);
          }
        }
      }
    }
    return p;
  }

  private Optional<Place> placeInDeedPhrases(ParsedSentence s, int verb, Set<String> countries) {
    for (var d : s.children(verb)) {
      if (DEED_PHRASE_RELATIONS.contains(d.relation()) && s.token(d.dependent()).isNoun()) {
        Optional<Place> p = placeInside(s, d.dependent(), countries);
        if (p.isPresent()) {
          return p;
        }
      }
    }
    return Optional.empty();
  }

  /** The head of the phrase that covers {@code span}: its token whose head lies outside it. */
  private static Optional<Integer> phraseHead(ParsedSentence s, CharSpan span) {
    for (Token k : s.tokens()) {
      if (k.span().within(span)) {
        int h = s.head(k.index());
        if (h < 0 || outside(s, h, span)) {
          return Optional.of(k.index());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The place of the first "in", "at", "near" or "outside" complement in the phrase of {@code head},
   * also of a clause inside it ("an attack that hit a bakery in Kupiansk").
   */
  private Optional<Place> placeInside(ParsedSentence s, int head, Set<String> countries) {
    for (int k : s.subtree(head)) {
      if (k != head && (s.relation(k).startsWith("nmod") || s.relation(k).startsWith("obl")) && s.caseOrMark(k) >= 0
          && INSIDE_PREPS.contains(s.caseWord(k))) {
        Optional<Place> p = places.placeOfPhrase(s, k, countries);
        if (p.isPresent()) {
          return p;
        }
      }
    }
    return Optional.empty();
  }

  private Place targetCountry(ParsedSentence s, EventMention m, List<Place> named) {
    if (m.code().rootNumber() < 18 || m.target().isEmpty()) {
      return Place.UNKNOWN;
    }
    Actor t = m.target().get();
    if (!t.sectors().isEmpty() && ABROAD_SECTORS.contains(t.sectors().get(0)) || listedWithAnother(s, t.span())) {
      return Place.UNKNOWN;
    }
    Optional<Place> own = places.placeOfToponym(t.text(), Set.of(t.country()))
        .filter(p -> p.precision() != PlacePrecision.COUNTRY && p.country().equals(t.country()));
    if (own.isPresent()) {
      return own.get();
    }
    Optional<Place> country = countries.byIso3(t.country())
        .map(c -> new Place(c.name(), 0, c.iso3(), "", c.lat(), c.lon(), PlacePrecision.COUNTRY, t.text()));
    if (country.isEmpty()) {
      return Place.UNKNOWN;
    }
    List<Place> inside = new ArrayList<>();
    for (Place p : named) {
      if (p.country().equals(t.country()) && p.precision() != PlacePrecision.COUNTRY
          && inside.stream().noneMatch(q -> q.name().equals(p.name()))) {
        inside.add(p);
      }
    }
    return inside.size() == 1 ? inside.get(0) : country.get();
  }

  /** True when a word of the actor's span is coordinated with a proper noun outside it ("Iraq and Syria"). */
  private static boolean listedWithAnother(ParsedSentence s, CharSpan span) {
    for (Token k : s.tokens()) {
      if (k.span().begin() < span.begin() || k.span().end() > span.end()) {
        continue;
      }
      for (var d : s.children(k.index())) {
        if (d.relation().equals("conj") && outside(s, d.dependent(), span) && s.token(d.dependent()).isProperNoun()) {
          return true;
        }
      }
      int h = s.head(k.index());
      if (s.relation(k.index()).equals("conj") && h >= 0 && outside(s, h, span) && s.token(h).isProperNoun()) {
        return true;
      }
    }
    return false;
  }

  private static boolean outside(ParsedSentence s, int i, CharSpan span) {
    return s.token(i).span().end() <= span.begin() || s.token(i).span().begin() >= span.end();
  }

  /**
   * A statement made in a meeting report is made at the meeting. The lede event is the first
   * consultation (CAMEO 04) dated from the text to the story's lede day ({@code ledeDay}) with a known place; a
   * statement ({@link #isStatement}) with no place of its own, dated to that day (by the text or
   * the story) and made by an actor of a country that took part in the meeting, takes the
   * meeting's place ("China supports Iran's right ..., Dong added" in a report of the ministers'
   * meeting in Astana). Other events keep their place: a deed is not where a meeting was.
   */
  public static List<Event> placeFromStory(List<Event> events, Optional<LocalDate> ledeDay) {
    if (ledeDay.isEmpty()) {
      return events;
    }
    LocalDate lede = ledeDay.get();
    Optional<Event> meeting = events.stream()
        .filter(e -> e.code().rootNumber() == 4 && e.date().basis() == DateBasis.TEXT
            && e.date().value().equals(Optional.of(lede)) && e.place().isKnown())
        .findFirst();
    if (meeting.isEmpty()) {
      return events;
    }
    Set<String> parties = new LinkedHashSet<>();
    parties.add(meeting.get().source().country());
    meeting.get().target().ifPresent(t -> parties.add(t.country()));
    Place where = meeting.get().place();
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      boolean onTheDay = e.date().basis() != DateBasis.ARTICLE_DATE && e.date().value().equals(Optional.of(lede));
      if (!e.place().isKnown() && onTheDay && (isStatement(e.code()) || e.code().rootNumber() == 4)
          && parties.contains(e.source().country())) {
        e = new Event(e.id(), e.docId(), e.sentence(), e.span(), e.text(), e.source(), e.target(), e.code(), e.quadClass(),
            e.goldstein(), e.plover(), e.mode(), e.date(), where, e.killed(), e.wounded(), e.arrested(), e.displaced(), e.mentions(),
            e.provenance());
      }
      out.add(e);
    }
    return out;
  }
}
