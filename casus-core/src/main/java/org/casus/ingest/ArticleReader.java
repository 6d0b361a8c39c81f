package org.casus.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.casus.model.Article;

/**
 * Reads articles from files, directories and standard input, whatever their encoding, line ends
 * and (within what casus reads) format, and refuses what casus cannot code, saying why.
 *
 * <p>Each file or stream is looked at before it is read:
 * <ul>
 *   <li>gzip ({@code 1F 8B}) is read through transparently, whatever the name; zip, bzip2, xz and
 *       PDF files are refused as an unsupported format, naming it;
 *   <li>the encoding is chosen from the bytes by {@link TextDecoder} (UTF-8 with or without a
 *       byte-order mark, UTF-16 LE/BE, else windows-1252; in JSON Lines line by line), and
 *       recorded on each article ({@link Article#charset()});
 *   <li>the format is chosen from the content first, then the name: the first non-blank
 *       character {@code '{'} means JSON Lines (unless the name says plain text or HTML and the
 *       first line is not a JSON object); {@code '['} followed by {@code '{'} a JSON array of
 *       article objects; markup (the text opens with a tag, or has an {@code <html>},
 *       {@code <body>} or {@code <!DOCTYPE html>} tag in its first 64 KiB) or a name ending in
 *       {@code .html}, {@code .htm} or {@code .xhtml} HTML; a name ending in {@code .jsonl} or
 *       {@code .ndjson} JSON Lines; anything else plain text. The decision is reported for each
 *       file or stream ({@link Listener#format}).
 * </ul>
 *
 * <p>Inputs, each a string as the user typed it: {@code -} is standard input (a plain-text or
 * HTML article there has the id {@code stdin}); a directory means its files (not
 * sub-directories) whose names end in {@code .txt}, {@code .text}, {@code .jsonl},
 * {@code .ndjson}, {@code .json}, {@code .html}, {@code .htm} or {@code .xhtml}, each optionally
 * followed by {@code .gz}, in name order (other files are counted in a note, not read); any other
 * path is a file, a FIFO or a device read as a stream. A plain-text or HTML file is one article
 * whose id is the file name without its extensions.
 *
 * <p>JSON records (a line of JSON Lines, an element of a JSON array) are objects with {@code id}
 * (a string or a number, required), {@code text} or {@code html} (a string: the text, or an HTML
 * page whose article is extracted with {@link HtmlExtractor}; {@code text} wins when both are
 * given), and optional {@code date} (ISO {@code YYYY-MM-DD}), {@code title}, {@code source},
 * {@code url}; other fields are ignored; blank lines are skipped. Line ends may be LF, CRLF or a
 * lone CR. A record's {@code date} wins over an HTML page's date, which wins over the default
 * date; the same for the title.
 *
 * <p>Refused, with a {@link Rejection} and never silently: empty text, binary input (with the
 * offset of the byte that made it so), text longer than {@link Options#maxChars()} chars, text
 * that is not English ({@link LanguageIdentifier}, naming the language), a JSON line that is not
 * one object or has a field of the wrong type, a record without id, a date that is not an ISO day,
 * a duplicate id when {@link DuplicateIds#REFUSE}, unsupported formats, unreadable inputs. A bad
 * line does not stop the rest of its file; a broken JSON array stops at the break.
 *
 * <p>Accepted text is normalised by {@link TextNormalizer} (NFC, LF line ends) and then bounded
 * by {@link Options#bounds()} ({@link InputBounds}: over-long tokens blanked, over-long sentences
 * broken, offsets unchanged); {@link Article#text()} is that text. A second article with an id
 * already passed on is renamed {@code id#2} ({@code #3} ...) unless duplicates are refused. Each
 * change is reported as an {@link IngestWarning}.
 *
 * <p>Streaming: one line (JSON Lines), one array element or one file (plain text, HTML) is held at
 * a time; a JSON line longer than {@code 16 * maxChars + 64 KiB} bytes is skipped without being
 * kept and refused as oversized; a plain-text input is read to at most {@code 4 * maxChars}
 * bytes and an HTML one to {@code 16 * maxChars} (so {@code /dev/zero} or an endless FIFO is
 * refused, not read forever). Callbacks run on the calling thread, in input order; they may block
 * (that is how a caller bounds the work in flight).
 *
 * <p>Not thread-safe: use one reader per thread (it is cheap). The ids seen are remembered across
 * calls of {@link #read} on one reader.
 */
public final class ArticleReader {
  /**
   * Longest accepted text by default, in UTF-16 chars: 1,000,000, about 150,000 words, far beyond
   * any news article (the longest Wikinews item in the project corpus is about 100,000 chars).
   * {@link Options#maxChars()} changes it.
   */
  public static final int MAX_CHARS = 1_000_000;
  /** The largest {@link Options#maxChars()}: 100,000,000 chars. */
  public static final int MAX_CHARS_LIMIT = 100_000_000;

  /** Id of a plain-text or HTML article read from standard input. */
  public static final String STDIN_ID = "stdin";

  private static final int SNIFF_BYTES = TextDecoder.SNIFF_BYTES;
  private static final List<String> ARTICLE_EXTENSIONS = List.of(".txt", ".text", ".jsonl", ".ndjson", ".json",
      ".html", ".htm", ".xhtml");

  /** What to do with a second article whose id was already passed on. */
  public enum DuplicateIds {
    /** Pass it on as {@code id#2} ({@code #3} ...), with an {@link IngestWarning}. */
    RENAME,
    /** Refuse it ({@link RejectReason#DUPLICATE_ID}). */
    REFUSE
  }

  /**
   * How the reader bounds and checks its input.
   *
   * @param maxChars longest accepted text in chars, 1 to {@link #MAX_CHARS_LIMIT}
   * @param duplicateIds what a repeated id gets
   * @param bounds the token and sentence bounds applied to accepted text
   * @throws IllegalArgumentException if {@code maxChars} is out of range
   */
  public record Options(int maxChars, DuplicateIds duplicateIds, InputBounds bounds) {
    /** {@link #MAX_CHARS}, {@link DuplicateIds#RENAME}, {@link InputBounds#DEFAULT}. */
    public static final Options DEFAULT = new Options(MAX_CHARS, DuplicateIds.RENAME, InputBounds.DEFAULT);

    public Options {
      if (maxChars < 1 || maxChars > MAX_CHARS_LIMIT) {
        throw new IllegalArgumentException("maxChars " + maxChars + " is not between 1 and " + MAX_CHARS_LIMIT);
      }
      Objects.requireNonNull(duplicateIds, "duplicateIds");
      Objects.requireNonNull(bounds, "bounds");
    }

    /** These options with another text limit. */
    public Options withMaxChars(int chars) {
      return new Options(chars, duplicateIds, bounds);
    }

    /** These options with another duplicate policy. */
    public Options withDuplicateIds(DuplicateIds policy) {
      return new Options(maxChars, policy, bounds);
    }

    long textBytes() {
      return 4L * maxChars + 3;
    }

    long htmlBytes() {
      return 16L * maxChars;
    }

    int lineBytes() {
      return (int) Math.min(Integer.MAX_VALUE - 16, 16L * maxChars + 65_536);
    }
  }

  /** What the reader reports, on the calling thread, in input order. */
  public interface Listener {
    /** An accepted article. */
    void article(Article article);

    /** A refused input. */
    void rejected(Rejection rejection);

    /** What was decided about an input's format and encoding, once per file or stream. */
    default void format(InputFormat format) {
    }

    /** A change made to an accepted article. */
    default void warning(IngestWarning warning) {
    }

    /** Anything else the user should know, one line, e.g. files of a directory not read. */
    default void note(String message) {
    }
  }

  private final InputStream stdin;
  private final Options options;
  private final Set<String> seenIds = new HashSet<>();
  private final ObjectMapper json = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private final FormatSniffer sniffer = new FormatSniffer(json);
  private final JsonArticleReader jsonReader;
  private final WholeArticleReader wholeReader;

  /** A reader whose {@code -} is {@link System#in}, with the default options. */
  public ArticleReader() {
    this(System.in);
  }

  /** A reader whose {@code -} is {@code stdin} (read at most once), with the default options. */
  public ArticleReader(InputStream stdin) {
    this(stdin, Options.DEFAULT);
  }

  /**
   * @param stdin what {@code -} reads (at most once), non-null
   * @param options limits and policies, non-null
   */
  public ArticleReader(InputStream stdin, Options options) {
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    this.options = Objects.requireNonNull(options, "options");
    this.jsonReader = new JsonArticleReader(options, json, this::emit);
    this.wholeReader = new WholeArticleReader(options, this::emit);
  }

  /**
   * Reads every input in order, reporting accepted articles and refusals only.
   *
   * @param inputs paths (relative to the working directory) or {@code -}; non-null
   * @param defaultDate the publication date of articles that carry none; empty for unknown
   * @param ok receives each accepted article, in input order
   * @param rejected receives each refusal, in input order
   */
  public void read(List<String> inputs, Optional<LocalDate> defaultDate, Consumer<Article> ok,
      Consumer<Rejection> rejected) {
    read(inputs, defaultDate, new Listener() {
      @Override
      public void article(Article article) {
        ok.accept(article);
      }

      @Override
      public void rejected(Rejection rejection) {
        rejected.accept(rejection);
      }
    });
  }

  /**
   * Reads every input in order.
   *
   * @param inputs paths (relative to the working directory) or {@code -}; non-null
   * @param defaultDate the publication date of articles that carry none (plain text, JSON records
   *     without {@code date}, pages without a date); empty for unknown
   * @param listener receives articles, refusals, format decisions, warnings and notes
   */
  public void read(List<String> inputs, Optional<LocalDate> defaultDate, Listener listener) {
    Objects.requireNonNull(defaultDate, "defaultDate");
    Objects.requireNonNull(listener, "listener");
    Sink sink = new Sink(defaultDate, listener);
    for (String input : inputs) {
      if (input.equals("-")) {
        readStream("-", "", stdin, sink);
      } else {
        readPath(input, Path.of(input), sink);
      }
    }
  }

  /** Where the parts of one {@link #read} call send refusals, and the default date they apply. */
  record Sink(Optional<LocalDate> defaultDate, Listener listener) {
    void reject(String input, int line, String id, RejectReason reason, String detail) {
      listener.rejected(new Rejection(input, line, id, reason, detail));
    }
  }

  /** Receives an article read by a format reader, to be checked, bounded and passed on. */
  @FunctionalInterface
  interface Emitter {
    void emit(String input, int line, Article a, Sink sink);
  }

  private void readPath(String input, Path path, Sink sink) {
    if (Files.isDirectory(path)) {
      List<Path> files = new ArrayList<>();
      List<String> skipped = new ArrayList<>();
      try (Stream<Path> s = Files.list(path)) {
        s.sorted().forEach(p -> {
          if (!Files.isDirectory(p)) {
            if (isArticleFile(p.getFileName().toString())) {
              files.add(p);
            } else {
              skipped.add(p.getFileName().toString());
            }
          }
        });
      } catch (IOException e) {
        sink.reject(input, 0, "", RejectReason.UNREADABLE, ioMessage(e));
        return;
      }
      if (!skipped.isEmpty()) {
        sink.listener().note(input + ": " + skipped.size() + (skipped.size() == 1 ? " file" : " files")
            + " not read (not named as articles: " + String.join(", ", skipped.subList(0, Math.min(5, skipped.size())))
            + (skipped.size() > 5 ? ", ..." : "") + ")");
      }
      for (Path f : files) {
        readFile(f.toString(), f, sink);
      }
    } else {
      readFile(input, path, sink);
    }
  }

  private static boolean isArticleFile(String name) {
    String n = stripGz(name.toLowerCase(Locale.ROOT));
    return ARTICLE_EXTENSIONS.stream().anyMatch(n::endsWith);
  }

  private void readFile(String input, Path path, Sink sink) {
    String name = path.getFileName() == null ? input : path.getFileName().toString();
    // A FIFO or device through a FileInputStream: the NIO stream's available() seeks, which fails on them.
    try (InputStream in = Files.isRegularFile(path) ? Files.newInputStream(path)
        : new java.io.FileInputStream(path.toFile())) {
      readStream(input, name, in, sink);
    } catch (NoSuchFileException e) {
      sink.reject(input, 0, "", RejectReason.UNREADABLE, "no such file or directory");
    } catch (java.io.FileNotFoundException e) {
      sink.reject(input, 0, "", RejectReason.UNREADABLE, oneLine(e.getMessage()));
    } catch (AccessDeniedException e) {
      sink.reject(input, 0, "", RejectReason.UNREADABLE, "permission denied");
    } catch (IOException e) {
      sink.reject(input, 0, "", RejectReason.UNREADABLE, ioMessage(e));
    }
  }

  /**
   * Reads one file or stream.
   *
   * @param name the file name ({@code ""} for standard input), for the extension and the id
   */
  private void readStream(String input, String name, InputStream raw, Sink sink) {
    String lower = name.toLowerCase(Locale.ROOT);
    String id = name.isEmpty() ? STDIN_ID : stripExtensions(name);
    try {
      BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
      boolean gzip = false;
      byte[] magic = FormatSniffer.peek(in, 8);
      if (magic.length >= 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B) {
        in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        gzip = true;
        lower = stripGz(lower);
        magic = FormatSniffer.peek(in, 8);
      }
      Optional<String> archive = FormatSniffer.unsupported(magic);
      if (archive.isPresent()) {
        sink.reject(input, 0, name.isEmpty() ? "" : id, RejectReason.UNSUPPORTED_FORMAT, archive.get());
        return;
      }
      byte[] head = FormatSniffer.peek(in, SNIFF_BYTES);
      Optional<TextDecoder.Encoding> announced = TextDecoder.announced(head, head.length);
      Charset headCharset = announced.map(TextDecoder.Encoding::charset).orElse(
          TextDecoder.firstInvalidUtf8(head, FormatSniffer.validPrefix(head)) < 0 ? StandardCharsets.UTF_8 : TextDecoder.WINDOWS_1252);
      int bom = announced.map(TextDecoder.Encoding::bomLength).orElse(0);
      String headText = TextDecoder.decodeLenient(head, bom, head.length - bom, headCharset);
      FormatSniffer.Decision d = sniffer.decide(lower, headText);
      boolean utf16 = announced.isPresent() && announced.get().isUtf16();
      if (!utf16 && d.kind() != InputFormat.Kind.JSON_LINES) {
        Optional<TextDecoder.Binary> bin = TextDecoder.binary(head, 0, head.length, 0);
        if (bin.isPresent()) {
          sink.listener().format(new InputFormat(input, d.kind(), "", gzip, "binary", false));
          sink.reject(input, 0, id, RejectReason.BINARY, bin.get().message());
          return;
        }
      }
      boolean asNamed = !gzip && FormatSniffer.expected(lower, d.kind()) && headCharset.equals(StandardCharsets.UTF_8);
      sink.listener().format(new InputFormat(input, d.kind(), headCharset.name(), gzip,
          d.basis() + (announced.isPresent() ? "; " + announced.get().basis() : ""), asNamed));
      in.skipNBytes(bom);
      switch (d.kind()) {
        case JSON_LINES -> {
          if (utf16) {
            jsonReader.readJsonLines(input, new InputStreamReader(in, headCharset), headCharset, sink);
          } else {
            jsonReader.readJsonLines(input, in, sink);
          }
        }
        case JSON_ARRAY -> jsonReader.readJsonArray(input, new InputStreamReader(in, headCharset), headCharset, sink);
        case HTML, TEXT -> wholeReader.read(input, id, in, d.kind(), announced, sink);
        default -> throw new IllegalStateException("format " + d.kind());
      }
    } catch (IOException e) {
      sink.reject(input, 0, "", RejectReason.UNREADABLE, ioMessage(e));
    }
  }

  /** Checks, bounds and passes the (normalised) article on, or refuses it. */
  private void emit(String input, int line, Article a, Sink sink) {
    String text = a.text();
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      sink.reject(input, line, a.id(), RejectReason.BINARY, "NUL character at char offset " + nul);
      return;
    }
    if (text.isBlank()) {
      sink.reject(input, line, a.id(), RejectReason.EMPTY, "");
      return;
    }
    if (text.length() > options.maxChars()) {
      sink.reject(input, line, a.id(), RejectReason.OVERSIZED, text.length() + " chars, limit " + options.maxChars()
          + " (--max-chars)");
      return;
    }
    Optional<LanguageIdentifier.NotEnglish> notEnglish = LanguageIdentifier.whyNotEnglish(text);
    if (notEnglish.isPresent()) {
      sink.reject(input, line, a.id(), RejectReason.NOT_ENGLISH, notEnglish.get().message());
      return;
    }
    if (!seenIds.add(a.id())) {
      if (options.duplicateIds() == DuplicateIds.REFUSE) {
        sink.reject(input, line, a.id(), RejectReason.DUPLICATE_ID, "an earlier article has this id");
        return;
      }
      String original = a.id();
      int k = 2;
      while (!seenIds.add(original + "#" + k)) {
        k++;
      }
      a = a.withId(original + "#" + k);
      sink.listener().warning(new IngestWarning(input, line, a.id(), IngestWarning.Kind.DUPLICATE_ID,
          "an earlier article has the id " + original));
    }
    InputBounds.Bounded b = options.bounds().apply(text);
    if (b.longTokens() > 0) {
      sink.listener().warning(new IngestWarning(input, line, a.id(), IngestWarning.Kind.LONG_TOKEN, b.longTokens()
          + (b.longTokens() == 1 ? " run" : " runs") + " of more than " + options.bounds().maxTokenChars()
          + " chars without a space replaced by spaces"));
    }
    if (b.longSentences() > 0) {
      sink.listener().warning(new IngestWarning(input, line, a.id(), IngestWarning.Kind.LONG_SENTENCE,
          b.longSentences() + (b.longSentences() == 1 ? " sentence" : " sentences") + " of more than "
              + options.bounds().maxSentenceTokens() + " tokens split at " + b.breaks() + " line "
              + (b.breaks() == 1 ? "break" : "breaks")));
    }
    sink.listener().article(b.changed() ? a.withText(b.text()) : a);
  }

  private static String stripGz(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
  }

  /** The file name without {@code .gz} and then its last extension. */
  private static String stripExtensions(String name) {
    String n = stripGz(name);
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  static String ioMessage(IOException e) {
    return oneLine(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
  }

  static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").trim();
  }
}
