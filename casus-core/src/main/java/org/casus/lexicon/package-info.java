/** The word classes the rules read, from one versioned resource ({@link org.casus.lexicon.Lexicon}). */
package org.casus.lexicon;
