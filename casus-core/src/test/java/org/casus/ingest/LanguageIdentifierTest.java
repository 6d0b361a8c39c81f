package org.casus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.testsupport.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The language check against the project corpora and short texts in 24 other languages written
 * for it ({@code non-english.tsv}); prints the hand-written {@link EnglishCheck}'s figures beside
 * it.
 */
class LanguageIdentifierTest {
  private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("fr", "French"), Map.entry("es", "Spanish"),
      Map.entry("de", "German"), Map.entry("it", "Italian"), Map.entry("pt", "Portuguese"), Map.entry("nl", "Dutch"),
      Map.entry("sv", "Swedish"), Map.entry("pl", "Polish"), Map.entry("ro", "Romanian"), Map.entry("tr", "Turkish"),
      Map.entry("id", "Indonesian"), Map.entry("sw", "Swahili"), Map.entry("tl", "Tagalog"),
      Map.entry("vi", "Vietnamese"), Map.entry("ru", "Russian"), Map.entry("uk", "Ukrainian"),
      Map.entry("ar", "Arabic"), Map.entry("fa", "Persian"), Map.entry("zh", "Chinese"), Map.entry("ja", "Japanese"),
      Map.entry("ko", "Korean"), Map.entry("hi", "Hindi"), Map.entry("el", "Greek"), Map.entry("he", "Hebrew"));

  static List<String[]> nonEnglish() throws IOException {
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        LanguageIdentifierTest.class.getResourceAsStream("non-english.tsv"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.startsWith("#") && !line.isBlank()) {
          out.add(line.split("\t", 2));
        }
      }
    }
    return out;
  }

  @Test
  void everyShortForeignNewsTextIsRefusedWithItsLanguage() throws IOException {
    List<String[]> texts = nonEnglish();
    assertEquals(43, texts.size());
    int handWritten = 0;
    for (String[] t : texts) {
      Optional<LanguageIdentifier.NotEnglish> why = LanguageIdentifier.whyNotEnglish(t[1]);
      assertTrue(why.isPresent(), t[0] + " accepted as English: " + t[1]);
      String expected = NAMES.get(t[0]);
      // Indonesian and Malay are one language to the model on short texts.
      assertTrue(why.get().language().equals(expected) || (t[0].equals("id") && why.get().language().equals("Malay")),
          t[0] + ": " + why.get().message());
      handWritten += EnglishCheck.whyNotEnglish(t[1]).isPresent() ? 1 : 0;
    }
    System.err.println("LanguageIdentifierTest: " + texts.size() + " of " + texts.size()
        + " short foreign texts refused; EnglishCheck refused " + handWritten);
  }

  @Test
  void shortEnglishIsEnglish() {
    for (String s : List.of("Iran strikes Israel.", "Karin Keller-Sutter is sworn in as President of Switzerland.",
        "José Murguía Santiago, the mayor of Teuchitlán, Jalisco, is arrested on charges of links to a cartel.",
        "The President of São Tomé and Príncipe, Carlos Vila Nova, dismisses the Government.",
        "Kenyan police arrested twelve protesters in Mombasa on Monday.", "Hello", "")) {
      assertEquals(Optional.empty(), LanguageIdentifier.whyNotEnglish(s), s);
    }
  }

  @Test
  void aLongTextCostsNoMoreThanItsSample() {
    String french = nonEnglishText("fr");
    String longFrench = (french + " ").repeat(2_000);
    assertTrue(longFrench.length() > LanguageIdentifier.SAMPLE_CHARS);
    assertEquals("French", LanguageIdentifier.whyNotEnglish(longFrench).orElseThrow().language());
  }

  private static String nonEnglishText(String code) {
    try {
      return nonEnglish().stream().filter(t -> t[0].equals(code)).reduce((a, b) -> b).orElseThrow()[1];
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void noCorpusArticleIsRefused() throws IOException {
    Optional<Path> wikinewsFile = SharedData.file("corpus/wikinews/articles.jsonl");
    Optional<Path> wceFile = SharedData.file("corpus/wikipedia_current_events/articles.jsonl");
    assumeTrue(wikinewsFile.isPresent() && wceFile.isPresent(), "../shared/corpus is absent; the corpus articles"
        + " were not checked");
    Path wikinews = wikinewsFile.get();
    Path wce = wceFile.get();
    ObjectMapper json = new ObjectMapper();
    for (Path p : List.of(wikinews, wce)) {
      int n = 0;
      List<String> refused = new ArrayList<>();
      for (String line : Files.readAllLines(p)) {
        var node = json.readTree(line);
        n++;
        LanguageIdentifier.whyNotEnglish(node.get("text").asText())
            .ifPresent(w -> refused.add(node.get("id").asText() + ": " + w.message()));
      }
      assertEquals(List.of(), refused, p.toString());
      System.err.println("LanguageIdentifierTest: 0 of " + n + " refused in " + p.getParent().getFileName());
    }
  }
}
