/**
 * Sources and targets of a verb clause. {@link org.casus.events.roles.SourceFinder} finds the
 * source; the roles chain ({@link org.casus.events.roles.RoleRule}, in the order of
 * {@link org.casus.events.EventChains#roleRules}) then runs: complement targets (the
 * {@link org.casus.events.roles.TargetRule} chain: object, oblique, object complement, pattern
 * object, coordinated verb's object), beyond-self, demanded actor, threatened deed, protest purpose,
 * force check, casualty-clause victims; the PETRARCH convention adds its {@code Petrarch*} rules.
 * Records: {@link org.casus.events.roles.VerbClause}, {@link org.casus.events.roles.ClauseRoles}.
 */
package org.casus.events.roles;
