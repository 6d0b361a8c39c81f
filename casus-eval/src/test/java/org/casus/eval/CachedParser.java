package org.casus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.casus.fixtures.ParseFixtures;
import org.casus.nlp.ParsedDocument;
import org.casus.nlp.SentenceParser;
import org.casus.nlp.corenlp.CoreNlpParser;

/**
 * A development aid for refactoring the coder: a {@link SentenceParser} that answers from a file of
 * parses kept from an earlier run (gzipped JSON Lines {@code {key, parse}}), and asks CoreNLP only
 * for texts it has not seen (then {@link #save} adds them). With it the coder snapshot runs in
 * seconds instead of loading CoreNLP; CI never uses it. Thread-safe.
 */
final class CachedParser implements SentenceParser {
  private final Path file;
  private final Map<String, ParsedDocument> parses = new ConcurrentHashMap<>();
  private final Map<String, ParsedDocument> added = new ConcurrentHashMap<>();

  CachedParser(Path file) {
    this.file = file;
    if (Files.exists(file)) {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
          StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          JsonNode n = ParseFixtures.MAPPER.readTree(line);
          parses.put(n.get("key").asText(), ParseFixtures.MAPPER.treeToValue(n.get("parse"), ParsedDocument.class));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read cached parses " + file, e);
      }
    }
  }

  @Override
  public ParsedDocument parse(String text, Optional<LocalDate> referenceDate) {
    String key = referenceDate.map(LocalDate::toString).orElse("") + "\n" + text;
    return parses.computeIfAbsent(key, k -> {
      ParsedDocument d = CoreNlpParser.shared().parse(text, referenceDate);
      added.put(k, d);
      return d;
    });
  }

  /** Appends the parses asked of CoreNLP since loading; a no-op when there are none. */
  synchronized void save() {
    if (added.isEmpty()) {
      return;
    }
    Map<String, ParsedDocument> all = new java.util.TreeMap<>(parses);
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file,
        StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING)), StandardCharsets.UTF_8)) {
      for (Map.Entry<String, ParsedDocument> e : all.entrySet()) {
        var node = ParseFixtures.MAPPER.createObjectNode();
        node.put("key", e.getKey());
        node.set("parse", ParseFixtures.MAPPER.valueToTree(e.getValue()));
        w.write(ParseFixtures.MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
            .writeValueAsString(node));
        w.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write cached parses " + file, e);
    }
    added.clear();
  }
}
