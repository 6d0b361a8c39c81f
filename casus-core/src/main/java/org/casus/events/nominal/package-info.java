/**
 * Nominal events ("Israel's airstrike against Iran", "carried out airstrikes on ..."), fight tolls
 * ("rebel dead from the fighting with its troops") and the event nouns and light verbs table.
 */
package org.casus.events.nominal;
