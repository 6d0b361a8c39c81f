package org.casus.nlp;

import java.util.Objects;

/**
 * One arc of a Universal Dependencies (enhanced++ off, basic) tree.
 *
 * @param governor 0-based token index of the head; {@code -1} for the root arc
 * @param dependent 0-based token index of the dependent
 * @param relation UD relation with its subtype, e.g. {@code nsubj}, {@code obl:on}, {@code nmod:poss}
 */
public record Dependency(int governor, int dependent, String relation) {
  public Dependency {
    if (governor < -1 || dependent < 0) {
      throw new IllegalArgumentException("bad arc " + governor + " -> " + dependent);
    }
    Objects.requireNonNull(relation);
  }

  /** The relation without its subtype: {@code obl} for {@code obl:on}. */
  public String baseRelation() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
