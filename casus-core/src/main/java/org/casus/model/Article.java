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
 * @throws IllegalArgumentException if {@code id} is blank
 */
public record Article(String id, Optional<LocalDate> publicationDate, String title, String text,
    String source, String url) {
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
  }
}
