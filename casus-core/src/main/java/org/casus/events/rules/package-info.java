/**
 * Event rules outside the roles chain: event anaphora, the CAMEO intent codes of announced deeds,
 * civilian victims of force, and PETRARCH-2's negated codes.
 */
package org.casus.events.rules;
