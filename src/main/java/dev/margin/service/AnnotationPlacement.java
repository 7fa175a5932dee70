package dev.margin.service;

import dev.margin.anchoring.Reanchorer;
import dev.margin.domain.Anchor;
import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.ContentHash;
import dev.margin.domain.QuoteDetails;
import dev.margin.domain.Span;

import java.time.Instant;
import java.util.Objects;

/**
 * The one rule that moves an annotation onto a text: a re-import that makes a new revision
 * ({@link LibraryService#importDraft}), a re-attach by hand ({@link LibraryService#reattach}) and a JSON-LD restore
 * ({@link RestoreService}) all place annotations through it, so they cannot drift apart.
 *
 * <p>{@link #place} takes an annotation, the text it was made on when that is known, and the revision to place it
 * on, and gives the annotation as placed:
 * <ul>
 *   <li>When the target holds the very text the annotation was made on, with the annotation's words and context at
 *       its offsets, nothing moves: only the revision number changes (an orphan standing on its words again is OK).</li>
 *   <li>Otherwise {@link Reanchorer} looks for its exact words: OK or MOVED put it on the target revision, on its own
 *       words. A quote's speaker and cue spans are re-anchored the same way from the text it was made on, and dropped
 *       (the speaker actor kept) when they cannot be, or when that text is unknown.</li>
 *   <li>ORPHANED leaves the annotation where it was: its revision, anchor and spans unchanged. Its offsets are only
 *       valid in the text of the revision it names, so the caller must make sure that revision is one the library holds
 *       and that its words stand there ({@link Revision#holds}); a restore that cannot say so keeps the text.</li>
 * </ul>
 */
final class AnnotationPlacement {
    private AnnotationPlacement() {
    }

    /**
     * One revision of an article: its number and text. Indexed for re-anchoring when first needed, so one instance
     * serves every annotation placed on it; texts are compared by their hash, computed once.
     */
    static final class Revision {
        private final int number;
        private final String text;
        private String hash;
        private Reanchorer reanchorer;

        Revision(int number, String text) {
            this.number = number;
            this.text = Objects.requireNonNull(text, "text");
        }

        int number() {
            return number;
        }

        String text() {
            return text;
        }

        /** The same text under another revision number (the library's number for a text read from a file). */
        Revision numbered(int newNumber) {
            Revision renumbered = new Revision(newNumber, text);
            renumbered.hash = hash;
            renumbered.reanchorer = reanchorer;
            return renumbered;
        }

        boolean sameTextAs(Revision other) {
            return text == other.text || text.length() == other.text.length() && hash().equals(other.hash());
        }

        String hash() {
            if (hash == null) {
                hash = ContentHash.of(text);
            }
            return hash;
        }

        /** Whether the anchor's exact words stand at its offsets in this text, with its prefix before and suffix after. */
        boolean holds(Anchor anchor) {
            return anchor.end() <= text.length() && text.startsWith(anchor.exact(), anchor.start())
                    && anchor.start() >= anchor.prefix().length() && text.startsWith(anchor.prefix(), anchor.start() - anchor.prefix().length())
                    && text.startsWith(anchor.suffix(), anchor.end());
        }

        Reanchorer.Result find(Anchor anchor) {
            if (reanchorer == null) {
                reanchorer = Reanchorer.forText(text);
            }
            return reanchorer.find(anchor);
        }
    }

    /**
     * The annotation placed on {@code target}, re-anchored from {@code madeOn} (the text its offsets and spans point
     * into, or null when unknown); {@code now} stamps an annotation that changed.
     */
    static Annotation place(Annotation annotation, Revision madeOn, Revision target, Instant now) {
        if (madeOn != null && madeOn.sameTextAs(target) && target.holds(annotation.anchor())) {
            if (annotation.anchorState() == AnchorState.ORPHANED) {
                return annotation.reanchored(target.number(), annotation.anchor(), AnchorState.OK, now);
            }
            return annotation.revision() == target.number() ? annotation
                    : annotation.reanchored(target.number(), annotation.anchor(), annotation.anchorState(), annotation.modified());
        }
        Reanchorer.Result result = target.find(annotation.anchor());
        if (result.state() == AnchorState.ORPHANED) {
            return annotation.reanchored(annotation.revision(), annotation.anchor(), AnchorState.ORPHANED, now);
        }
        Annotation placed = annotation.reanchored(target.number(), result.anchor(), result.state(), now);
        return annotation.quote() == null ? placed : placed.withQuote(spansOnto(annotation.quote(), madeOn, target), now);
    }

    /**
     * The annotation attached by hand to {@code [start, end)} of {@code target}, state OK; a quote's speaker and cue
     * spans follow from {@code madeOn} as in {@link #place}. Refuses an empty span and one that cuts a character.
     */
    static Annotation attach(Annotation annotation, Revision madeOn, Revision target, int start, int end, Instant now) {
        Annotation attached = annotation.reanchored(target.number(), Spans.anchor(target.text(), start, end), AnchorState.OK, now);
        if (annotation.quote() == null || madeOn != null && madeOn.sameTextAs(target)) {
            return attached;
        }
        return attached.withQuote(spansOnto(annotation.quote(), madeOn, target), now);
    }

    private static QuoteDetails spansOnto(QuoteDetails quote, Revision madeOn, Revision target) {
        return new QuoteDetails(quote.speakerActorId(), spanOnto(quote.speakerSpan(), madeOn, target), quote.cue(),
                spanOnto(quote.cueSpan(), madeOn, target), quote.type(), quote.resolution());
    }

    /** The span's words found again in the target, or null: a span in an unknown text means nothing there. */
    private static Span spanOnto(Span span, Revision madeOn, Revision target) {
        if (span == null || madeOn == null || span.end() > madeOn.text().length() || span.length() == 0) {
            return null;
        }
        Reanchorer.Result result = target.find(Anchor.of(madeOn.text(), span.start(), span.end()));
        return result.state() == AnchorState.ORPHANED ? null : new Span(result.anchor().start(), result.anchor().end());
    }
}
