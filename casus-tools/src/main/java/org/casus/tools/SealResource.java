package org.casus.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes or refreshes the {@code manifest.json} of a hand-written resource folder (one whose TSV
 * is edited by people, such as {@code event_nouns}): recomputes the SHA-256 and keeps the other
 * fields. Usage: {@code SealResource <folder> <file> <version> <format> <source> <licence>}; with
 * only {@code <folder>}, re-seals an existing manifest.
 */
public final class SealResource {
  private SealResource() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1 && args.length != 6) {
      System.err.println("usage: SealResource <folder> [<file> <version> <format> <source> <licence>]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Path manifestPath = dir.resolve("manifest.json");
    ObjectNode m;
    if (args.length == 1) {
      m = (ObjectNode) json.readTree(manifestPath.toFile());
    } else {
      m = json.createObjectNode();
      m.put("name", dir.getFileName().toString());
      m.put("version", args[2]);
      m.put("format", args[3]);
      m.put("file", args[1]);
      m.put("sha256", "");
      m.put("source", args[4]);
      m.put("licence", args[5]);
      m.put("derived_by", "hand-written; sealed by org.casus.tools.SealResource");
    }
    byte[] bytes = Files.readAllBytes(dir.resolve(m.get("file").asText()));
    m.put("sha256", ResourceWriter.sha256(bytes));
    json.writeValue(manifestPath.toFile(), m);
    System.err.println("sealed " + manifestPath + " " + m.get("sha256").asText());
  }
}
