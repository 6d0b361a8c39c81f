package org.casus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.casus.fixtures.ParseFixtures;
import org.casus.nlp.ParsedDocument;
import org.casus.nlp.ParsedSentence;

/**
 * The frozen CoreNLP parses of casus-core's event fixtures ({@code fixtures/events/*.json} in its
 * test jar): real news-style sentences, parsed once, so that the benchmarks measure casus's own
 * code without CoreNLP.
 */
final class FrozenSentences {
  private FrozenSentences() {
  }

  /** One fixture's parse and article date. */
  record Frozen(ParsedDocument parse, Optional<LocalDate> articleDate) {}

  /**
   * Every event fixture, in file name order.
   *
   * @throws UncheckedIOException if the test jar or a fixture cannot be read
   * @throws IllegalStateException if there is none (a build error)
   */
  static List<Frozen> events() {
    List<JsonNode> nodes = new ArrayList<>();
    try {
      Path where = Path.of(ParseFixtures.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(where)) {
        try (Stream<Path> files = Files.list(where.resolve("fixtures/events"))) {
          for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
            nodes.add(ParseFixtures.MAPPER.readTree(f.toFile()));
          }
        }
      } else {
        try (JarFile jar = new JarFile(where.toFile())) {
          List<JarEntry> entries = new ArrayList<>();
          for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            JarEntry j = e.nextElement();
            if (j.getName().startsWith("fixtures/events/") && j.getName().endsWith(".json")) {
              entries.add(j);
            }
          }
          entries.sort((a, b) -> a.getName().compareTo(b.getName()));
          for (JarEntry j : entries) {
            try (InputStream in = jar.getInputStream(j)) {
              nodes.add(ParseFixtures.MAPPER.readTree(in));
            }
          }
        }
      }
      List<Frozen> out = new ArrayList<>();
      for (JsonNode n : nodes) {
        ParsedDocument d = ParseFixtures.MAPPER.treeToValue(n.get("parse"), ParsedDocument.class);
        Optional<LocalDate> date = n.hasNonNull("articleDate") ? Optional.of(LocalDate.parse(n.get("articleDate").asText()))
            : Optional.empty();
        out.add(new Frozen(d, date));
      }
      if (out.isEmpty()) {
        throw new IllegalStateException("no fixtures/events/*.json in " + where);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every sentence of {@link #events()}. */
  static List<ParsedSentence> sentences() {
    return events().stream().flatMap(f -> f.parse().sentences().stream()).toList();
  }
}
