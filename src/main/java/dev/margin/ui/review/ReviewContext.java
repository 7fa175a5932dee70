package dev.margin.ui.review;

import dev.margin.service.ActorService;
import dev.margin.service.ClaimService;
import dev.margin.store.Store;
import dev.margin.ui.annotations.CommandStack;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.StatusViewModel;
import dev.margin.ui.common.TaskRunner;

import java.time.Clock;

/**
 * Everything the review views (annotations browser, actors, claims, statistics) are built from. Made once by
 * the application. {@code tasks} runs every query and change of these views off the FX thread; {@code history}
 * is the review window's own undo history (claim status and evidence, actor names and aliases), kept apart from
 * the reader's, which follows the article open there.
 */
public record ReviewContext(Store store, ActorService actors, ClaimService claims, TaskRunner tasks, Messages messages,
                            StatusViewModel status, Clock clock, ArticleOpener opener, CommandStack history) {

    /** A context with a fresh, empty history run on {@code tasks}. */
    public ReviewContext(Store store, ActorService actors, ClaimService claims, TaskRunner tasks, Messages messages,
                         StatusViewModel status, Clock clock, ArticleOpener opener) {
        // Each change refreshes the views it touches itself (AnnotationChange.applied and reverted).
        this(store, actors, claims, tasks, messages, status, clock, opener, new CommandStack(tasks, status, messages, effect -> { }));
    }
}
