package org.casus.events.pattern;

import java.util.List;

/**
 * One CAMEO verb pattern (resource {@code verb_patterns}; PETRARCH-2 syntax
 * {@code [pre-verb nouns] [(pre-verb PP)] * [post-verb nouns] [(post-verb PP)]}), parsed.
 *
 * <p>A clause in the active voice uses {@code codeActive}; in the passive voice {@code codePassive} when it is
 * not empty, else {@code codeActive} (PETRARCH-2 reads an upstream {@code A:B} as active:passive and
 * {@code :B} as passive only).
 *
 * @param id provenance {@code <resource>:<line>}, e.g. {@code verb_patterns:1234}
 * @param block the synonym block the pattern belongs to ({@link VerbEntry#block()})
 * @param codeActive CAMEO code for the active voice; {@code ""} when absent (passive-only pattern);
 *     {@code ---} = explicitly no event. Bundled CAMEO sets hold 2-4 digit codes; the PETRARCH validation sets
 *     also hold test codes outside CAMEO (903, 174K), which {@link CameoOntology} does not know
 * @param codePassive CAMEO code for the passive voice; {@code ""} when the pattern gives none
 * @param before terms before the verb ({@code *}), in pattern order
 * @param after terms after the verb, in pattern order
 */
public record VerbPattern(String id, String block, String codeActive, String codePassive,
    List<PatternTerm> before, List<PatternTerm> after) {
  public VerbPattern {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("blank pattern id");
    }
    if (block == null || block.isBlank()) {
      throw new IllegalArgumentException("blank block for pattern " + id);
    }
    codeActive = codeActive == null ? "" : codeActive;
    codePassive = codePassive == null ? "" : codePassive;
    checkCode(codeActive, id);
    checkCode(codePassive, id);
    if (codeActive.isEmpty() && codePassive.isEmpty()) {
      throw new IllegalArgumentException("pattern " + id + " has neither active nor passive code");
    }
    before = List.copyOf(before);
    after = List.copyOf(after);
  }

  private static void checkCode(String code, String id) {
    if (code.isEmpty() || code.equals("---")) {
      return;
    }
    // CAMEO codes are 2-4 digits; the PETRARCH validation sets also use test codes outside CAMEO
    // (903, 212, 174K, 075A), kept so the validation suites can be run as published.
    if (!code.matches("[0-9][0-9A-Z]{1,3}")) {
      throw new IllegalArgumentException("pattern " + id + ": code '" + code
          + "' is not a CAMEO code (2-4 digits), a validation test code or ---");
    }
  }

  /** The code for a clause in the given voice: see the class comment; may be {@code ---} or {@code ""}. */
  public String code(boolean passive) {
    return passive && !codePassive.isEmpty() ? codePassive : codeActive;
  }
}
