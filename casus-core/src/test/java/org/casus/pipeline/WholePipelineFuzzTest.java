package org.casus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;


import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.casus.events.CameoOntology;
import org.casus.ingest.ArticleReader;
import org.casus.ingest.IngestWarning;
import org.casus.ingest.RejectReason;
import org.casus.ingest.Rejection;
import org.casus.model.Article;
import org.casus.nlp.ChunkedSentenceParser;
import org.casus.nlp.corenlp.CoreNlpParser;
import org.casus.resource.ResourceFormatException;
import org.casus.testsupport.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated inputs through ingest and the whole pipeline (issue 18, after Lucene's
 * {@code checkRandomData}): random bytes, random Unicode, random JSON, real articles with
 * characters deleted, inserted or swapped and words shuffled, huge tokens, HTML, in every
 * encoding and line end, gzip or not. On every input: no exception escapes; every accepted
 * article's result keeps {@link PipelineInvariants} (spans inside the text, codes in the ontology,
 * no asserted event dated after its article); and the counts add up: each file gives at least one
 * item, each non-blank line of a JSON Lines file exactly one (accepted or refused).
 *
 * <p>{@value #DEFAULT_INPUTS} inputs in the normal test run; the long run is
 * {@code mvn -q test -pl casus-core -am -Dtest=WholePipelineFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcasus.fuzz.inputs=10000} (optionally {@code -Dcasus.fuzz.seed=N}), which prints the figures.
 * Real articles come from {@code ../shared/corpus} when it is there, else from texts written here.
 */
@Tag("corenlp")
class WholePipelineFuzzTest {
  static final int DEFAULT_INPUTS = 60;
  static final Optional<LocalDate> DATE = Optional.of(LocalDate.of(2025, 6, 1));

  @TempDir
  Path dir;

  private enum Kind { RANDOM_BYTES, RANDOM_UNICODE, RANDOM_JSON, MUTATED_ARTICLE, SHUFFLED_WORDS, HUGE_TOKEN, HTML,
    JSON_OF_ARTICLES }

  private static final String[] OWN_TEXTS = {
      "Kenya's foreign minister met his Ethiopian counterpart in Nairobi on Tuesday to discuss the border.",
      "Gunmen attacked a police post near Moyale on Monday, killing at least four officers and wounding six.",
      "Israeli aircraft struck targets in Gaza on Friday. Hamas fired rockets at Tel Aviv the next day.",
      "Police in Lagos arrested 40 protesters after clashes near the parliament, a spokesman said on Sunday.",
      "The United Nations condemned the attack and called for a ceasefire between the two sides."};

  private record Input(String name, byte[] bytes, Kind kind, int jsonLines) {}


  @Test
  void generatedInputsKeepTheInvariants() throws IOException, ResourceFormatException {
    int n = Integer.getInteger("casus.fuzz.inputs", DEFAULT_INPUTS);
    long seed = Long.getLong("casus.fuzz.seed", 20_251_205L);
    List<String> corpus = corpus();
    CasusPipeline pipeline = new CasusPipeline(new ChunkedSentenceParser(CoreNlpParser.shared()),
        CodingResources.loadDefault());
    CameoOntology ontology = CameoOntology.loadDefault();
    Random r = new Random(seed);
    Map<Kind, int[]> byKind = new EnumMap<>(Kind.class);
    Map<RejectReason, int[]> refusedBy = new EnumMap<>(RejectReason.class);
    int articles = 0;
    int refused = 0;
    int events = 0;
    int warnings = 0;
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      Input in = generate(r, i, corpus);
      byKind.computeIfAbsent(in.kind(), k -> new int[1])[0]++;
      Path file = Files.write(dir.resolve(in.name()), in.bytes());
      List<Article> ok = new ArrayList<>();
      List<Rejection> no = new ArrayList<>();
      List<IngestWarning> warned = new ArrayList<>();
      String shown = "seed " + seed + " input " + i + " (" + in.kind() + ", " + in.name() + ")";
      try {
        new ArticleReader(InputStream.nullInputStream(), ArticleReader.Options.DEFAULT).read(List.of(file.toString()),
            DATE, new ArticleReader.Listener() {
              @Override
              public void article(Article a) {
                ok.add(a);
              }

              @Override
              public void rejected(Rejection rj) {
                no.add(rj);
              }

              @Override
              public void warning(IngestWarning w) {
                warned.add(w);
              }
            });
        for (Article a : ok) {
          CodingResult result = pipeline.code(a);
          PipelineInvariants.check(a, result, ontology);
          events += result.events().size();
        }
      } catch (RuntimeException | AssertionError | StackOverflowError e) {
        fail(shown + ": " + e, e);
      }
      int items = ok.size() + no.size();
      assertTrue(items >= 1, shown + ": nothing accepted or refused");
      if (in.jsonLines() >= 0) {
        assertEquals(in.jsonLines(), items, shown + ": one outcome per non-blank line");
      }
      for (Rejection rj : no) {
        assertTrue(rj.message().startsWith(file.toString()), shown + ": " + rj.message());
        refusedBy.computeIfAbsent(rj.reason(), k -> new int[1])[0]++;
      }
      articles += ok.size();
      refused += no.size();
      warnings += warned.size();
      Files.delete(file);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    StringBuilder kinds = new StringBuilder();
    byKind.forEach((k, c) -> kinds.append(' ').append(k.name().toLowerCase()).append('=').append(c[0]));
    StringBuilder reasons = new StringBuilder();
    refusedBy.forEach((k, c) -> reasons.append(' ').append(k.name().toLowerCase()).append('=').append(c[0]));
    System.err.printf("WholePipelineFuzzTest: seed %d, %d inputs (%s), %d items: %d articles coded, %d refused (%s),"
        + " 0 exceptions, 0 invariant failures; %d events, %d ingest warnings; %.1f s%n", seed, n, kinds.toString().strip(),
        articles + refused, articles, refused, reasons.toString().strip(), events, warnings, seconds);
  }

  private static List<String> corpus() throws IOException {
    List<String> out = new ArrayList<>(List.of(OWN_TEXTS));
    Optional<Path> wce = SharedData.file("corpus/wikipedia_current_events/articles.jsonl");
    Optional<Path> wn = SharedData.file("corpus/wikinews/articles.jsonl");
    ObjectMapper json = new ObjectMapper();
    for (Optional<Path> p : List.of(wce, wn)) {
      if (p.isPresent()) {
        for (String line : Files.readAllLines(p.get())) {
          String t = json.readTree(line).get("text").asText();
          out.add(t.length() > 1_000 ? t.substring(0, 1_000) : t);
        }
      }
    }
    return out;
  }

  private static final String[] EXTENSIONS = {".txt", ".jsonl", ".json", ".html", "", ".text"};

  private Input generate(Random r, int i, List<String> corpus) throws IOException {
    Kind kind = Kind.values()[r.nextInt(Kind.values().length)];
    String name = "in" + i + EXTENSIONS[r.nextInt(EXTENSIONS.length)];
    String real = corpus.get(r.nextInt(corpus.size()));
    return switch (kind) {
      case RANDOM_BYTES -> {
        byte[] b = new byte[r.nextInt(2_000)];
        r.nextBytes(b);
        yield new Input(name, b, kind, -1);
      }
      case RANDOM_UNICODE -> new Input(name, encode(r, randomUnicode(r, r.nextInt(600))), kind, -1);
      case MUTATED_ARTICLE -> new Input(name, encode(r, mutate(r, real)), kind, -1);
      case SHUFFLED_WORDS -> {
        List<String> words = new ArrayList<>(List.of(real.split(" ")));
        java.util.Collections.shuffle(words, r);
        yield new Input(name, encode(r, String.join(" ", words)), kind, -1);
      }
      case HUGE_TOKEN -> {
        String token = String.valueOf((char) ('a' + r.nextInt(26))).repeat(1_000 + r.nextInt(150_000));
        int at = r.nextInt(real.length() + 1);
        yield new Input(name, encode(r, real.substring(0, at) + " " + token + " " + real.substring(at)), kind, -1);
      }
      case HTML -> new Input(name.replaceAll("\\.[a-z]*$", "") + (r.nextBoolean() ? ".html" : ".txt"),
          encode(r, "<html><head><title>" + randomUnicode(r, 20) + "</title><script>var s='" + real.replace("'", "")
              + "';</script></head><body><nav>Home</nav><article><p>" + mutate(r, real).replace("<", "&lt;")
              + "</p><p>" + randomUnicode(r, r.nextInt(80)).replace("<", "") + "</p></article></body></html>"), kind, -1);
      case RANDOM_JSON, JSON_OF_ARTICLES -> {
        StringBuilder b = new StringBuilder();
        int lines = 1 + r.nextInt(6);
        int nonBlank = 0;
        String[] ends = {"\n", "\r\n", "\r"};
        for (int k = 0; k < lines; k++) {
          String line = kind == Kind.RANDOM_JSON ? randomJson(r) : articleJson(r, k, corpus);
          b.append(line).append(ends[r.nextInt(ends.length)]);
          nonBlank += line.isBlank() ? 0 : 1;
          if (r.nextInt(5) == 0) {
            b.append(r.nextBoolean() ? "  " : "").append('\n');
          }
        }
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        if (r.nextInt(4) == 0) {
          bytes = gzip(bytes);
        }
        // a JSON object on the first line makes it JSON Lines whatever the name
        yield new Input("in" + i + (r.nextBoolean() ? ".jsonl" : ".json"), bytes, kind,
            b.charAt(0) == '{' ? nonBlank : -1);
      }
    };
  }

  private static String articleJson(Random r, int k, List<String> corpus) {
    ObjectNode o = new ObjectMapper().createObjectNode();
    o.put("id", "a" + r.nextInt(5));
    String text = mutate(r, corpus.get(r.nextInt(corpus.size())));
    if (r.nextInt(4) == 0) {
      o.put("html", "<p>" + text.replace("<", "") + "</p><script>x()</script>");
    } else {
      o.put("text", text);
    }
    if (r.nextBoolean()) {
      o.put("date", r.nextInt(5) == 0 ? "2025-13-40" : "2025-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10));
    }
    if (k == 0 && r.nextBoolean()) {
      o.put("title", randomUnicode(r, 10));
    }
    return o.toString();
  }

  private static String randomJson(Random r) {
    return switch (r.nextInt(7)) {
      case 0 -> "{\"id\":" + r.nextInt(100) + ",\"text\":\"" + OWN_TEXTS[r.nextInt(OWN_TEXTS.length)] + "\"}";
      case 1 -> "[" + r.nextInt() + ",{}]";
      case 2 -> "{\"id\":\"x\",\"text\":" + r.nextInt() + "}";
      case 3 -> "{\"id\":\"x\",\"text\":\"" + randomUnicode(r, 50).replaceAll("[\\\\\"\r\n]", "") + "\"}";
      case 4 -> "{\"id\":null,\"text\":\"x\"}";
      case 5 -> "{" + randomUnicode(r, 30).replace("\n", "").replace("\r", "");
      default -> "{\"id\":\"d\",\"date\":" + (r.nextBoolean() ? "20250101" : "\"2025-02-30\"") + ",\"text\":\"x\"}";
    };
  }

  private static String mutate(Random r, String s) {
    StringBuilder b = new StringBuilder(s);
    int edits = r.nextInt(1 + s.length() / 20);
    for (int e = 0; e < edits && b.length() > 1; e++) {
      int at = r.nextInt(b.length());
      switch (r.nextInt(3)) {
        case 0 -> b.deleteCharAt(at);
        case 1 -> b.insert(at, (char) (r.nextBoolean() ? 0x20 + r.nextInt(0x5F) : 0xA0 + r.nextInt(0x2F00)));
        default -> {
          int other = r.nextInt(b.length());
          char c = b.charAt(at);
          b.setCharAt(at, b.charAt(other));
          b.setCharAt(other, c);
        }
      }
    }
    return b.toString();
  }

  private static final int[][] BLOCKS = {{0x20, 0x7E}, {0xA0, 0xFF}, {0x400, 0x4FF}, {0x600, 0x6FF}, {0x900, 0x97F},
      {0x4E00, 0x4FFF}, {0x1F600, 0x1F64F}, {0x300, 0x36F}, {0x2000, 0x206F}, {0xFFF0, 0xFFFF}, {0x0, 0x1F}};

  private static String randomUnicode(Random r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      // control characters (the last block) one time in 40
      int[] block = BLOCKS[r.nextInt(40) == 0 ? BLOCKS.length - 1 : r.nextInt(BLOCKS.length - 1)];
      b.appendCodePoint(block[0] + r.nextInt(block[1] - block[0] + 1));
    }
    return b.toString();
  }

  /** The text in a random encoding, with or without a byte-order mark, maybe gzipped. */
  private static byte[] encode(Random r, String s) throws IOException {
    Charset cs = switch (r.nextInt(5)) {
      case 0 -> Charset.forName("windows-1252");
      case 1 -> StandardCharsets.UTF_16LE;
      case 2 -> StandardCharsets.UTF_16BE;
      default -> StandardCharsets.UTF_8;
    };
    byte[] body = s.getBytes(cs);
    byte[] mark = cs == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE}
        : cs == StandardCharsets.UTF_16BE ? new byte[] {(byte) 0xFE, (byte) 0xFF}
        : cs == StandardCharsets.UTF_8 && r.nextInt(4) == 0 ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
        : new byte[0];
    if (r.nextInt(3) == 0) {
      mark = new byte[0];
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(mark);
    out.write(body);
    return r.nextInt(6) == 0 ? gzip(out.toByteArray()) : out.toByteArray();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(b)) {
      gz.write(bytes);
    }
    return b.toByteArray();
  }

}
