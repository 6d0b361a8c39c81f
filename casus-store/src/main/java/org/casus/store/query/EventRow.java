package org.casus.store.query;

import java.util.Objects;

/**
 * One event as a query returns it.
 *
 * @param eventKey the numeric key
 * @param eventId the event id
 * @param groupId its group's id ({@code ""} while its block awaits grouping)
 * @param date the date as text: {@code 2024-04-13}, {@code 2023-10-07..2024-04-27}, {@code 2024-04}
 *     (month), {@code 2024} (year), {@code ""} unknown
 * @param sources the source codes (words for uncoded actors), joined by {@code +}
 * @param code the CAMEO event code
 * @param targets the target codes joined by {@code +}, {@code ""} when none
 * @param multilateral whether the event is multilateral
 * @param ploverType the PLOVER type, {@code ""} when none
 * @param mode the mode, lower case
 * @param place the place name, {@code ""} when unknown
 * @param placeCountry the place's country, {@code ""} when unknown
 * @param killed the number killed as text ({@code 7}, {@code >=34356}, {@code 10-12}), {@code ""} when none
 * @param articleId the reporting article
 * @param sentence the reporting sentence
 * @param json the stored JSON of the event
 */
public record EventRow(long eventKey, String eventId, String groupId, String date, String sources, String code,
    String targets, boolean multilateral, String ploverType, String mode, String place, String placeCountry,
    String killed, String articleId, String sentence, String json) {
  public EventRow {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(json, "json");
  }
}
