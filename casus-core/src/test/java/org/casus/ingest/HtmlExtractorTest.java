package org.casus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pages written for this test, in the shape news sites give them. */
class HtmlExtractorTest {
  static final String P1 = "Kenyan police arrested twelve protesters in Mombasa on Monday, officials said.";
  static final String P2 = "The protesters had blocked the road to the port for two days.";

  @Test
  void boilerplateIsRemovedAndParagraphsKept() {
    String html = "<!DOCTYPE html><html><head><title>Arrests in Mombasa | The Example Post</title>"
        + "<style>p { color: red }</style><script>var story = 'Russia attacked Ukraine';</script></head><body>"
        + "<header><a href='/'>The Example Post</a></header>"
        + "<nav><ul><li>World</li><li>Africa</li></ul></nav>"
        + "<div class='cookie-banner'>We use cookies.</div>"
        + "<main><article><h1>Arrests in Mombasa</h1><!-- ad slot -->"
        + "<p>" + P1 + "</p>\n  <div class='share-buttons'>Share on X</div>"
        + "<p>The   protesters\n had blocked the road to the port for two days.</p>"
        + "<aside>Related: Port strike enters third week</aside>"
        + "<figure><img src='x.jpg'><figcaption>Police in Mombasa (file photo)</figcaption></figure>"
        + "</article></main><footer>Copyright 2024</footer><noscript>Enable JavaScript</noscript></body></html>";
    HtmlExtractor.Page page = HtmlExtractor.extract(html);
    assertEquals(P1 + "\n\n" + P2, page.text());
    assertEquals("Arrests in Mombasa", page.title());
    assertEquals(Optional.empty(), page.published());
  }

  @Test
  void headlineFromOpenGraphThenH1ThenTitle() {
    assertEquals("OG headline", HtmlExtractor.extract("<html><head><meta property='og:title' content=' OG  headline '>"
        + "<title>T</title></head><body><h1>H</h1><p>x</p></body></html>").title());
    assertEquals("H", HtmlExtractor.extract("<html><head><title>T</title></head><body><h1>H</h1></body></html>").title());
    assertEquals("T", HtmlExtractor.extract("<html><head><title>T</title></head><body><p>x</p></body></html>").title());
    assertEquals("", HtmlExtractor.extract("<p>x</p>").title());
  }

  @Test
  void publicationDateFromMetadata() {
    assertEquals(Optional.of(LocalDate.of(2024, 4, 27)), HtmlExtractor.extract("<html><head>"
        + "<meta property='article:published_time' content='2024-04-27T23:30:00-05:00'></head><body><p>x</p></body></html>")
        .published());
    assertEquals(Optional.of(LocalDate.of(2023, 10, 7)), HtmlExtractor.extract("<html><head>"
        + "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\","
        + "\"datePublished\":\"2023-10-07T08:00:00Z\"}]}</script></head><body><p>x</p></body></html>").published());
    assertEquals(Optional.of(LocalDate.of(2025, 1, 2)), HtmlExtractor.extract("<article><time datetime='2025-01-02'>"
        + "2 January</time><p>x</p></article>").published());
    assertEquals(Optional.empty(), HtmlExtractor.extract("<meta name='date' content='yesterday'><p>x</p>").published());
  }

  @Test
  void lineBreaksAndListsAndTheLongestArticle() {
    String html = "<body><article><p>short</p></article><article><p>" + P1 + "<br>" + P2 + "</p>"
        + "<ul><li>one item</li><li>two items</li></ul></article></body>";
    assertEquals(P1 + "\n" + P2 + "\n\none item\n\ntwo items", HtmlExtractor.extract(html).text());
  }

  @Test
  void brokenMarkupAndNoBody() {
    assertEquals(P1, HtmlExtractor.extract("<p>" + P1).text());
    assertEquals("", HtmlExtractor.extract("").text());
    assertFalse(HtmlExtractor.extract("<script>alert('x')</script>").text().contains("alert"));
  }
}
