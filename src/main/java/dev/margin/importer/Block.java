package dev.margin.importer;

/**
 * One paragraph of text found in a page, before boilerplate filtering.
 *
 * @param linkOnly     every visible character of the paragraph is inside a link
 * @param labelledLink the paragraph is a short label ending in a colon, then a link ("Read also: <a>…</a>"), in
 *                     any language
 */
record Block(String text, boolean heading, boolean linkOnly, boolean labelledLink) {
    Block(String text, boolean heading, boolean linkOnly) {
        this(text, heading, linkOnly, false);
    }
}
