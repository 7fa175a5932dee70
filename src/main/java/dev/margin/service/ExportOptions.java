package dev.margin.service;

import dev.margin.export.Reviewer;

import java.util.Objects;

/**
 * Choices an export may take besides its format: whether the PDF report prints each article's text
 * with its marks, and who publishes the fact checks of a ClaimReview export.
 */
public record ExportOptions(boolean includeArticleText, Reviewer reviewer) {
    /** No article text, no reviewing organisation. */
    public static final ExportOptions DEFAULT = new ExportOptions(false, Reviewer.NONE);

    public ExportOptions {
        Objects.requireNonNull(reviewer, "reviewer");
    }
}
