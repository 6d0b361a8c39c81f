/** Queries over the event database: filters ({@link org.casus.store.query.EventQuery}), counts, group reports. */
package org.casus.store.query;
