package dev.margin.domain.read;

/**
 * The columns the annotations browser can sort by. {@link #RELEVANCE} ranks full-text matches (the
 * annotated words weighing most); without search words it falls back to {@link #CREATED}.
 */
public enum ReviewColumn {
    RELEVANCE, KIND, TEXT, ACTOR, ARTICLE, OUTLET, ARTICLE_DATE, STATUS, NOTE, CREATED, ANCHOR_STATE
}
