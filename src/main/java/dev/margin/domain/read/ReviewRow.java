package dev.margin.domain.read;

import dev.margin.domain.AnchorState;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.QuoteType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of the annotations browser: an annotation with what its article and actor contribute.
 *
 * @param text         the annotated words; with search words, an extract of about two dozen words around the
 *                     first match ("…" where cut) with the matches marked
 * @param actorId      the quote's speaker, the mentioned actor or the claimant; null when there is none, or
 *                     when the outlet itself makes the claim
 * @param actorName    that actor's name; for a claim the outlet makes, the outlet's name; empty when none
 * @param articleTitle the article's title, with the search's matches marked (an extract as for {@code text})
 * @param articleDate  the article's publication date, or null when unknown
 * @param claimStatus  a claim's status, else null
 * @param quoteType    a quote's type, else null
 * @param note         the note (Markdown source), with the search's matches marked (an extract as for {@code text})
 */
public record ReviewRow(UUID annotationId, AnnotationKind kind, MarkedText text, Long actorId, String actorName,
                        long articleId, MarkedText articleTitle, String outlet, LocalDate articleDate, List<String> tags,
                        ClaimStatus claimStatus, QuoteType quoteType, MarkedText note, Instant created, AnchorState anchorState) {
    public ReviewRow {
        Objects.requireNonNull(annotationId, "annotationId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        actorName = actorName == null ? "" : actorName;
        articleTitle = articleTitle == null ? MarkedText.plain("") : articleTitle;
        outlet = outlet == null ? "" : outlet;
        tags = tags == null ? List.of() : List.copyOf(tags);
        note = note == null ? MarkedText.plain("") : note;
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(anchorState, "anchorState");
    }
}
