package dev.margin.importer;

/**
 * One paragraph of text found in a page, before boilerplate filtering.
 *
 * @param linkOnly every visible character of the paragraph is inside a link
 */
record Block(String text, boolean heading, boolean linkOnly) {
}
