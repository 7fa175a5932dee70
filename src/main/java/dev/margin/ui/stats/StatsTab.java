package dev.margin.ui.stats;

import dev.margin.ui.review.AnnotationBrowserViewModel;
import dev.margin.ui.review.ReviewContext;
import dev.margin.ui.review.ReviewTab;
import javafx.scene.Node;

/** The review window's statistics tab: it counts only while on screen, over the library or the browser's filter. */
public final class StatsTab implements ReviewTab {
    private final ReviewContext context;
    private final StatsViewModel model;
    private final StatsView view;

    public StatsTab(ReviewContext context, AnnotationBrowserViewModel browser) {
        this.context = context;
        this.model = new StatsViewModel(context, browser.appliedFilterProperty());
        this.view = new StatsView(model, context.messages());
    }

    @Override
    public String id() {
        return "reviewTabStats";
    }

    @Override
    public String title() {
        return context.messages().get("review.tab.stats");
    }

    @Override
    public Node content() {
        return view;
    }

    @Override
    public void shown(boolean onScreen) {
        model.setShown(onScreen);
    }

    public StatsViewModel model() {
        return model;
    }
}
