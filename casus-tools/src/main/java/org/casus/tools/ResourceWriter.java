package org.casus.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Writes one versioned resource folder in the layout {@code org.casus.resource.TsvResource} reads:
 * {@code <outDir>/<name>/<file>} (UTF-8 TSV: {@code #} comment lines, header row, rows; gzip when
 * the file name ends in {@code .gz}) and {@code manifest.json} with the file's SHA-256.
 *
 * <p>Output is byte-for-byte reproducible for the same input (gzip header time is fixed at 0).
 */
public final class ResourceWriter {
  private ResourceWriter() {}

  /**
   * @param outDir the resources root, e.g. {@code casus-core/src/main/resources/org/casus/resources}
   * @param name resource (folder) name
   * @param version resource version
   * @param format format id the typed loader checks
   * @param file data file name
   * @param comments header comment lines without the leading {@code #}
   * @param header column names
   * @param rows data rows; a field must not contain tab or newline
   * @param source where the data came from
   * @param licence its licence
   * @param derivedBy the converter that wrote it (class name in this repository)
   * @throws IllegalArgumentException if a field contains a tab or newline, or a row is longer than the header
   */
  public static void write(Path outDir, String name, String version, String format, String file,
      List<String> comments, List<String> header, List<List<String>> rows, String source, String licence,
      String derivedBy) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (String c : comments) {
      sb.append("# ").append(c.replace('\n', ' ')).append('\n');
    }
    sb.append(String.join("\t", header)).append('\n');
    for (List<String> row : rows) {
      if (row.size() > header.size()) {
        throw new IllegalArgumentException(name + ": row longer than header: " + row);
      }
      for (int i = 0; i < row.size(); i++) {
        String f = row.get(i) == null ? "" : row.get(i);
        if (f.indexOf('\t') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
          throw new IllegalArgumentException(name + ": field with tab or newline: " + f);
        }
        if (i > 0) {
          sb.append('\t');
        }
        sb.append(f);
      }
      sb.append('\n');
    }
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    if (file.endsWith(".gz")) {
      bytes = gzip(bytes);
    }
    Path dir = outDir.resolve(name);
    Files.createDirectories(dir);
    Files.write(dir.resolve(file), bytes);
    Map<String, String> manifest = new LinkedHashMap<>();
    manifest.put("name", name);
    manifest.put("version", version);
    manifest.put("format", format);
    manifest.put("file", file);
    manifest.put("sha256", sha256(bytes));
    manifest.put("source", source);
    manifest.put("licence", licence);
    manifest.put("derived_by", derivedBy);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(dir.resolve("manifest.json").toFile(), manifest);
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
      gz.write(bytes);
    }
    byte[] out = bos.toByteArray();
    // bytes 4..7 of a gzip header are the modification time; GZIPOutputStream writes 0 already.
    return out;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
