package org.casus.eval;

import static org.casus.eval.TestEvents.events;
import static org.casus.eval.TestEvents.gold;
import static org.casus.eval.TestEvents.predicted;
import static org.casus.eval.TestEvents.record;
import static org.casus.eval.TestEvents.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvalReportTest {
  private static final List<String> SCORING_KEYS = List.of("gold", "docs", "tp", "fp", "fn", "precision", "recall",
      "f1", "exact_code_precision", "date_accuracy", "place_accuracy", "killed_accuracy");

  @Test
  void jsonLineHasTheScoringKeysFirstInOrder() throws Exception {
    EvalReport r = score(record("r", gold("IRN", "ISR", "195").day("2024-04-13"), gold("CHN", "ISR", "111"),
        gold("IRN", "USA", "025")), events(predicted("IRN", "ISR", "190").day("2024-04-13"), predicted("CHN", "ISR", "111")));
    String line = r.toJsonLine();
    assertFalse(line.contains("\n"));
    JsonNode node = new ObjectMapper().readTree(line);
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    assertEquals(SCORING_KEYS, keys.subList(0, SCORING_KEYS.size()));
    assertTrue(line.startsWith("{\"gold\":\"test.jsonl\",\"docs\":1,\"tp\":2,\"fp\":0,\"fn\":1,\"precision\":1.0,"
        + "\"recall\":0.6667,\"f1\":0.8,\"exact_code_precision\":0.5,\"date_accuracy\":1.0,\"place_accuracy\":null,"
        + "\"killed_accuracy\":null,"), line);
    assertEquals(0, node.get("skipped").asInt());
  }

  @Test
  void figuresRoundHalfUpToFourDecimals() {
    assertEquals("0.6667", EvalReport.round4(2.0 / 3));
    assertEquals("0.3333", EvalReport.round4(1.0 / 3));
    assertEquals("0.1235", EvalReport.round4(0.12345));
    assertEquals("1.0", EvalReport.round4(1.0));
    assertEquals("0.0", EvalReport.round4(0.0));
  }

  @Test
  void goldPathIsEscapedInJson() throws Exception {
    GoldSet set = new GoldSet(Path.of("we\"ird.jsonl"), GoldSet.Kind.SENTENCE, DictionarySet.PRODUCTION, List.of(), List.of());
    EvalReport r = Scorer.report(set, List.of());
    assertEquals("we\"ird.jsonl", new ObjectMapper().readTree(r.toJsonLine()).get("gold").asText());
    assertTrue(r.toJsonLine().contains("\"precision\":null"));
  }

  @Test
  void tableListsMissesExtrasAndWrongAttributes() {
    EvalReport r = score(record("r", gold("IRN", "ISR", "195").day("2024-04-13"), gold("CHN", "ISR", "111")),
        events(predicted("IRN", "ISR", "195").day("2024-04-27"), predicted("PAK", "AUS", "190")));
    String table = r.toTable();
    assertTrue(table.contains("MISSED  CHN -> ISR 111"), table);
    assertTrue(table.contains("EXTRA   PAK -> AUS 190"), table);
    assertTrue(table.contains("DATE ") && table.contains("gold 2024-04-13, predicted 2024-04-27"), table);
    assertTrue(table.contains("precision             0.5000  (1/2)"), table);
  }

  @Test
  void reportRejectsFiguresOutsideTheUnitInterval() {
    assertThrows(IllegalArgumentException.class, () -> new EvalReport("g", GoldSet.Kind.SENTENCE,
        DictionarySet.PRODUCTION, 1, 0, 1, 0, 0, 1.5, 1.0, 1.0, null, null, null, null, 0, null, null, List.of(), List.of()));
  }
}
