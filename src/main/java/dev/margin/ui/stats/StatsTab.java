package dev.margin.ui.stats;

import dev.margin.ui.review.AnnotationBrowserViewModel;
import dev.margin.ui.review.ModelTab;
import dev.margin.ui.review.ReviewContext;

/** The review window's statistics tab: it counts only while on screen, over the library or the browser's filter. */
public final class StatsTab extends ModelTab<StatsViewModel> {
    /** The tab over {@code context}, counting over the browser's applied filter. */
    public StatsTab(ReviewContext context, AnnotationBrowserViewModel browser) {
        this(context, new StatsViewModel(context, browser.appliedFilterProperty()));
    }

    private StatsTab(ReviewContext context, StatsViewModel model) {
        super("reviewTabStats", context.messages().get("review.tab.stats"), model, new StatsView(model, context.messages()));
    }

    @Override
    public void shown(boolean onScreen) {
        model().setShown(onScreen);
    }
}
