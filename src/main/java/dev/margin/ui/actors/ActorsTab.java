package dev.margin.ui.actors;

import dev.margin.ui.review.AnnotationBrowserViewModel;
import dev.margin.ui.review.ReviewContext;
import dev.margin.ui.review.ReviewTab;
import javafx.scene.Node;

/** The review window's actors tab: the actors are re-read each time the tab is chosen. */
public final class ActorsTab implements ReviewTab {
    private final ReviewContext context;
    private final ActorsViewModel model;
    private final ActorsView view;

    /** The tab over {@code context}; it does not follow the browser's filter. */
    public ActorsTab(ReviewContext context, AnnotationBrowserViewModel browser) {
        this.context = context;
        this.model = new ActorsViewModel(context);
        this.view = new ActorsView(model, context.messages());
    }

    @Override
    public String id() {
        return "reviewTabActors";
    }

    @Override
    public String title() {
        return context.messages().get("review.tab.actors");
    }

    @Override
    public Node content() {
        return view;
    }

    @Override
    public void shown(boolean onScreen) {
        if (onScreen) {
            model.reload();
        }
    }

    public ActorsViewModel model() {
        return model;
    }
}
