package dev.margin.domain.read;

import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One annotation found by {@link SearchDao#search}.
 *
 * @param snippet a short extract of the best-matching column with each matching run of words between
 *                {@link #MATCH_START} and {@link #MATCH_END}; use {@link #plainSnippet} and
 *                {@link #matches} to show it
 * @param rank    the bm25 score: lower is better
 */
public record SearchHit(UUID annotationId, long articleId, AnnotationKind kind, String articleTitle,
                        String snippet, double rank) {
    /** Marks the start of a match in {@link #snippet}; a control character, not expected in reading text. */
    public static final String MATCH_START = "\u0002";
    /** Marks the end of a match in {@link #snippet}. */
    public static final String MATCH_END = "\u0003";

    public SearchHit {
        Objects.requireNonNull(annotationId, "annotationId");
        Objects.requireNonNull(kind, "kind");
        articleTitle = articleTitle == null ? "" : articleTitle;
        snippet = snippet == null ? "" : snippet;
    }

    /** The snippet without match markers. */
    public String plainSnippet() {
        return snippet.replace(MATCH_START, "").replace(MATCH_END, "");
    }

    /** Where the matches stand in {@link #plainSnippet}, in order. */
    public List<Span> matches() {
        List<Span> spans = new ArrayList<>();
        int plainOffset = 0;
        int start = -1;
        for (int i = 0; i < snippet.length(); i++) {
            char c = snippet.charAt(i);
            if (c == MATCH_START.charAt(0)) {
                start = plainOffset;
            } else if (c == MATCH_END.charAt(0)) {
                if (start >= 0) {
                    spans.add(new Span(start, plainOffset));
                }
                start = -1;
            } else {
                plainOffset++;
            }
        }
        return spans;
    }
}
