package org.casus.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.casus.ingest.ArticleReader.Sink;
import org.casus.model.Article;

/**
 * Reads JSON records for {@link ArticleReader}: JSON Lines (bytes, UTF-8 or windows-1252 line by
 * line; or chars, UTF-16) and JSON arrays streamed element by element. Each record becomes an
 * {@link Article} passed to the emitter, or a {@link Rejection} to the sink; the record fields are
 * those of the {@link ArticleReader} class comment.
 *
 * <p>Not thread-safe (the emitter is the reader's).
 */
final class JsonArticleReader {
  private final ArticleReader.Options options;
  private final ArticleReader.Emitter emitter;
  private final ObjectMapper json;
  /** One element of a JSON array: the rest of the array follows it. */
  private final com.fasterxml.jackson.databind.ObjectReader arrayElement;

  /** @param json the reader's strict JSON mapper, non-null */
  JsonArticleReader(ArticleReader.Options options, ObjectMapper json, ArticleReader.Emitter emitter) {
    this.options = options;
    this.json = json;
    this.emitter = emitter;
    this.arrayElement = json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /** JSON Lines in UTF-8 or windows-1252 (decided line by line): lines split on LF, CRLF or CR. */
  void readJsonLines(String input, InputStream in, Sink sink) {
    byte[] buf = new byte[65_536];
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean tooLong = false;
    boolean skipLf = false;
    int lineNo = 0;
    int n;
    try {
      while ((n = in.read(buf)) > 0) {
        int start = 0;
        for (int i = 0; i < n; i++) {
          byte b = buf[i];
          if (skipLf) {
            skipLf = false;
            if (b == '\n') {
              start = i + 1;
              continue;
            }
          }
          if (b == '\n' || b == '\r') {
            tooLong = append(line, buf, start, i - start, tooLong);
            byteLine(input, ++lineNo, line, tooLong, sink);
            line.reset();
            tooLong = false;
            start = i + 1;
            skipLf = b == '\r';
          }
        }
        tooLong = append(line, buf, start, n - start, tooLong);
      }
    } catch (IOException e) {
      sink.reject(input, lineNo + 1, "", RejectReason.UNREADABLE, ArticleReader.ioMessage(e) + "; rest of input not read");
      return;
    }
    if (line.size() > 0 || tooLong) {
      byteLine(input, ++lineNo, line, tooLong, sink);
    }
  }

  /** Appends unless the line is already or now too long; returns the new too-long flag. */
  private boolean append(ByteArrayOutputStream line, byte[] buf, int from, int len, boolean tooLong) {
    if (tooLong || line.size() + (long) len > options.lineBytes()) {
      line.reset();
      return true;
    }
    line.write(buf, from, len);
    return false;
  }

  private void byteLine(String input, int lineNo, ByteArrayOutputStream lineBytes, boolean tooLong, Sink sink) {
    if (tooLong) {
      sink.reject(input, lineNo, "", RejectReason.OVERSIZED, "line longer than " + options.lineBytes() + " bytes");
      return;
    }
    byte[] bytes = lineBytes.toByteArray();
    boolean blank = true;
    for (byte b : bytes) {
      if (b != ' ' && b != '\t') {
        blank = false;
        break;
      }
    }
    if (blank) {
      return;
    }
    Optional<TextDecoder.Binary> bin = TextDecoder.binary(bytes, 0, bytes.length, 0);
    if (bin.isPresent()) {
      sink.reject(input, lineNo, "", RejectReason.BINARY, bin.get().message() + " of the line");
      return;
    }
    TextDecoder.Decoded d = TextDecoder.decode(bytes, 0, bytes.length);
    jsonLine(input, lineNo, d.text(), d.charset(), sink);
  }

  /** JSON Lines from a char stream (UTF-16): lines split on LF, CRLF or CR. */
  void readJsonLines(String input, Reader in, Charset charset, Sink sink) {
    char[] buf = new char[32_768];
    StringBuilder line = new StringBuilder();
    boolean tooLong = false;
    boolean skipLf = false;
    int lineNo = 0;
    int max = options.lineBytes() / 2;
    int n;
    try {
      while ((n = in.read(buf)) > 0) {
        int start = 0;
        for (int i = 0; i < n; i++) {
          char c = buf[i];
          if (skipLf) {
            skipLf = false;
            if (c == '\n') {
              start = i + 1;
              continue;
            }
          }
          if (c == '\n' || c == '\r') {
            tooLong = tooLong || line.length() + (i - start) > max;
            if (!tooLong) {
              line.append(buf, start, i - start);
            }
            charLine(input, ++lineNo, line, tooLong, charset, sink);
            line.setLength(0);
            tooLong = false;
            start = i + 1;
            skipLf = c == '\r';
          }
        }
        tooLong = tooLong || line.length() + (n - start) > max;
        if (tooLong) {
          line.setLength(0);
        } else {
          line.append(buf, start, n - start);
        }
      }
    } catch (IOException e) {
      sink.reject(input, lineNo + 1, "", RejectReason.UNREADABLE, ArticleReader.ioMessage(e) + "; rest of input not read");
      return;
    }
    if (line.length() > 0 || tooLong) {
      charLine(input, ++lineNo, line, tooLong, charset, sink);
    }
  }

  private void charLine(String input, int lineNo, StringBuilder line, boolean tooLong, Charset charset, Sink sink) {
    if (tooLong) {
      sink.reject(input, lineNo, "", RejectReason.OVERSIZED, "line longer than " + options.lineBytes() + " bytes");
      return;
    }
    if (line.toString().isBlank()) {
      return;
    }
    int nul = line.indexOf("\0");
    if (nul >= 0) {
      sink.reject(input, lineNo, "", RejectReason.BINARY, "NUL character at char offset " + nul + " of the line");
      return;
    }
    jsonLine(input, lineNo, line.toString(), charset, sink);
  }

  private void jsonLine(String input, int lineNo, String text, Charset charset, Sink sink) {
    JsonNode node;
    try {
      node = json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (JsonProcessingException e) {
      sink.reject(input, lineNo, "", RejectReason.MALFORMED_JSON, ArticleReader.oneLine(e.getOriginalMessage()));
      return;
    }
    record(input, lineNo, node, charset, sink);
  }

  /** A JSON array of records, streamed element by element. */
  void readJsonArray(String input, Reader in, Charset charset, Sink sink) {
    int line = 1;
    try (JsonParser p = json.getFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        sink.reject(input, 1, "", RejectReason.MALFORMED_JSON, "not a JSON array");
        return;
      }
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          sink.reject(input, line, "", RejectReason.MALFORMED_JSON, "the array is not closed");
          return;
        }
        line = lineOf(p.currentTokenLocation());
        if (t == JsonToken.START_OBJECT) {
          record(input, line, arrayElement.readValue(p), charset, sink);
        } else {
          p.skipChildren();
          sink.reject(input, line, "", RejectReason.MALFORMED_JSON, "array element is not a JSON object");
        }
      }
      if (p.nextToken() != null) {
        sink.reject(input, lineOf(p.currentTokenLocation()), "", RejectReason.MALFORMED_JSON,
            "text after the end of the array");
      }
    } catch (JsonProcessingException e) {
      sink.reject(input, e.getLocation() == null ? line : lineOf(e.getLocation()), "", RejectReason.MALFORMED_JSON,
          ArticleReader.oneLine(e.getOriginalMessage()) + "; rest of file not read");
    } catch (IOException e) {
      sink.reject(input, line, "", RejectReason.UNREADABLE, ArticleReader.ioMessage(e) + "; rest of input not read");
    }
  }

  private static int lineOf(JsonLocation l) {
    return Math.max(1, l.getLineNr());
  }

  /** One JSON record (a line or an array element). */
  private void record(String input, int lineNo, JsonNode node, Charset charset, Sink sink) {
    if (node == null || !node.isObject()) {
      sink.reject(input, lineNo, "", RejectReason.MALFORMED_JSON, "not a JSON object");
      return;
    }
    JsonNode idNode = node.get("id");
    if (idNode == null || idNode.isNull() || (idNode.isValueNode() && idNode.asText().isBlank())) {
      sink.reject(input, lineNo, "", RejectReason.MISSING_ID, "");
      return;
    }
    if (!idNode.isTextual() && !idNode.isNumber()) {
      sink.reject(input, lineNo, "", RejectReason.MALFORMED_JSON, "id is not a string");
      return;
    }
    String id = idNode.asText();
    Optional<LocalDate> date = Optional.empty();
    JsonNode dateNode = node.get("date");
    if (dateNode != null && !dateNode.isNull() && !(dateNode.isTextual() && dateNode.asText().isEmpty())) {
      if (!dateNode.isTextual()) {
        sink.reject(input, lineNo, id, RejectReason.BAD_DATE, "date is not a string");
        return;
      }
      try {
        date = Optional.of(LocalDate.parse(dateNode.asText()));
      } catch (DateTimeParseException e) {
        sink.reject(input, lineNo, id, RejectReason.BAD_DATE, "'" + dateNode.asText() + "' is not an ISO day YYYY-MM-DD");
        return;
      }
    }
    String[] fields = {"text", "title", "source", "url", "html"};
    String[] values = new String[fields.length];
    for (int i = 0; i < fields.length; i++) {
      JsonNode f = node.get(fields[i]);
      if (f == null || f.isNull()) {
        values[i] = "";
      } else if (f.isTextual()) {
        values[i] = f.asText();
      } else {
        sink.reject(input, lineNo, id, RejectReason.MALFORMED_JSON, fields[i] + " is not a string");
        return;
      }
    }
    String text = values[0];
    String title = values[1];
    if (text.isEmpty() && !values[4].isEmpty()) {
      Optional<HtmlExtractor.Page> extracted = WholeArticleReader.extract(values[4]);
      if (extracted.isEmpty()) {
        sink.reject(input, lineNo, id, RejectReason.UNREADABLE, "the html field could not be read as HTML");
        return;
      }
      HtmlExtractor.Page page = extracted.get();
      text = page.text();
      title = title.isEmpty() ? page.title() : title;
      date = date.isPresent() ? date : page.published();
    }
    if (date.isEmpty()) {
      date = sink.defaultDate();
    }
    Article a = new Article(id, date, TextNormalizer.normalize(title), TextNormalizer.normalize(text), values[2],
        values[3], charset.name());
    emitter.emit(input, lineNo, a, sink);
  }
}
