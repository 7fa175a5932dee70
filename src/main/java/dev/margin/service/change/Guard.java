package dev.margin.service.change;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorMention;
import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.Highlight;
import dev.margin.domain.QuoteDetails;
import dev.margin.store.Store;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The checks an undo or redo makes, inside its transaction and before it writes, that the library is still as
 * the change left it. A failed check throws {@link LibraryChangedException} naming the change and what moved.
 */
final class Guard {
    /** Which way the change is about to run, for the message. */
    enum Step {
        /** The change made the first time. */
        APPLY("save"),
        UNDO("undo"),
        REDO("redo");

        private final String verb;

        Step(String verb) {
            this.verb = verb;
        }
    }

    private final Store store;
    private final String description;

    Guard(Store store, String description) {
        this.store = store;
        this.description = description;
    }

    /**
     * The stored version of {@code expected}, which must be there with the same content (its modified time aside).
     * For a step that puts an older version back, where anything changed since would be lost.
     */
    Annotation unchanged(Annotation expected, Step step) {
        Annotation stored = present(expected, step);
        if (!sameContent(stored, expected)) {
            throw refused(step, "the " + kindName(expected) + " was changed since (elsewhere, or by a new version of its article)");
        }
        return stored;
    }

    /**
     * The stored version of {@code expected}, which must be there with the same details, note and tags; its anchor
     * may have moved with a new version of the article. For a step that takes the annotation away.
     */
    Annotation sameDetails(Annotation expected, Step step) {
        Annotation stored = present(expected, step);
        if (!userDetails(stored).equals(userDetails(expected))) {
            throw refused(step, "the " + kindName(expected) + " was edited since, elsewhere");
        }
        return stored;
    }

    /** Refuses when the annotation is stored: it was put back some other way since. */
    void absent(Annotation annotation, Step step) {
        if (store.annotations().find(annotation.id()).isPresent()) {
            throw refused(step, "the " + kindName(annotation) + " is in the library already");
        }
    }

    /**
     * Refuses to put {@code annotation} back when its article is gone, or when the article has a newer text than
     * the one its anchor was made on (its offsets would mark other words); an orphaned annotation keeps its old text.
     */
    void fitsArticle(Annotation annotation, Step step) {
        Article article = store.articles().find(annotation.articleId())
                .orElseThrow(() -> refused(step, "its article is no longer in the library"));
        if (annotation.anchorState() != AnchorState.ORPHANED && annotation.revision() != article.revision()) {
            throw refused(step, "its article \u201c" + article.displayTitle() + "\u201d has a newer version since");
        }
    }

    /** The stored actor, which must have {@code expected}'s type and roles (the parts an actor change sets). */
    Actor sameTypeAndRoles(Actor expected, Step step) {
        Actor stored = store.actors().find(expected.id())
                .orElseThrow(() -> refused(step, "the actor \u201c" + expected.name() + "\u201d is no longer in the library"));
        if (stored.type() != expected.type() || !stored.roles().equals(expected.roles())) {
            throw refused(step, "the actor \u201c" + expected.name() + "\u201d was edited since, elsewhere");
        }
        return stored;
    }

    LibraryChangedException refused(Step step, String reason) {
        return new LibraryChangedException("Cannot " + step.verb + " \u201c" + description + "\u201d: " + reason
                + "; nothing was changed.");
    }

    private Annotation present(Annotation expected, Step step) {
        return store.annotations().find(expected.id())
                .orElseThrow(() -> refused(step, "the " + kindName(expected) + " is no longer in the library"));
    }

    static boolean sameContent(Annotation a, Annotation b) {
        return withModified(a, a.created()).equals(withModified(b, a.created()));
    }

    private static Annotation withModified(Annotation a, Instant modified) {
        return new Annotation(a.id(), a.articleId(), a.revision(), a.anchor(), a.anchorState(), a.body(), a.note(), a.tags(),
                a.colour(), a.created(), modified);
    }

    /** What the user set on an annotation, without where it stands in the text (which a new version of the article moves). */
    private static List<Object> userDetails(Annotation a) {
        QuoteDetails q = a.quote();
        List<Object> quote = q == null ? List.of() : Arrays.asList(q.speakerActorId(), q.cue(), q.type(), q.resolution());
        return Arrays.asList(a.kind(), quote, a.actorId(), a.claim(), a.note(), a.tags(), a.colour());
    }

    static String kindName(Annotation annotation) {
        return switch (annotation.body()) {
            case QuoteDetails quote -> "quote";
            case ActorMention mention -> "actor mention";
            case ClaimDetails claim -> "claim";
            case Highlight highlight -> "highlight";
        };
    }

}
