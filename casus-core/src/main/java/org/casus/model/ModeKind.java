package org.casus.model;

/**
 * The reality status of an event mention. ASSERTED: said to have happened. NEGATED: said not to
 * have happened ("did not meet"). HYPOTHETICAL: conditional ("if X attacks"). FUTURE: announced or
 * intended ("will visit"). THREATENED: threatened as a consequence. REPORTED: attributed to a
 * speaker other than the narrator.
 */
public enum ModeKind { ASSERTED, NEGATED, HYPOTHETICAL, FUTURE, THREATENED, REPORTED }
