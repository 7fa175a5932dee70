package dev.margin.domain;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * What the reader notes about a whole article, beside the annotations on its words: a note (Markdown), tags and
 * a verdict (null when none was given).
 */
public record ArticleAssessment(String note, List<String> tags, ArticleVerdict verdict) {
    /** No note, no tags, no verdict. */
    public static final ArticleAssessment NONE = new ArticleAssessment("", List.of(), null);

    public ArticleAssessment {
        note = note == null ? "" : note.strip();
        // Tags as typed, each once, blank ones dropped.
        tags = tags == null ? List.of() : List.copyOf(new LinkedHashSet<>(tags.stream().map(String::strip).filter(t -> !t.isEmpty()).toList()));
    }

    public boolean isEmpty() {
        return note.isEmpty() && tags.isEmpty() && verdict == null;
    }
}
