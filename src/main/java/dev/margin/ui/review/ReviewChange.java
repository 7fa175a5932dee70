package dev.margin.ui.review;

import dev.margin.service.change.Change;
import dev.margin.service.change.ChangeEffect;
import dev.margin.ui.annotations.AnnotationChange;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A library {@link Change} made from the review window, on its undo history: the change itself (and its one
 * transaction) belongs to the service layer; this only adds the window's follow-up, which receives what the
 * change, its undo or its redo did, on the FX thread (to show the claim as stored, re-read the actors).
 */
public final class ReviewChange implements AnnotationChange {
    private final Change change;
    private final Consumer<ChangeEffect> followUp;
    private volatile ChangeEffect last;

    public ReviewChange(Change change, Consumer<ChangeEffect> followUp) {
        this.change = Objects.requireNonNull(change, "change");
        this.followUp = Objects.requireNonNull(followUp, "followUp");
    }

    @Override
    public String description() {
        return change.description();
    }

    @Override
    public ChangeEffect apply() {
        last = change.apply();
        return last;
    }

    @Override
    public ChangeEffect revert() {
        last = change.revert();
        return last;
    }

    @Override
    public void applied() {
        followUp.accept(last);
    }

    @Override
    public void reverted() {
        followUp.accept(last);
    }
}
