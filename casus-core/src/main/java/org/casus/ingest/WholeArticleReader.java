package org.casus.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Optional;
import org.casus.ingest.ArticleReader.Sink;
import org.casus.model.Article;

/**
 * Reads a plain-text or HTML input as one article for {@link ArticleReader}: bounded by the
 * options' byte limits, decoded by {@link TextDecoder} (or the announced UTF-16), HTML pages
 * extracted by {@link HtmlExtractor}. Refusals go to the sink; the article goes to the emitter.
 *
 * <p>Not thread-safe (the emitter is the reader's).
 */
final class WholeArticleReader {
  private final ArticleReader.Options options;
  private final ArticleReader.Emitter emitter;

  WholeArticleReader(ArticleReader.Options options, ArticleReader.Emitter emitter) {
    this.options = options;
    this.emitter = emitter;
  }

  /** A plain-text or HTML input: one article. */
  void read(String input, String id, InputStream in, InputFormat.Kind kind,
      Optional<TextDecoder.Encoding> announced, Sink sink) throws IOException {
    long limit = kind == InputFormat.Kind.HTML ? options.htmlBytes() : options.textBytes();
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
    if (bytes.length > limit) {
      sink.reject(input, 0, id, RejectReason.OVERSIZED, "more than " + limit + " bytes, limit " + options.maxChars()
          + " chars (--max-chars)");
      return;
    }
    String text;
    Charset charset;
    if (announced.isPresent() && announced.get().isUtf16()) {
      charset = announced.get().charset();
      text = TextDecoder.decodeLenient(bytes, 0, bytes.length, charset);
      if (text.indexOf('\0') >= 0) {
        sink.reject(input, 0, id, RejectReason.BINARY, "NUL character at char offset " + text.indexOf('\0'));
        return;
      }
    } else {
      TextDecoder.Outcome o = TextDecoder.decodeAll(bytes, bytes.length);
      if (o instanceof TextDecoder.Binary b) {
        sink.reject(input, 0, id, RejectReason.BINARY, b.message());
        return;
      }
      TextDecoder.Decoded d = (TextDecoder.Decoded) o;
      text = d.text();
      charset = d.charset();
    }
    if (kind == InputFormat.Kind.HTML) {
      Optional<HtmlExtractor.Page> extracted = extract(text);
      if (extracted.isEmpty()) {
        sink.reject(input, 0, id, RejectReason.UNREADABLE, "the HTML page could not be read");
        return;
      }
      HtmlExtractor.Page page = extracted.get();
      Optional<LocalDate> date = page.published().isPresent() ? page.published() : sink.defaultDate();
      emitter.emit(input, 0, new Article(id, date, TextNormalizer.normalize(page.title()),
          TextNormalizer.normalize(page.text()), "", "", charset.name()), sink);
    } else {
      emitter.emit(input, 0, new Article(id, sink.defaultDate(), "", TextNormalizer.normalize(text), "", "", charset.name()),
          sink);
    }
  }

  /**
   * The page's article, or empty when the HTML parser fails on it (jsoup repairs any markup; this
   * guards against a parser bug sinking the whole run, and the input is refused, not lost).
   */
  static Optional<HtmlExtractor.Page> extract(String html) {
    try {
      return Optional.of(HtmlExtractor.extract(html));
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
  }
}
