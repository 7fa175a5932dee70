package dev.margin.service.change;

import dev.margin.domain.Actor;
import dev.margin.domain.Annotation;
import dev.margin.domain.ArticleInfo;
import dev.margin.service.ActorService;
import dev.margin.service.AnnotationService;
import dev.margin.service.LibraryService;
import dev.margin.service.SuggestionService;
import dev.margin.store.Store;
import dev.margin.suggest.Suggestion;
import dev.margin.suggest.SuggestionKind;

import java.util.List;
import java.util.Objects;

/**
 * Makes the undoable changes over one open library, for the window's undo history and the command line alike.
 * Each change's apply and revert is one transaction; an undo or redo that finds the library changed since
 * throws {@link LibraryChangedException} and changes nothing. {@code description} names a change in the
 * caller's words (the window's status bar, the Edit menu).
 */
public final class Changes {
    private final Store store;
    private final AnnotationService annotations;
    private final ActorService actors;
    private final LibraryService library;
    private final SuggestionService suggestions;

    public Changes(Store store, AnnotationService annotations, ActorService actors, LibraryService library,
                   SuggestionService suggestions) {
        this.store = Objects.requireNonNull(store, "store");
        this.annotations = Objects.requireNonNull(annotations, "annotations");
        this.actors = Objects.requireNonNull(actors, "actors");
        this.library = Objects.requireNonNull(library, "library");
        this.suggestions = Objects.requireNonNull(suggestions, "suggestions");
    }

    /**
     * Creates {@code requested} (a new id is given; the anchor is taken from the article's current text) and, with
     * {@code newActor}, the actor it names. Undo deletes both (the actor only when nothing else names it).
     */
    public Change createAnnotation(String description, Annotation requested, NewActor newActor) {
        return new CreateAnnotation(store, annotations, actors, description, requested, newActor);
    }

    /** Saves {@code after} over the stored annotation with its id, creating {@code newActor} (or null) for it. */
    public Change updateAnnotation(String description, Annotation after, NewActor newActor) {
        return new UpdateAnnotation(store, annotations, actors, description, after, newActor);
    }

    /** Deletes the annotation; undo brings it back with its id, and the claims that cited it cite it again. */
    public Change deleteAnnotation(String description, Annotation annotation) {
        return new DeleteAnnotation(store, annotations, description, annotation.id());
    }

    /** Attaches the annotation (a moved or orphaned one) to {@code [start, end)} of its article's current text. */
    public Change reattachAnnotation(String description, Annotation annotation, int start, int end) {
        return new ReattachAnnotation(store, library, annotations, description, annotation.id(), start, end);
    }

    /** Gives the stored actor {@code after}'s type and roles (its name and aliases are left alone). */
    public Change updateActor(String description, Actor after) {
        return new UpdateActor(store, actors, description, after);
    }

    /** Several changes as one: made in order, undone in reverse order, each time in one transaction. */
    public Change together(String description, List<? extends Change> parts) {
        return new CompositeChange(store, description, parts);
    }

    /** Deletes an article with everything in it; undo restores all of it under the same ids. */
    public Change deleteArticle(String description, long articleId) {
        return new DeleteArticle(library, description, articleId);
    }

    /**
     * Saves the article's information (title, byline, outlet, address, date, language, note, tags, verdict); undo
     * puts back what it was. Refused as {@link dev.margin.service.LibraryService#saveInfo} refuses (an empty title,
     * an address that is not a web address ...).
     */
    public Change editArticle(String description, long articleId, ArticleInfo info) {
        return new EditArticle(store, library, description, articleId, info);
    }

    /** Accepts one suggestion; {@code context} is the article's other suggestions (they type a new speaker). */
    public Change acceptSuggestion(String description, long articleId, Suggestion suggestion, List<Suggestion> context) {
        return new AcceptSuggestion(store, suggestions, description, articleId, suggestion, context);
    }

    /** Accepts every suggestion of {@code kind} among {@code open}, all or none. */
    public Change acceptAllSuggestions(String description, long articleId, SuggestionKind kind, List<Suggestion> open) {
        return new AcceptAllSuggestions(store, suggestions, description, articleId, kind, open);
    }

    /** Rejects one suggestion for good in its article; undo offers it again. */
    public Change rejectSuggestion(String description, long articleId, Suggestion suggestion) {
        return new RejectSuggestion(suggestions, description, articleId, suggestion);
    }
}
