package org.casus.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casus.resource.ResourceFormatException;
import org.casus.resource.TsvResource;

/**
 * Discard phrases (PETRARCH's "discards"): words that mark a sentence or a whole story as sport,
 * history or entertainment, which is not coded. A phrase matches case-insensitively at the start
 * of a word; with {@code word_final} it must also end at a word boundary, otherwise it matches a
 * prefix ("INNING" matches "innings").
 *
 * <p>Immutable and thread-safe.
 */
public final class Discards {
  /** The resource format this class reads. */
  public static final String FORMAT = "tsv/discards-v1";

  /**
   * A discard phrase.
   *
   * @param phrase the phrase, upper case
   * @param story true when a match discards the whole story, false for the sentence only
   * @param rule {@code <resource>:<line>}
   */
  public record Discard(String phrase, boolean story, String rule) {}

  /**
   * @param firstWord the phrase's first word, lower case: a text without it cannot match, so the
   *     pattern is tried only on texts that contain it (a fast substring search; most sentences
   *     contain none of the 500-odd phrases)
   */
  private record Entry(Discard discard, Pattern pattern, String firstWord) {}

  private final List<Entry> entries;

  private Discards(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** Loads the given discard resources (e.g. {@code discards-casus}, {@code discards}). */
  public static Discards load(String... names) throws ResourceFormatException {
    List<Entry> out = new ArrayList<>();
    for (String name : names) {
      TsvResource r = TsvResource.load(name, FORMAT);
      int cPhrase = r.column("phrase");
      int cScope = r.column("scope");
      int cFinal = r.column("word_final");
      for (TsvResource.Row row : r.rows()) {
        String phrase = row.get(cPhrase).trim().toUpperCase(Locale.ROOT);
        String scope = row.get(cScope);
        if (phrase.isEmpty() || !(scope.equals("sentence") || scope.equals("story"))) {
          throw new ResourceFormatException(name, row.line(), "expected phrase<TAB>sentence|story<TAB>0|1<TAB>upstream");
        }
        String body = Pattern.quote(phrase.toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q");
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + body + (row.get(cFinal).equals("1") ? "(?![\\p{L}\\p{N}])" : ""));
        String first = phrase.toLowerCase(Locale.ROOT).split(" ", 2)[0];
        out.add(new Entry(new Discard(phrase, scope.equals("story"), r.where(row)), p, first));
      }
    }
    return new Discards(out);
  }

  /** The production set: casus's additions and the Phoenix list. */
  public static Discards loadDefault() throws ResourceFormatException {
    return load("discards-casus", "discards");
  }

  /** The first story-scope phrase found in {@code text}, if any. */
  public Optional<Discard> storyDiscard(String text) {
    return find(text, true);
  }

  /**
   * Chars of an article's text that make its lead: 600, the first three or four sentences of a
   * news story (a news lead, its first paragraph, is one or two sentences of 150-400 chars; some
   * texts open with a dateline or a date on a line of its own).
   */
  public static final int LEAD_CHARS = 600;

  /**
   * The lead of an article: its title, a line break, and the first {@link #LEAD_CHARS} chars of
   * its text after leading white space, extended to the end of a word cut there. A story discard
   * decides by it: a sports report says so in its headline or first sentences, while a long
   * political story may name a football club or a cup in passing (PETRARCH's story discards were
   * checked against whole short wire stories).
   *
   * @param title the headline, {@code ""} when none; non-null
   * @param text the article text; non-null
   */
  public static String lead(String title, String text) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int end = Math.min(text.length(), start + LEAD_CHARS);
    while (end < text.length() && end > start && Character.isLetterOrDigit(text.charAt(end - 1))
        && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    return title + "\n" + text.substring(start, end);
  }

  /** The first story-scope phrase found in the article's {@link #lead}, if any. */
  public Optional<Discard> storyDiscardInLead(String title, String text) {
    return storyDiscard(lead(title, text));
  }

  /** The first sentence-scope phrase found in {@code sentence}, if any. */
  public Optional<Discard> sentenceDiscard(String sentence) {
    return find(sentence, false);
  }

  private Optional<Discard> find(String text, boolean story) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (Entry e : entries) {
      if (e.discard().story() == story && lower.contains(e.firstWord())) {
        Matcher m = e.pattern().matcher(lower);
        if (m.find()) {
          return Optional.of(e.discard());
        }
      }
    }
    return Optional.empty();
  }
}
