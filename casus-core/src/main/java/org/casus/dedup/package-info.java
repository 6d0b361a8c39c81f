/** De-duplication: mentions of one real event within an article merge into one event with every mention. */
package org.casus.dedup;
