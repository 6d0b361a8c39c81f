package org.casus.events.roles;

/**
 * One step of the roles chain of a verb clause ({@link org.casus.events.EventChains#roleRules}):
 * after the source is found, each rule in order may find the target, correct source or target,
 * or refine the code ("threatened to attack" 130 is 138), and returns the roles it leaves.
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface RoleRule {
  /** The rule's id, {@code target:...} or {@code role:...}, as the trace names it. */
  String id();

  /**
   * @param r the roles so far
   * @param f the finders the rules share
   * @return the roles after this rule; {@code r} itself when it does not apply
   */
  ClauseRoles apply(ClauseRoles r, RoleFinders f);
}
