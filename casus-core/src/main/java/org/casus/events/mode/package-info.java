/** The mode of a mention: negated, hypothetical, future, threatened, reported or asserted. */
package org.casus.events.mode;
