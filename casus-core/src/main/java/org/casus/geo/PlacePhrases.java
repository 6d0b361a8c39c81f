package org.casus.geo;

import static org.casus.geo.NameSpans.CONTAINER_NOUNS;
import static org.casus.geo.NameSpans.FEATURE_WORDS;
import static org.casus.geo.NameSpans.LOCATIVE;
import static org.casus.geo.NameSpans.MISREAD_NER;
import static org.casus.geo.NameSpans.NAME_PARTS;
import static org.casus.geo.NameSpans.NATURAL_FEATURES;
import static org.casus.geo.NameSpans.NOT_PLACE_NER;
import static org.casus.geo.NameSpans.PLACE_NER;
import static org.casus.geo.NameSpans.UNLISTED_NER;
import static org.casus.geo.NameSpans.baseOf;
import static org.casus.geo.NameSpans.hasOf;
import static org.casus.geo.NameSpans.marker;
import static org.casus.geo.NameSpans.nameSpan;
import static org.casus.geo.NameSpans.ofNames;
import static org.casus.geo.NameSpans.qualifierAfter;
import static org.casus.geo.NameSpans.qualifierEnd;
import static org.casus.geo.NameSpans.TOWN_FACILITY_WORDS;
import static org.casus.geo.NameSpans.textOf;
import static org.casus.geo.ToponymResolver.countryPlace;
import static org.casus.geo.ToponymResolver.regionPlace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.casus.geo.TriggerAttachment.Candidate;
import org.casus.lexicon.Lexicon;
import org.casus.model.Place;
import org.casus.model.PlacePrecision;
import org.casus.nlp.Dependency;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;

/**
 * Place phrases: what place a noun phrase of the parse names (names with their qualifiers,
 * capitals, containers such as "the city of X", divisions such as "Herat province", towns the NER
 * misreads, lists of places), and the towns no table lists with the place that encloses them.
 * The rules are those of {@link GazetteerPlaceResolver}. Immutable; thread-safe.
 */
final class PlacePhrases {
  private final ToponymResolver toponyms;
  private final Gazetteer gazetteer;
  private final Countries countries;
  private final Regions regions;

  PlacePhrases(ToponymResolver toponyms, Gazetteer gazetteer, Countries countries, Regions regions) {
    this.toponyms = Objects.requireNonNull(toponyms);
    this.gazetteer = gazetteer;
    this.countries = countries;
    this.regions = regions;
  }

  /**
   * The place of a phrase; for a list of places ("missiles at Bahrain, Jordan and Kuwait") the
   * one member in the event's countries, or the country of several members in one country
   * ("Darfur and Kordofan"), else none: a list is no one event's place.
   */
  Optional<Place> placeOfListOrPhrase(ParsedSentence s, int h, Set<String> context) {
    List<Integer> members = new ArrayList<>(List.of(h));
    members.addAll(listedWith(s, h));
    if (members.size() == 1) {
      return placeOfPhrase(s, h, context);
    }
    List<Place> all = new ArrayList<>();
    for (int m : members) {
      placeOfPhrase(s, m, context).ifPresent(all::add);
    }
    List<Place> inContext = all.stream().filter(p -> context.contains(p.country())).toList();
    if (inContext.isEmpty()) {
      inContext = all.size() == members.size() ? all : List.of(); // no actor country: the list as a whole
    }
    if (inContext.size() == 1) {
      return Optional.of(inContext.get(0));
    }
    String first = inContext.isEmpty() ? "" : inContext.get(0).country();
    if (inContext.size() > 1 && !first.isEmpty() && inContext.stream().allMatch(p -> p.country().equals(first))) {
      // "villages in Darfur and Kordofan": the country that holds them all
      return countries.byIso3(first).map(c -> countryPlace(c, ""));
    }
    return Optional.empty();
  }

  /**
   * The places coordinated with {@code h} in a list ("Bahrain, Jordan and Kuwait"): its conjuncts
   * when one of them carries "and"/"or"; none when the commas only chain a place to its region
   * and country ("Jannata, South Governorate, Lebanon", which the parser may also read as conj).
   */
  static List<Integer> listedWith(ParsedSentence s, int h) {
    List<Integer> conj = s.children(h, "conj");
    boolean coordinated = conj.stream().anyMatch(c -> !s.children(c, "cc").isEmpty());
    return coordinated ? conj : List.of();
  }

  /**
   * A proper name that the text marks as a place (every token tagged LOCATION, CITY or GPE by the
   * NER) but that no table lists: a small town, village or site.
   */
  boolean isUnlistedName(ParsedSentence s, int h) {
    Token t = s.token(h);
    if (!t.isProperNoun() || !UNLISTED_NER.contains(t.ner())) {
      return false;
    }
    int[] span = nameSpan(s, h);
    for (int i = span[0]; i <= span[1]; i++) {
      Token k = s.token(i);
      if (!UNLISTED_NER.contains(k.ner()) && !(k.pos().equals("JJ") && i < h)
          || NATURAL_FEATURES.contains(k.word().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A proper name that no table lists (tagged a location, or not tagged at all), written with the place it lies in
   * after a comma ("strikes on Hodeidah, Yemen", "in Al-Safira, Aleppo Governorate, Syria"): the
   * "Name, Country" form of news datelines and summaries makes it a place. Not a person's or an
   * organisation's name, not a sea or river, and not a possessive qualifier ("Zelenskyy, Ukraine's
   * president").
   */
  boolean isQualifiedName(ParsedSentence s, int h, Set<String> context) {
    Token t = s.token(h);
    if (!t.isProperNoun() || NOT_PLACE_NER.contains(t.ner())) {
      return false;
    }
    int[] span = nameSpan(s, h);
    for (int i = span[0]; i <= span[1]; i++) {
      if (NATURAL_FEATURES.contains(s.token(i).word().toLowerCase(Locale.ROOT))
          || MISREAD_NER.contains(s.token(i).ner())) {
        return false;
      }
    }
    int end = qualifierEnd(s, span[1]);
    if (end < 0 || possessive(s, end) || toponyms.placeOfToponym(textOf(s, span[0], span[1]), context).isPresent()) {
      return false; // no qualifier, a possessive one, or a name the tables know ("Iran, Russia and China")
    }
    return qualifierPlace(s, span[1], context)
        .filter(p -> p.precision() == PlacePrecision.COUNTRY || p.precision() == PlacePrecision.REGION)
        .isPresent();
  }

  /**
   * The place the "Name, Region[, Country]" qualifiers after a name ending at token {@code hi}
   * name ("Jannata, South Governorate, Lebanon"); empty when there is none or no table knows it.
   */
  private Optional<Place> qualifierPlace(ParsedSentence s, int hi, Set<String> context) {
    String qualifier = qualifierAfter(s, hi);
    if (qualifier == null) {
      return Optional.empty();
    }
    String outer = qualifierAfter(s, qualifierEnd(s, hi));
    return toponyms.placeOfToponym(outer == null ? qualifier : qualifier + ", " + outer, context);
  }

  /**
   * The place that encloses an unlisted name: its "Name, Region[, Country]" qualifiers, a
   * locative phrase on it ("Vuhledar in the Donetsk region") or an "of" phrase naming a region or
   * country ("the Darashakran District of the Erbil Governorate"), else the one country or region
   * the sentence names, else empty.
   */
  Optional<Place> enclosingOf(ParsedSentence s, int h, Set<String> context) {
    int[] span = nameSpan(s, h);
    Optional<Place> q = qualifierPlace(s, span[1], context);
    if (q.isPresent()) {
      return q;
    }
    for (Dependency d : s.children(h)) {
      if (!d.baseRelation().equals("nmod") && !d.baseRelation().equals("obl")) {
        continue;
      }
      String marker = marker(s, d);
      Optional<Place> p = LOCATIVE.contains(marker) || marker.equals("of")
          ? placeOfPhrase(s, d.dependent(), context) : Optional.empty();
      if (p.isPresent() && (!marker.equals("of") || p.get().precision() == PlacePrecision.REGION
          || p.get().precision() == PlacePrecision.COUNTRY)) {
        return p; // "X in the Donetsk region", "the Darashakran District of the Erbil Governorate"
      }
    }
    List<Place> named = placesNamed(s).stream()
        .filter(p -> p.precision() == PlacePrecision.REGION || p.precision() == PlacePrecision.COUNTRY).toList();
    if (!named.isEmpty() && named.stream().allMatch(p -> p.country().equals(named.get(0).country()))
        && !named.get(0).country().isEmpty()) {
      return named.stream().filter(p -> p.precision() == PlacePrecision.REGION).findFirst().or(() -> Optional.of(named.get(0)));
    }
    return Optional.empty();
  }

  /** The unlisted name of candidate {@code c}, inside {@code enclosing}. */
  static Place locality(ParsedSentence s, Candidate c, Place enclosing) {
    int[] span = nameSpan(s, c.head());
    int lo = span[0];
    while (lo < c.head() && !s.token(lo).isProperNoun()) {
      lo++; // "war-torn Tessit": the name only
    }
    String name = textOf(s, lo, span[1]);
    String admin1 = enclosing.precision() == PlacePrecision.COUNTRY ? "" : enclosing.admin1();
    return new Place(name, 0, enclosing.country(), admin1, enclosing.lat(), enclosing.lon(), PlacePrecision.LOCALITY,
        name, c.relation());
  }

  /**
   * The places a sentence names: each proper name tagged as a location (the head of its compound/flat name), or
   * tagged as a person or organisation after a locative preposition (a town the NER misreads), is
   * resolved as a place phrase with no context countries.
   */
  public List<Place> placesNamed(ParsedSentence sentence) {
    Objects.requireNonNull(sentence);
    List<Place> out = new ArrayList<>();
    for (int i = 0; i < sentence.size(); i++) {
      Token t = sentence.token(i);
      if (!t.isProperNoun() || !PLACE_NER.contains(t.ner()) && !MISREAD_NER.contains(t.ner())) {
        continue;
      }
      int h = sentence.head(i);
      if (h >= 0 && NAME_PARTS.contains(baseOf(sentence.relation(i))) && sentence.token(h).isProperNoun()) {
        continue; // a part of a longer name, read with its head
      }
      placeOfPhrase(sentence, i, Set.of()).filter(p -> !out.contains(p)).ifPresent(out::add);
    }
    return out;
  }

  Optional<Place> placeOfPhrase(ParsedSentence s, int h, Set<String> context) {
    Token t = s.token(h);
    if (NOT_PLACE_NER.contains(t.ner())) {
      return misreadTown(s, h, context, false);
    }
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    if (!t.isProperNoun() && !PLACE_NER.contains(t.ner())) {
      if (CONTAINER_NOUNS.contains(lemma)) {
        return containerPhrase(s, h, lemma, context);
      }
      return Optional.empty();
    }
    if (CONTAINER_NOUNS.contains(lemma) && hasOf(s, h)) {
      // "the Port of Long Beach, Calif.", "the City of Cape Town": the place is the "of" name
      Optional<Place> p = containerPhrase(s, h, lemma, context);
      if (p.isPresent()) {
        return p;
      }
    }
    int[] span = nameSpan(s, h);
    for (int i = span[0]; i <= span[1]; i++) {
      if (NOT_PLACE_NER.contains(s.token(i).ner())) {
        return Optional.empty();
      }
    }
    // "the Democratic Republic of the Congo", "the Republic of Korea": a country named with "of"
    // (the parser makes "Congo" a complement of "Republic")
    for (Dependency d : s.children(h)) {
      if (d.baseRelation().equals("nmod") && marker(s, d).equals("of") && s.token(d.dependent()).isProperNoun()) {
        int end = nameSpan(s, d.dependent())[1];
        for (int lo = span[0]; lo <= h; lo++) {
          String full = textOf(s, lo, end);
          Optional<Country> c = countries.byPlaceName(full);
          if (c.isPresent()) {
            return Optional.of(countryPlace(c.get(), full));
          }
        }
      }
    }
    Set<String> hints = countryHints(s, h, span);
    String qualifier = qualifierAfter(s, span[1]);
    String chained = chainCountry(s, span[1]); // "Guma, Benue State, Nigeria": the NER tags the state an organisation
    if (h == span[1] && h > span[0] && DIVISION_NOUNS.contains(lemma)) {
      // "Dnipropetrovsk Oblast, Ukraine", "Aleppo Governorate": a division written as a proper
      // name, placed like "the Donetsk region"; a qualifier's country must hold it
      Optional<Place> in = qualifierPlace(s, span[1], context);
      Set<String> where = new HashSet<>(context);
      in.ifPresent(q -> where.add(q.country()));
      Optional<Place> division = namedDivision(s, h, lemma, where, true);
      if (division.isPresent()
          && (qualifier == null || in.isPresent() && in.get().country().equals(division.get().country()))) {
        return division;
      }
    }
    // Try the whole name, then without leading words ("war-stricken Gaza Strip" -> "Gaza Strip").
    for (int lo = span[0]; lo <= h; lo++) {
      String last = s.token(lo).word().toLowerCase(Locale.ROOT);
      if (lo > span[0] && lo == span[1] && (FEATURE_WORDS.contains(last) || TOWN_FACILITY_WORDS.contains(last))) {
        break; // "Caribbean Sea" is no place called "Sea", "Berbera Port" none called "Port"
      }
      String name = textOf(s, lo, span[1]);
      String toponym = qualifier == null ? name : textOf(s, lo, qualifierEnd(s, span[1]));
      Optional<Place> p = resolveInChain(name, qualifier, chained, hints, context, toponym);
      if (p.isPresent()) {
        return p;
      }
    }
    if (span[1] > span[0] && TOWN_FACILITY_WORDS.contains(s.token(span[1]).word().toLowerCase(Locale.ROOT))) {
      // "the Iranshahr Airport", "Kharkiv Airport": a facility named for its town is in it
      String town = textOf(s, span[0], span[1] - 1);
      return toponyms.resolveName(town, qualifier, hints, context, town)
          .filter(p -> p.precision() != PlacePrecision.COUNTRY);
    }
    return ownerCountry(s, h, span);
  }

  /**
   * The place {@code name} names under its {@code qualifier}; when that lies in another country than
   * the one its comma chain ends with ({@code chained}, null when none), a place of the name in that
   * country only, not the country itself.
   */
  private Optional<Place> resolveInChain(String name, String qualifier, String chained, Set<String> hints,
      Set<String> context, String toponym) {
    Optional<Place> p = toponyms.resolveName(name, qualifier, hints, context, toponym);
    if (p.isEmpty() || chained == null
        || p.get().country().equals(countries.byPlaceName(chained).orElseThrow().iso3())) {
      return p;
    }
    return toponyms.resolveName(name, chained, hints, context, toponym)
        .filter(x -> x.precision() != PlacePrecision.COUNTRY);
  }

  /**
   * The country named last in the chain of comma-separated proper names after a name ending at
   * token {@code hi}, whatever their NER tags ("Guma, Benue State, Nigeria" gives "Nigeria"); at
   * most three links; null when none is a country.
   */
  private String chainCountry(ParsedSentence s, int hi) {
    String found = null;
    int i = hi + 1;
    for (int links = 0; links < 3 && i + 1 < s.size() && s.token(i).word().equals(","); links++) {
      int to = i;
      while (to + 1 < s.size() && s.token(to + 1).isProperNoun()) {
        to++;
      }
      if (to == i) {
        break;
      }
      String run = textOf(s, i + 1, to);
      if (countries.byPlaceName(run).isPresent()) {
        found = run;
      }
      i = to + 1;
    }
    return found;
  }

  /**
   * "Lebanon's eastern Bekaa Valley", "Ukraine's Zaporizhzhia region": a place name that no table
   * lists, owned by a country named in the possessive, lies in that country (precision COUNTRY,
   * the whole phrase kept as the toponym). Only a name tagged as a place throughout.
   */
  private Optional<Place> ownerCountry(ParsedSentence s, int h, int[] span) {
    for (int i = span[0]; i <= span[1]; i++) {
      if (s.token(i).isProperNoun() && !PLACE_NER.contains(s.token(i).ner())) {
        return Optional.empty();
      }
    }
    for (int d : s.children(h, "nmod:poss")) {
      int[] owner = nameSpan(s, d);
      Optional<Country> c = countries.byPlaceName(textOf(s, owner[0], owner[1]));
      if (c.isPresent()) {
        return Optional.of(countryPlace(c.get(), textOf(s, owner[0], span[1])));
      }
    }
    return Optional.empty();
  }

  /**
   * A town that the NER tags as a person or organisation ("in Machala, El Oro, Ecuador", "around
   * El Fasher"): the statistical NER does not know many towns of Africa, Asia and Latin America.
   * Only a proper name with no determiner, governed by a locative preposition ({@link #LOCATIVE})
   * or named as {@code territory} (the object of a deed of occupation, which says it is a place)
   * and tagged PERSON or ORGANIZATION throughout, is looked up, and only a gazetteer town is
   * taken, when the text confirms it:
   * <ul>
   *   <li>a "Name, Country" qualifier, or "Name, Region" with a first-order division the tables
   *       hold, in which the gazetteer has the town; or</li>
   *   <li>the town lies in an actor's country or a country the sentence names (for "Name,
   *       Region" with a region the tables hold no division code for, in that region's country
   *       only), and is a capital, a first-order seat or has {@value #MISREAD_MIN_POPULATION}
   *       people or more ("in Congress" is no Arizona village); for territory, with
   *       {@value #MISREAD_TERRITORY_MIN_POPULATION} or more and by its own name, not a former one
   *       (Russia's Engels was once Pokrovsk).</li>
   * </ul>
   * On the Wikipedia current-events corpus, 54 names that the gazetteer lists follow a locative
   * preposition with such a tag; about two thirds are towns ("in Dera Ismail Khan", "in Bat Yam",
   * "near Gao"), the rest organisations with a determiner ("at the White House"), possessors ("in
   * Lim's death") and common words ("in Congress"), which these conditions turn away.
   */
  Optional<Place> misreadTown(ParsedSentence s, int h, Set<String> context, boolean territory) {
    Token t = s.token(h);
    if (!t.isProperNoun() || !MISREAD_NER.contains(t.ner()) || !s.children(h, "det").isEmpty()
        || !territory && s.children(h, "case").stream()
            .noneMatch(c -> LOCATIVE.contains(s.token(c).word().toLowerCase(Locale.ROOT)))) {
      return Optional.empty();
    }
    int[] span = nameSpan(s, h);
    for (int i = span[0]; i <= span[1]; i++) {
      Token k = s.token(i);
      if (!k.isProperNoun() || !MISREAD_NER.contains(k.ner()) && !PLACE_NER.contains(k.ner())) {
        return Optional.empty();
      }
    }
    String name = textOf(s, span[0], span[1]);
    String qualifier = qualifierAfter(s, span[1]);
    Set<String> confirming = new HashSet<>(context);
    confirming.addAll(countriesNamed(s));
    if (qualifier != null) {
      Optional<Country> country = countries.byPlaceName(qualifier);
      List<Region> regionsNamed = regions.lookup(qualifier);
      if (country.isPresent() || regionsNamed.stream().anyMatch(r -> !r.admin1().isEmpty())) {
        String toponym = textOf(s, span[0], qualifierEnd(s, span[1]));
        // CITY: a gazetteer town inside the qualifier, not the qualifier itself
        Optional<Place> town = toponyms.resolveName(name, qualifier, Set.of(), context, toponym)
            .filter(p -> p.precision() == PlacePrecision.CITY);
        if (town.isPresent() || country.isEmpty() || possessive(s, qualifierEnd(s, span[1]))) {
          return town;
        }
        // "in Bint Jbeil, Lebanon" with the town under another spelling or too small for the
        // gazetteer: the "Name, Country" form of datelines and summaries makes it a town there
        return Optional.of(locality(s, new Candidate(h, false, ""), countryPlace(country.get(), qualifier)));
      }
      if (!regionsNamed.isEmpty()) {
        // a region with no division code in the tables: only its country is known
        confirming = Set.of(regionsNamed.get(0).country());
      }
    }
    Set<String> in = confirming;
    String key = Toponyms.key(name);
    return gazetteer.lookup(name).stream()
        .filter(e -> in.contains(e.country()))
        .filter(e -> !territory || Toponyms.key(e.name()).equals(key)) // "captured Pokrovsk" is no town once so called
        .filter(e -> e.featureCode().equals("PPLC") || e.featureCode().equals("PPLA")
            || e.population() >= (territory ? MISREAD_TERRITORY_MIN_POPULATION : MISREAD_MIN_POPULATION))
        .max(java.util.Comparator.comparingLong(GazetteerEntry::population))
        .map(e -> toponyms.cityPlace(e, name));
  }

  /** Whether the qualifier ending at {@code end} is a possessive ("Zelenskyy, Ukraine's president"). */
  private static boolean possessive(ParsedSentence s, int end) {
    return end + 1 < s.size() && s.token(end + 1).pos().equals("POS");
  }

  /** The population from which a town in an actor's country needs no "Name, Country" qualifier. */
  static final long MISREAD_MIN_POPULATION = 50_000;

  /** The same for territory a deed took, which the deed already says is a place. */
  static final long MISREAD_TERRITORY_MIN_POPULATION = 10_000;

  /** ISO3 codes of the countries the sentence names (proper nouns tagged as places). */
  Set<String> countriesNamed(ParsedSentence s) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < s.size(); i++) {
      Token t = s.token(i);
      if (t.isProperNoun() && PLACE_NER.contains(t.ner())) {
        int[] span = nameSpan(s, i);
        countries.byPlaceName(textOf(s, span[0], span[1])).or(() -> countries.byPlaceName(t.word()))
            .ifPresent(c -> out.add(c.iso3()));
      }
    }
    return out;
  }

  /** "the Syrian capital (of Damascus)", "Syria's capital", "the city of Homs". */
  Optional<Place> containerPhrase(ParsedSentence s, int h, String lemma, Set<String> context) {
    Optional<Country> country = Optional.empty();
    int lo = h;
    for (Dependency d : s.children(h)) {
      String r = d.relation();
      if (r.equals("amod") || r.equals("compound") || r.equals("nmod:poss")) {
        Optional<Country> c = countries.byName(s.token(d.dependent()).word());
        if (c.isPresent()) {
          country = c;
          lo = Math.min(lo, d.dependent());
        }
      }
    }
    for (Dependency arc : s.children(h)) {
      int of = arc.dependent();
      if (!arc.baseRelation().equals("nmod") || !marker(s, arc).equals("of")) {
        continue;
      }
      Optional<Country> named = countries.byPlaceName(textOf(s, nameSpan(s, of)[0], nameSpan(s, of)[1]));
      if (named.isPresent() && lemma.equals("capital")) {
        country = named;
        continue;
      }
      Set<String> hints = country.map(c -> Set.of(c.iso3())).orElse(Set.of());
      int[] span = nameSpan(s, of);
      if (s.token(of).isProperNoun() || PLACE_NER.contains(s.token(of).ner())) {
        String qualifier = qualifierAfter(s, span[1]);
        String toponym = textOf(s, span[0], qualifier == null ? span[1] : qualifierEnd(s, span[1]));
        Optional<Place> p = toponyms.resolveName(textOf(s, span[0], span[1]), qualifier, hints, context, toponym);
        if (p.isPresent()) {
          if (!hints.isEmpty() && !hints.contains(p.get().country())) {
            continue; // "the Syrian capital of X" with X elsewhere: not trusted
          }
          return p;
        }
      }
    }
    if (LOCALITY_NOUNS.contains(lemma)) {
      // "the village of Um Garfa in North Kordofan": a named locality that no table lists
      for (int of : ofNames(s, h)) {
        if (!s.token(of).isProperNoun() || NOT_PLACE_NER.contains(s.token(of).ner())) {
          continue;
        }
        Optional<Country> named = country;
        Optional<Place> enclosing = enclosingOf(s, of, context).or(() -> named.map(c -> countryPlace(c, "")));
        if (enclosing.isPresent() && !enclosing.get().country().isEmpty()) {
          return Optional.of(locality(s, new Candidate(of, false, ""), enclosing.get()));
        }
      }
    }
    if (DIVISION_NOUNS.contains(lemma)) {
      Optional<Place> named = namedDivision(s, h, lemma, context, false);
      String qualifier = qualifierAfter(s, h);
      Optional<Place> in = qualifier == null ? Optional.empty() : toponyms.placeOfToponym(qualifier, context);
      if (named.isPresent() && in.isPresent() && !in.get().country().isEmpty()
          && !in.get().country().equals(named.get().country())) {
        return in; // "Bari region, Puntland": Italy's Bari is no seat of a region of Somalia
      }
      if (named.isPresent()) {
        return named;
      }
    }
    if (lemma.equals("capital") && country.isPresent()) {
      Country c = country.get();
      Optional<GazetteerEntry> cap = toponyms.capital(c);
      String toponym = textOf(s, lo, h);
      if (cap.isPresent()) {
        return Optional.of(toponyms.cityPlace(cap.get(), toponym));
      }
    }
    return Optional.empty();
  }

  /** Nouns of settlements named by an "of" complement: "the village of X", "the town of X". */
  static final Set<String> LOCALITY_NOUNS = Lexicon.words("locality-noun");

  /** Nouns of administrative divisions named after a place: "Herat province", "the Donetsk region". */
  static final Set<String> DIVISION_NOUNS = Lexicon.words("division-noun");

  /**
   * "Herat province", "the Donetsk region": a division noun with a proper-noun name before it. The
   * regions table is tried first under the name; else the division is placed at its namesake
   * gazetteer place (divisions are usually named after their seat; a first-order seat, GeoNames
   * PPLA, before any other place of the name), named "Herat Province", precision REGION, so that a
   * province is never reported as its seat city. With {@code seatOnly}
   * (a division written as a proper name, which the NER may also tag when it is a small district),
   * a namesake that is no first-order seat must lie in one of the {@code context} countries.
   */
  Optional<Place> namedDivision(ParsedSentence s, int h, String lemma, Set<String> context, boolean seatOnly) {
    int lo = h;
    for (int c : s.children(h, "compound")) {
      if (c == lo - 1 && s.token(c).isProperNoun()) {
        lo = nameSpan(s, c)[0];
      }
    }
    if (lo == h) {
      return Optional.empty();
    }
    String name = textOf(s, lo, h - 1);
    String toponym = textOf(s, lo, h);
    for (Region r : regions.lookup(toponym)) {
      return Optional.of(regionPlace(r, toponym));
    }
    for (Region r : regions.lookup(name)) {
      return Optional.of(regionPlace(r, toponym));
    }
    // the seat of a first-order division first ("Donetsk Oblast" is Ukraine's, whatever the actors)
    Optional<Place> seat = gazetteer.lookup(name).stream().filter(e -> e.featureCode().equals("PPLA"))
        .max(java.util.Comparator.comparingLong(GazetteerEntry::population)).map(e -> toponyms.cityPlace(e, name))
        .or(() -> toponyms.resolveName(name, null, Set.of(), context, toponym)
            .filter(p -> !seatOnly || context.contains(p.country())));
    if (seat.isEmpty() || seat.get().precision() != PlacePrecision.CITY) {
      return seat.filter(p -> p.precision() == PlacePrecision.REGION);
    }
    Place c = seat.get();
    String title = name + " " + Character.toUpperCase(lemma.charAt(0)) + lemma.substring(1);
    return Optional.of(new Place(title, 0, c.country(), title, c.lat(), c.lon(), PlacePrecision.REGION, toponym));
  }

  Set<String> countryHints(ParsedSentence s, int h, int[] span) {
    Set<String> hints = new HashSet<>();
    for (Dependency d : s.children(h)) {
      if ((d.relation().equals("amod") || d.relation().equals("nmod:poss"))
          && (d.dependent() < span[0] || d.dependent() > span[1])) {
        countries.byName(s.token(d.dependent()).word()).ifPresent(c -> hints.add(c.iso3()));
      }
    }
    return hints;
  }
}
