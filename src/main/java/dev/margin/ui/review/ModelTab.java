package dev.margin.ui.review;

import javafx.scene.Node;

/**
 * A review tab made of one view-model and the view built over it: what the actors, claims and statistics tabs
 * share. Each says only how it is made and what it does when chosen.
 */
public abstract class ModelTab<M> implements ReviewTab {
    private final String id;
    private final String title;
    private final M model;
    private final Node view;

    protected ModelTab(String id, String title, M model, Node view) {
        this.id = id;
        this.title = title;
        this.model = model;
        this.view = view;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final Node content() {
        return view;
    }

    public final M model() {
        return model;
    }
}
