package org.casus.model;

import java.util.List;
import java.util.Objects;

/**
 * A source or target of an event: the text that names it and the CAMEO actor code it resolves to.
 *
 * <p>A CAMEO actor code is a 3-letter country or international code (ISO-3166 alpha-3 as CAMEO
 * uses it, or {@code IGO}, {@code NGO} ...) followed by 3-letter sectors ({@code IRNGOVMIL} =
 * Iran, government, military). See the CAMEO manual, chapter "Actor codes".
 *
 * @param text the words in the sentence that name the actor (after coreference, the mention's own
 *     words, e.g. "He")
 * @param code full code, {@code ""} when no code could be given (unknown actors keep their text)
 * @param country the first three letters of the code, {@code ""} when unknown
 * @param sectors the 3-letter sector codes after the country, in order; empty when none
 * @param span where {@code text} is in the article
 * @param rule which resolver layer chose the code ({@code dictionary:actors.tsv:123},
 *     {@code title+nationality}, {@code coref:surname} ...), {@code ""} when none did
 */
public record Actor(String text, String code, String country, List<String> sectors, CharSpan span,
    String rule) {
  public Actor {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(country, "country");
    sectors = List.copyOf(sectors);
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(rule, "rule");
    if (!code.isEmpty() && !code.startsWith(country)) {
      throw new IllegalArgumentException("actor code " + code + " does not start with country " + country);
    }
  }

  /**
   * The country part of a code for an actor whose role is known but whose country is not
   * ({@code ---COP}: "police" in no named country; PETRARCH writes such actors {@code ---GOV}).
   */
  public static final String UNKNOWN_COUNTRY = "---";

  /** Builds an actor from a full code, splitting it into country and 3-letter sectors. */
  public static Actor ofCode(String text, String code, CharSpan span, String rule) {
    String country = code.length() >= 3 ? code.substring(0, 3) : code;
    List<String> sectors = new java.util.ArrayList<>();
    for (int i = 3; i + 3 <= code.length(); i += 3) {
      sectors.add(code.substring(i, i + 3));
    }
    return new Actor(text, code, country, sectors, span, rule);
  }

  /** True when a code was found. */
  public boolean isCoded() {
    return !code.isEmpty();
  }

  /** True when the code has a country, not {@link #UNKNOWN_COUNTRY} nor empty. */
  public boolean hasKnownCountry() {
    return !country.isEmpty() && !country.equals(UNKNOWN_COUNTRY);
  }

  /**
   * Three-letter codes in the country slot that name no state: CAMEO's international and
   * transnational actors and its regions (CAMEO manual, chapter "Actor codes").
   */
  private static final java.util.Set<String> NON_STATE = java.util.Set.of("IGO", "NGO", "MNC", "UAF", "UIS", "INT",
      "AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EAF", "EEU", "EUR", "LAM", "MEA", "MDT", "NAF", "NMR",
      "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST");

  /** True when the code's country is a state: known, and none of CAMEO's international codes or regions. */
  public boolean hasStateCountry() {
    return hasKnownCountry() && !NON_STATE.contains(country);
  }

  /** This actor with another code, same text and span, and {@code rule} (for rules that refine a code). */
  public Actor withCode(String newCode, String newRule) {
    return ofCode(text, newCode, span, newRule);
  }
}
