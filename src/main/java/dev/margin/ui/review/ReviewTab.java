package dev.margin.ui.review;

import javafx.scene.Node;

/**
 * One tab of the review window beside the annotations browser (actors, claims, statistics). The window
 * assembles the tabs it is given through this interface, so the features that fill them depend on the review
 * package and never the other way round.
 */
public interface ReviewTab {
    /** Makes a tab over the window's context; {@code browser} is the annotations browser, for tabs that follow its filter. */
    @FunctionalInterface
    interface Factory {
        ReviewTab create(ReviewContext context, AnnotationBrowserViewModel browser);
    }

    /** The node id of the tab, for tests and the keyboard ("reviewTabActors"). */
    String id();

    /** The tab's title, as the user reads it. */
    String title();

    /** What the tab shows; built once. */
    Node content();

    /** The tab was chosen ({@code true}: re-read what it shows) or left. */
    void shown(boolean onScreen);
}
