/**
 * The CAMEO 2.0 verb dictionary and its patterns (TABARI/PETRARCH syntax), and
 * {@link org.casus.events.pattern.VerbPatternMatcher}, which finds a trigger's entry and the
 * pattern that codes its clause.
 */
package org.casus.events.pattern;
