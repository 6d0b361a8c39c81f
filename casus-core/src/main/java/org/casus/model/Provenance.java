package org.casus.model;

import java.util.Map;
import java.util.Objects;

/**
 * Why an event was coded: document, sentence, span, the matched pattern or rule, and the versions
 * of the resources (dictionaries, gazetteer) that were loaded.
 *
 * @param docId the article id
 * @param sentence 0-based sentence index
 * @param span the trigger's span in the article text
 * @param rule the verb pattern id ({@code cameo_verb_patterns:1234}) or rule name
 * @param resourceVersions resource name to version, e.g. {@code actors -> 2015.phoenix+1}
 */
public record Provenance(String docId, int sentence, CharSpan span, String rule,
    Map<String, String> resourceVersions) {
  public Provenance {
    Objects.requireNonNull(docId);
    Objects.requireNonNull(span);
    Objects.requireNonNull(rule);
    resourceVersions = Map.copyOf(resourceVersions);
  }
}
