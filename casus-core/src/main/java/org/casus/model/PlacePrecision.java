package org.casus.model;

/** How exact a {@link Place} is: a populated place, a first-order admin region, a country, none. */
public enum PlacePrecision { CITY, REGION, COUNTRY, UNKNOWN }
