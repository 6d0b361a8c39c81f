/** The JSON form of an event, as {@code casus code} writes it and the store and exports read it. */
package org.casus.json;
