package dev.margin.ui.review;

import dev.margin.domain.read.AnnotationFilter;
import dev.margin.domain.read.SavedFilter;
import dev.margin.ui.common.Messages;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Set;
import java.util.function.Consumer;

/** The annotations browser's saved filters: listing, saving the current filter by name, opening, deleting. */
public final class SavedFiltersViewModel {
    private final ReviewContext context;
    private final Messages messages;
    private final AnnotationBrowserViewModel browser;
    private final ObservableList<SavedFilter> savedFilters = FXCollections.observableArrayList();

    public SavedFiltersViewModel(ReviewContext context, AnnotationBrowserViewModel browser) {
        this.context = context;
        this.messages = context.messages();
        this.browser = browser;
    }

    public void reload() {
        context.tasks().submit(() -> context.queries().savedFilters(), savedFilters::setAll,
                error -> context.status().failed(messages.get("review.loadFilters"), error));
    }

    /** Saves the browser's current filter under {@code name}; {@code done} gets the saved filter. */
    public void save(String name, Consumer<SavedFilter> done) {
        AnnotationFilter filter = browser.filter();
        context.tasks().submit(() -> context.queries().saveFilter(name, filter), saved -> {
            context.status().saved(messages.get("review.filterSaved", saved.name()));
            reload();
            done.accept(saved);
        }, error -> context.status().failed(messages.get("review.saveFilter"), error));
    }

    /** Sets the browser to the saved filter; the actor it names is looked up so the actor field can show it. */
    public void open(SavedFilter saved) {
        Long wanted = saved.filter().actorId();
        if (wanted == null) {
            browser.apply(saved.filter(), null);
            return;
        }
        context.tasks().submit(() -> context.queries().actorSummary(wanted).orElse(null),
                summary -> browser.apply(summary == null ? saved.filter().withActor(null, Set.of()) : saved.filter(), summary),
                error -> context.status().failed(messages.get("review.openFilter"), error));
    }

    public void delete(SavedFilter saved) {
        context.tasks().submit(() -> {
            context.queries().deleteSavedFilter(saved.id());
            return saved;
        }, deleted -> reload(), error -> context.status().failed(messages.get("review.deleteFilter"), error));
    }

    public ObservableList<SavedFilter> savedFilters() {
        return savedFilters;
    }
}
