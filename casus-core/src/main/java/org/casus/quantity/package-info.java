/**
 * The quantities stage: casualty counts (killed, wounded) read from a sentence's dependency parse,
 * with ACLED's conventions for vague and bounded numbers.
 *
 * <p>{@link org.casus.quantity.CasualtyReader} is the entry point; {@link org.casus.quantity.NumberWords}
 * reads single number expressions.
 */
package org.casus.quantity;
