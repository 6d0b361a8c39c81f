package org.casus.events.roles;

import java.util.List;
import org.casus.model.Actor;

/**
 * One way to find the target of a verb among its complements. The rules form an ordered chain
 * ({@link org.casus.events.EventChains#targetRules}): each runs only while no earlier one found a
 * target, and the first that finds one is named in the trace by its {@link #id()}.
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface TargetRule {
  /** The rule's id, {@code target:...}, as the trace and the chain's documentation name it. */
  String id();

  /**
   * Adds the targets this rule finds in the clause to {@code out}, which is empty when called.
   *
   * @param c the verb's clause
   * @param f the finders the rules share
   * @param out where the targets go, in text order
   */
  void find(VerbClause c, RoleFinders f, List<Actor> out);
}
