package org.casus.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.casus.model.Article;

/**
 * Reads the gold files of {@code ../shared/eval/SCORING.md} ("Gold formats").
 *
 * <p>A file whose name ends in {@code .jsonl} is sentence gold (one JSON object a line, blank lines
 * ignored); any other file is document gold (one JSON object naming the article file in
 * {@code doc}, resolved against the gold file's folder). Stateless and thread-safe.
 */
public final class GoldLoader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldLoader() {
  }

  /**
   * Loads a gold file of either kind.
   *
   * @param file the gold file; a {@code .jsonl} name means sentence gold, anything else document gold
   * @return the records to score, the skipped records and the dictionary set
   * @throws IOException if the gold file cannot be read
   * @throws GoldFormatException naming file:line when a record or field is malformed, or the
   *     article file that document gold names is missing
   */
  public static GoldSet load(Path file) throws IOException, GoldFormatException {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    return name.endsWith(".jsonl") ? loadSentences(file) : loadDocument(file);
  }

  // ---------------------------------------------------------------- sentence gold

  /**
   * The PETRARCH {@code expected_error} values that are still meaningful without the original parse
   * trees: the text must be rejected, so the record is scored as a no-event record
   * ({@link GoldRecord#noEvents()}). The remaining value, {@code bad_input_parse}, tests a
   * deliberately broken parse tree that the converted files no longer carry: skipped
   * ({@code ../shared/eval/README.md}, field {@code expected_error}).
   */
  public static final Set<String> REJECTIONS = Set.of("dateline", "storydiscard", "sentencediscard");

  /**
   * Loads sentence gold: per line {@code id}, {@code date} or {@code article_date} (ISO day or
   * null), {@code text}, {@code expected[]} of {@code {source, code, target, date?, place?, killed?,
   * wounded?, required?, source_is_text?, target_is_text?}}, {@code noevents}, {@code expected_error},
   * {@code evaluate}, {@code category} or {@code kind}, {@code config}. Records with an
   * {@code expected_error} in {@link #REJECTIONS} are scored as no-event records; records with
   * another {@code expected_error} ({@code bad_input_parse}) or {@code evaluate: false} are skipped
   * and counted; every other record is scored, even one with empty text. (SCORING.md skips every
   * {@code expected_error} record; casus scores the rejections, which the coder can still get
   * right or wrong.)
   *
   * <p>Each record becomes one {@link Article} with id {@code <id>#<seq>} ({@code seq} field, or the
   * 1-based line number when there is none), so that repeated ids stay apart.
   *
   * @throws IOException if the file cannot be read
   * @throws GoldFormatException naming file:line for a bad line
   */
  public static GoldSet loadSentences(Path file) throws IOException, GoldFormatException {
    String where = file.toString();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<GoldRecord> records = new ArrayList<>();
    List<GoldSet.Skipped> skipped = new ArrayList<>();
    List<String> sourceFiles = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      String line = i == 0 ? stripBom(lines.get(i)) : lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        throw new GoldFormatException(where, lineNo, "not a JSON object: " + e.getOriginalMessage(), e);
      }
      if (node == null || !node.isObject()) {
        throw new GoldFormatException(where, lineNo, "expected one JSON object per line");
      }
      Fields f = new Fields(where, lineNo, node, "");
      String id = f.requiredText("id");
      String source = f.optionalText("source_file");
      if (source != null) {
        sourceFiles.add(source);
      }
      String error = f.optionalText("expected_error");
      if (error != null && !REJECTIONS.contains(error)) {
        skipped.add(new GoldSet.Skipped(id, lineNo, "expected_error: " + error));
        continue;
      }
      if (node.has("evaluate") && !node.get("evaluate").isNull() && !f.bool("evaluate", true)) {
        skipped.add(new GoldSet.Skipped(id, lineNo, "evaluate: false"));
        continue;
      }
      GoldRecord record = sentenceRecord(f, id, lineNo);
      if (error != null) {
        if (!record.events().isEmpty()) {
          throw f.error("expected_error " + error + " with expected events; a rejected text has none");
        }
        record = new GoldRecord(record.id(), record.line(), record.group(), record.article(), List.of(), true,
            record.config());
      }
      records.add(record);
    }
    DictionarySet dictionaries = DictionarySet.detect(file.getFileName().toString(), sourceFiles);
    return new GoldSet(file, GoldSet.Kind.SENTENCE, dictionaries, records, skipped);
  }

  private static GoldRecord sentenceRecord(Fields f, String id, int lineNo) throws GoldFormatException {
    // Present but possibly empty: upstream GSR record abc12_3 has empty text and an expected event;
    // SCORING.md skips only expected_error / evaluate:false records, so it is scored (a sure miss).
    String text = f.optionalText("text");
    if (text == null) {
      throw f.error("text is missing");
    }
    Optional<LocalDate> date = f.has("date") ? f.day("date") : f.day("article_date");
    String seq = f.node.has("seq") && !f.node.get("seq").isNull() ? f.node.get("seq").asText() : Integer.toString(lineNo);
    Article article = new Article(id + "#" + seq, date, "", text, "", "");
    String group = f.optionalText("category");
    if (group == null) {
      group = f.optionalText("kind");
    }
    JsonNode expected = f.node.get("expected");
    if (expected == null || !expected.isArray()) {
      throw f.error("expected[] is missing or not an array");
    }
    List<GoldEvent> events = new ArrayList<>();
    for (int k = 0; k < expected.size(); k++) {
      JsonNode item = expected.get(k);
      Fields e = new Fields(f.file, lineNo, item, "expected[" + k + "].");
      if (!item.isObject()) {
        throw e.error("not an object");
      }
      events.add(goldEvent(e, id + "#" + (k + 1), text, null));
    }
    Map<String, String> config = new LinkedHashMap<>();
    JsonNode cfg = f.node.get("config");
    if (cfg != null && cfg.isObject()) {
      cfg.fields().forEachRemaining(en -> config.put(en.getKey(), en.getValue().asText()));
    } else if (cfg != null && !cfg.isNull()) {
      throw f.error("config is not an object");
    }
    return new GoldRecord(id, lineNo, group, article, events, f.bool("noevents", false), config);
  }

  // ---------------------------------------------------------------- document gold

  /**
   * Loads document gold: {@code doc} (the article file, same folder), {@code article_date},
   * {@code places[]} of {@code {mention, geonames_id, country, lat, lon, level}} and
   * {@code events[]} of {@code {event_key, source, code, target, accept_codes, date (day or [from,
   * to]), place (a places[] mention), killed, wounded, required, text}}. The article id is the
   * article file name without its extension.
   *
   * @throws IOException if the gold file cannot be read
   * @throws GoldFormatException naming file:line (the line where the faulty element starts)
   */
  public static GoldSet loadDocument(Path file) throws IOException, GoldFormatException {
    String where = file.toString();
    Map<String, Located> top = new LinkedHashMap<>();
    List<Located> placeNodes = new ArrayList<>();
    List<Located> eventNodes = new ArrayList<>();
    try (JsonParser p = JSON.createParser(file.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new GoldFormatException(where, 1, "document gold must be one JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        int line = p.currentTokenLocation().getLineNr();
        if ((name.equals("events") || name.equals("places")) && value == JsonToken.START_ARRAY) {
          List<Located> into = name.equals("events") ? eventNodes : placeNodes;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            int at = p.currentTokenLocation().getLineNr();
            into.add(new Located(at, p.readValueAsTree()));
          }
          top.put(name, new Located(line, null));
        } else {
          top.put(name, new Located(line, p.readValueAsTree()));
        }
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new GoldFormatException(where, line, "bad JSON: " + e.getOriginalMessage(), e);
    }
    if (!top.containsKey("events")) {
      throw new GoldFormatException(where, 0, "document gold has no events[] array");
    }
    Located docField = top.get("doc");
    if (docField == null || docField.node == null || !docField.node.isTextual() || docField.node.asText().isBlank()) {
      throw new GoldFormatException(where, docField == null ? 0 : docField.line,
          "doc must name the article text file (in the gold file's folder)");
    }
    String docName = docField.node.asText();
    Path parent = file.toAbsolutePath().getParent();
    Path docPath = parent.resolve(docName);
    String text;
    try {
      text = stripBom(Files.readString(docPath, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new GoldFormatException(where, docField.line, "article file " + docName + " not found next to the gold file", e);
    }
    Optional<LocalDate> articleDate = Optional.empty();
    Located dateField = top.get("article_date");
    if (dateField != null && dateField.node != null && !dateField.node.isNull()) {
      articleDate = Optional.of(parseDay(where, dateField.line, "article_date", dateField.node));
    }
    Map<String, GoldPlace> places = new HashMap<>();
    for (int i = 0; i < placeNodes.size(); i++) {
      Located l = placeNodes.get(i);
      Fields f = new Fields(where, l.line, l.node, "places[" + i + "].");
      GoldPlace.Gazetteer place = gazetteerPlace(f);
      if (places.put(place.mention(), place) != null) {
        throw f.error("place mention '" + place.mention() + "' occurs twice");
      }
    }
    List<GoldEvent> events = new ArrayList<>();
    for (int i = 0; i < eventNodes.size(); i++) {
      Located l = eventNodes.get(i);
      Fields f = new Fields(where, l.line, l.node, "events[" + i + "].");
      if (!l.node.isObject()) {
        throw f.error("not an object");
      }
      String key = f.optionalText("event_key");
      events.add(goldEvent(f, key == null ? "E" + (i + 1) : key, f.optionalText("text"), places));
    }
    int dot = docName.lastIndexOf('.');
    String id = Path.of(dot > 0 ? docName.substring(0, dot) : docName).getFileName().toString();
    Article article = new Article(id, articleDate, "", text, "", "");
    GoldRecord record = new GoldRecord(id, 0, "", article, events, events.isEmpty(), Map.of());
    return new GoldSet(file, GoldSet.Kind.DOCUMENT, DictionarySet.PRODUCTION, List.of(record), List.of());
  }

  private static GoldPlace.Gazetteer gazetteerPlace(Fields f) throws GoldFormatException {
    if (!f.node.isObject()) {
      throw f.error("not an object");
    }
    String mention = f.requiredText("mention");
    OptionalLong id = f.count("geonames_id");
    String country = f.optionalText("country");
    double lat = f.coordinate("lat");
    double lon = f.coordinate("lon");
    try {
      return new GoldPlace.Gazetteer(mention, id, country == null ? "" : country, lat, lon, f.optionalText("level"));
    } catch (IllegalArgumentException e) {
      throw f.error(e.getMessage());
    }
  }

  /**
   * One gold event from a document-gold event or a sentence-gold expected item. {@code places} maps
   * document-gold place mentions; {@code null} for sentence gold, whose places are text.
   */
  private static GoldEvent goldEvent(Fields f, String key, String text, Map<String, GoldPlace> places)
      throws GoldFormatException {
    boolean malformed = f.bool("malformed", false);
    GoldActor source = f.actor("source", f.bool("source_is_text", false));
    // README: one upstream target is a bare word kept with malformed:true; read it as text.
    GoldActor target = f.actor("target", f.bool("target_is_text", false) || malformed);
    String code = f.requiredText("code");
    List<String> accept = new ArrayList<>();
    JsonNode acceptNode = f.node.get("accept_codes");
    if (acceptNode != null && !acceptNode.isNull()) {
      if (!acceptNode.isArray()) {
        throw f.error("accept_codes is not an array");
      }
      acceptNode.forEach(c -> accept.add(c.asText()));
    }
    Optional<GoldDate> date = f.goldDate("date");
    Optional<GoldPlace> place = Optional.empty();
    String placeText = f.optionalText("place");
    if (placeText != null && !placeText.isBlank()) {
      if (places == null) {
        place = Optional.of(new GoldPlace.Named(placeText));
      } else {
        GoldPlace p = places.get(placeText);
        if (p == null) {
          throw f.error("place '" + placeText + "' is not a mention of places[]");
        }
        place = Optional.of(p);
      }
    }
    try {
      return new GoldEvent(key, text, source, target, code, accept, date, place, f.count("killed"),
          f.count("wounded"), f.bool("required", true));
    } catch (IllegalArgumentException e) {
      throw f.error(e.getMessage());
    }
  }

  // ---------------------------------------------------------------- helpers

  private record Located(int line, JsonNode node) {
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private static LocalDate parseDay(String file, int line, String field, JsonNode node) throws GoldFormatException {
    if (!node.isTextual()) {
      throw new GoldFormatException(file, line, field + " must be an ISO date YYYY-MM-DD, got " + node);
    }
    try {
      return LocalDate.parse(node.asText());
    } catch (DateTimeParseException e) {
      throw new GoldFormatException(file, line, field + " must be an ISO date YYYY-MM-DD, got " + node, e);
    }
  }

  /** Typed access to one JSON object, with errors naming file:line and the field path. */
  private static final class Fields {
    final String file;
    final int line;
    final JsonNode node;
    final String path;

    Fields(String file, int line, JsonNode node, String path) {
      this.file = file;
      this.line = line;
      this.node = node;
      this.path = path;
    }

    GoldFormatException error(String message) {
      return new GoldFormatException(file, line, path + message);
    }

    boolean has(String name) {
      return node.has(name) && !node.get(name).isNull();
    }

    String optionalText(String name) throws GoldFormatException {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        return null;
      }
      if (!v.isValueNode()) {
        throw error(name + " must be a string, got " + v);
      }
      return v.asText();
    }

    String requiredText(String name) throws GoldFormatException {
      String v = optionalText(name);
      if (v == null || v.isBlank()) {
        throw error(name + " is missing or blank");
      }
      return v;
    }

    boolean bool(String name, boolean absent) throws GoldFormatException {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        return absent;
      }
      if (!v.isBoolean()) {
        throw error(name + " must be true or false, got " + v);
      }
      return v.asBoolean();
    }

    OptionalLong count(String name) throws GoldFormatException {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        return OptionalLong.empty();
      }
      if (!v.canConvertToLong() || !v.isIntegralNumber()) {
        throw error(name + " must be a whole number or null, got " + v);
      }
      return OptionalLong.of(v.asLong());
    }

    double coordinate(String name) throws GoldFormatException {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        return Double.NaN;
      }
      if (!v.isNumber()) {
        throw error(name + " must be decimal degrees, got " + v);
      }
      return v.asDouble();
    }

    Optional<LocalDate> day(String name) throws GoldFormatException {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        return Optional.empty();
      }
      return Optional.of(parseDay(file, line, path + name, v));
    }

    Optional<GoldDate> goldDate(String name) throws GoldFormatException {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        return Optional.empty();
      }
      if (v.isArray()) {
        if (v.size() != 2) {
          throw error(name + " range must be [from, to], got " + v);
        }
        LocalDate from = parseDay(file, line, path + name + "[0]", v.get(0));
        LocalDate to = parseDay(file, line, path + name + "[1]", v.get(1));
        if (to.isBefore(from)) {
          throw error(name + " range " + v + " ends before it starts");
        }
        return Optional.of(new GoldDate(from, to));
      }
      return Optional.of(GoldDate.day(parseDay(file, line, path + name, v)));
    }

    GoldActor actor(String name, boolean isText) throws GoldFormatException {
      JsonNode v = node.get(name);
      if (v != null && !v.isNull() && !v.isTextual()) {
        throw error(name + " must be an actor code, text or null, got " + v);
      }
      try {
        return GoldActor.of(v == null || v.isNull() ? null : v.asText(), isText);
      } catch (IllegalArgumentException e) {
        throw error(name + ": " + e.getMessage());
      }
    }
  }
}
