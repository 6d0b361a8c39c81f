/**
 * One real event from many reports: the rules that decide when two stored events report the same
 * event ({@link org.casus.store.group.GroupingRules}), the deterministic grouping of a block
 * ({@link org.casus.store.group.EventGrouper}), ACLED's casualty figure of a group ({@link
 * org.casus.store.group.CasualtyFigure}) and the store's regrouping of changed blocks ({@link
 * org.casus.store.group.Regrouper}).
 */
package org.casus.store.group;
