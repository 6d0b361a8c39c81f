/**
 * The records that pass between stages: articles, actors, event mentions, events, dates, places,
 * quantities, modes, provenance. Records validate themselves in their compact constructors.
 */
package org.casus.model;
