package org.casus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.casus.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18: encodings, line ends, formats by content, HTML, duplicate ids, limits. */
class ArticleReaderFormatsTest {
  static final String ENGLISH = ArticleReaderTest.ENGLISH;
  static final String CAFE = ENGLISH + " The caf\u00e9 owner said the \u201cprotest\u201d cost him \u20ac500.";

  @TempDir
  Path dir;

  final List<Article> ok = new ArrayList<>();
  final List<Rejection> rejected = new ArrayList<>();
  final List<InputFormat> formats = new ArrayList<>();
  final List<IngestWarning> warnings = new ArrayList<>();
  final List<String> notes = new ArrayList<>();

  final ArticleReader.Listener listener = new ArticleReader.Listener() {
    @Override
    public void article(Article article) {
      ok.add(article);
    }

    @Override
    public void rejected(Rejection rejection) {
      rejected.add(rejection);
    }

    @Override
    public void format(InputFormat format) {
      formats.add(format);
    }

    @Override
    public void warning(IngestWarning warning) {
      warnings.add(warning);
    }

    @Override
    public void note(String message) {
      notes.add(message);
    }
  };

  private void read(ArticleReader.Options options, InputStream stdin, String... inputs) {
    new ArticleReader(stdin, options).read(List.of(inputs), Optional.of(LocalDate.of(2026, 1, 1)), listener);
  }

  private void read(String... inputs) {
    read(ArticleReader.Options.DEFAULT, InputStream.nullInputStream(), inputs);
  }

  private String write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p.toString();
  }

  private String write(String name, String text, Charset cs) throws IOException {
    return write(name, text.getBytes(cs));
  }

  private static String record(String id, String text) {
    return "{\"id\":\"" + id + "\",\"date\":\"2025-01-12\",\"text\":\"" + text + "\"}";
  }

  private static byte[] bom(byte[] mark, byte[] body) {
    byte[] out = new byte[mark.length + body.length];
    System.arraycopy(mark, 0, out, 0, mark.length);
    System.arraycopy(body, 0, out, mark.length, body.length);
    return out;
  }

  private List<String> texts() {
    return ok.stream().map(Article::text).toList();
  }

  @Test
  void issue18_everyEncodingGivesTheSameText() throws IOException {
    read(write("u8.txt", CAFE, StandardCharsets.UTF_8),
        write("u8bom.txt", bom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, CAFE.getBytes(StandardCharsets.UTF_8))),
        write("cp1252.txt", CAFE, Charset.forName("windows-1252")),
        write("le.txt", bom(new byte[] {(byte) 0xFF, (byte) 0xFE}, CAFE.getBytes(StandardCharsets.UTF_16LE))),
        write("be.txt", bom(new byte[] {(byte) 0xFE, (byte) 0xFF}, CAFE.getBytes(StandardCharsets.UTF_16BE))));
    assertTrue(rejected.isEmpty(), rejected::toString);
    assertEquals(List.of(CAFE, CAFE, CAFE, CAFE, CAFE), texts());
    assertEquals(List.of("UTF-8", "UTF-8", "windows-1252", "UTF-16LE", "UTF-16BE"),
        ok.stream().map(Article::charset).toList());
    assertEquals(List.of(true, true, false, false, false), formats.stream().map(InputFormat::asNamed).toList());
  }

  @Test
  void issue18_jsonLinesWithCrOnlyCrlfAndUtf16() throws IOException {
    String three = record("a", ENGLISH) + "\r" + record("b", ENGLISH) + "\r\n" + record("c", ENGLISH) + "\r";
    read(write("cr.jsonl", three, StandardCharsets.UTF_8),
        write("u16.jsonl", bom(new byte[] {(byte) 0xFF, (byte) 0xFE},
            (record("d", CAFE) + "\r\n" + record("e", ENGLISH) + "\n").getBytes(StandardCharsets.UTF_16LE))));
    assertTrue(rejected.isEmpty(), rejected::toString);
    assertEquals(List.of("a", "b", "c", "d", "e"), ok.stream().map(Article::id).toList());
    assertEquals(CAFE, ok.get(3).text());
    assertEquals("UTF-16LE", ok.get(3).charset());
  }

  @Test
  void issue18_aBadLineAfterCrIsNamedByItsLine() throws IOException {
    String f = write("cr.jsonl", record("a", ENGLISH) + "\r{oops\r" + record("c", ENGLISH), StandardCharsets.UTF_8);
    read(f);
    assertEquals(List.of("a", "c"), ok.stream().map(Article::id).toList());
    assertEquals(f + ":2", rejected.get(0).location());
  }

  @Test
  void issue18_jsonLinesAreKnownByContentWhateverTheName() throws IOException {
    String lines = record("a", ENGLISH) + "\n" + record("b", ENGLISH) + "\n";
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream o = new GZIPOutputStream(gz)) {
      o.write(lines.getBytes(StandardCharsets.UTF_8));
    }
    read(ArticleReader.Options.DEFAULT, new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
        write("x.json", lines, StandardCharsets.UTF_8), write("noext", lines, StandardCharsets.UTF_8),
        write("x.jsonl.gz", gz.toByteArray()), "-");
    assertTrue(rejected.isEmpty(), rejected::toString);
    assertEquals(List.of("a", "b", "a#2", "b#2", "a#3", "b#3", "a#4", "b#4"), ok.stream().map(Article::id).toList());
    assertEquals(4, formats.size());
    assertTrue(formats.stream().allMatch(f -> f.kind() == InputFormat.Kind.JSON_LINES), formats::toString);
    assertTrue(formats.get(2).gzip());
    assertEquals(6, warnings.size());
    assertTrue(warnings.stream().allMatch(w -> w.kind() == IngestWarning.Kind.DUPLICATE_ID));
  }

  @Test
  void issue18_aJsonArrayOfRecords() throws IOException {
    String f = write("a.json", "[\n " + record("a", ENGLISH) + ",\n 7,\n " + record("b", ENGLISH) + "\n]\n",
        StandardCharsets.UTF_8);
    read(f);
    assertEquals(List.of("a", "b"), ok.stream().map(Article::id).toList(), rejected::toString);
    assertEquals(1, rejected.size());
    assertEquals(f + ":3", rejected.get(0).location());
    assertEquals(InputFormat.Kind.JSON_ARRAY, formats.get(0).kind());
  }

  @Test
  void issue18_htmlPagesByNameByContentAndInJson() throws IOException {
    String page = "<!DOCTYPE html><html><head><meta property='og:title' content='Border talks'>"
        + "<meta property='article:published_time' content='2024-04-26T10:00:00Z'>"
        + "<script>var teaser = 'Russia attacked Ukraine on Monday';</script></head><body><nav>Home | World</nav>"
        + "<article><h1>Border talks</h1><p>" + ENGLISH + "</p></article><footer>(c) Example</footer></body></html>";
    String json = "{\"id\":\"j\",\"html\":" + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(page)
        + "}\n";
    read(write("p.html", page, StandardCharsets.UTF_8), write("p2.txt", page, StandardCharsets.UTF_8),
        write("pages.jsonl", json, StandardCharsets.UTF_8));
    assertTrue(rejected.isEmpty(), rejected::toString);
    assertEquals(List.of(ENGLISH, ENGLISH, ENGLISH), texts());
    for (Article a : ok) {
      assertEquals("Border talks", a.title());
      assertEquals(Optional.of(LocalDate.of(2024, 4, 26)), a.publicationDate());
      assertFalse(a.text().contains("Russia"));
    }
    assertEquals(InputFormat.Kind.HTML, formats.get(1).kind());
    assertFalse(formats.get(1).asNamed(), "an HTML page named .txt is said on stderr");
  }

  @Test
  void issue18_duplicateIdsAreRenamedOrRefused() throws IOException {
    String f = write("d.jsonl", record("x", ENGLISH) + "\n" + record("x", ENGLISH) + "\n" + record("x#2", ENGLISH)
        + "\n", StandardCharsets.UTF_8);
    read(f);
    assertEquals(List.of("x", "x#2", "x#2#2"), ok.stream().map(Article::id).toList());
    assertEquals(2, warnings.size());
    ok.clear();
    warnings.clear();
    read(ArticleReader.Options.DEFAULT.withDuplicateIds(ArticleReader.DuplicateIds.REFUSE), InputStream.nullInputStream(),
        f);
    assertEquals(List.of("x", "x#2"), ok.stream().map(Article::id).toList());
    assertEquals(RejectReason.DUPLICATE_ID, rejected.get(0).reason());
    assertEquals("x", rejected.get(0).id());
    assertTrue(warnings.isEmpty());
  }

  @Test
  void issue18_endlessOrDeviceInputIsRefusedNotReadForever() {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "/dev/zero is absent on this system");
    read("/dev/zero");
    assertEquals(1, rejected.size());
    assertEquals(RejectReason.BINARY, rejected.get(0).reason());
    assertEquals("NUL byte at byte offset 0", rejected.get(0).detail());
  }

  @Test
  void issue18_aFifoIsReadAsAStream() throws Exception {
    Path fifo = dir.resolve("pipe");
    boolean made;
    try {
      made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      made = false;
    }
    assumeTrue(made, "mkfifo is not available; the FIFO case was not checked");
    Thread writer = new Thread(() -> {
      try (OutputStream o = Files.newOutputStream(fifo)) {
        o.write((record("f1", ENGLISH) + "\n").getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    writer.start();
    read(fifo.toString());
    writer.join();
    assertEquals(List.of("f1"), ok.stream().map(Article::id).toList(), rejected::toString);
  }

  @Test
  void issue18_archivesOtherThanGzipAreNamed() throws IOException {
    read(write("a.zip", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}), write("b.txt", "%PDF-1.7\n%...", StandardCharsets.UTF_8));
    assertEquals(2, rejected.size());
    assertTrue(rejected.stream().allMatch(r -> r.reason() == RejectReason.UNSUPPORTED_FORMAT));
    assertTrue(rejected.get(0).detail().startsWith("a zip archive"), rejected.get(0).detail());
  }

  @Test
  void issue18_binaryNamesItsOffset() throws IOException {
    byte[] b = (ENGLISH + "\0\1\2").getBytes(StandardCharsets.UTF_8);
    read(write("bin.txt", b));
    assertEquals("NUL byte at byte offset " + ENGLISH.length(), rejected.get(0).detail());
  }

  @Test
  void issue18_maxCharsIsAChoice() throws IOException {
    String f = write("a.txt", ENGLISH, StandardCharsets.UTF_8);
    read(ArticleReader.Options.DEFAULT.withMaxChars(50), InputStream.nullInputStream(), f);
    assertEquals(RejectReason.OVERSIZED, rejected.get(0).reason());
    assertTrue(rejected.get(0).detail().contains("--max-chars"), rejected.get(0).detail());
    rejected.clear();
    read(ArticleReader.Options.DEFAULT.withMaxChars(ENGLISH.length()), InputStream.nullInputStream(), f);
    assertEquals(1, ok.size());
  }

  @Test
  void issue18_longTokensAndSentencesAreBoundedWithAWarning() throws IOException {
    String text = ENGLISH + " " + "x".repeat(5_000) + " " + "and then ".repeat(300);
    read(write("long.txt", text, StandardCharsets.UTF_8));
    Article a = ok.get(0);
    assertEquals(text.length(), a.text().length());
    assertEquals(List.of(IngestWarning.Kind.LONG_TOKEN, IngestWarning.Kind.LONG_SENTENCE),
        warnings.stream().map(IngestWarning::kind).toList());
    assertFalse(a.text().contains("xxx"));
  }

  @Test
  void issue18_aDirectorySaysWhatItDidNotRead() throws IOException {
    write("a.txt", ENGLISH, StandardCharsets.UTF_8);
    write("notes.md", "notes", StandardCharsets.UTF_8);
    write("b.html.gz", gzip("<p>" + ENGLISH + "</p>"));
    read(dir.toString());
    assertEquals(List.of("a", "b"), ok.stream().map(Article::id).toList());
    assertEquals(List.of(dir + ": 1 file not read (not named as articles: notes.md)"), notes);
  }

  @Test
  void issue18_languageRefusalNamesTheLanguage() throws IOException {
    String german = "Bei einem Anschlag auf einen Markt wurden mindestens zwanzig Menschen getötet. Die Polizei sucht"
        + " nach den Tätern.";
    read(write("de.txt", german, StandardCharsets.UTF_8));
    assertEquals(RejectReason.NOT_ENGLISH, rejected.get(0).reason());
    assertTrue(rejected.get(0).detail().startsWith("German (deu)"), rejected.get(0).detail());
  }

  private static byte[] gzip(String s) throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream o = new GZIPOutputStream(gz)) {
      o.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return gz.toByteArray();
  }
}
