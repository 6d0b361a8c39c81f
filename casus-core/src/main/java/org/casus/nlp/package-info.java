/**
 * The NLP stage's records (parsed documents, sentences, tokens, dependencies) and the parser role;
 * the CoreNLP adapter lives in {@code org.casus.nlp.corenlp}, the only package that imports CoreNLP,
 * found through {@link org.casus.nlp.SentenceParserProvider}.
 */
package org.casus.nlp;
