/**
 * The geo stage: the place of an event. {@link org.casus.geo.GazetteerPlaceResolver} (its class
 * comment gives the rules in order) composes the trigger's attachment, place phrases and toponym
 * resolution over the GeoNames gazetteer, the countries table and the regions table;
 * {@link org.casus.geo.MentionPlacer} adds the article rules (statements where the speaker is,
 * force against a country at home).
 */
package org.casus.geo;
