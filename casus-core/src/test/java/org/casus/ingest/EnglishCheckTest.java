package org.casus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EnglishCheckTest {
  @Test
  void acceptsEnglishNews() {
    assertEquals(Optional.empty(), EnglishCheck.whyNotEnglish(ArticleReaderTest.ENGLISH));
  }

  @Test
  void acceptsNameHeavyEnglishHeadline() {
    // The kind of item that comes closest to the threshold: mostly names, few function words.
    String s = "Malian president Oumar Sidibe Kone names Boubacar Ag Moussa Diarra as prime"
        + " minister, replacing Adama Traore, who is sacked after a quarrel over the budget.";
    assertEquals(Optional.empty(), EnglishCheck.whyNotEnglish(s));
  }

  @Test
  void acceptsShortTextsItCannotJudge() {
    assertEquals(Optional.empty(), EnglishCheck.whyNotEnglish("Le ministre a rencontré son homologue."));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Der Außenminister traf sich am Dienstag in Berlin mit seinem Amtskollegen, um über die"
          + " Sicherheit an der gemeinsamen Grenze zu sprechen. Die beiden Länder vereinbarten, eine"
          + " gemeinsame Kommission einzurichten, die alle drei Monate zusammentreten soll.",
      "El ministro de Asuntos Exteriores se reunió el martes en Madrid con su homólogo para hablar"
          + " de la seguridad en la frontera común. Los dos países acordaron crear una comisión"
          + " conjunta que se reunirá cada tres meses.",
      "O ministro dos Negócios Estrangeiros encontrou-se na terça-feira em Lisboa com o seu"
          + " homólogo para discutir a segurança na fronteira comum. Os dois países acordaram criar"
          + " uma comissão conjunta que se reunirá a cada três meses.",
      "Министр иностранных дел встретился во вторник в Москве со своим коллегой, чтобы обсудить"
          + " безопасность на общей границе двух стран.",
      "Waziri wa mambo ya nje alikutana na mwenzake jijini Nairobi siku ya Jumanne kujadili usalama"
          + " katika mpaka wao wa pamoja, na nchi hizo mbili zilikubaliana kuunda tume ya pamoja"
          + " itakayokutana kila baada ya miezi mitatu."})
  void refusesOtherLanguages(String text) {
    assertTrue(EnglishCheck.whyNotEnglish(text).isPresent(), text);
  }

  /** Every item of the project's English corpora must pass; skipped without ../shared. */
  @ParameterizedTest
  @CsvSource({"wikipedia_current_events, 8193", "wikinews, 294"})
  void acceptsTheWholeEnglishCorpus(String folder, int records) throws IOException {
    Path corpus = Path.of("..", "..", "shared", "corpus", folder, "articles.jsonl");
    Assumptions.assumeTrue(Files.isRegularFile(corpus), "skipped: ../shared/corpus is not beside the repo");
    ObjectMapper json = new ObjectMapper();
    int n = 0;
    try (BufferedReader r = Files.newBufferedReader(corpus)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode record = json.readTree(line);
        Optional<String> why = EnglishCheck.whyNotEnglish(record.get("text").asText());
        assertEquals(Optional.empty(), why, record.get("id").asText());
        n++;
      }
    }
    assertEquals(records, n);
  }
}
