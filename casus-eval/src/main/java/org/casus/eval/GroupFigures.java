package org.casus.eval;

import java.util.Objects;

/**
 * Figures for one group of sentence-gold records: a PETRARCH {@code category} ("DEMO", "SYNSET"
 * ...) or a hard-case {@code kind}.
 *
 * @param group the category or kind
 * @param records number of records scored in the group
 * @param passed records whose predicted (source, target, code) multiset equals the gold one
 * @param counts true/false positives and false negatives over the group
 */
public record GroupFigures(String group, int records, int passed, Counts counts) {
  public GroupFigures {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(counts, "counts");
    if (records < 0 || passed < 0 || passed > records) {
      throw new IllegalArgumentException("group " + group + ": passed " + passed + " of " + records);
    }
  }

  /** Share of records passed, null when the group is empty. */
  public Double passRate() {
    return Counts.ratio(passed, records);
  }
}
