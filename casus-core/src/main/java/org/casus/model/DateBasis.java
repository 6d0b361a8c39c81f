package org.casus.model;

/**
 * Where an {@link EventDate} came from: a temporal expression tied to the event in the text, the
 * story's context (another sentence), or only the article's publication date.
 */
public enum DateBasis { TEXT, STORY_CONTEXT, ARTICLE_DATE, NONE }
