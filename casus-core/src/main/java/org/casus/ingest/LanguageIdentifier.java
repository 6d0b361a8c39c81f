package org.casus.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Decides whether a text is English, and names the language when it is not: Apache OpenNLP's
 * language detector with its published model ({@code langdetect-183.bin}, 103 languages, ISO 639-3
 * codes; Apache OpenNLP Models, {@code opennlp-models-langdetect} 1.1.0, Apache License 2.0), with
 * two guards that the project corpora called for.
 *
 * <p>A text is judged not English when either
 * <ol>
 *   <li>it has a letter and fewer than half of its letters are Latin script (Arabic, Chinese,
 *       Cyrillic ... text, however short); or
 *   <li>it has at least {@value #MIN_WORDS} words, the detector's best language is not English,
 *       English scores less than {@value #MAX_ENGLISH_RATIO} times the best language's score, and
 *       fewer than {@value #MIN_FUNCTION_SHARE} of its words are English function words ("the",
 *       "of", "was" ... as in {@link EnglishCheck}).
 * </ol>
 * The guards exist because the detector alone, on short English news sentences full of foreign
 * names ("José Murguía Santiago, the mayor of Teuchitlán, Jalisco, is arrested"), says Spanish or
 * Portuguese: on its own it refused 39 of the 8,193 Wikipedia current-events items. Measured when
 * this was written: with the guards, 0 of those 8,193 items and 0 of the 294 Wikinews articles
 * are refused, and all 43 short news texts in 24 other languages of the test set
 * ({@code non-english.tsv}, one or two sentences each) are; the hand-written {@link EnglishCheck}
 * refused 9 of those 43. On those sets English items whose function-word share was below the
 * threshold scored English at 0.53 of the best language or more, and foreign texts at 0.28 or
 * less.
 *
 * <p>Only the first {@value #SAMPLE_CHARS} chars of a text are read (cut at a space), so a long
 * text costs no more than a short one. Texts with fewer words are accepted unless rule 1 applies:
 * there is too little to judge.
 *
 * <p>The model (10 MB, about 40 MB of heap) loads once per JVM, on first use, in about half a
 * second. Thread-safe: the detector keeps no state between calls.
 */
public final class LanguageIdentifier {
  /** Fewest words before rule 2 applies. */
  public static final int MIN_WORDS = 5;
  /** English's score relative to the best language's, below which the detector's verdict stands. */
  public static final double MAX_ENGLISH_RATIO = 0.4;
  /** Share of English function words at or above which a text is English whatever the detector says. */
  public static final double MIN_FUNCTION_SHARE = 0.15;
  /** How many leading chars are judged. */
  public static final int SAMPLE_CHARS = 20_000;

  private static final String MODEL = "/langdetect-183.bin";
  private static volatile LanguageDetectorME detector;

  /** English function words: the list of {@link EnglishCheck}. */
  private static final Set<String> FUNCTION_WORDS = EnglishCheck.englishFunctionWords();

  /** ISO 639-3 codes of the model that Java's locale data does not name. */
  private static final Map<String, String> NAMES = Map.of("cmn", "Chinese", "pes", "Persian", "plt", "Malagasy",
      "lvs", "Latvian", "ekk", "Estonian", "zsm", "Malay", "azj", "Azerbaijani", "uzn", "Uzbek", "khk", "Mongolian",
      "npi", "Nepali");
  private static final Map<String, String> ISO3_TO_NAME = new HashMap<>();

  static {
    for (String two : Locale.getISOLanguages()) {
      Locale l = Locale.forLanguageTag(two);
      try {
        ISO3_TO_NAME.put(l.getISO3Language(), l.getDisplayLanguage(Locale.ENGLISH));
      } catch (java.util.MissingResourceException e) {
        // a code without a three-letter form: not in the model either
      }
    }
    ISO3_TO_NAME.putAll(NAMES);
  }

  private LanguageIdentifier() {
  }

  /**
   * Why a text is not English.
   *
   * @param language the language found, in English ({@code "French"}), or the script when rule 1
   *     decided and the detector did not name a language
   * @param code the ISO 639-3 code the detector gave ({@code "fra"}), {@code ""} when none
   * @param detail the figures behind the verdict, for the user
   */
  public record NotEnglish(String language, String code, String detail) {
    public NotEnglish {
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(detail, "detail");
    }

    /** {@code "French (fra): ..."}. */
    public String message() {
      return language + (code.isEmpty() || code.equals(language) ? "" : " (" + code + ")") + ": " + detail;
    }
  }

  /**
   * @param text the normalised text, non-null
   * @return empty when the text may be English; otherwise the language found and why
   * @throws UncheckedIOException if the bundled model cannot be read (a broken build)
   */
  public static Optional<NotEnglish> whyNotEnglish(String text) {
    String sample = sample(text);
    int letters = 0;
    int latin = 0;
    int words = 0;
    int function = 0;
    int i = 0;
    int n = sample.length();
    while (i < n) {
      int cp = sample.codePointAt(i);
      if (!Character.isLetter(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(sample.codePointAt(i))) {
        int c = sample.codePointAt(i);
        letters++;
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
          latin++;
        }
        i += Character.charCount(c);
      }
      words++;
      if (FUNCTION_WORDS.contains(sample.substring(start, i).toLowerCase(Locale.ROOT))) {
        function++;
      }
    }
    if (letters == 0) {
      return Optional.empty();
    }
    boolean otherScript = latin * 2 < letters;
    if (!otherScript && words < MIN_WORDS) {
      return Optional.empty();
    }
    Language[] ranked = detector().predictLanguages(sample);
    Language best = ranked[0];
    double english = 0;
    for (Language l : ranked) {
      if (l.getLang().equals("eng")) {
        english = l.getConfidence();
      }
    }
    if (otherScript) {
      String lang = best.getLang().equals("eng") ? "non-Latin script" : name(best.getLang());
      return Optional.of(new NotEnglish(lang, best.getLang().equals("eng") ? "" : best.getLang(),
          latin + " of " + letters + " letters are Latin script"));
    }
    double share = function / (double) words;
    if (!best.getLang().equals("eng") && english < MAX_ENGLISH_RATIO * best.getConfidence()
        && share < MIN_FUNCTION_SHARE) {
      return Optional.of(new NotEnglish(name(best.getLang()), best.getLang(), String.format(Locale.ROOT,
          "score %.3f, English %.3f; %d of %d words are English function words", best.getConfidence(), english,
          function, words)));
    }
    return Optional.empty();
  }

  /** The English name of an ISO 639-3 code, or the code when unknown. */
  static String name(String iso3) {
    return ISO3_TO_NAME.getOrDefault(iso3, iso3);
  }

  private static String sample(String text) {
    if (text.length() <= SAMPLE_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf(' ', SAMPLE_CHARS);
    return text.substring(0, cut > SAMPLE_CHARS / 2 ? cut : SAMPLE_CHARS);
  }

  private static LanguageDetectorME detector() {
    LanguageDetectorME d = detector;
    if (d == null) {
      synchronized (LanguageIdentifier.class) {
        d = detector;
        if (d == null) {
          try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL)) {
            if (in == null) {
              throw new UncheckedIOException(new IOException("language model " + MODEL + " is not on the class path"));
            }
            d = new LanguageDetectorME(new LanguageDetectorModel(in));
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language model " + MODEL, e);
          }
          detector = d;
        }
      }
    }
    return d;
  }
}
