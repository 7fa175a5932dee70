package dev.margin.ui.claims;

import dev.margin.ui.review.AnnotationBrowserViewModel;
import dev.margin.ui.review.ModelTab;
import dev.margin.ui.review.ReviewContext;

/** The review window's claims tab: the counts and claims are re-read each time the tab is chosen. */
public final class ClaimsTab extends ModelTab<ClaimsViewModel> {
    /** The tab over {@code context}; it keeps its own status filter, not the browser's. */
    public ClaimsTab(ReviewContext context, AnnotationBrowserViewModel browser) {
        this(context, new ClaimsViewModel(context));
    }

    private ClaimsTab(ReviewContext context, ClaimsViewModel model) {
        super("reviewTabClaims", context.messages().get("review.tab.claims"), model, new ClaimsView(model, context.messages()));
    }

    @Override
    public void shown(boolean onScreen) {
        if (onScreen) {
            model().reload();
        }
    }
}
