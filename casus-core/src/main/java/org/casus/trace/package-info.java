/**
 * What the rules did to an article: the steps that acted and the reasons a candidate gave no event
 * ({@link org.casus.trace.DropReason}), for {@code casus explain} and the drop-reason histogram.
 */
package org.casus.trace;
