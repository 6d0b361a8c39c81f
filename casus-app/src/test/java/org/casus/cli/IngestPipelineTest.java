package org.casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end with the real pipeline (CoreNLP): the example article, and the reference article when
 * {@code ../shared} is there, ingested, queried and exported; the stored events are the events
 * {@code casus code} writes, nothing lost.
 */
class IngestPipelineTest {
  static final Engine ENGINE = new DefaultEngine();
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  StringWriter out;
  StringWriter err;

  int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return CasusCommand.newCommandLine(ENGINE, InputStream.nullInputStream(), new PrintWriter(out),
        new PrintWriter(err)).execute(args);
  }

  static Optional<Path> seed() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path s = d.resolveSibling("shared").resolve("eval/seed/iran-china-defense-2024-04.txt");
      if (d.getParent() != null && Files.isRegularFile(s)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The events of {@code casus code} for an input, and those the store returns for it, as JSON trees. */
  void assertStoredAsCoded(Path db, Path article, String date, String articleId) throws Exception {
    assertEquals(0, run("code", article.toString(), "--date", date), err::toString);
    List<JsonNode> coded = new ArrayList<>();
    for (String l : out.toString().lines().toList()) {
      coded.add(JSON.readTree(l));
    }
    assertEquals(0, run("query", "--db", db.toString(), "--format", "jsonl"), err::toString);
    List<JsonNode> stored = new ArrayList<>();
    for (String l : out.toString().lines().toList()) {
      ObjectNode o = (ObjectNode) JSON.readTree(l);
      if (o.get("doc_id").asText().equals(articleId)) {
        assertTrue(!o.get("group_id").asText().isEmpty());
        o.remove("group_id");
        stored.add(o);
      }
    }
    // dyadic events are stored exactly as coded; a multilateral one keeps every coded record in "pairs"
    List<JsonNode> unfolded = new ArrayList<>();
    for (JsonNode s : stored) {
      if (s.path("multilateral").asBoolean(false)) {
        s.get("pairs").forEach(unfolded::add);
      } else {
        unfolded.add(s);
      }
    }
    unfolded.sort((a, b) -> a.get("id").asText().compareTo(b.get("id").asText()));
    coded.sort((a, b) -> a.get("id").asText().compareTo(b.get("id").asText()));
    assertEquals(coded, unfolded);
  }

  @Test
  void theRealPipelineIngestsQueriesAndExports() throws Exception {
    Path db = dir.resolve("e2e.duckdb");
    Path example = Path.of("../examples/border-talks.txt");
    assertEquals(0, run("ingest", example.toString(), "--date", "2026-03-12", "--db", db.toString()), err::toString);
    assertTrue(err.toString().contains("1 read: 1 coded"), err.toString());
    assertStoredAsCoded(db, example, "2026-03-12", "border-talks");

    assertEquals(0, run("export", "--db", db.toString(), "--format", "gdelt", "--header"), err::toString);
    List<String[]> rows = out.toString().lines().map(l -> l.split("\t", -1)).toList();
    List<String> header = List.of(rows.get(0));
    String[] meeting = rows.stream().filter(r -> r[header.indexOf("EventRootCode")].equals("04")).findFirst()
        .orElseThrow(() -> new AssertionError(out.toString()));
    assertEquals("KENGOV", meeting[header.indexOf("Actor1Code")]);
    assertEquals("ETHGOV", meeting[header.indexOf("Actor2Code")]);
    assertTrue(meeting[header.indexOf("ActionGeo_FullName")].startsWith("Nairobi"), meeting[header.indexOf("ActionGeo_FullName")]);
    assertEquals("KE", meeting[header.indexOf("ActionGeo_CountryCode")]);

    Optional<Path> seed = seed();
    if (seed.isEmpty()) {
      System.err.println("skipped: the reference article part of IngestPipelineTest: ../shared is absent");
      return;
    }
    assertEquals(0, run("ingest", seed.get().toString(), "--date", "2024-04-27", "--db", db.toString()), err::toString);
    assertStoredAsCoded(db, seed.get(), "2024-04-27", "iran-china-defense-2024-04");
    assertEquals(0, run("query", "--db", db.toString(), "--dyad", "IRN,CHN", "--code", "04"), err::toString);
    assertTrue(out.toString().lines().anyMatch(l -> l.startsWith("iran-china-defense-2024-04-") && l.contains("IRNGOVMIL")
        && l.contains("CHNGOVMIL")), out.toString());
  }
}
