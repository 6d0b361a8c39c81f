package org.casus.geo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.casus.model.Place;
import org.casus.model.PlacePrecision;
import org.casus.nlp.Dependency;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;
import org.casus.resource.ResourceFormatException;

/**
 * Resolves event places with the dependency tree, the GeoNames gazetteer, the country table and
 * the regions table.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li><b>Attachment.</b> Only phrases tied to the trigger count: a dependent of the trigger (or of
 *       the verb whose object or subject the trigger noun is) inside the trigger's clause, at most
 *       {@value #MAX_DEPTH} arcs away (a subject arc counts two), attached by {@code obl} or
 *       {@code nmod} with a locative preposition ({@code in, at, near, inside, outside, within,
 *       throughout, across, around}; the relation's subtype, {@code obl:in}, or else the
 *       dependent's {@code case} word). Relative, adverbial and complement clauses, conjuncts and
 *       possessors are not followed. The
 *       nearest such phrase that resolves wins ("attacked a clinic in Bunia", "met ... in Lima",
 *       "shelled the trade office of Chad's mission in the Libyan capital"). A phrase
 *       attached by {@code on} or {@code against} ("strikes on Kyiv") counts only when it names a
 *       city or region, never a whole country ("sanctions on Iran" is not located in Iran).</li>
 *   <li><b>Names of people and organisations are not places.</b> A phrase with a token tagged
 *       PERSON or ORGANIZATION is skipped ("Kingston Police", "Jordan Peterson"); only proper nouns
 *       or tokens tagged as locations are looked up. The exception is a town the NER misreads,
 *       governed by a locative preposition and confirmed by the text (see {@code misreadTown}).</li>
 *   <li><b>"City, Country" / "City, State".</b> Proper nouns right after a comma following the name
 *       restrict the candidates to that country or first-order division ("Lima, Peru",
 *       "Bangor, Maine"); a name not found there falls back to the qualifier itself.</li>
 *   <li><b>Capitals.</b> "the Syrian capital", "Syria's capital", "the capital of Syria" give the
 *       country's capital; "the Syrian capital of Damascus" looks Damascus up in Syria. "the
 *       capital" with no country is left unresolved.</li>
 *   <li><b>Lookup order.</b> The hand-written regions table (Gaza Strip, West Bank, Donbas ...),
 *       then country names (precision COUNTRY, the country's representative point from
 *       world-countries; a city-state whose capital has the same name gives that city), then
 *       gazetteer places and first-order divisions (Ontario, Maine).</li>
 *   <li><b>Ranking gazetteer candidates.</b> score = log10(population + 10) + 2 if the place lies in
 *       an actor's country or a country named in the phrase + 1 for a national capital (PPLC), 0.5
 *       for a first-order seat (PPLA). So an actor's country outweighs a hundredfold population,
 *       and a large foreign capital still beats a small namesake in an actor's country (Paris,
 *       France over Paris, Texas for an American actor). A first-order division with the same name
 *       beats a city unless the city is a capital, a first-order seat or has a million people
 *       (Ontario the province, not Ontario, California; Washington the city, not the state).</li>
 * </ol>
 *
 * <p>Immutable and thread-safe after construction.
 */
public final class GazetteerPlaceResolver implements PlaceResolver {
  /** How many arcs from the trigger a place phrase may be. */
  public static final int MAX_DEPTH = 6;

  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "inside", "outside", "within",
      "throughout", "across", "around", "outside_of", "near_to", "close_to", "in_front_of");
  private static final Set<String> TARGET = Set.of("on", "against", "upon");
  /**
   * Words that end a feature's or facility's name and are no place on their own ("Sea", "River",
   * "Strip", "the Southport Yacht Basin").
   */
  private static final Set<String> FEATURE_WORDS = Set.of("sea", "ocean", "river", "lake", "gulf", "bay", "strait",
      "island", "islands", "strip", "bank", "coast", "desert", "mountain", "mountains", "valley", "canal", "peninsula",
      "region", "province", "state", "county", "district", "city", "border", "basin", "harbour", "harbor", "marina",
      "airport", "base", "square", "street", "bridge", "dam", "republic");

  private static final Set<String> NOT_PLACE_NER = Set.of("PERSON", "ORGANIZATION", "DATE", "TIME", "DURATION",
      "NUMBER", "ORDINAL", "MONEY", "PERCENT", "TITLE", "SET");
  private static final Set<String> PLACE_NER = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "GPE");
  private static final Set<String> CONTAINER_NOUNS = Set.of("city", "town", "village", "province", "region",
      "district", "governorate", "oblast", "state", "area", "enclave", "territory", "port", "capital", "suburb",
      "outskirts");
  private static final Set<String> NAME_PARTS = Set.of("compound", "flat", "amod");

  private final Gazetteer gazetteer;
  private final Countries countries;
  private final Regions regions;

  /**
   * @param gazetteer the GeoNames gazetteer
   * @param countries the country table
   * @param regions the regions and first-order divisions table
   */
  public GazetteerPlaceResolver(Gazetteer gazetteer, Countries countries, Regions regions) {
    this.gazetteer = Objects.requireNonNull(gazetteer);
    this.countries = Objects.requireNonNull(countries);
    this.regions = Objects.requireNonNull(regions);
  }

  /**
   * Loads the bundled gazetteer, countries, regions and admin1 resources (about a second).
   *
   * @throws ResourceFormatException if a resource is missing, fails its checksum or has a bad row
   */
  public static GazetteerPlaceResolver loadDefault() throws ResourceFormatException {
    return new GazetteerPlaceResolver(Gazetteer.loadDefault(), Countries.loadDefault(), Regions.loadDefault());
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  public Countries countries() {
    return countries;
  }

  public Regions regions() {
    return regions;
  }

  @Override
  public Place resolve(ParsedSentence sentence, int trigger, Set<String> actorCountries) {
    return resolve(sentence, trigger, actorCountries, false);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Here: the attachment rule of the class comment without entering the saying's object,
   * object complement or clausal complements, nor a nominal trigger's {@code of} complement (what
   * was said about: "slammed the attack ... in Syria", "invited him to a conference in Beijing",
   * "its condemnation of the strike in Damascus"). Phrases on the verb itself and its subject stay
   * ("said in Brussels", "ministers meeting in Brussels condemned ...").
   */
  @Override
  public Place resolveStatement(ParsedSentence sentence, int trigger, Set<String> actorCountries) {
    return resolve(sentence, trigger, actorCountries, true);
  }

  private Place resolve(ParsedSentence sentence, int trigger, Set<String> actorCountries, boolean saying) {
    Objects.requireNonNull(sentence);
    if (trigger < 0 || trigger >= sentence.size()) {
      throw new IllegalArgumentException("trigger " + trigger + " outside sentence of " + sentence.size() + " tokens");
    }
    Set<String> context = actorCountries == null ? Set.of() : actorCountries;
    Place best = null;
    Candidate unlisted = null;
    for (Candidate c : attachedPhrases(sentence, trigger, saying)) {
      Optional<Place> p = placeOfListOrPhrase(sentence, c.head, context);
      if (p.isPresent() && (!c.targetOnly || p.get().precision() != PlacePrecision.COUNTRY)) {
        Place q = p.get().withRelation(c.relation);
        if (best == null) {
          best = q;
        } else if (q.precision().ordinal() < best.precision().ordinal() && inside(q, best)) {
          best = q; // "positions near Bakhmut in the Donetsk region": the town, not the region
        }
      } else if (p.isEmpty() && unlisted == null && !c.targetOnly && listedWith(sentence, c.head).isEmpty()
          && isUnlistedName(sentence, c.head)) {
        // (not in a list: placeOfListOrPhrase was placeOfPhrase itself, and found nothing)
        unlisted = c;
      }
    }
    if (unlisted != null && (best == null || best.precision() == PlacePrecision.REGION
        || best.precision() == PlacePrecision.COUNTRY)) {
      Place enclosing = best != null ? best : enclosingOf(sentence, unlisted.head, context).orElse(null);
      if (enclosing != null) {
        return locality(sentence, unlisted, enclosing);
      }
    }
    return best == null ? Place.UNKNOWN : best;
  }

  /**
   * The place of a phrase; for a list of places ("missiles at Bahrain, Jordan and Kuwait") the
   * one member in the event's countries, or the country of several members in one country
   * ("Darfur and Kordofan"), else none: a list is no one event's place.
   */
  private Optional<Place> placeOfListOrPhrase(ParsedSentence s, int h, Set<String> context) {
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
  private static List<Integer> listedWith(ParsedSentence s, int h) {
    List<Integer> conj = s.children(h, "conj");
    boolean coordinated = conj.stream().anyMatch(c -> !s.children(c, "cc").isEmpty());
    return coordinated ? conj : List.of();
  }

  /**
   * A town or site the text names near the trigger that no table lists ("near Tessit"), placed
   * in {@code country}: for a caller that knows the event's country from its actors. Precision
   * {@link PlacePrecision#LOCALITY}, at the country's representative point.
   *
   * @param sentence the parsed sentence, non-null
   * @param trigger 0-based token index of the event's verb or noun
   * @param iso3 ISO 3166-1 alpha-3 code of the country to place it in
   * @return the locality, or empty when no unlisted name is attached to the trigger or the country
   *     is not in the country table
   * @throws IllegalArgumentException if {@code trigger} is outside the sentence
   */
  @Override
  public Optional<Place> unlistedLocality(ParsedSentence sentence, int trigger, String iso3) {
    Objects.requireNonNull(sentence);
    if (trigger < 0 || trigger >= sentence.size()) {
      throw new IllegalArgumentException("trigger " + trigger + " outside sentence of " + sentence.size() + " tokens");
    }
    Optional<Country> country = countries.byIso3(iso3);
    if (country.isEmpty()) {
      return Optional.empty();
    }
    for (Candidate c : attachedPhrases(sentence, trigger, false)) {
      if (c.targetOnly) {
        continue;
      }
      if (placeOfPhrase(sentence, c.head, Set.of(iso3)).isPresent()) {
        return Optional.empty(); // a listed place is nearer: not for this method
      }
      if (isUnlistedName(sentence, c.head)) {
        return Optional.of(locality(sentence, c, countryPlace(country.get(), "")));
      }
    }
    return Optional.empty();
  }

  /** True when {@code q} may lie in {@code outer}: the same country (the text ties them). */
  private static boolean inside(Place q, Place outer) {
    return !outer.country().isEmpty() && q.country().equals(outer.country());
  }

  /**
   * A proper name that the text marks as a place (every token tagged LOCATION, CITY or GPE by the
   * NER) but that no table lists: a small town, village or site.
   */
  private boolean isUnlistedName(ParsedSentence s, int h) {
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

  private static final Set<String> UNLISTED_NER = Set.of("LOCATION", "CITY", "GPE");

  /**
   * Words that make a name a sea, river, range or desert ("the Pacific Ocean", "the Red Sea"): not
   * a locality, and often in no one country, so never placed by the actors' country.
   */
  private static final Set<String> NATURAL_FEATURES = Set.of("ocean", "sea", "gulf", "strait", "straits", "channel",
      "river", "lake", "bay", "mountains", "mountain", "mount", "desert", "valley", "plateau", "peninsula", "coast",
      "basin", "canal", "archipelago");

  /**
   * The place that encloses an unlisted name: its "Name, Region[, Country]" qualifiers, a
   * locative phrase on it ("Vuhledar in the Donetsk region") or an "of" phrase naming a region or
   * country ("the Darashakran District of the Erbil Governorate"), else the one country or region
   * the sentence names, else empty.
   */
  private Optional<Place> enclosingOf(ParsedSentence s, int h, Set<String> context) {
    int[] span = nameSpan(s, h);
    String qualifier = qualifierAfter(s, span[1]);
    if (qualifier != null) {
      int end = qualifierEnd(s, span[1]);
      String outer = qualifierAfter(s, end); // "Jannata, South Governorate, Lebanon"
      Optional<Place> q = placeOfToponym(outer == null ? qualifier : qualifier + ", " + outer, context);
      if (q.isPresent()) {
        return q;
      }
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
  private static Place locality(ParsedSentence s, Candidate c, Place enclosing) {
    int[] span = nameSpan(s, c.head);
    int lo = span[0];
    while (lo < c.head && !s.token(lo).isProperNoun()) {
      lo++; // "war-torn Tessit": the name only
    }
    String name = textOf(s, lo, span[1]);
    String admin1 = enclosing.precision() == PlacePrecision.COUNTRY ? "" : enclosing.admin1();
    return new Place(name, 0, enclosing.country(), admin1, enclosing.lat(), enclosing.lon(), PlacePrecision.LOCALITY,
        name, c.relation);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Here: each proper name tagged as a location (the head of its compound/flat name), or
   * tagged as a person or organisation after a locative preposition (a town the NER misreads), is
   * resolved as a place phrase with no context countries.
   */
  @Override
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

  private static String baseOf(String relation) {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  @Override
  public Optional<Place> placeOfToponym(String text, Set<String> contextCountries) {
    Objects.requireNonNull(text);
    Set<String> context = contextCountries == null ? Set.of() : contextCountries;
    String name = text.strip();
    String qualifier = null;
    int comma = name.lastIndexOf(',');
    if (comma > 0) {
      qualifier = name.substring(comma + 1).strip();
      name = name.substring(0, comma).strip();
    }
    if (name.isEmpty()) {
      return Optional.empty();
    }
    return resolveName(name, qualifier == null || qualifier.isEmpty() ? null : qualifier, Set.of(), context,
        text.strip());
  }

  // ------------------------------------------------------------------ attachment

  /**
   * A phrase tied to the trigger.
   *
   * @param relation the event's relation to the phrase's place ({@link Place#relation()})
   */
  private record Candidate(int head, boolean targetOnly, String relation) {}

  /** Compass directions that, with "of", make a relative place ("south-east of Vuhledar"). */
  private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northeast", "north-east",
      "northwest", "north-west", "southeast", "south-east", "southwest", "south-west");

  /** The relation a locative preposition gives ({@link Place#relation()}). */
  private static String relationOf(String marker) {
    return switch (marker) {
      case "near", "near_to", "close_to", "around" -> "near";
      case "outside", "outside_of" -> "outside";
      default -> "";
    };
  }

  /** Relations not followed from the trigger: other clauses, possessors, function words. */
  private static final Set<String> NOT_FOLLOWED = Set.of("acl", "advcl", "ccomp", "csubj", "parataxis", "conj", "cc",
      "punct", "case", "mark", "det", "aux", "cop", "nummod", "advmod", "discourse", "vocative", "expl", "list",
      "orphan", "reparandum", "goeswith");

  /** Relations that hold what a statement is about. */
  private static final Set<String> SAID_ABOUT = Set.of("obj", "iobj", "xcomp", "ccomp");

  /**
   * Locative phrases tied to the trigger, nearest first (arcs from the trigger, then word order).
   * A subject costs one extra arc ("Police in Ontario arrested ...").
   */
  private static List<Candidate> attachedPhrases(ParsedSentence s, int trigger, boolean saying) {
    List<int[]> found = new ArrayList<>(); // {token, depth, targetOnly}
    java.util.Map<Integer, String> relations = new java.util.HashMap<>();
    int[] depth = new int[s.size()];
    java.util.Arrays.fill(depth, Integer.MAX_VALUE);
    Deque<Integer> queue = new ArrayDeque<>();
    depth[trigger] = 0;
    queue.add(trigger);
    String rel = s.relation(trigger);
    int head = s.head(trigger);
    boolean tornFromParticiple = rel.equals("dep") && head >= 0 && s.token(head).pos().equals("VBG")
        && s.children(trigger, "nsubj").isEmpty(); // "ministers meeting in Brussels condemned" parsed with "meeting" as root
    if (head >= 0 && (rel.equals("obj") || rel.startsWith("nsubj") || rel.equals("xcomp") || tornFromParticiple)) {
      // "carried out airstrikes ... in Damascus": the light verb holds the locative phrase
      depth[head] = 1;
      queue.add(head);
    }
    while (!queue.isEmpty()) {
      int node = queue.poll();
      if (depth[node] >= MAX_DEPTH) {
        continue;
      }
      for (Dependency d : s.children(node)) {
        String base = d.baseRelation();
        int dep0 = d.dependent();
        boolean participle = s.token(dep0).pos().equals("VBG") && s.children(dep0, "nsubj").isEmpty()
            && (d.relation().equals("acl") && s.relation(node).startsWith("nsubj") && s.head(node) == trigger
                || base.equals("advcl") && node == trigger);
        boolean direction = base.equals("advmod") && DIRECTIONS.contains(s.token(dep0).lemma().toLowerCase(Locale.ROOT));
        if (NOT_FOLLOWED.contains(base) && !participle && !direction || d.relation().equals("nmod:poss") || d.relation().endsWith("tmod")
            || d.relation().endsWith("npmod")) {
          continue;
        }
        if (saying && (SAID_ABOUT.contains(base)
            || node == trigger && base.equals("nmod") && marker(s, d).equals("of"))) {
          continue; // what was said about is not where it was said
        }
        int cost = base.equals("nsubj") ? 2 : 1;
        int dep = d.dependent();
        if (depth[node] + cost >= depth[dep]) {
          continue;
        }
        depth[dep] = depth[node] + cost;
        queue.add(dep);
        if (base.equals("obl") || base.equals("nmod") || base.equals("dep")) {
          String marker = marker(s, d);
          if (LOCATIVE.contains(marker)) {
            found.add(new int[] {dep, depth[dep], 0});
            relations.put(dep, relationOf(marker));
          } else if (TARGET.contains(marker)) {
            found.add(new int[] {dep, depth[dep], 1});
          } else if (marker.equals("of") && DIRECTIONS.contains(s.token(node).lemma().toLowerCase(Locale.ROOT))) {
            // "positions south-east of Vuhledar": the town, with the direction kept
            found.add(new int[] {dep, depth[dep], 0});
            relations.put(dep, s.token(node).word().toLowerCase(Locale.ROOT) + " of");
          }
        }
      }
    }
    found.sort((a, b) -> a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(a[0], b[0]));
    List<Candidate> out = new ArrayList<>();
    for (int[] f : found) {
      if (f[1] <= MAX_DEPTH) {
        out.add(new Candidate(f[0], f[2] == 1, relations.getOrDefault(f[0], "")));
      }
    }
    return out;
  }

  /**
   * The preposition of a nominal arc: the subtype when the parser gives one ({@code obl:in}),
   * else the dependent's {@code case} word(s) with their {@code fixed} parts ("in front of" is
   * {@code in_front_of}); {@code ""} when none.
   */
  static String marker(ParsedSentence s, Dependency d) {
    int colon = d.relation().indexOf(':');
    if (colon > 0) {
      return d.relation().substring(colon + 1).toLowerCase(Locale.ROOT);
    }
    StringBuilder sb = new StringBuilder();
    for (int c : s.children(d.dependent(), "case")) {
      if (sb.length() > 0) {
        sb.append('_');
      }
      sb.append(s.token(c).word().toLowerCase(Locale.ROOT));
      for (int f : s.children(c, "fixed")) {
        sb.append('_').append(s.token(f).word().toLowerCase(Locale.ROOT));
      }
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------ phrases

  private Optional<Place> placeOfPhrase(ParsedSentence s, int h, Set<String> context) {
    Token t = s.token(h);
    if (NOT_PLACE_NER.contains(t.ner())) {
      return misreadTown(s, h, context);
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
    // Try the whole name, then without leading words ("war-stricken Gaza Strip" -> "Gaza Strip").
    for (int lo = span[0]; lo <= h; lo++) {
      if (lo > span[0] && lo == span[1] && FEATURE_WORDS.contains(s.token(lo).word().toLowerCase(Locale.ROOT))) {
        break; // "Caribbean Sea" is no place called "Sea"
      }
      String name = textOf(s, lo, span[1]);
      String toponym = qualifier == null ? name : textOf(s, lo, qualifierEnd(s, span[1]));
      Optional<Place> p = resolveName(name, qualifier, hints, context, toponym);
      if (p.isPresent()) {
        return p;
      }
    }
    return Optional.empty();
  }

  /**
   * A town that the NER tags as a person or organisation ("in Machala, El Oro, Ecuador", "around
   * El Fasher"): the statistical NER does not know many towns of Africa, Asia and Latin America.
   * Only a proper name with no determiner, governed by a locative preposition ({@link #LOCATIVE})
   * and tagged PERSON or ORGANIZATION throughout, is looked up, and only a gazetteer town is
   * taken, when the text confirms it:
   * <ul>
   *   <li>a "Name, Country" qualifier, or "Name, Region" with a first-order division the tables
   *       hold, in which the gazetteer has the town; or</li>
   *   <li>the town lies in an actor's country or a country the sentence names (for "Name,
   *       Region" with a region the tables hold no division code for, in that region's country
   *       only), and is a capital, a first-order seat or has {@value #MISREAD_MIN_POPULATION}
   *       people or more ("in Congress" is no Arizona village).</li>
   * </ul>
   * On the Wikipedia current-events corpus, 54 names that the gazetteer lists follow a locative
   * preposition with such a tag; about two thirds are towns ("in Dera Ismail Khan", "in Bat Yam",
   * "near Gao"), the rest organisations with a determiner ("at the White House"), possessors ("in
   * Lim's death") and common words ("in Congress"), which these conditions turn away.
   */
  private Optional<Place> misreadTown(ParsedSentence s, int h, Set<String> context) {
    Token t = s.token(h);
    if (!t.isProperNoun() || !MISREAD_NER.contains(t.ner()) || !s.children(h, "det").isEmpty()
        || s.children(h, "case").stream().noneMatch(c -> LOCATIVE.contains(s.token(c).word().toLowerCase(Locale.ROOT)))) {
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
        return resolveName(name, qualifier, Set.of(), context, toponym).filter(p -> p.precision() == PlacePrecision.CITY);
      }
      if (!regionsNamed.isEmpty()) {
        // a region with no division code in the tables: only its country is known
        confirming = Set.of(regionsNamed.get(0).country());
      }
    }
    Set<String> in = confirming;
    return gazetteer.lookup(name).stream()
        .filter(e -> in.contains(e.country()))
        .filter(e -> e.featureCode().equals("PPLC") || e.featureCode().equals("PPLA")
            || e.population() >= MISREAD_MIN_POPULATION)
        .max(java.util.Comparator.comparingLong(GazetteerEntry::population))
        .map(e -> cityPlace(e, name));
  }

  /** NER tags that a town unknown to the NER models gets. */
  private static final Set<String> MISREAD_NER = Set.of("PERSON", "ORGANIZATION");
  /** The population from which a town in an actor's country needs no "Name, Country" qualifier. */
  static final long MISREAD_MIN_POPULATION = 50_000;

  /** ISO3 codes of the countries the sentence names (proper nouns tagged as places). */
  private Set<String> countriesNamed(ParsedSentence s) {
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
  private Optional<Place> containerPhrase(ParsedSentence s, int h, String lemma, Set<String> context) {
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
        Optional<Place> p = resolveName(textOf(s, span[0], span[1]), qualifier, hints, context, toponym);
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
      Optional<Place> named = namedDivision(s, h, lemma, context);
      if (named.isPresent()) {
        return named;
      }
    }
    if (lemma.equals("capital") && country.isPresent()) {
      Country c = country.get();
      Optional<GazetteerEntry> cap = capital(c);
      String toponym = textOf(s, lo, h);
      if (cap.isPresent()) {
        return Optional.of(cityPlace(cap.get(), toponym));
      }
    }
    return Optional.empty();
  }

  /** Nouns of settlements named by an "of" complement: "the village of X", "the town of X". */
  private static final Set<String> LOCALITY_NOUNS = Set.of("village", "town", "city", "hamlet", "settlement");

  /** The heads of a noun's "of" complements. */
  private static List<Integer> ofNames(ParsedSentence s, int h) {
    List<Integer> out = new ArrayList<>();
    for (Dependency arc : s.children(h)) {
      if (arc.baseRelation().equals("nmod") && marker(s, arc).equals("of")) {
        out.add(arc.dependent());
      }
    }
    return out;
  }

  /** Nouns of administrative divisions named after a place: "Herat province", "the Donetsk region". */
  private static final Set<String> DIVISION_NOUNS = Set.of("province", "region", "governorate", "oblast", "district",
      "state", "county", "prefecture");

  private static boolean hasOf(ParsedSentence s, int h) {
    for (Dependency arc : s.children(h)) {
      if (arc.baseRelation().equals("nmod") && marker(s, arc).equals("of")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Herat province", "the Donetsk region": a division noun with a proper-noun name before it. The
   * regions table is tried first under the name; else the division is placed at its namesake
   * gazetteer place (divisions are usually named after their seat), named "Herat Province",
   * precision REGION, so that a province is never reported as its seat city.
   */
  private Optional<Place> namedDivision(ParsedSentence s, int h, String lemma, Set<String> context) {
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
    Optional<Place> seat = resolveName(name, null, Set.of(), context, toponym);
    if (seat.isEmpty() || seat.get().precision() != PlacePrecision.CITY) {
      return seat.filter(p -> p.precision() == PlacePrecision.REGION);
    }
    Place c = seat.get();
    String title = name + " " + Character.toUpperCase(lemma.charAt(0)) + lemma.substring(1);
    return Optional.of(new Place(title, 0, c.country(), title, c.lat(), c.lon(), PlacePrecision.REGION, toponym));
  }

  /**
   * The place a noun phrase headed by token {@code head} names, with the rules of the class
   * comment (names, "City, Country", capitals, containers); empty when it names none.
   *
   * @throws IndexOutOfBoundsException if {@code head} is not a token index of {@code s}
   */
  @Override
  public Optional<Place> placeOfPhrase(ParsedSentence s, int head, Collection<String> contextCountries) {
    return placeOfPhrase(s, head, Set.copyOf(contextCountries));
  }

  private Optional<GazetteerEntry> capital(Country c) {
    Optional<GazetteerEntry> cap = gazetteer.capitalOf(c.iso3());
    if (cap.isPresent() || c.capital().isEmpty()) {
      return cap;
    }
    // GeoNames marks no PPLC for some countries (Israel's Jerusalem is PPLA): use the country
    // table's capital name, looked up inside that country.
    return gazetteer.lookup(c.capital()).stream().filter(e -> e.country().equals(c.iso3())).findFirst();
  }

  /** Tokens [lo, hi] of the proper name headed by {@code h}: its compound/flat/amod parts. */
  private static int[] nameSpan(ParsedSentence s, int h) {
    int lo = h;
    int hi = h;
    boolean grown = true;
    while (grown) {
      grown = false;
      for (Dependency d : s.dependencies()) {
        int dep = d.dependent();
        if (d.governor() < lo || d.governor() > hi || dep >= lo && dep <= hi) {
          continue;
        }
        String base = d.baseRelation();
        if (!NAME_PARTS.contains(base) || (dep != lo - 1 && dep != hi + 1)) {
          continue;
        }
        Token t = s.token(dep);
        boolean capitalised = !t.word().isEmpty() && Character.isUpperCase(t.word().codePointAt(0));
        if (base.equals("amod") && !capitalised && !t.word().contains("-")) {
          continue; // "occupied", "northern" are not part of the name; "war-stricken" is tried and dropped
        }
        lo = Math.min(lo, dep);
        hi = Math.max(hi, dep);
        grown = true;
      }
    }
    return new int[] {lo, hi};
  }

  private Set<String> countryHints(ParsedSentence s, int h, int[] span) {
    Set<String> hints = new HashSet<>();
    for (Dependency d : s.children(h)) {
      if ((d.relation().equals("amod") || d.relation().equals("nmod:poss"))
          && (d.dependent() < span[0] || d.dependent() > span[1])) {
        countries.byName(s.token(d.dependent()).word()).ifPresent(c -> hints.add(c.iso3()));
      }
    }
    return hints;
  }

  /** The proper nouns after "Name ," — "Peru" in "Lima, Peru" — or null. */
  private static String qualifierAfter(ParsedSentence s, int hi) {
    int end = qualifierEnd(s, hi);
    return end < 0 ? null : textOf(s, hi + 2, end);
  }

  private static int qualifierEnd(ParsedSentence s, int hi) {
    if (hi + 2 >= s.size() || !s.token(hi + 1).word().equals(",")) {
      return -1;
    }
    int end = -1;
    for (int i = hi + 2; i < s.size(); i++) {
      Token t = s.token(i);
      if (!t.isProperNoun() || NOT_PLACE_NER.contains(t.ner())) {
        break;
      }
      end = i;
    }
    return end;
  }

  private static String textOf(ParsedSentence s, int from, int to) {
    int base = s.span().begin();
    int b = s.token(from).span().begin() - base;
    int e = s.token(to).span().end() - base;
    if (b >= 0 && e <= s.text().length() && b <= e) {
      return s.text().substring(b, e);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = from; i <= to; i++) {
      if (i > from) {
        sb.append(' ');
      }
      sb.append(s.token(i).word());
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------ names

  private Optional<Place> resolveName(String name, String qualifier, Set<String> hints, Set<String> context,
      String toponym) {
    String country = null;
    String admin1 = null;
    Place qualifierPlace = null;
    if (qualifier != null && isCountryList(name, qualifier)) {
      qualifier = null; // "missiles at Bahrain, Jordan and Kuwait": a list, not "City, Country"
    }
    if (qualifier != null) {
      Optional<Country> c = countries.byPlaceName(qualifier);
      if (c.isPresent()) {
        country = c.get().iso3();
        qualifierPlace = countryPlace(c.get(), qualifier);
      } else {
        for (Region r : regions.lookup(qualifier)) {
          country = r.country().isEmpty() ? null : r.country();
          admin1 = r.admin1().isEmpty() ? null : r.admin1();
          qualifierPlace = regionPlace(r, qualifier);
          break;
        }
      }
    }
    final String inCountry = country;
    final String inAdmin1 = admin1;

    Region admin1Match = null;
    for (Region r : regions.lookup(name)) {
      if (inCountry != null && !r.country().equals(inCountry)) {
        continue;
      }
      if (r.admin1().isEmpty()) {
        return Optional.of(regionPlace(r, toponym));
      }
      if (admin1Match == null || context.contains(r.country()) && !context.contains(admin1Match.country())) {
        admin1Match = r;
      }
    }
    Optional<Country> asCountry = countries.byPlaceName(name);
    if (asCountry.isPresent() && (inCountry == null || inCountry.equals(asCountry.get().iso3()))
        && !(admin1Match != null && context.contains(admin1Match.country())
            && !context.contains(asCountry.get().iso3()))) {
      Country c = asCountry.get();
      Optional<GazetteerEntry> cap = gazetteer.capitalOf(c.iso3());
      if (cap.isPresent() && Toponyms.key(cap.get().name()).equals(Toponyms.key(name))) {
        return Optional.of(cityPlace(cap.get(), toponym)); // city-states: Singapore, Monaco
      }
      return Optional.of(countryPlace(c, toponym));
    }

    GazetteerEntry best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (GazetteerEntry e : gazetteer.lookup(name)) {
      if (inCountry != null && !e.country().equals(inCountry)) {
        continue;
      }
      if (inAdmin1 != null && !e.admin1().equals(inAdmin1)) {
        continue;
      }
      double score = Math.log10(e.population() + 10.0);
      if (context.contains(e.country()) || hints.contains(e.country())) {
        score += 2;
      }
      if (e.featureCode().equals("PPLC")) {
        score += 1;
      } else if (e.featureCode().equals("PPLA")) {
        score += 0.5;
      }
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    if (admin1Match != null) {
      boolean prominentCity = best != null && (best.featureCode().equals("PPLC") || best.featureCode().equals("PPLA")
          || best.population() >= 1_000_000);
      boolean admin1InContext = context.contains(admin1Match.country()) || hints.contains(admin1Match.country());
      boolean cityInContext = best != null && (context.contains(best.country()) || hints.contains(best.country()));
      if (best == null || !prominentCity && !(cityInContext && !admin1InContext)) {
        return Optional.of(regionPlace(admin1Match, toponym));
      }
    }
    if (best != null) {
      return Optional.of(cityPlace(best, toponym));
    }
    return Optional.ofNullable(qualifierPlace);
  }

  /**
   * True when "name, qualifier" lists two countries rather than naming a place in a country: both
   * are country names and the first is no division of the second ("Georgia, United States" is
   * the state).
   */
  private boolean isCountryList(String name, String qualifier) {
    Optional<Country> first = countries.byPlaceName(name);
    Optional<Country> second = countries.byPlaceName(qualifier);
    if (first.isEmpty() || second.isEmpty() || first.get().iso3().equals(second.get().iso3())) {
      return false;
    }
    String in = second.get().iso3();
    return regions.lookup(name).stream().noneMatch(r -> r.country().equals(in));
  }

  private Place cityPlace(GazetteerEntry e, String toponym) {
    return new Place(e.name(), e.geonamesId(), e.country(), gazetteer.admin1Name(e), e.lat(), e.lon(),
        PlacePrecision.CITY, toponym);
  }

  private static Place countryPlace(Country c, String toponym) {
    return new Place(c.name(), 0, c.iso3(), "", c.lat(), c.lon(), PlacePrecision.COUNTRY, toponym);
  }

  private static Place regionPlace(Region r, String toponym) {
    return new Place(r.name(), 0, r.country(), r.admin1().isEmpty() ? "" : r.name(), r.lat(), r.lon(),
        PlacePrecision.REGION, toponym);
  }
}
