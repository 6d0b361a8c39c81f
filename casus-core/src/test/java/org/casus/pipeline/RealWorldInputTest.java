package org.casus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.casus.events.CameoOntology;
import org.casus.ingest.ArticleReader;
import org.casus.ingest.IngestWarning;
import org.casus.ingest.Rejection;
import org.casus.json.EventJson;
import org.casus.model.Article;
import org.casus.model.Event;
import org.casus.nlp.ChunkedSentenceParser;
import org.casus.nlp.ParsedDocument;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.SentenceParser;
import org.casus.nlp.corenlp.CoreNlpParser;
import org.casus.resource.ResourceFormatException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 through the whole pipeline with CoreNLP: what a new user fed casus and lost. Each test
 * names the item of the issue's "Wrong or too costly" list it pins. Texts are written for the
 * test.
 */
@Tag("corenlp")
class RealWorldInputTest {
  /** Curly quotes, a dash and the euro sign (windows-1252), and events: a meeting and an attack. */
  static final String NEWS = "Kenya\u2019s foreign minister met his Ethiopian counterpart in Nairobi on Tuesday, the"
      + " ministry said in a \u201cshort\u201d statement.\nHours before the meeting, gunmen attacked a police post"
      + " near Moyale, killing at least four officers.\nA caf\u00e9 owner said the raid cost traders \u20ac2,000"
      + " \u2013 a \u201cdark day\u201d for the town.";
  /** Only Latin-1 characters. */
  static final String LATIN1_NEWS = "Kenya's foreign minister met his Ethiopian counterpart in Nairobi on Tuesday."
      + "\nGunmen attacked a police post near Moyale, killing four officers, a caf\u00e9 owner in M\u00fcnchen said.";
  static final Optional<LocalDate> DATE = Optional.of(LocalDate.of(2026, 3, 12));

  private static CasusPipeline pipeline;
  private static CameoOntology ontology;
  private static final AtomicInteger LONGEST = new AtomicInteger();

  @TempDir
  Path dir;

  @BeforeAll
  static void load() throws ResourceFormatException {
    SentenceParser recording = (text, date) -> {
      ParsedDocument d = CoreNlpParser.shared().parse(text, date);
      for (ParsedSentence s : d.sentences()) {
        LONGEST.accumulateAndGet(s.size(), Math::max);
      }
      return d;
    };
    // As casus code builds it: long articles parsed a piece at a time.
    pipeline = new CasusPipeline(new ChunkedSentenceParser(recording), CodingResources.loadDefault());
    ontology = CameoOntology.loadDefault();
  }

  private record Read(List<Article> articles, List<Rejection> rejected, List<IngestWarning> warnings) {}

  private static Read read(InputStream stdin, String... inputs) {
    List<Article> ok = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    List<IngestWarning> warnings = new ArrayList<>();
    new ArticleReader(stdin, ArticleReader.Options.DEFAULT).read(List.of(inputs), DATE, new ArticleReader.Listener() {
      @Override
      public void article(Article a) {
        ok.add(a);
      }

      @Override
      public void rejected(Rejection r) {
        rejected.add(r);
      }

      @Override
      public void warning(IngestWarning w) {
        warnings.add(w);
      }
    });
    return new Read(ok, rejected, warnings);
  }

  private static Read read(String... inputs) {
    return read(InputStream.nullInputStream(), inputs);
  }

  /** The article's events as JSON lines with its id replaced by "doc", after the invariant checks. */
  private static List<String> events(Article a) {
    CodingResult r = pipeline.code(a);
    PipelineInvariants.check(a, r, ontology);
    List<String> out = new ArrayList<>();
    for (Event e : r.events()) {
      out.add(EventJson.toLine(e).replace("\"" + a.id() + "-", "\"doc-").replace("\"" + a.id() + "\"", "\"doc\""));
    }
    return out;
  }

  private String write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes).toString();
  }

  private static byte[] withMark(int b0, int b1, byte[] body) {
    byte[] out = new byte[body.length + 2];
    out[0] = (byte) b0;
    out[1] = (byte) b1;
    System.arraycopy(body, 0, out, 2, body.length);
    return out;
  }

  @Test
  void issue18_latin1Windows1252AndUtf16ArticlesGiveTheEventsOfTheirUtf8Version() throws IOException {
    Read r = read(write("u8.txt", NEWS.getBytes(StandardCharsets.UTF_8)),
        write("w.txt", NEWS.getBytes(Charset.forName("windows-1252"))),
        write("le.txt", withMark(0xFF, 0xFE, NEWS.getBytes(StandardCharsets.UTF_16LE))),
        write("be.txt", withMark(0xFE, 0xFF, NEWS.getBytes(StandardCharsets.UTF_16BE))),
        write("l8.txt", LATIN1_NEWS.getBytes(StandardCharsets.UTF_8)),
        write("l1.txt", LATIN1_NEWS.getBytes(StandardCharsets.ISO_8859_1)));
    assertEquals(List.of(), r.rejected());
    List<String> utf8 = events(r.articles().get(0));
    assertTrue(utf8.size() >= 2, "a meeting and an attack: " + utf8);
    for (int i = 1; i < 4; i++) {
      assertEquals(utf8, events(r.articles().get(i)), r.articles().get(i).id() + " " + r.articles().get(i).charset());
    }
    List<String> latin1Utf8 = events(r.articles().get(4));
    assertFalse(latin1Utf8.isEmpty());
    assertEquals(latin1Utf8, events(r.articles().get(5)));
    assertEquals("windows-1252", r.articles().get(5).charset());
  }

  /** A news page written for this test: its article is {@link #PAGE_TEXT}, the rest is furniture. */
  static final String PAGE_TEXT = "Kenya's foreign minister met his Ethiopian counterpart in Nairobi on Tuesday to"
      + " discuss security along the shared border.\n\nHours before the meeting, gunmen attacked a police post near"
      + " Moyale, killing at least four officers.\n\nThe African Union welcomed the talks.";

  static String page(String scriptText) {
    StringBuilder p = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>Border talks | The Example Courier</title>"
        + "<meta property=\"og:title\" content=\"Kenya and Ethiopia hold border talks\">"
        + "<meta property=\"article:published_time\" content=\"2026-03-12T08:15:00+03:00\">"
        + "<style>.lead { font-weight: bold }</style>"
        + "<script>window.teaser = \"" + scriptText + "\";</script></head>\n<body>"
        + "<header><a href=\"/\">The Example Courier</a></header>"
        + "<nav><ul><li><a href=\"/world\">World</a></li><li><a href=\"/africa\">Africa</a></li></ul></nav>"
        + "<main><article><h1>Kenya and Ethiopia hold border talks</h1>"
        + "<div class=\"byline\">By a staff reporter</div>");
    for (String para : PAGE_TEXT.split("\n\n")) {
      p.append("\n<p>").append(para.replace("'", "&#39;")).append("</p>");
    }
    p.append("<div class=\"share-tools\">Share this story</div><!-- comments load here -->"
        + "</article><aside><h2>Most read</h2><ul><li>Floods in the north</li></ul></aside></main>"
        + "<footer><p>&copy; 2026 The Example Courier</p></footer></body></html>\n");
    return p.toString();
  }

  @Test
  void issue18_anHtmlNewsPageGivesTheEventsOfItsText() throws IOException {
    String html = page("Russia attacked Ukraine on Monday.");
    Read r = read(write("page.html", html.getBytes(StandardCharsets.UTF_8)),
        write("page-text.txt", PAGE_TEXT.getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of(), r.rejected());
    Article fromHtml = r.articles().get(0);
    assertEquals(PAGE_TEXT, fromHtml.text());
    assertEquals("Kenya and Ethiopia hold border talks", fromHtml.title());
    assertEquals(DATE, fromHtml.publicationDate());
    List<String> text = events(r.articles().get(1));
    assertTrue(text.size() >= 2, text::toString);
    assertEquals(text, events(fromHtml));
  }

  @Test
  void issue18_anHtmlPageSavedAsTxtGivesNoEventFromItsScript() throws IOException {
    String html = page("Russia attacked Ukraine on Monday and China condemned Japan.");
    Read r = read(write("saved-page.txt", html.getBytes(StandardCharsets.UTF_8)));
    List<String> events = events(r.articles().get(0));
    assertFalse(events.isEmpty());
    for (String e : events) {
      assertFalse(e.contains("\"RUS") || e.contains("\"UKR") || e.contains("\"CHN"), e);
    }
  }

  @Test
  void issue18_aHundredThousandCharTokenDoesNotSinkTheOtherArticles() throws IOException {
    String lines = "{\"id\":\"a\",\"text\":\"Kenyan police arrested twelve protesters in Mombasa on Monday.\"}\n"
        + "{\"id\":\"big\",\"text\":\"Gunmen attacked a police post near Moyale. " + "x".repeat(100_000) + " end\"}\n"
        + "{\"id\":\"c\",\"text\":\"Kenya's foreign minister met his Ethiopian counterpart in Nairobi.\"}\n";
    Read r = read(write("t.jsonl", lines.getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of("a", "big", "c"), r.articles().stream().map(Article::id).toList());
    assertEquals(IngestWarning.Kind.LONG_TOKEN, r.warnings().get(0).kind());
    for (Article a : r.articles()) {
      assertFalse(events(a).isEmpty(), a.id());
    }
  }

  @Test
  void issue18_seventeenThousandWordsWithoutAFullStopAreParsedInBoundedSentences() {
    Random rnd = new Random(17);
    String[] words = {"the", "minister", "said", "that", "talks", "with", "Ethiopia", "would", "continue", "in",
        "Nairobi", "next", "week", "and", "police", "arrested", "protesters", "near", "the", "border,"};
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 17_000; i++) {
      b.append(words[rnd.nextInt(words.length)]).append(' ');
    }
    Read r = read(new ByteArrayInputStream(b.toString().getBytes(StandardCharsets.UTF_8)), "-");
    assertEquals(IngestWarning.Kind.LONG_SENTENCE, r.warnings().get(0).kind());
    Article a = r.articles().get(0);
    LONGEST.set(0);
    long t = System.nanoTime();
    CodingResult result = pipeline.code(a);
    double seconds = (System.nanoTime() - t) / 1e9;
    PipelineInvariants.check(a, result, ontology);
    assertTrue(result.sentences() >= 17_000 / 200, "sentences " + result.sentences());
    assertTrue(LONGEST.get() <= 200, "longest parsed sentence " + LONGEST.get() + " tokens");
    System.err.printf("RealWorldInputTest: 17,000 words without a full stop: %d sentences, longest %d tokens, %.1f s%n",
        result.sentences(), LONGEST.get(), seconds);
  }

  @Test
  void issue18_jsonLinesNamedJsonOrOnStandardInputGiveTheEventsOfJsonl() throws IOException {
    String lines = "{\"id\":\"m\",\"date\":\"2026-03-12\",\"text\":\"Kenya's foreign minister met his Ethiopian"
        + " counterpart in Nairobi on Tuesday.\"}\n{\"id\":\"p\",\"date\":\"2026-03-12\",\"text\":\"Kenyan police"
        + " arrested twelve protesters in Mombasa on Monday.\"}\n";
    byte[] bytes = lines.getBytes(StandardCharsets.UTF_8);
    List<String> expected = new ArrayList<>();
    for (Article a : read(write("x.jsonl", bytes)).articles()) {
      expected.addAll(events(a));
    }
    assertFalse(expected.isEmpty());
    for (Read r : List.of(read(write("x.json", bytes)), read(new ByteArrayInputStream(bytes), "-"))) {
      List<String> got = new ArrayList<>();
      for (Article a : r.articles()) {
        got.addAll(events(a));
      }
      assertEquals(expected, got);
    }
  }

  @Test
  void issue18_aStoryDiscardDeepInALongArticleNoLongerDropsIt() {
    String text = "Kenya's foreign minister met his Ethiopian counterpart in Nairobi on Tuesday.\n"
        + "The two ministers discussed the border.\n".repeat(20)
        + "Later the minister watched the Champions League final on television.\n";
    Article a = new Article("long", DATE, "Border talks", text, "", "");
    CodingResult r = pipeline.code(a);
    assertTrue(r.storyDiscard().isEmpty());
    assertFalse(r.events().isEmpty());
    Article sport = new Article("sport", DATE, "Champions League final ends in a draw", text, "", "");
    CodingResult s = pipeline.code(sport);
    assertEquals("CHAMPIONS LEAGUE", s.storyDiscard().orElseThrow().phrase());
    assertTrue(s.events().isEmpty());
  }
}
