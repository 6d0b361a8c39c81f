package org.casus.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.casus.model.Article;

/**
 * Reads articles from files, directories and standard input, and refuses what casus cannot code,
 * saying why.
 *
 * <p>Inputs, each a string as the user typed it:
 * <ul>
 *   <li>{@code -}: standard input. JSON Lines when its first non-blank character is {@code '{'},
 *       else one plain-text article with id {@code stdin}.
 *   <li>a directory: its {@code .txt} and {@code .jsonl} files (not sub-directories), in name
 *       order; {@code .html}/{@code .htm} files in it are refused as not supported yet; other files
 *       are not articles and are skipped.
 *   <li>a {@code .jsonl} or {@code .ndjson} file: JSON Lines, one article per line, an object with
 *       {@code id} (string, required), {@code text} (string), and optional {@code date} (ISO
 *       {@code YYYY-MM-DD}), {@code title}, {@code source}, {@code url}; other fields are ignored;
 *       blank lines are skipped. A record's own {@code date} wins over the default date.
 *   <li>a {@code .html}/{@code .htm} file: refused, HTML ingest is not implemented yet.
 *   <li>any other file: one plain-text UTF-8 article; its id is the file name without extension.
 * </ul>
 *
 * <p>Refused, with a {@link Rejection} and never silently: empty text, binary input (a NUL, or
 * bytes that are not UTF-8), text longer than {@link #MAX_CHARS} chars, text that fails {@link
 * EnglishCheck}, a JSON line that is not one object or has a field of the wrong type, a record
 * without id, a date that is not an ISO day, unreadable files. A bad line does not stop the rest
 * of its file.
 *
 * <p>Text is normalised by {@link TextNormalizer} (NFC, LF line ends) before it is checked;
 * {@link Article#text()} is that normalised text. Titles are normalised the same way.
 *
 * <p>Streaming: one line (JSON Lines) or one file (plain text) is held at a time; a JSON line
 * longer than {@code 4 * MAX_CHARS + 64 KiB} bytes is skipped without being kept in memory and
 * refused as oversized. Callbacks run on the calling thread, in input order; they may block (that
 * is how a caller bounds the work in flight).
 *
 * <p>Not thread-safe: use one reader per thread (it is cheap).
 */
public final class ArticleReader {
  /**
   * Longest accepted text, in UTF-16 chars: 1,000,000, about 150,000 words, far beyond any news
   * article (the longest Wikinews item in the project corpus is about 100,000 chars) and small
   * enough that one article's parse fits in the default heap.
   */
  public static final int MAX_CHARS = 1_000_000;

  /** Id of a plain-text article read from standard input. */
  public static final String STDIN_ID = "stdin";

  private static final long MAX_FILE_BYTES = 4L * MAX_CHARS;
  private static final int MAX_LINE_BYTES = 4 * MAX_CHARS + 65_536;
  private static final int SNIFF_BYTES = 65_536;

  private final InputStream stdin;
  private final ObjectMapper json = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  /** A reader whose {@code -} is {@link System#in}. */
  public ArticleReader() {
    this(System.in);
  }

  /** A reader whose {@code -} is {@code stdin} (read at most once). */
  public ArticleReader(InputStream stdin) {
    this.stdin = Objects.requireNonNull(stdin, "stdin");
  }

  /**
   * Reads every input in order.
   *
   * @param inputs paths (relative to the working directory) or {@code -}; non-null
   * @param defaultDate the publication date of articles that carry none (plain text, JSON records
   *     without {@code date}); empty for unknown
   * @param ok receives each accepted article, in input order
   * @param rejected receives each refusal, in input order
   */
  public void read(List<String> inputs, Optional<LocalDate> defaultDate, Consumer<Article> ok,
      Consumer<Rejection> rejected) {
    Objects.requireNonNull(defaultDate, "defaultDate");
    Sink sink = new Sink(defaultDate, ok, rejected);
    for (String input : inputs) {
      if (input.equals("-")) {
        readStdin(sink);
      } else {
        readPath(input, Path.of(input), sink);
      }
    }
  }

  private record Sink(Optional<LocalDate> defaultDate, Consumer<Article> ok, Consumer<Rejection> rejected) {
    void reject(String input, int line, RejectReason reason, String detail) {
      rejected.accept(new Rejection(input, line, reason, detail));
    }
  }

  private void readPath(String input, Path path, Sink sink) {
    if (Files.isDirectory(path)) {
      List<Path> files = new ArrayList<>();
      try (Stream<Path> s = Files.list(path)) {
        s.filter(Files::isRegularFile).filter(p -> kind(p) != Kind.OTHER)
            .sorted().forEach(files::add);
      } catch (IOException e) {
        sink.reject(input, 0, RejectReason.UNREADABLE, ioMessage(e));
        return;
      }
      for (Path f : files) {
        readFile(f.toString(), f, sink);
      }
    } else {
      readFile(input, path, sink);
    }
  }

  /** File kinds by extension. OTHER is read as plain text when named, and skipped in a directory. */
  private enum Kind { JSON_LINES, TEXT, HTML, OTHER }

  /** The kind of a file by its extension. */
  private static Kind kind(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Kind.JSON_LINES;
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return Kind.HTML;
    }
    return name.endsWith(".txt") ? Kind.TEXT : Kind.OTHER;
  }

  private void readFile(String input, Path path, Sink sink) {
    Kind kind = kind(path);
    if (kind == Kind.HTML) {
      sink.reject(input, 0, RejectReason.UNSUPPORTED_FORMAT, "HTML ingest is not implemented yet;"
          + " give the article text as .txt or JSON Lines");
      return;
    }
    try {
      if (kind == Kind.JSON_LINES) {
        try (InputStream in = Files.newInputStream(path)) {
          readJsonLines(input, in, sink);
        }
        return;
      }
      long size = Files.size(path);
      if (size > MAX_FILE_BYTES) {
        sink.reject(input, 0, RejectReason.OVERSIZED, size + " bytes, limit " + MAX_CHARS + " chars");
        return;
      }
      String id = stripExtension(path.getFileName().toString());
      acceptText(input, 0, id, Files.readAllBytes(path), sink);
    } catch (NoSuchFileException e) {
      sink.reject(input, 0, RejectReason.UNREADABLE, "no such file or directory");
    } catch (IOException e) {
      sink.reject(input, 0, RejectReason.UNREADABLE, ioMessage(e));
    }
  }

  private void readStdin(Sink sink) {
    try {
      BufferedInputStream in = new BufferedInputStream(stdin, SNIFF_BYTES * 2);
      in.mark(SNIFF_BYTES + 1);
      int first = -1;
      for (int i = 0; i < SNIFF_BYTES; i++) {
        int b = in.read();
        if (b < 0) {
          break;
        }
        // ASCII white space and the UTF-8 byte-order mark (EF BB BF) are skipped.
        if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != 0xEF && b != 0xBB && b != 0xBF) {
          first = b;
          break;
        }
      }
      in.reset();
      if (first == '{') {
        readJsonLines("-", in, sink);
        return;
      }
      byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
      if (bytes.length > MAX_FILE_BYTES) {
        sink.reject("-", 0, RejectReason.OVERSIZED, "more than " + MAX_FILE_BYTES + " bytes, limit "
            + MAX_CHARS + " chars");
        return;
      }
      acceptText("-", 0, STDIN_ID, bytes, sink);
    } catch (IOException e) {
      sink.reject("-", 0, RejectReason.UNREADABLE, ioMessage(e));
    }
  }

  /** One plain-text article from its bytes. */
  private void acceptText(String input, int line, String id, byte[] bytes, Sink sink) {
    Optional<String> decoded = decode(bytes);
    if (decoded.isEmpty()) {
      sink.reject(input, line, RejectReason.BINARY, "id " + id);
      return;
    }
    emit(input, line, new Article(id, sink.defaultDate(), "", TextNormalizer.normalize(decoded.get()), "", ""), sink);
  }

  /** Checks the (normalised) text and passes the article on or refuses it. */
  private static void emit(String input, int line, Article a, Sink sink) {
    String text = a.text();
    String at = "id " + a.id();
    if (text.indexOf('\0') >= 0) {
      sink.reject(input, line, RejectReason.BINARY, at + ": NUL character in text");
    } else if (text.isBlank()) {
      sink.reject(input, line, RejectReason.EMPTY, at);
    } else if (text.length() > MAX_CHARS) {
      sink.reject(input, line, RejectReason.OVERSIZED, at + ": " + text.length() + " chars, limit " + MAX_CHARS);
    } else {
      Optional<String> notEnglish = EnglishCheck.whyNotEnglish(text);
      if (notEnglish.isPresent()) {
        sink.reject(input, line, RejectReason.NOT_ENGLISH, at + ": " + notEnglish.get());
      } else {
        sink.ok().accept(a);
      }
    }
  }

  private void readJsonLines(String input, InputStream in, Sink sink) throws IOException {
    byte[] buf = new byte[65_536];
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean tooLong = false;
    int lineNo = 0;
    int n;
    try {
      while ((n = in.read(buf)) > 0) {
        int start = 0;
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            tooLong = append(line, buf, start, i - start, tooLong);
            jsonLine(input, ++lineNo, line, tooLong, sink);
            line.reset();
            tooLong = false;
            start = i + 1;
          }
        }
        tooLong = append(line, buf, start, n - start, tooLong);
      }
    } catch (IOException e) {
      sink.reject(input, lineNo + 1, RejectReason.UNREADABLE, ioMessage(e) + "; rest of input not read");
      return;
    }
    if (line.size() > 0 || tooLong) {
      jsonLine(input, ++lineNo, line, tooLong, sink);
    }
  }

  /** Appends unless the line is already or now too long; returns the new too-long flag. */
  private static boolean append(ByteArrayOutputStream line, byte[] buf, int from, int len, boolean tooLong) {
    if (tooLong || line.size() + (long) len > MAX_LINE_BYTES) {
      line.reset();
      return true;
    }
    line.write(buf, from, len);
    return false;
  }

  private void jsonLine(String input, int lineNo, ByteArrayOutputStream lineBytes, boolean tooLong, Sink sink) {
    if (tooLong) {
      sink.reject(input, lineNo, RejectReason.OVERSIZED, "line longer than " + MAX_LINE_BYTES + " bytes");
      return;
    }
    byte[] bytes = lineBytes.toByteArray();
    boolean blank = true;
    for (byte b : bytes) {
      if (b == 0) {
        sink.reject(input, lineNo, RejectReason.BINARY, "NUL byte");
        return;
      }
      if (b != ' ' && b != '\t' && b != '\r') {
        blank = false;
      }
    }
    if (blank) {
      return;
    }
    Optional<String> decoded = decode(bytes);
    if (decoded.isEmpty()) {
      sink.reject(input, lineNo, RejectReason.BINARY, "not UTF-8");
      return;
    }
    JsonNode node;
    try {
      String text = decoded.get();
      node = json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (JsonProcessingException e) {
      sink.reject(input, lineNo, RejectReason.MALFORMED_JSON, oneLine(e.getOriginalMessage()));
      return;
    }
    if (node == null || !node.isObject()) {
      sink.reject(input, lineNo, RejectReason.MALFORMED_JSON, "not a JSON object");
      return;
    }
    JsonNode idNode = node.get("id");
    if (idNode == null || idNode.isNull() || (idNode.isValueNode() && idNode.asText().isBlank())) {
      sink.reject(input, lineNo, RejectReason.MISSING_ID, "");
      return;
    }
    if (!idNode.isTextual() && !idNode.isNumber()) {
      sink.reject(input, lineNo, RejectReason.MALFORMED_JSON, "id is not a string");
      return;
    }
    String id = idNode.asText();
    Optional<LocalDate> date = sink.defaultDate();
    JsonNode dateNode = node.get("date");
    if (dateNode != null && !dateNode.isNull() && !(dateNode.isTextual() && dateNode.asText().isEmpty())) {
      if (!dateNode.isTextual()) {
        sink.reject(input, lineNo, RejectReason.BAD_DATE, "id " + id + ": date is not a string");
        return;
      }
      try {
        date = Optional.of(LocalDate.parse(dateNode.asText()));
      } catch (DateTimeParseException e) {
        sink.reject(input, lineNo, RejectReason.BAD_DATE, "id " + id + ": '" + dateNode.asText()
            + "' is not an ISO day YYYY-MM-DD");
        return;
      }
    }
    String[] fields = {"text", "title", "source", "url"};
    String[] values = new String[fields.length];
    for (int i = 0; i < fields.length; i++) {
      JsonNode f = node.get(fields[i]);
      if (f == null || f.isNull()) {
        values[i] = "";
      } else if (f.isTextual()) {
        values[i] = f.asText();
      } else {
        sink.reject(input, lineNo, RejectReason.MALFORMED_JSON, "id " + id + ": " + fields[i] + " is not a string");
        return;
      }
    }
    Article a = new Article(id, date, TextNormalizer.normalize(values[1]),
        TextNormalizer.normalize(values[0]), values[2], values[3]);
    emit(input, lineNo, a, sink);
  }

  /** Strict UTF-8 decoding; empty when the bytes are not UTF-8. */
  private static Optional<String> decode(byte[] bytes) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static String stripExtension(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String ioMessage(IOException e) {
    return oneLine(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").trim();
  }
}
