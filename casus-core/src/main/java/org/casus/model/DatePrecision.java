package org.casus.model;

/** How exact an {@link EventDate} is. {@link #UNKNOWN} when no date could be given. */
public enum DatePrecision { DAY, MONTH, YEAR, RANGE, UNKNOWN }
