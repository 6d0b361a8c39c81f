package org.casus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casus.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
  static final String ENGLISH = "The foreign ministers of Kenya and Ethiopia met in Nairobi on Tuesday"
      + " to discuss security along their shared border, and they agreed to set up a joint commission"
      + " that will meet every three months.";
  static final String FRENCH = "Le ministre des Affaires étrangères a rencontré son homologue à Paris"
      + " mardi pour discuter de la sécurité à la frontière. Les deux pays ont convenu de créer une"
      + " commission commune qui se réunira tous les trois mois, selon un communiqué publié.";

  @TempDir
  Path dir;

  final List<Article> ok = new ArrayList<>();
  final List<Rejection> rejected = new ArrayList<>();

  private void read(InputStream stdin, Optional<LocalDate> date, String... inputs) {
    new ArticleReader(stdin).read(List.of(inputs), date, ok::add, rejected::add);
  }

  private void read(String... inputs) {
    read(InputStream.nullInputStream(), Optional.empty(), inputs);
  }

  private String write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p.toString();
  }

  private static String jsonLine(String id, String date, String text) {
    return "{\"id\":\"" + id + "\"" + (date == null ? "" : ",\"date\":\"" + date + "\"")
        + ",\"title\":\"T\",\"text\":\"" + text + "\",\"source\":\"S\",\"extra\":[1,2]}\n";
  }

  private Rejection onlyRejection(RejectReason expected) {
    assertEquals(1, rejected.size(), () -> "rejections: " + rejected);
    Rejection r = rejected.get(0);
    assertEquals(expected, r.reason(), r::message);
    return r;
  }

  @Test
  void plainTextFileTakesIdFromNameAndDefaultDate() throws IOException {
    String f = write("border-talks.txt", ENGLISH);
    read(InputStream.nullInputStream(), Optional.of(LocalDate.of(2026, 3, 12)), f);
    assertEquals(1, ok.size());
    Article a = ok.get(0);
    assertEquals("border-talks", a.id());
    assertEquals(Optional.of(LocalDate.of(2026, 3, 12)), a.publicationDate());
    assertEquals(ENGLISH, a.text());
    assertTrue(rejected.isEmpty());
  }

  @Test
  void plainTextWithoutDateHasUnknownDate() throws IOException {
    read(write("a.txt", ENGLISH));
    assertEquals(Optional.empty(), ok.get(0).publicationDate());
  }

  @Test
  void crlfAndDecomposedAccentsAreNormalised() throws IOException {
    String raw = "\uFEFF" + ENGLISH + "\r\nThe cafe\u0301 was closed.\rIt reopened.\r\n";
    read(write("crlf.txt", raw));
    String text = ok.get(0).text();
    assertEquals(ENGLISH + "\nThe caf\u00e9 was closed.\nIt reopened.\n", text);
    assertTrue(text.indexOf('\r') < 0);
  }

  @Test
  void jsonLinesKeepsFieldsAndRecordDateWinsOverDefault() throws IOException {
    String f = write("a.jsonl", jsonLine("x1", "2025-01-12", ENGLISH) + jsonLine("x2", null, ENGLISH));
    read(InputStream.nullInputStream(), Optional.of(LocalDate.of(2026, 1, 1)), f);
    assertEquals(2, ok.size());
    assertEquals("x1", ok.get(0).id());
    assertEquals(Optional.of(LocalDate.of(2025, 1, 12)), ok.get(0).publicationDate());
    assertEquals("T", ok.get(0).title());
    assertEquals("S", ok.get(0).source());
    assertEquals("", ok.get(0).url());
    assertEquals(Optional.of(LocalDate.of(2026, 1, 1)), ok.get(1).publicationDate());
  }

  @Test
  void badLineInTheMiddleIsCountedAndTheRestRead() throws IOException {
    String f = write("mixed.jsonl", jsonLine("a", "2025-01-01", ENGLISH)
        + "{\"id\": \"b\", \"text\": \n"
        + "\n"
        + jsonLine("c", "2025-01-02", ENGLISH));
    read(f);
    assertEquals(List.of("a", "c"), ok.stream().map(Article::id).toList());
    Rejection r = onlyRejection(RejectReason.MALFORMED_JSON);
    assertEquals(2, r.line());
    assertTrue(r.message().startsWith(f + ":2: malformed JSON"), r.message());
  }

  @Test
  void lastLineWithoutNewlineIsRead() throws IOException {
    String line = jsonLine("a", "2025-01-01", ENGLISH);
    read(write("a.jsonl", line.substring(0, line.length() - 1)));
    assertEquals(1, ok.size());
  }

  @Test
  void refusesEmptyText() throws IOException {
    read(write("empty.txt", " \n\t "));
    assertEquals(0, onlyRejection(RejectReason.EMPTY).line());
  }

  @Test
  void refusesJsonRecordWithoutText() throws IOException {
    read(write("a.jsonl", "{\"id\":\"a\",\"date\":\"2025-01-01\"}\n"));
    assertEquals(1, onlyRejection(RejectReason.EMPTY).line());
  }

  @Test
  void refusesNulBytes() throws IOException {
    Path p = dir.resolve("bin.txt");
    Files.write(p, new byte[] {'T', 'h', 'e', 0, 1, 2, 'x'});
    read(p.toString());
    onlyRejection(RejectReason.BINARY);
  }

  @Test
  void latin1TextIsReadAsWindows1252() throws IOException {
    Path p = dir.resolve("latin1.txt");
    Files.write(p, ("caf" + (char) 0xE9 + " " + ENGLISH).getBytes(StandardCharsets.ISO_8859_1));
    read(p.toString());
    assertTrue(rejected.isEmpty(), rejected::toString);
    assertEquals("caf\u00e9 " + ENGLISH, ok.get(0).text());
    assertEquals("windows-1252", ok.get(0).charset());
  }

  @Test
  void latin1JsonLineIsDecodedAndTheNextLineIsUtf8() throws IOException {
    Path p = dir.resolve("a.jsonl");
    byte[] bad = ("{\"id\":\"a\",\"text\":\"caf\u00e9 " + ENGLISH + "\"}\n").getBytes(StandardCharsets.ISO_8859_1);
    byte[] good = jsonLine("b", null, ENGLISH + " \u20ac").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bad.length + good.length];
    System.arraycopy(bad, 0, all, 0, bad.length);
    System.arraycopy(good, 0, all, bad.length, good.length);
    Files.write(p, all);
    read(p.toString());
    assertTrue(rejected.isEmpty(), rejected::toString);
    assertEquals(List.of("windows-1252", "UTF-8"), ok.stream().map(Article::charset).toList());
    assertTrue(ok.get(0).text().startsWith("caf\u00e9 "));
    assertTrue(ok.get(1).text().endsWith(" \u20ac"));
  }

  @Test
  void refusesOversizedText() throws IOException {
    StringBuilder sb = new StringBuilder();
    while (sb.length() <= ArticleReader.MAX_CHARS) {
      sb.append(ENGLISH).append(' ');
    }
    read(write("big.txt", sb.toString()));
    assertTrue(onlyRejection(RejectReason.OVERSIZED).detail().contains("limit 1000000"));
  }

  @Test
  void refusesNonEnglish() throws IOException {
    read(write("fr.jsonl", jsonLine("fr1", "2025-01-01", FRENCH)));
    Rejection r = onlyRejection(RejectReason.NOT_ENGLISH);
    assertTrue(r.detail().startsWith("French (fra)"), r.detail());
    assertEquals("fr1", r.id());
    assertTrue(r.message().contains("id fr1: French"), r.message());
  }

  @Test
  void refusesMissingId() throws IOException {
    read(write("a.jsonl", "{\"text\":\"" + ENGLISH + "\"}\n{\"id\":\" \",\"text\":\"x\"}\n"));
    assertEquals(2, rejected.size());
    assertTrue(rejected.stream().allMatch(r -> r.reason() == RejectReason.MISSING_ID));
  }

  @Test
  void refusesBadDate() throws IOException {
    read(write("a.jsonl", jsonLine("a", "2025-13-01", ENGLISH) + jsonLine("b", "12/01/2025", ENGLISH)));
    assertEquals(2, rejected.size());
    assertTrue(rejected.stream().allMatch(r -> r.reason() == RejectReason.BAD_DATE));
    assertTrue(rejected.get(0).message().contains("'2025-13-01'"), rejected.get(0).message());
  }

  @Test
  void refusesNonObjectLineAndWrongFieldType() throws IOException {
    read(write("a.jsonl", "[1,2]\n{\"id\":\"a\",\"text\":42}\n{\"id\":\"b\"} trailing\n"));
    assertEquals(3, rejected.size());
    assertTrue(rejected.stream().allMatch(r -> r.reason() == RejectReason.MALFORMED_JSON), rejected::toString);
  }

  @Test
  void readsHtmlAndRefusesMissingFiles() throws IOException {
    read(write("page.html", "<html><body><p>" + ENGLISH + "</p><script>var x = 'Russia attacked Ukraine';</script>"
        + "</body></html>"), dir.resolve("nope.txt").toString());
    assertEquals(List.of(ENGLISH), ok.stream().map(Article::text).toList());
    assertEquals("page", ok.get(0).id());
    assertEquals(RejectReason.UNREADABLE, onlyRejection(RejectReason.UNREADABLE).reason());
  }

  @Test
  void directoryReadsTxtAndJsonlInNameOrder() throws IOException {
    write("b.txt", ENGLISH);
    write("a.jsonl", jsonLine("j1", "2025-01-01", ENGLISH) + jsonLine("j2", "2025-01-01", ENGLISH));
    write("c.txt", ENGLISH);
    write("notes.md", "not an article");
    Files.createDirectory(dir.resolve("sub"));
    write("sub/d.txt", ENGLISH);
    read(dir.toString());
    assertEquals(List.of("j1", "j2", "b", "c"), ok.stream().map(Article::id).toList());
    assertTrue(rejected.isEmpty(), rejected::toString);
  }

  @Test
  void stdinJsonLines() {
    String in = "\n  " + jsonLine("s1", "2025-02-03", ENGLISH) + "not json\n";
    read(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), Optional.empty(), "-");
    assertEquals(List.of("s1"), ok.stream().map(Article::id).toList());
    Rejection r = onlyRejection(RejectReason.MALFORMED_JSON);
    assertEquals("-:3", r.location());
  }

  @Test
  void stdinJsonLinesWithByteOrderMark() {
    String in = "\uFEFF" + jsonLine("s1", "2025-02-03", ENGLISH);
    read(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), Optional.empty(), "-");
    assertEquals(List.of("s1"), ok.stream().map(Article::id).toList());
    assertTrue(rejected.isEmpty(), rejected::toString);
  }

  @Test
  void stdinPlainText() {
    read(new ByteArrayInputStream(ENGLISH.getBytes(StandardCharsets.UTF_8)), Optional.of(LocalDate.of(2026, 1, 2)), "-");
    assertEquals(ArticleReader.STDIN_ID, ok.get(0).id());
    assertEquals(ENGLISH, ok.get(0).text());
    assertEquals(Optional.of(LocalDate.of(2026, 1, 2)), ok.get(0).publicationDate());
  }

  @Test
  void emptyStdinIsRefusedNotIgnored() {
    read(InputStream.nullInputStream(), Optional.empty(), "-");
    onlyRejection(RejectReason.EMPTY);
  }
}
