/**
 * Actor rules that read the whole article or the event: the countries whose government the article
 * names, the country a role-only side takes from the event's place, and armed groups fighting their
 * own state as rebels.
 */
package org.casus.actors.article;
