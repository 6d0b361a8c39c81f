package org.casus.events.nominal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.casus.resource.ResourceFormatException;
import org.casus.resource.TsvResource;

/**
 * Nouns that name an event ("airstrike", "condemnation", "talks") with the CAMEO code they carry
 * when their actors are in the phrase ("Israel's airstrike against Iran"), and the light verbs
 * that turn such a noun into a clause ("carried out airstrikes", "launched an attack").
 *
 * <p>casus's own table ({@code event_nouns} resource): the CAMEO verb dictionary codes verbs
 * only. Codes follow the CAMEO manual's category definitions for the matching verb. Immutable and
 * thread-safe.
 */
public final class EventNouns {
  /** The resource format this class reads. */
  public static final String FORMAT = "tsv/event-nouns-v1";
  /** Heads that stand for a run of deeds named by their "of" complement: "a series of airstrikes". */
  private static final java.util.Set<String> SERIES_HEADS = org.casus.lexicon.Lexicon.words("series-noun");

  /**
   * @param lemma the noun lemma, lower case
   * @param code CAMEO code, or {@code light} for a light verb entry
   * @param rule {@code event_nouns:<line>}
   */
  public record EventNoun(String lemma, String code, String rule) {}

  private final Map<String, EventNoun> nouns;
  private final Map<String, EventNoun> lightVerbs;

  private EventNouns(Map<String, EventNoun> nouns, Map<String, EventNoun> lightVerbs) {
    this.nouns = Map.copyOf(nouns);
    this.lightVerbs = Map.copyOf(lightVerbs);
  }

  /** Loads the bundled table. @throws ResourceFormatException if it is missing or malformed */
  public static EventNouns loadDefault() throws ResourceFormatException {
    TsvResource r = TsvResource.load("event_nouns", FORMAT);
    int lemma = r.column("lemma");
    int kind = r.column("kind");
    int code = r.column("code");
    Map<String, EventNoun> nouns = new HashMap<>();
    Map<String, EventNoun> light = new HashMap<>();
    for (TsvResource.Row row : r.rows()) {
      String l = row.get(lemma).toLowerCase(Locale.ROOT);
      String k = row.get(kind);
      EventNoun e = new EventNoun(l, row.get(code), r.where(row));
      switch (k) {
        case "noun" -> nouns.put(l, e);
        case "light" -> light.put(l, e);
        default -> throw new ResourceFormatException(r.manifest().file(), row.line(), "kind must be noun or light, not '" + k + "'");
      }
    }
    return new EventNouns(nouns, light);
  }

  /**
   * A table with no event nouns and no light verbs: nothing is coded as a nominal event. Used with
   * the PETRARCH validation dictionaries, whose expected events come from verbs only.
   */
  public static EventNouns none() {
    return new EventNouns(Map.of(), Map.of());
  }

  /** The event noun with this lemma (case-insensitive), if any. */
  public Optional<EventNoun> noun(String lemma) {
    return Optional.ofNullable(nouns.get(lemma.toLowerCase(Locale.ROOT)));
  }

  /** The lemmas of the event nouns, lower case; immutable. */
  public java.util.Set<String> nounLemmas() {
    return nouns.keySet();
  }

  /** True when {@code lemma} is a light verb ("carry" out, "launch", "conduct"). */
  public boolean isLightVerb(String lemma) {
    return lightVerbs.containsKey(lemma.toLowerCase(Locale.ROOT));
  }

  /** The light-verb entry, for provenance. */
  public Optional<EventNoun> lightVerb(String lemma) {
    return Optional.ofNullable(lightVerbs.get(lemma.toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether token {@code n} is an event noun of force (CAMEO roots 18-20: "strike", "attack",
   * "fighting"; {@link org.casus.model.CameoCode#isForce}). False when it names no event.
   */
  public boolean isForceAt(org.casus.nlp.ParsedSentence s, int n) {
    return at(s, n).map(e -> org.casus.model.CameoCode.isForce(e.code())).orElse(false);
  }

  /**
   * The event noun at token {@code n}: a two-word entry made with a compound modifier ("air
   * strike") first, else the lemma's, else the word's as written, else for a plural noun whose lemma
   * kept the plural (a capitalised first word the tagger took for a name: "Airstrikes kill ...") its
   * singular.
   *
   * @return empty when the token names no event
   */
  public Optional<EventNoun> at(org.casus.nlp.ParsedSentence s, int n) {
    org.casus.nlp.Token t = s.token(n);
    for (int c : s.children(n, "compound")) {
      Optional<EventNoun> two = noun(s.token(c).lemma() + " " + t.lemma());
      if (two.isPresent()) {
        return two;
      }
    }
    Optional<EventNoun> e = noun(t.lemma());
    if (e.isEmpty()) {
      e = noun(t.word());
    }
    if (e.isEmpty() && t.isNoun() && t.lemma().equalsIgnoreCase(t.word()) && t.word().length() > 3) {
      e = plural(t.word()); // "Airstrikes kill ...": a first word tagged NNP, or a plural left unlemmatised
    }
    return e;
  }

  /** The event noun of a plural written as is ("Airstrikes", "Clashes"): the word without "s" or "es". */
  private Optional<EventNoun> plural(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (!w.endsWith("s")) {
      return Optional.empty();
    }
    Optional<EventNoun> e = noun(w.substring(0, w.length() - 1));
    return e.isPresent() || !w.endsWith("es") ? e : noun(w.substring(0, w.length() - 2));
  }

  /**
   * True when the object of verb {@code v} is an event noun ("carried out airstrikes"), or a
   * series head whose "of" complement is one ("carried out a series of airstrikes").
   */
  public boolean hasEventNounObject(org.casus.nlp.ParsedSentence s, int v) {
    for (int o : s.children(v, "obj")) {
      if (at(s, o).isPresent()) {
        return true;
      }
      for (int c : s.children(o, "nmod")) {
        if (seriesOf(s, c) && at(s, c).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The light verb whose object names event noun {@code n}: "launched airstrikes", or through a
   * series head, "carried out a wave of airstrikes" (lexicon class {@code series-noun}).
   *
   * @return the light verb's token, or -1 when {@code n} is no light verb's object
   */
  public int lightVerbOf(org.casus.nlp.ParsedSentence s, int n) {
    int object = seriesOf(s, n) ? s.head(n) : n;
    int gov = s.head(object);
    return s.relation(object).equals("obj") && gov >= 0 && s.token(gov).isVerb() && isLightVerb(s.token(gov).lemma())
        ? gov : -1;
  }

  /** Whether {@code n} is the "of" complement of a series head ("a series of airstrikes"). */
  private static boolean seriesOf(org.casus.nlp.ParsedSentence s, int n) {
    int h = s.head(n);
    return h >= 0 && s.relation(n).equals("nmod") && s.hasCase(n, "of")
        && SERIES_HEADS.contains(s.token(h).lemma().toLowerCase(Locale.ROOT));
  }
}
