/**
 * The pipeline composes the stages, one way through: ingest gives an article, {@code nlp} parses
 * it, then for each sentence {@code events} (with {@code actors}), and for each mention {@code time},
 * {@code geo}, the article actor rules and {@code quantity}, then {@code dedup}.
 * {@link org.casus.pipeline.CasusPipeline} holds the stages; {@code ArticleCoding} runs one article.
 */
package org.casus.pipeline;
