package dev.margin.ui.review;

import dev.margin.service.ActorService;
import dev.margin.service.ClaimService;
import dev.margin.service.ReviewQueries;
import dev.margin.ui.annotations.CommandStack;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.StatusViewModel;
import dev.margin.ui.common.TaskRunner;

/**
 * Everything the review views (annotations browser, actors, claims, statistics) are built from: the services
 * they read and change the library through, never the store. Made once by the application. {@code tasks} runs
 * every query and change of these views off the FX thread; {@code history} is the review window's own undo
 * history (claim status and evidence, actor names and aliases), kept apart from the reader's, which follows the
 * article open there.
 */
public record ReviewContext(ReviewQueries queries, ActorService actors, ClaimService claims, TaskRunner tasks, Messages messages,
                            StatusViewModel status, ArticleOpener opener, CommandStack history) {

    /** A context with a fresh, empty history run on {@code tasks}. */
    public ReviewContext(ReviewQueries queries, ActorService actors, ClaimService claims, TaskRunner tasks, Messages messages,
                         StatusViewModel status, ArticleOpener opener) {
        // Each change refreshes the views it touches itself (ReviewChange's follow-up).
        this(queries, actors, claims, tasks, messages, status, opener, new CommandStack(tasks, status, messages, effect -> { }));
    }
}
