package dev.margin.ui.claims;

import dev.margin.ui.review.AnnotationBrowserViewModel;
import dev.margin.ui.review.ReviewContext;
import dev.margin.ui.review.ReviewTab;
import javafx.scene.Node;

/** The review window's claims tab: the counts and claims are re-read each time the tab is chosen. */
public final class ClaimsTab implements ReviewTab {
    private final ReviewContext context;
    private final ClaimsViewModel model;
    private final ClaimsView view;

    /** The tab over {@code context}; it keeps its own status filter, not the browser's. */
    public ClaimsTab(ReviewContext context, AnnotationBrowserViewModel browser) {
        this.context = context;
        this.model = new ClaimsViewModel(context);
        this.view = new ClaimsView(model, context.messages());
    }

    @Override
    public String id() {
        return "reviewTabClaims";
    }

    @Override
    public String title() {
        return context.messages().get("review.tab.claims");
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

    public ClaimsViewModel model() {
        return model;
    }
}
