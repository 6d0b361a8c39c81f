package org.casus.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A versioned TSV resource: a folder {@code /org/casus/resources/<name>/} on the classpath holding
 * {@code manifest.json} and one UTF-8 TSV data file (optionally gzip-compressed, name ending in
 * {@code .gz}). The TSV starts with {@code #} comment lines (origin, licence, derivation), then one
 * header row of column names, then data rows; fields are tab-separated, not quoted.
 *
 * <p>Loading checks the data file's SHA-256 against the manifest. Instances are immutable and
 * thread-safe.
 */
public final class TsvResource {
  /** The classpath folder that holds all bundled resources. */
  public static final String ROOT = "/org/casus/resources/";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ResourceManifest manifest;
  private final List<String> columns;
  private final List<Row> rows;

  /**
   * One data row.
   *
   * @param line 1-based line number in the data file
   * @param fields the fields, as many as the header has columns (missing trailing fields are "")
   */
  public record Row(int line, List<String> fields) {
    public Row {
      fields = List.copyOf(fields);
    }

    /** Field {@code i} read as a {@code |}-separated list: stripped, blank items dropped. */
    public List<String> list(int i) {
      List<String> out = new ArrayList<>();
      for (String p : get(i).split("\\|")) {
        if (!p.isBlank()) {
          out.add(p.strip());
        }
      }
      return out;
    }

    /** Field {@code i}, "" when absent. */
    public String get(int i) {
      return i < fields.size() ? fields.get(i) : "";
    }
  }

  private TsvResource(ResourceManifest manifest, List<String> columns, List<Row> rows) {
    this.manifest = manifest;
    this.columns = List.copyOf(columns);
    this.rows = List.copyOf(rows);
  }

  /**
   * Loads the bundled resource {@code name}.
   *
   * @param name folder name under {@link #ROOT}
   * @param expectedFormat the format string the caller understands; must equal the manifest's
   * @throws ResourceFormatException if the manifest or data file is missing, the checksum or format
   *     differs, or the header is absent
   */
  public static TsvResource load(String name, String expectedFormat) throws ResourceFormatException {
    String folder = ROOT + name + "/";
    ResourceManifest manifest = readManifest(folder + "manifest.json");
    if (!manifest.format().equals(expectedFormat)) {
      throw new ResourceFormatException(folder + "manifest.json", 0,
          "format is '" + manifest.format() + "', this build reads '" + expectedFormat + "'");
    }
    byte[] bytes = readAll(folder + manifest.file());
    return parse(manifest, folder + manifest.file(), bytes);
  }

  /**
   * The manifest of bundled resource {@code name}, without reading its data file.
   *
   * @throws ResourceFormatException if the manifest is missing or malformed
   */
  public static ResourceManifest manifestOf(String name) throws ResourceFormatException {
    return readManifest(ROOT + name + "/manifest.json");
  }

  /**
   * Parses a TSV file that is not bundled (a user file): same layout, no manifest, no checksum.
   *
   * @param displayName how to name the file in errors
   * @throws ResourceFormatException if there is no header row
   */
  public static TsvResource parseUnchecked(String displayName, byte[] bytes) throws ResourceFormatException {
    ResourceManifest m = new ResourceManifest(displayName, "user", "user", displayName, "", "", "", "");
    return parseRows(m, displayName, new String(bytes, StandardCharsets.UTF_8));
  }

  static TsvResource parse(ResourceManifest manifest, String path, byte[] bytes) throws ResourceFormatException {
    String actual = sha256(bytes);
    if (!actual.equalsIgnoreCase(manifest.sha256())) {
      throw new ResourceFormatException(path, 0, "SHA-256 is " + actual + " but the manifest says "
          + manifest.sha256() + "; re-run the converter named in the manifest (" + manifest.derivedBy() + ")");
    }
    if (path.endsWith(".gz")) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
        bytes = in.readAllBytes();
      } catch (IOException e) {
        throw new ResourceFormatException(path, 0, "not a valid gzip file", e);
      }
    }
    return parseRows(manifest, path, new String(bytes, StandardCharsets.UTF_8));
  }

  private static TsvResource parseRows(ResourceManifest manifest, String path, String text) throws ResourceFormatException {
    List<String> columns = null;
    List<Row> rows = new ArrayList<>();
    int lineNo = 0;
    int start = 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      if (nl < 0) {
        nl = text.length();
      }
      String line = text.substring(start, nl);
      start = nl + 1;
      lineNo++;
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> fields = Arrays.asList(line.split("\t", -1));
      if (columns == null) {
        columns = fields;
        continue;
      }
      if (fields.size() > columns.size()) {
        throw new ResourceFormatException(path, lineNo, "has " + fields.size() + " fields, header has " + columns.size());
      }
      rows.add(new Row(lineNo, fields));
    }
    if (columns == null) {
      throw new ResourceFormatException(path, lineNo, "no header row (expected tab-separated column names)");
    }
    return new TsvResource(manifest, columns, rows);
  }

  private static ResourceManifest readManifest(String path) throws ResourceFormatException {
    byte[] bytes = readAll(path);
    try {
      JsonNode n = JSON.readTree(bytes);
      return new ResourceManifest(text(n, "name", path), text(n, "version", path), text(n, "format", path),
          text(n, "file", path), text(n, "sha256", path), n.path("source").asText(""),
          n.path("licence").asText(""), n.path("derived_by").asText(""));
    } catch (IOException e) {
      throw new ResourceFormatException(path, 0, "not valid JSON: " + e.getMessage(), e);
    }
  }

  private static String text(JsonNode n, String field, String path) throws ResourceFormatException {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new ResourceFormatException(path, 0, "missing string field '" + field + "'");
    }
    return v.asText();
  }

  private static byte[] readAll(String path) throws ResourceFormatException {
    try (InputStream in = TsvResource.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new ResourceFormatException(path, 0, "not on the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new ResourceFormatException(path, 0, "cannot read: " + e.getMessage(), e);
    }
  }

  /** Lower-case hex SHA-256 of {@code bytes}. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this JVM", e);
    }
  }

  public ResourceManifest manifest() {
    return manifest;
  }

  public List<String> columns() {
    return columns;
  }

  public List<Row> rows() {
    return rows;
  }

  /**
   * Index of column {@code name}.
   *
   * @throws ResourceFormatException if the header has no such column
   */
  public int column(String name) throws ResourceFormatException {
    int i = columns.indexOf(name);
    if (i < 0) {
      throw new ResourceFormatException(manifest.file(), 1, "no column '" + name + "' in header " + columns);
    }
    return i;
  }

  /** "file:line" for a row, for provenance and errors. */
  public String where(Row row) {
    return manifest.name() + ":" + row.line();
  }

  @Override
  public String toString() {
    return "TsvResource[" + manifest.name() + " " + manifest.version() + ", " + rows.size() + " rows]";
  }

}
