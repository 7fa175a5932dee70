package dev.margin.ui.actors;

import dev.margin.ui.review.AnnotationBrowserViewModel;
import dev.margin.ui.review.ModelTab;
import dev.margin.ui.review.ReviewContext;

/** The review window's actors tab: the actors are re-read each time the tab is chosen. */
public final class ActorsTab extends ModelTab<ActorsViewModel> {
    /** The tab over {@code context}; it does not follow the browser's filter. */
    public ActorsTab(ReviewContext context, AnnotationBrowserViewModel browser) {
        this(context, new ActorsViewModel(context));
    }

    private ActorsTab(ReviewContext context, ActorsViewModel model) {
        super("reviewTabActors", context.messages().get("review.tab.actors"), model, new ActorsView(model, context.messages()));
    }

    @Override
    public void shown(boolean onScreen) {
        if (onScreen) {
            model().reload();
        }
    }
}
