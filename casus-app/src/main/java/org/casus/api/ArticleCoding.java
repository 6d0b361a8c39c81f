package org.casus.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.casus.ingest.ArticleReader;
import org.casus.ingest.Rejection;
import org.casus.model.Article;
import org.casus.pipeline.CodingOptions;
import org.casus.pipeline.CodingResult;
import org.casus.pipeline.EventCoder;

/**
 * Codes one posted article for {@code POST /api/code}: the JSON body is read as one JSON Lines
 * record by {@link ArticleReader}, so it is checked as {@code casus code} checks its input (id, date,
 * English, binary, length), then coded on a small pool of worker threads with a time limit.
 *
 * <p>The coder (CoreNLP, 20–30 s to load) is built on the first article, once. Thread-safe.
 */
final class ArticleCoding implements AutoCloseable {
  /** What coding one article gave. */
  record Coded(Article article, CodingResult result) {
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Supplier<EventCoder> coderFactory;
  private final long timeoutMillis;
  private final int maxChars;
  private final ThreadPoolExecutor pool;
  private volatile EventCoder coder;

  /**
   * @param coderFactory builds the coder, once, on the first article
   * @param workers threads that code, 1 or more; at most {@code 2 * workers} more articles wait
   * @param timeoutMillis the longest one article may take (its wait for a worker included)
   * @param maxChars the longest text accepted, in characters
   */
  ArticleCoding(Supplier<EventCoder> coderFactory, int workers, long timeoutMillis, int maxChars) {
    this.coderFactory = Objects.requireNonNull(coderFactory, "coderFactory");
    this.timeoutMillis = timeoutMillis;
    this.maxChars = maxChars;
    AtomicInteger n = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(2 * workers), r -> {
          Thread t = new Thread(r, "casus-serve-coder-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  private EventCoder coder() {
    EventCoder c = coder;
    if (c == null) {
      synchronized (this) {
        if (coder == null) {
          coder = Objects.requireNonNull(coderFactory.get(), "coder factory returned null");
        }
        c = coder;
      }
    }
    return c;
  }

  /**
   * Checks a posted body and makes it an article.
   *
   * @throws ApiError 400 when the body is not a JSON object with a non-blank string {@code text},
   *     or a field has the wrong type; 422 when the reader refuses the article (not English,
   *     binary, too long, bad date)
   */
  Article article(String body) {
    JsonNode n;
    try {
      n = JSON.readTree(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw ApiError.bad("body", "the body is not JSON: " + oneLine(e.getOriginalMessage()));
    }
    if (n == null || !n.isObject()) {
      throw ApiError.bad("body", "the body must be a JSON object {id, date, title, text}");
    }
    for (String f : List.of("id", "date", "title", "text")) {
      JsonNode v = n.get(f);
      if (v != null && !v.isNull() && !v.isTextual() && !(f.equals("id") && v.isIntegralNumber())) {
        throw ApiError.bad(f, f + " must be a string");
      }
    }
    var names = n.fieldNames();
    while (names.hasNext()) {
      String f = names.next();
      if (!List.of("id", "date", "title", "text", "source", "url").contains(f)) {
        throw ApiError.bad(f, "unknown field '" + Filters.clip(f) + "'; the body takes id, date, title, text, source, url");
      }
    }
    JsonNode text = n.get("text");
    if (text == null || text.isNull() || text.asText().isBlank()) {
      throw ApiError.bad("text", "text is missing or empty");
    }
    if (text.asText().length() > maxChars) {
      throw new ApiError(413, "text", "text is " + text.asText().length() + " characters long; at most " + maxChars);
    }
    ObjectNode record = ((ObjectNode) n).deepCopy();
    if (!record.hasNonNull("id") || record.get("id").asText().isBlank()) {
      record.put("id", "posted");
    }
    if (record.get("id").asText().length() > 200) {
      throw ApiError.bad("id", "id is longer than 200 characters");
    }
    if (record.has("date") && record.get("date").isNull()) {
      record.remove("date");
    }
    byte[] line = (record.toString() + "\n").getBytes(StandardCharsets.UTF_8);
    List<Article> ok = new ArrayList<>();
    List<Rejection> refused = new ArrayList<>();
    new ArticleReader(new ByteArrayInputStream(line)).read(List.of("-"), Optional.empty(), ok::add, refused::add);
    if (!refused.isEmpty()) {
      Rejection r = refused.get(0);
      String field = switch (r.reason().name()) {
        case "BAD_DATE" -> "date";
        case "MISSING_ID" -> "id";
        default -> "text";
      };
      throw new ApiError(422, field, "refused: " + r.reason().phrase()
          + (r.detail().isEmpty() ? "" : ": " + oneLine(r.detail())));
    }
    if (ok.size() != 1) {
      throw ApiError.bad("body", "the body must hold one article");
    }
    return ok.get(0);
  }

  /**
   * Codes an article within the time limit.
   *
   * @throws ApiError 503 when the coders are busy or the article takes too long, 422 when the
   *     coder fails on it
   */
  Coded code(Article article, CodingOptions options) {
    Future<CodingResult> f;
    try {
      f = pool.submit(() -> coder().code(article, options));
    } catch (RejectedExecutionException e) {
      throw new ApiError(503, "", "busy: every coder is at work and the queue is full; try again");
    }
    try {
      return new Coded(article, f.get(timeoutMillis, TimeUnit.MILLISECONDS));
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new ApiError(503, "", "coding took longer than " + timeoutMillis / 1000 + " s (--code-timeout); give a"
          + " shorter text or try again");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiError(503, "", "interrupted");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof IllegalStateException && c.getMessage() != null && c.getMessage().contains("load")) {
        throw new ApiError(503, "", "the coder could not be built: " + oneLine(c.getMessage()));
      }
      throw new ApiError(422, "text", "the coder failed on this article: " + c.getClass().getSimpleName()
          + (c.getMessage() == null ? "" : ": " + oneLine(c.getMessage())));
    }
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").trim();
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
