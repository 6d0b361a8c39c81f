package org.casus.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.casus.lexicon.Lexicon;
import org.casus.nlp.Dependency;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;

/**
 * Word classes and tree readings of place phrases that the geo rules share: the locative
 * prepositions, the NER tags of places and non-places, a proper name's span, its "Name, Country"
 * qualifier, the preposition of an arc. Stateless.
 */
final class NameSpans {
  private NameSpans() {}

  static final Set<String> LOCATIVE = Lexicon.words("locative-preposition");

  static final Set<String> TARGET = Lexicon.words("target-place-preposition");

  /**
   * Words that end a feature's or facility's name and are no place on their own ("Sea", "River",
   * "Strip", "the Southport Yacht Basin").
   */
  static final Set<String> FEATURE_WORDS = Lexicon.words("feature-word");

  /**
   * Facility words whose proper name is often its town's ("Kharkiv Airport", "the Berbera Port"):
   * the name without the word is looked up as a town.
   */
  static final Set<String> TOWN_FACILITY_WORDS = Lexicon.words("town-facility-word");

  static final Set<String> NOT_PLACE_NER = Set.of("PERSON", "ORGANIZATION", "DATE", "TIME", "DURATION",
      "NUMBER", "ORDINAL", "MONEY", "PERCENT", "TITLE", "SET");

  static final Set<String> PLACE_NER = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "GPE");

  static final Set<String> CONTAINER_NOUNS = Lexicon.words("container-noun");

  static final Set<String> NAME_PARTS = Set.of("compound", "flat", "amod");

  /** NER tags that a town unknown to the NER models gets. */
  static final Set<String> MISREAD_NER = Set.of("PERSON", "ORGANIZATION");

  static final Set<String> UNLISTED_NER = Set.of("LOCATION", "CITY", "GPE");

  /**
   * Words that make a name a sea, river, range or desert ("the Pacific Ocean", "the Red Sea"): not
   * a locality, and often in no one country, so never placed by the actors' country.
   */
  static final Set<String> NATURAL_FEATURES = Lexicon.words("natural-feature-word");

  /** Compass directions that, with "of", make a relative place ("south-east of Vuhledar"). */
  static final Set<String> DIRECTIONS = Lexicon.words("compass-direction");

  /** Tokens [lo, hi] of the proper name headed by {@code h}: its compound/flat/amod parts. */
  static int[] nameSpan(ParsedSentence s, int h) {
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

  /** The proper nouns after "Name ," — "Peru" in "Lima, Peru" — or null. */
  static String qualifierAfter(ParsedSentence s, int hi) {
    int end = qualifierEnd(s, hi);
    return end < 0 ? null : textOf(s, hi + 2, end);
  }

  static int qualifierEnd(ParsedSentence s, int hi) {
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

  static String textOf(ParsedSentence s, int from, int to) {
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

  static String baseOf(String relation) {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  static boolean hasOf(ParsedSentence s, int h) {
    for (Dependency arc : s.children(h)) {
      if (arc.baseRelation().equals("nmod") && marker(s, arc).equals("of")) {
        return true;
      }
    }
    return false;
  }

  /** The heads of a noun's "of" complements. */
  static List<Integer> ofNames(ParsedSentence s, int h) {
    List<Integer> out = new ArrayList<>();
    for (Dependency arc : s.children(h)) {
      if (arc.baseRelation().equals("nmod") && marker(s, arc).equals("of")) {
        out.add(arc.dependent());
      }
    }
    return out;
  }
}
