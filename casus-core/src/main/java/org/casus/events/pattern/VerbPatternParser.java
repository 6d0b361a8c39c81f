package org.casus.events.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses the text of a CAMEO.2.0 verb pattern, e.g. {@code * (FOR &CEASEFIRE)}, {@code &AIRCRAFT *},
 * {@code * STRIKE (FOR RESIGNATION)}, into {@link PatternTerm}s before and after the verb {@code *}.
 *
 * <p>Grammar (petrarch2 {@code docs/source/dictionaries.rst}): terms separated by spaces; {@code {A B}} a noun
 * phrase; {@code (PREP[/PREP...] [WORD | {A B}]...)} a prepositional phrase; exactly one {@code *}. TABARI slot
 * markers {@code $ + % ^}, which some upstream patterns still carry but PETRARCH-2 does not define, are dropped
 * with a warning. Stateless and thread-safe.
 */
final class VerbPatternParser {
  private VerbPatternParser() {}

  /**
   * A parsed pattern.
   *
   * @param before terms before the verb
   * @param after terms after the verb
   * @param warnings what was dropped, empty for a clean pattern
   */
  record Parsed(List<PatternTerm> before, List<PatternTerm> after, List<String> warnings) {
    Parsed {
      before = List.copyOf(before);
      after = List.copyOf(after);
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Whether the raw pattern text puts the compound marker {@code %} before the verb {@code *} ("% *",
   * "% HAVE POSTPONED *"); see {@link VerbDictionary#needsCompoundSubject}.
   */
  static boolean compoundSubjectSlot(String text) {
    int star = text == null ? -1 : text.indexOf('*');
    return star > 0 && List.of(text.substring(0, star).trim().split("[\\s_]+")).contains("%");
  }

  private static boolean isSlotMarker(String w) {
    return w.equals("$") || w.equals("+") || w.equals("%") || w.equals("^");
  }

  /**
   * @throws IllegalArgumentException with a message naming the problem when the text is not a pattern
   *     (no or several {@code *}, unbalanced or nested brackets, empty group, stray characters)
   */
  static Parsed parse(String text) {
    return parse(text, false);
  }

  /**
   * As {@link #parse(String)}; with {@code freeTargetSlots}, a prepositional phrase that holds only
   * TABARI's target slot ({@code (WITH +)}) is not a term: the phrase is where the target is, left
   * to the target search rather than consumed by the pattern. The PETRARCH validation dictionaries
   * are read so (validation records PATTERN-19, -22 of the 2.02 suite); the production CAMEO 2.0
   * patterns keep such a phrase as a bare prepositional term.
   */
  static Parsed parse(String text, boolean freeTargetSlots) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty pattern");
    }
    String s = text.trim().toUpperCase(Locale.ROOT);
    List<PatternTerm> before = new ArrayList<>();
    List<PatternTerm> after = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    boolean seenVerb = false;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t') {
        i++;
        continue;
      }
      List<PatternTerm> target = seenVerb ? after : before;
      if (c == '*') {
        if (seenVerb) {
          throw new IllegalArgumentException("more than one * in '" + text + "'");
        }
        seenVerb = true;
        i++;
      } else if (c == '{') {
        int end = s.indexOf('}', i);
        if (end < 0) {
          throw new IllegalArgumentException("unclosed { in '" + text + "'");
        }
        List<String> words = words(s.substring(i + 1, end), text, warnings);
        if (words.isEmpty()) {
          throw new IllegalArgumentException("empty {} in '" + text + "'");
        }
        target.add(new PatternTerm(List.of(), words, true));
        i = end + 1;
      } else if (c == '(') {
        i = prepositionalTerm(s, i, text, freeTargetSlots, target, warnings);
      } else if (c == '}' || c == ')') {
        throw new IllegalArgumentException("unbalanced " + c + " in '" + text + "'");
      } else {
        int end = i;
        while (end < s.length() && " \t{}()*".indexOf(s.charAt(end)) < 0) {
          end++;
        }
        String w = s.substring(i, end);
        if (isSlotMarker(w)) {
          warnings.add("TABARI slot marker '" + w + "' ignored");
        } else {
          checkWord(w, text);
          target.add(new PatternTerm(List.of(), List.of(w), false));
        }
        i = end;
      }
    }
    if (!seenVerb) {
      throw new IllegalArgumentException("no * (verb position) in '" + text + "'");
    }
    return new Parsed(before, after, warnings);
  }

  /**
   * Reads the prepositional phrase {@code (PREP/PREP words)} that starts at {@code i} into a term of
   * {@code target} (or, for a target slot {@code (WITH +)} with {@code freeTargetSlots}, a warning).
   *
   * @return the index after the closing parenthesis
   * @throws IllegalArgumentException for an unclosed, nested or empty phrase or one without a preposition
   */
  private static int prepositionalTerm(String s, int i, String text, boolean freeTargetSlots, List<PatternTerm> target,
      List<String> warnings) {
    int end = s.indexOf(')', i);
    if (end < 0) {
      throw new IllegalArgumentException("unclosed ( in '" + text + "'");
    }
    String inner = s.substring(i + 1, end).trim();
    if (inner.indexOf('(') >= 0) {
      throw new IllegalArgumentException("nested ( in '" + text + "'");
    }
    if (inner.isEmpty()) {
      throw new IllegalArgumentException("empty () in '" + text + "'");
    }
    int sp = inner.indexOf(' ');
    String preps = sp < 0 ? inner : inner.substring(0, sp);
    String rest = sp < 0 ? "" : inner.substring(sp + 1);
    if (preps.startsWith("{") || preps.startsWith("&") || isSlotMarker(preps)) {
      throw new IllegalArgumentException("prepositional phrase without a preposition in '" + text + "'");
    }
    List<String> prepositions = prepositions(preps, text);
    boolean braced = rest.indexOf('{') >= 0;
    if (braced && (rest.indexOf('}') < rest.indexOf('{'))) {
      throw new IllegalArgumentException("unbalanced {} in '" + text + "'");
    }
    List<String> words = words(rest.replace("{", " ").replace("}", " "), text, warnings);
    if (freeTargetSlots && words.isEmpty() && (" " + rest + " ").contains(" + ")) {
      // "(WITH +)": TABARI's target slot. The phrase is where the target is, not a word the
      // pattern needs: it is left to the target search rather than consumed.
      warnings.add("target slot (" + inner + ") left to the target search");
    } else {
      target.add(new PatternTerm(prepositions, words, braced && !words.isEmpty()));
    }
    return end + 1;
  }

  /** The prepositions of {@code WITH/TO}, in order; an empty one is an error. */
  private static List<String> prepositions(String preps, String text) {
    List<String> prepositions = new ArrayList<>();
    for (String p : preps.split("/")) {
      if (p.isEmpty()) {
        throw new IllegalArgumentException("empty preposition in '" + text + "'");
      }
      prepositions.add(p);
    }
    return prepositions;
  }

  /**
   * Parses a pattern in PETRARCH-1 (TABARI) syntax, as the 2014 PETRARCH validation verb dictionary
   * writes them ({@code * DIPLOMATIC TIES}, {@code &NEGATVAUXVRB * OVER EFFORTS},
   * {@code * NEW_&TIETYPES_RELATIONS}): the words on each side of {@code *} form one
   * {@link PatternTerm#sequence() sequence} term; {@code _} joins adjacent words (a word joined to
   * the verb, {@code RECENTLY_*}, keeps its {@code _} on the verb's side: it must be next to the verb). Slot markers {@code $ + % ^} are dropped with a
   * warning. A pattern with braces or parentheses is PETRARCH-2 syntax: {@link #parse}.
   *
   * @throws IllegalArgumentException as {@link #parse}
   */
  static Parsed parseSequence(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty pattern");
    }
    String s = text.trim().toUpperCase(Locale.ROOT);
    if (s.indexOf('{') >= 0 || s.indexOf('(') >= 0) {
      return parse(text);
    }
    int star = s.indexOf('*');
    if (star < 0) {
      throw new IllegalArgumentException("no * (verb position) in '" + text + "'");
    }
    if (s.indexOf('*', star + 1) >= 0) {
      throw new IllegalArgumentException("more than one * in '" + text + "'");
    }
    List<String> warnings = new ArrayList<>();
    List<String> before = new ArrayList<>(sequenceWords(s.substring(0, star), text, warnings));
    List<String> after = new ArrayList<>(sequenceWords(s.substring(star + 1), text, warnings));
    // "RECENTLY_*", "*_OUT": the word joined to the verb by _ must be next to it; the _ is kept on
    // that word for the matcher (SequenceMatcher).
    if (star > 0 && s.charAt(star - 1) == '_' && !before.isEmpty()) {
      before.set(before.size() - 1, before.get(before.size() - 1) + "_");
    }
    if (star + 1 < s.length() && s.charAt(star + 1) == '_' && !after.isEmpty()) {
      after.set(0, "_" + after.get(0));
    }
    List<PatternTerm> b = before.isEmpty() ? List.of() : List.of(new PatternTerm(List.of(), before, false, true));
    List<PatternTerm> a = after.isEmpty() ? List.of() : List.of(new PatternTerm(List.of(), after, false, true));
    return new Parsed(b, a, warnings);
  }

  private static List<String> sequenceWords(String side, String text, List<String> warnings) {
    List<String> out = new ArrayList<>();
    for (String w : side.trim().split("\\s+")) {
      String u = w.replaceAll("^_+|_+$", "");
      if (u.isEmpty()) {
        continue;
      }
      if (isSlotMarker(u)) {
        warnings.add("TABARI slot marker '" + u + "' ignored");
        continue;
      }
      checkWord(u, text);
      out.add(u);
    }
    return out;
  }

  private static List<String> words(String inner, String text, List<String> warnings) {
    List<String> out = new ArrayList<>();
    for (String w : inner.trim().split("\\s+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (isSlotMarker(w)) {
        warnings.add("TABARI slot marker '" + w + "' ignored");
        continue;
      }
      checkWord(w, text);
      out.add(w);
    }
    return out;
  }

  private static void checkWord(String w, String text) {
    if (w.indexOf('{') >= 0 || w.indexOf('}') >= 0 || w.indexOf('*') >= 0 || w.equals("&")) {
      throw new IllegalArgumentException("bad word '" + w + "' in '" + text + "'");
    }
  }
}
