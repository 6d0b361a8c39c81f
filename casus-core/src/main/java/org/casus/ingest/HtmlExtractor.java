package org.casus.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The article in a news web page: its text without the page's boilerplate, its headline and its
 * publication date, read with jsoup (HTML5 parsing as browsers do it).
 *
 * <p>What is kept: the text of the page's {@code <article>} (the one with the most text when there
 * are several), else of its {@code <main>} or {@code role="main"} element, else of its body; one
 * paragraph per block element ({@code p}, {@code li}, headings, {@code div} ...), separated by a
 * blank line; a {@code <br>} is a line break; white space inside a paragraph is folded to single
 * spaces. What is removed first: comments, {@code script}, {@code style}, {@code noscript},
 * {@code template}, {@code iframe}, {@code svg}, {@code canvas}, forms and their controls,
 * {@code nav}, {@code header}, {@code footer}, {@code aside}, {@code figure}; elements that are
 * hidden ({@code hidden}, {@code aria-hidden="true"}) or whose ARIA role is navigation, banner,
 * contentinfo, complementary, search or dialog; and elements whose {@code class} or {@code id}
 * has a word naming page furniture ({@link #BOILERPLATE_WORDS}: nav, menu, share, related,
 * comments, cookie, advert, byline ...). The headline's {@code <h1>} is not repeated in the text.
 *
 * <p>Headline: the {@code og:title} meta tag (Open Graph protocol), else the first {@code <h1>},
 * else {@code <title>}. Publication date, the first found of: {@code article:published_time}
 * (Open Graph article), {@code datePublished} in a schema.org JSON-LD block or microdata
 * attribute, the meta names {@code pubdate}, {@code publishdate}, {@code date}, {@code dc.date},
 * {@code dc.date.issued}, then a {@code <time datetime>} in the article. A date is read as the
 * day it names in its own offset ({@code 2024-04-27T23:30:00-05:00} is 27 April), the ISO 8601
 * day prefix {@code YYYY-MM-DD}; other forms are ignored.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlExtractor {
  /** Class or id words that mark page furniture rather than the story, lower case. */
  public static final Set<String> BOILERPLATE_WORDS = Set.of("nav", "navbar", "navigation", "menu", "breadcrumb",
      "breadcrumbs", "share", "sharing", "social", "related", "recommended", "comment", "comments", "cookie",
      "cookies", "consent", "newsletter", "subscribe", "subscription", "advert", "advertisement", "ad", "ads",
      "promo", "sponsored", "sidebar", "popup", "modal", "paywall", "footer", "masthead", "skip", "byline", "author",
      "credit", "credits", "tags", "timestamp");

  private static final Set<String> REMOVED = Set.of("script", "style", "noscript", "template", "iframe", "svg",
      "canvas", "form", "button", "input", "select", "textarea", "nav", "header", "footer", "aside", "figure",
      "object", "embed", "video", "audio", "map", "dialog");
  private static final Set<String> REMOVED_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
      "search", "dialog", "alert");
  private static final Pattern ISO_DAY = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+");
  private static final ObjectMapper JSON = new ObjectMapper();

  private HtmlExtractor() {
  }

  /**
   * A page's article.
   *
   * @param title the headline, {@code ""} when the page has none
   * @param published the publication day from the page's metadata; empty when it gives none
   * @param text the story text, paragraphs separated by {@code "\n\n"}; {@code ""} when the page
   *     has no text
   */
  public record Page(String title, Optional<LocalDate> published, String text) {
    public Page {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(published, "published");
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * Extracts the article of an HTML page.
   *
   * @param html the page's markup, non-null (any HTML; broken markup is repaired as browsers do)
   * @return the article, never null
   */
  public static Page extract(String html) {
    Document doc = Jsoup.parse(html);
    String title = headline(doc);
    Optional<LocalDate> date = published(doc);
    clean(doc);
    Element root = storyRoot(doc);
    if (!title.isEmpty()) {
      for (Element h1 : root.select("h1")) {
        if (fold(h1.text()).equals(fold(title))) {
          h1.remove();
        }
      }
    }
    return new Page(title, date, text(root));
  }

  private static String headline(Document doc) {
    String og = doc.select("meta[property=og:title]").attr("content");
    if (!og.isBlank()) {
      return fold(og);
    }
    Element h1 = doc.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) {
      return fold(h1.text());
    }
    return fold(doc.title());
  }

  private static Optional<LocalDate> published(Document doc) {
    List<String> candidates = new ArrayList<>();
    candidates.add(doc.select("meta[property=article:published_time]").attr("content"));
    for (Element ld : doc.select("script[type=application/ld+json]")) {
      candidates.add(jsonLdDate(ld.data()));
    }
    candidates.add(doc.select("[itemprop=datePublished]").attr("content"));
    candidates.add(doc.select("[itemprop=datePublished]").attr("datetime"));
    for (String name : List.of("pubdate", "publishdate", "date", "dc.date", "dc.date.issued")) {
      for (Element m : doc.select("meta[name]")) {
        if (m.attr("name").toLowerCase(Locale.ROOT).equals(name)) {
          candidates.add(m.attr("content"));
        }
      }
    }
    for (Element t : doc.select("time[datetime]")) {
      candidates.add(t.attr("datetime"));
    }
    for (String c : candidates) {
      Optional<LocalDate> d = isoDay(c);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** {@code datePublished} of a JSON-LD block (an object, an array, or an {@code @graph}), or "". */
  private static String jsonLdDate(String json) {
    try {
      JsonNode n = JSON.readTree(json);
      return findDatePublished(n, 0);
    } catch (java.io.IOException | RuntimeException e) {
      return ""; // a broken JSON-LD block is not the article
    }
  }

  private static String findDatePublished(JsonNode n, int depth) {
    if (n == null || depth > 6) {
      return "";
    }
    if (n.isObject()) {
      JsonNode d = n.get("datePublished");
      if (d != null && d.isTextual()) {
        return d.asText();
      }
    }
    if (n.isContainerNode()) {
      for (JsonNode child : n) {
        String s = findDatePublished(child, depth + 1);
        if (!s.isEmpty()) {
          return s;
        }
      }
    }
    return "";
  }

  static Optional<LocalDate> isoDay(String s) {
    if (s == null) {
      return Optional.empty();
    }
    Matcher m = ISO_DAY.matcher(s);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(m.group(1)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static void clean(Document doc) {
    List<Node> comments = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof org.jsoup.nodes.Comment || node instanceof org.jsoup.nodes.DocumentType) {
        comments.add(node);
      }
    }, doc);
    comments.forEach(Node::remove);
    for (Element e : new ArrayList<>(doc.getAllElements())) {
      if (e.parent() == null && e != doc) {
        continue; // already removed with an ancestor
      }
      if (e == doc || e == doc.body() || e == doc.head()) {
        continue;
      }
      if (REMOVED.contains(e.normalName()) || e.hasAttr("hidden")
          || e.attr("aria-hidden").equalsIgnoreCase("true")
          || REMOVED_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT)) || furniture(e)) {
        e.remove();
      }
    }
  }

  /** True when a word of the element's class or id names page furniture. */
  private static boolean furniture(Element e) {
    if (e.normalName().equals("article") || e.normalName().equals("main")) {
      return false;
    }
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    for (String w : names.split("[\\s_-]+")) {
      if (BOILERPLATE_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static Element storyRoot(Document doc) {
    Elements articles = doc.select("article");
    Element best = null;
    for (Element a : articles) {
      if (best == null || a.text().length() > best.text().length()) {
        best = a;
      }
    }
    if (best != null && !best.text().isBlank()) {
      return best;
    }
    Element main = doc.selectFirst("main, [role=main]");
    if (main != null && !main.text().isBlank()) {
      return main;
    }
    return doc.body() == null ? doc : doc.body();
  }

  /** The text of {@code root}: a paragraph per block, {@code <br>} a line break. */
  private static String text(Element root) {
    List<String> paragraphs = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    Runnable endLine = () -> {
      String folded = fold(line.toString());
      if (!folded.isEmpty()) {
        lines.add(folded);
      }
      line.setLength(0);
    };
    Runnable endParagraph = () -> {
      endLine.run();
      if (!lines.isEmpty()) {
        paragraphs.add(String.join("\n", lines));
      }
      lines.clear();
    };
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          line.append(t.getWholeText());
        } else if (node instanceof Element e) {
          if (e.normalName().equals("br")) {
            endLine.run();
          } else if (e.isBlock()) {
            endParagraph.run();
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          if (e.isBlock()) {
            endParagraph.run();
          } else if (e.normalName().equals("td") || e.normalName().equals("th")) {
            line.append(' ');
          }
        }
      }
    }, root);
    endParagraph.run();
    return String.join("\n\n", paragraphs);
  }

  /** White space (with no-break and other Unicode spaces) folded to single spaces, trimmed. */
  private static String fold(String s) {
    return SPACE.matcher(s).replaceAll(" ").strip();
  }
}
