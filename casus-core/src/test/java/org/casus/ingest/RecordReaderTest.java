package org.casus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casus.model.Article;
import org.junit.jupiter.api.Test;

/** One record on its own, as a Kafka message or a Spark row: read as a JSON Lines line, refused with the caller's location. */
class RecordReaderTest {
  final List<Article> ok = new ArrayList<>();
  final List<String> refused = new ArrayList<>();

  void read(String record) {
    new RecordReader().read(record == null ? null : record.getBytes(StandardCharsets.UTF_8), "t:0:7",
        Optional.of(LocalDate.of(2026, 1, 5)), ok::add, r -> refused.add(r.message()));
  }

  @Test
  void anArticleIsReadAsAJsonLine() {
    read("{\"id\": 42, \"title\": \"Talks\", \"text\": \"The two ministers met on the island on Monday and spoke about fishing rights.\"}\n");
    assertEquals(1, ok.size());
    assertEquals("42", ok.get(0).id());
    assertEquals(Optional.of(LocalDate.of(2026, 1, 5)), ok.get(0).publicationDate(), "the default date");
    assertEquals(List.of(), refused);
  }

  @Test
  void whatIsNotOneArticleIsRefusedWithTheCallersLocation() {
    read("plain words are not a record");
    read("");
    read(null);
    read("{\"id\": \"x\", \"date\": \"yesterday\", \"text\": \"The two ministers met on the island and spoke about fishing.\"}");
    read("{\"id\": \"a\", \"text\": \"The council met on Friday and voted for the new budget of the port.\"}\n"
        + "{\"id\": \"b\", \"text\": \"The council met again on Saturday and voted against the budget.\"}");
    read("{\"id\": \"c\", \"text\": \"cut");
    assertEquals(List.of(), ok);
    assertEquals(List.of("t:0:7: malformed JSON: not a JSON object", "t:0:7: empty text: the record is empty",
        "t:0:7: empty text: the record is empty",
        "t:0:7: bad date: id x: 'yesterday' is not an ISO day YYYY-MM-DD",
        "t:0:7: malformed JSON: more than one JSON line in one record (one article per record)"),
        refused.subList(0, 5));
    assertEquals(6, refused.size());
    assertEquals(true, refused.get(5).startsWith("t:0:7: malformed JSON: "), refused.get(5));
  }
}
