package org.casus.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as ingested: the unit that events are coded from and that dates resolve against.
 *
 * @param id stable identifier, non-blank (the JSON Lines {@code id}, or the file name)
 * @param publicationDate the day the article was published; empty when unknown, in which case
 *     relative dates ("on Friday") stay unresolved and say so
 * @param title headline, {@code ""} when none
 * @param text the normalised body text that all {@link CharSpan}s index into; non-null
 * @param source outlet name, {@code ""} when unknown
 * @param url link, {@code ""} when unknown
 * @param charset the character encoding the article was read in, as its canonical Java name
 *     ({@code "UTF-8"}, {@code "windows-1252"}, {@code "UTF-16LE"}); {@code ""} when the text did
 *     not come from bytes (built in code) or the encoding is unknown
 * @throws IllegalArgumentException if {@code id} is blank
 */
public record Article(String id, Optional<LocalDate> publicationDate, String title, String text,
    String source, String url, String charset) {
  public Article {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id is blank");
    }
    Objects.requireNonNull(publicationDate, "publicationDate");
    title = title == null ? "" : title;
    Objects.requireNonNull(text, "text of article " + id);
    source = source == null ? "" : source;
    url = url == null ? "" : url;
    charset = charset == null ? "" : charset;
  }

  /** An article whose encoding is unknown ({@code charset} {@code ""}). */
  public Article(String id, Optional<LocalDate> publicationDate, String title, String text, String source,
      String url) {
    this(id, publicationDate, title, text, source, url, "");
  }

  /** This article with another id (to make a duplicate input id unique). */
  public Article withId(String newId) {
    return new Article(newId, publicationDate, title, text, source, url, charset);
  }

  /**
   * This article with another text, for ingest steps that keep every offset valid (the same length,
   * white space changed); non-null.
   */
  public Article withText(String newText) {
    return new Article(id, publicationDate, title, newText, source, url, charset);
  }
}
