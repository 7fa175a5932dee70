package dev.margin.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One mark in one article: a highlight, a quote, an actor mention or a claim.
 *
 * <p>The kind decides which detail is present: a QUOTE carries {@link #quote()}, a CLAIM carries
 * {@link #claim()}, an ACTOR mention carries {@link #actorId()}; the others are null. A HIGHLIGHT
 * carries none. Every kind may carry a note (Markdown), tags and a colour.
 *
 * @param revision the article revision the anchor's offsets refer to
 * @param colour   a CSS colour name or #rrggbb chosen by the user, or null for the kind's own look
 */
public record Annotation(UUID id, long articleId, int revision, AnnotationKind kind, Anchor anchor, AnchorState anchorState,
                         QuoteDetails quote, Long actorId, ClaimDetails claim,
                         String note, List<String> tags, String colour, Instant created, Instant modified) {

    public Annotation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(anchor, "anchor");
        anchorState = anchorState == null ? AnchorState.OK : anchorState;
        note = note == null ? "" : note;
        tags = tags == null ? List.of() : List.copyOf(tags);
        Objects.requireNonNull(created, "created");
        modified = modified == null ? created : modified;
        switch (kind) {
            case QUOTE -> require(quote != null && claim == null && actorId == null, "a quote needs quote details only");
            case CLAIM -> require(claim != null && quote == null && actorId == null, "a claim needs claim details only");
            case ACTOR -> require(actorId != null && quote == null && claim == null, "an actor mention needs an actor only");
            case HIGHLIGHT -> require(quote == null && claim == null && actorId == null, "a highlight carries no details");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    public static Annotation highlight(long articleId, int revision, Anchor anchor, Instant now) {
        return new Annotation(UUID.randomUUID(), articleId, revision, AnnotationKind.HIGHLIGHT, anchor, AnchorState.OK,
                null, null, null, "", List.of(), null, now, now);
    }

    public static Annotation quote(long articleId, int revision, Anchor anchor, QuoteDetails details, Instant now) {
        return new Annotation(UUID.randomUUID(), articleId, revision, AnnotationKind.QUOTE, anchor, AnchorState.OK,
                details, null, null, "", List.of(), null, now, now);
    }

    public static Annotation actorMention(long articleId, int revision, Anchor anchor, long actorId, Instant now) {
        return new Annotation(UUID.randomUUID(), articleId, revision, AnnotationKind.ACTOR, anchor, AnchorState.OK,
                null, actorId, null, "", List.of(), null, now, now);
    }

    public static Annotation claim(long articleId, int revision, Anchor anchor, ClaimDetails details, Instant now) {
        return new Annotation(UUID.randomUUID(), articleId, revision, AnnotationKind.CLAIM, anchor, AnchorState.OK,
                null, null, details, "", List.of(), null, now, now);
    }

    public int start() {
        return anchor.start();
    }

    public int end() {
        return anchor.end();
    }

    public String exact() {
        return anchor.exact();
    }

    public Annotation withNote(String newNote, Instant now) {
        return new Annotation(id, articleId, revision, kind, anchor, anchorState, quote, actorId, claim, newNote, tags, colour, created, now);
    }

    public Annotation withTags(List<String> newTags, Instant now) {
        return new Annotation(id, articleId, revision, kind, anchor, anchorState, quote, actorId, claim, note, newTags, colour, created, now);
    }

    public Annotation withColour(String newColour, Instant now) {
        return new Annotation(id, articleId, revision, kind, anchor, anchorState, quote, actorId, claim, note, tags, newColour, created, now);
    }

    public Annotation withQuote(QuoteDetails details, Instant now) {
        return new Annotation(id, articleId, revision, kind, anchor, anchorState, details, actorId, claim, note, tags, colour, created, now);
    }

    public Annotation withClaim(ClaimDetails details, Instant now) {
        return new Annotation(id, articleId, revision, kind, anchor, anchorState, quote, actorId, details, note, tags, colour, created, now);
    }

    public Annotation withActor(long newActorId, Instant now) {
        return new Annotation(id, articleId, revision, kind, anchor, anchorState, quote, newActorId, claim, note, tags, colour, created, now);
    }

    /**
     * The annotation pointing to actor {@code to} wherever it pointed to actor {@code from}: as a quote's speaker,
     * as the actor of a mention, or as a claim's claimant (for merging two actors, or re-linking a suggestion).
     */
    public Annotation withActorRepointed(long from, long to, Instant now) {
        Annotation result = this;
        if (quote != null && Objects.equals(quote.speakerActorId(), from)) {
            result = result.withQuote(quote.withSpeaker(to), now);
        }
        if (Objects.equals(actorId, from)) {
            result = result.withActor(to, now);
        }
        if (claim != null && Objects.equals(claim.claimantActorId(), from)) {
            result = result.withClaim(claim.withClaimant(to), now);
        }
        return result;
    }

    /** The annotation re-anchored onto another revision of its article. */
    public Annotation reanchored(int newRevision, Anchor newAnchor, AnchorState state, Instant now) {
        return new Annotation(id, articleId, newRevision, kind, newAnchor, state, quote, actorId, claim, note, tags, colour, created, now);
    }
}
