package org.casus.model;

/**
 * How exact a {@link Place} is.
 *
 * <ul>
 *   <li>{@code CITY}: a populated place listed in the GeoNames gazetteer, at its own point.</li>
 *   <li>{@code LOCALITY}: a town, village or site that the text names and the gazetteer (GeoNames
 *       cities500) does not list; its name is the text's, its country and first-order division are
 *       those of the smallest enclosing place the text or the event's actors give, and its
 *       coordinates are that enclosing place's point. Not a point to map at city scale.</li>
 *   <li>{@code REGION}: a first-order division or a region or territory from the regions table.</li>
 *   <li>{@code COUNTRY}: a country, at its representative point.</li>
 *   <li>{@code UNKNOWN}: no place.</li>
 * </ul>
 */
public enum PlacePrecision { CITY, LOCALITY, REGION, COUNTRY, UNKNOWN }
