package dev.margin.ui.editor.spans;

import java.util.Set;

/**
 * A stretch of one paragraph that carries one set of style classes. The runs of a paragraph follow
 * each other without gaps and their lengths add up to the paragraph's length.
 *
 * @param length        UTF-16 code units covered, 0 only for the single run of an empty paragraph
 * @param styleClasses  every class of every mark covering the stretch (empty for plain text)
 */
public record StyleRun(int length, Set<String> styleClasses) {
    public StyleRun {
        if (length < 0) {
            throw new IllegalArgumentException("negative run length " + length);
        }
        styleClasses = Set.copyOf(styleClasses);
    }
}
