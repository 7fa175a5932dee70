package dev.margin.importer;

import java.util.List;

/**
 * One paragraph of text found in a page, before boilerplate filtering.
 *
 * @param linkOnly     every visible character of the paragraph is inside a link
 * @param labelledLink the paragraph is a short label ending in a colon, then a link ("Read also: <a>…</a>"), in
 *                     any language
 * @param droppedHere  for a place marker only (empty text): the indexes, in the list of removed blocks, of the
 *                     blocks that were removed from this place in the page; empty for a paragraph
 */
record Block(String text, boolean heading, boolean linkOnly, boolean labelledLink, List<Integer> droppedHere) {
    Block {
        droppedHere = droppedHere == null ? List.of() : List.copyOf(droppedHere);
    }

    Block(String text, boolean heading, boolean linkOnly, boolean labelledLink) {
        this(text, heading, linkOnly, labelledLink, List.of());
    }

    Block(String text, boolean heading, boolean linkOnly) {
        this(text, heading, linkOnly, false);
    }

    static Block placeOf(List<Integer> dropped) {
        return new Block("", false, false, false, dropped);
    }

    /** A place marker: where removed blocks were, not text. */
    boolean isPlace() {
        return !droppedHere.isEmpty();
    }
}
