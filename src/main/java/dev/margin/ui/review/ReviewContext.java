package dev.margin.ui.review;

import dev.margin.service.ActorService;
import dev.margin.service.ClaimService;
import dev.margin.store.Store;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.StatusViewModel;
import dev.margin.ui.common.TaskRunner;

import java.time.Clock;

/**
 * Everything the review views (annotations browser, actors, claims, statistics) are built from. Made once by
 * the application. {@code tasks} runs every query and change of these views off the FX thread.
 */
public record ReviewContext(Store store, ActorService actors, ClaimService claims, TaskRunner tasks, Messages messages,
                            StatusViewModel status, Clock clock, ArticleOpener opener) {
}
