package dev.margin.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One mark in one article: a highlight, a quote, an actor mention or a claim.
 *
 * <p>What the mark says lives in its {@link AnnotationBody}, a sealed type: a {@link Highlight}, a
 * {@link QuoteDetails}, an {@link ActorMention} or a {@link ClaimDetails}. Code that treats kinds differently
 * switches over {@link #body()}; {@link #quote()}, {@link #claim()} and {@link #actorId()} are shortcuts for code
 * that already knows the kind (a quote form, a claim tab). Every kind may carry a note (Markdown), tags and a colour.
 *
 * @param revision the article revision the anchor's offsets refer to
 * @param colour   a CSS colour name or #rrggbb chosen by the user, or null for the kind's own look
 */
public record Annotation(UUID id, long articleId, int revision, Anchor anchor, AnchorState anchorState,
                         AnnotationBody body, String note, List<String> tags, String colour, Instant created,
                         Instant modified) {

    public Annotation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(body, "body");
        anchorState = anchorState == null ? AnchorState.OK : anchorState;
        note = note == null ? "" : note;
        tags = tags == null ? List.of() : List.copyOf(tags);
        Objects.requireNonNull(created, "created");
        modified = modified == null ? created : modified;
    }

    /** A new annotation of any kind, anchored on revision {@code revision} of the article, created {@code now}. */
    public static Annotation create(long articleId, int revision, Anchor anchor, AnnotationBody body, Instant now) {
        return new Annotation(UUID.randomUUID(), articleId, revision, anchor, AnchorState.OK, body, "", List.of(), null,
                now, now);
    }

    public static Annotation highlight(long articleId, int revision, Anchor anchor, Instant now) {
        return create(articleId, revision, anchor, Highlight.INSTANCE, now);
    }

    public static Annotation quote(long articleId, int revision, Anchor anchor, QuoteDetails details, Instant now) {
        return create(articleId, revision, anchor, details, now);
    }

    public static Annotation actorMention(long articleId, int revision, Anchor anchor, long actorId, Instant now) {
        return create(articleId, revision, anchor, new ActorMention(actorId), now);
    }

    public static Annotation claim(long articleId, int revision, Anchor anchor, ClaimDetails details, Instant now) {
        return create(articleId, revision, anchor, details, now);
    }

    public AnnotationKind kind() {
        return body.annotationKind();
    }

    /** The quote's details when this is a quote, else null. */
    public QuoteDetails quote() {
        return body instanceof QuoteDetails quote ? quote : null;
    }

    /** The claim's details when this is a claim, else null. */
    public ClaimDetails claim() {
        return body instanceof ClaimDetails claim ? claim : null;
    }

    /** The mentioned actor when this is an actor mention, else null (a quote's speaker is in {@link #quote()}). */
    public Long actorId() {
        return body instanceof ActorMention mention ? mention.actorId() : null;
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
        return new Annotation(id, articleId, revision, anchor, anchorState, body, newNote, tags, colour, created, now);
    }

    public Annotation withTags(List<String> newTags, Instant now) {
        return new Annotation(id, articleId, revision, anchor, anchorState, body, note, newTags, colour, created, now);
    }

    public Annotation withColour(String newColour, Instant now) {
        return new Annotation(id, articleId, revision, anchor, anchorState, body, note, tags, newColour, created, now);
    }

    /** The same annotation with another body of the same kind (a quote's new speaker, a claim's new status). */
    public Annotation withBody(AnnotationBody newBody, Instant now) {
        if (newBody.annotationKind() != kind()) {
            throw new IllegalArgumentException("a " + kind() + " annotation cannot take a " + newBody.annotationKind() + " body");
        }
        return new Annotation(id, articleId, revision, anchor, anchorState, newBody, note, tags, colour, created, now);
    }

    public Annotation withQuote(QuoteDetails details, Instant now) {
        return withBody(details, now);
    }

    public Annotation withClaim(ClaimDetails details, Instant now) {
        return withBody(details, now);
    }

    public Annotation withActor(long newActorId, Instant now) {
        return withBody(new ActorMention(newActorId), now);
    }

    /**
     * The annotation pointing to actor {@code to} wherever it pointed to actor {@code from}: as a quote's speaker,
     * as the actor of a mention, or as a claim's claimant (for merging two actors, or re-linking a suggestion).
     */
    public Annotation withActorRepointed(long from, long to, Instant now) {
        AnnotationBody repointed = body.withActorRepointed(from, to);
        return repointed.equals(body) ? this : withBody(repointed, now);
    }

    /** The annotation re-anchored onto another revision of its article. */
    public Annotation reanchored(int newRevision, Anchor newAnchor, AnchorState state, Instant now) {
        return new Annotation(id, articleId, newRevision, newAnchor, state, body, note, tags, colour, created, now);
    }
}
