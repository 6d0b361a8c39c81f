package org.casus.eval;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A loaded gold file: the records to code and score, the records skipped, and which dictionaries the
 * coder must load.
 *
 * @param file the gold file as given to the loader
 * @param kind document or sentence gold
 * @param dictionaries the dictionary set the records must be coded with
 * @param records the records to score, in file order
 * @param skipped records not scored ({@code expected_error: bad_input_parse}, or {@code evaluate: false})
 * @throws IllegalArgumentException if two records share an article id
 */
public record GoldSet(Path file, Kind kind, DictionarySet dictionaries, List<GoldRecord> records,
    List<Skipped> skipped) {

  /** The two gold formats of SCORING.md. */
  public enum Kind {
    /** One article and its events ({@code seed/gold.json}). */
    DOCUMENT,
    /** One sentence or short text per line (PETRARCH sets, {@code hard_cases/cases.jsonl}). */
    SENTENCE
  }

  /**
   * A record that was read but not scored.
   *
   * @param id the record id
   * @param line 1-based line in the gold file
   * @param reason why, e.g. {@code expected_error: dateline} or {@code evaluate: false}
   */
  public record Skipped(String id, int line, String reason) {
    public Skipped {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(reason, "reason");
    }
  }

  public GoldSet {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(dictionaries, "dictionaries");
    records = List.copyOf(records);
    skipped = List.copyOf(skipped);
    Set<String> ids = new HashSet<>();
    for (GoldRecord r : records) {
      if (!ids.add(r.article().id())) {
        throw new IllegalArgumentException("two gold records have article id " + r.article().id());
      }
    }
  }

  /** The number of gold events over all records, required or not. */
  public int events() {
    return records.stream().mapToInt(r -> r.events().size()).sum();
  }
}
