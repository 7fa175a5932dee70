package dev.margin.export;

import java.util.Objects;

/**
 * The text of an earlier revision of an article, carried in an export because an annotation
 * orphaned by a later revision still has its offsets in that text.
 */
public record RevisionText(long articleId, int revision, String text) {
    public RevisionText {
        Objects.requireNonNull(text, "text");
    }
}
