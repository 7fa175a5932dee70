package dev.margin.domain;

/**
 * Test data written kind-first: the body a kind takes from pieces of which only the kind's own is set, refusing
 * others as the domain would (a quote with a claim, a mention without an actor).
 */
public final class TestBodies {
    private TestBodies() {
    }

    public static AnnotationBody of(AnnotationKind kind, QuoteDetails quote, Long actorId, ClaimDetails claim) {
        boolean onlyQuote = quote != null && actorId == null && claim == null;
        boolean onlyActor = actorId != null && quote == null && claim == null;
        boolean onlyClaim = claim != null && quote == null && actorId == null;
        boolean nothing = quote == null && actorId == null && claim == null;
        boolean fits = switch (kind) {
            case QUOTE -> onlyQuote;
            case ACTOR -> onlyActor;
            case CLAIM -> onlyClaim;
            case HIGHLIGHT -> nothing;
        };
        if (!fits) {
            throw new IllegalArgumentException("a " + kind + " annotation cannot carry these details");
        }
        return switch (kind) {
            case QUOTE -> quote;
            case ACTOR -> new ActorMention(actorId);
            case CLAIM -> claim;
            case HIGHLIGHT -> Highlight.INSTANCE;
        };
    }
}
