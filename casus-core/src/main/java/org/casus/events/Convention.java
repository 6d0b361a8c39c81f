package org.casus.events;

/**
 * How the coder reads what the dictionaries leave open, asked as named questions so that a rule
 * says which reading it follows.
 *
 * <ul>
 *   <li>{@link #CAMEO} (production): the CAMEO 1.1b3 manual's reading. A future deed ("will meet")
 *       is coded as the intent to do it (03x, 138); a target found down a complement must come
 *       with a target preposition ("ties with X").
 *   <li>{@link #PETRARCH_VALIDATION}: the reading of TABARI, PETRARCH-1 and PETRARCH-2 that their
 *       functional validation suites were written against. The mode is recorded but the
 *       dictionary's code is kept (the validation dictionaries code "will abandon" and "didn't
 *       clash" through their own patterns), and the target is the first actor after the verb in
 *       its phrase, whatever the preposition.
 * </ul>
 *
 * <p>Immutable; thread-safe.
 */
public enum Convention {
  CAMEO,
  PETRARCH_VALIDATION;

  /**
   * A future deed is coded as the CAMEO intent to do it ("will meet" 036, "will attack" 138:
   * CAMEO 1.1b3 categories 03 and 13), and a future deed with no intent code is not coded.
   */
  public boolean codesFutureAsIntent() {
    return this == CAMEO;
  }

  /**
   * Any preposition may introduce the target, and the target is the first actor after the verb in
   * its phrase (PETRARCH); by the CAMEO reading only a target preposition does ("with", "against",
   * "on" ...), so that "in X" stays the event's place.
   */
  public boolean takesFirstActorInPhrase() {
    return this == PETRARCH_VALIDATION;
  }

  /**
   * A code written {@code A:B} is a paired code (PETRARCH-1): A from source to target and B back
   * from target to source. By the CAMEO reading {@code A:B} is active and passive codes.
   */
  public boolean readsPairedCodes() {
    return this == PETRARCH_VALIDATION;
  }

  /**
   * A verb form listed as a headword of its own ("LEFT", "MET" next to LEAVE, MEET) is that entry,
   * not its lemma's: TABARI and PETRARCH-1 matched the word as written.
   */
  public boolean matchesWrittenForms() {
    return this == PETRARCH_VALIDATION;
  }

  /**
   * A bare prepositional pattern term ("AGREE * (WITH)") in a pattern without TABARI slot markers
   * takes only its preposition, leaving its phrase to be the target; and a term after the verb may
   * match a prepositional phrase of the object ("an attack by X" follows the verb as much as a
   * phrase of the verb: PETRARCH matches the words after the verb).
   */
  public boolean readsPatternsAsWordSequences() {
    return this == PETRARCH_VALIDATION;
  }

  /**
   * TABARI's slot markers of the validation patterns are honoured: {@code + * ... $} swaps source
   * and target, {@code (AT ^) +} skips a phrase, and with sequence syntax a passive without a "by"
   * agent is read as active (TABARI switched the roles only for a passive with an agent).
   */
  public boolean honoursTabariSlots() {
    return this == PETRARCH_VALIDATION;
  }

  /**
   * A negated verb is coded as the negation of its code (PETRARCH-2: "didn't clash" 190 becomes
   * 050); by the CAMEO reading a negated deed keeps its code and is marked negated.
   */
  public boolean negationChangesCode() {
    return this == PETRARCH_VALIDATION;
  }

  /**
   * A refused cooperation ("refuses to negotiate", "will not release the prisoners") is coded as
   * the rejection of CAMEO 1.1b3 category 12 (rule {@code events.rules.Refusal}); by PETRARCH's
   * reading only the negation pairs of {@link #negationChangesCode} apply.
   */
  public boolean codesRefusalsAsRejections() {
    return this == CAMEO;
  }

  /**
   * A phrase whose own words give a role (and a nationality) may be the target even when the
   * pattern used it ("attack a Nigerian military base", KILL * CIVILIAN); PETRARCH takes the
   * phrase's modifiers one by one instead.
   */
  public boolean patternPhraseMayBeTarget() {
    return this == CAMEO;
  }

  /**
   * Coordinated roles share the country of the first ("Danish media and government" is DNKMED and
   * DNKGOV), as the PETRARCH-1 validation records COMPOUND-08/-09 expect.
   */
  public boolean sharesModifiersAcrossConjuncts() {
    return this == PETRARCH_VALIDATION;
  }

  /**
   * Every mention mode is emitted: the PETRARCH validation dictionaries encode negation and
   * futurity in their own patterns ("didn't clash" is 904), so a mode suppresses no event there.
   */
  public boolean emitsEveryMode() {
    return this == PETRARCH_VALIDATION;
  }

  /**
   * Actors are read with the article's world knowledge: a country whose government the article
   * names is that government, a role with no country takes the country of the event's place, and
   * an unaligned armed group fighting its own state is in armed opposition. The PETRARCH
   * validation sets live in a fictional world: their bare names stay bare country codes and a
   * role without a country stays {@code ---GOV}, as PETRARCH writes it.
   */
  public boolean readsArticleWorld() {
    return this == CAMEO;
  }

  /**
   * A deed complete without a receiving actor (force posture, seizures, arrests, expulsions,
   * force: {@link org.casus.events.rules.DeedWithoutTarget}) is coded with no target when the
   * clause names no actor it is done to, as CAMEO coders leave the target blank. PETRARCH drops
   * such events ({@code require_dyad}), and its validation suites expect none.
   */
  public boolean codesDeedsWithoutTarget() {
    return this == CAMEO;
  }
}
