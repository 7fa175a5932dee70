package dev.margin.ui.library;

import dev.margin.domain.ArticleAssessment;
import dev.margin.domain.ArticleSummary;
import dev.margin.service.LibraryServices;
import dev.margin.ui.annotations.AnnotationChange;
import dev.margin.ui.annotations.CommandStack;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.StatusViewModel;
import dev.margin.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The library pane's state: every article with its annotation counts, the filter typed above the
 * list, and the article chosen. Loading and deleting run on the background thread; deleting can be undone.
 */
public final class LibraryViewModel {
    private final LibraryServices services;
    private final TaskRunner tasks;
    private final StatusViewModel status;
    private final Messages messages;
    private final CommandStack commands;
    private final ObservableList<ArticleSummary> articles = FXCollections.observableArrayList();
    private final FilteredList<ArticleSummary> visible = new FilteredList<>(articles, summary -> true);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<ArticleSummary> selected = new SimpleObjectProperty<>();
    private final BooleanBinding empty = Bindings.isEmpty(articles);
    private final BooleanBinding nothingMatches;

    /** {@code commands} is the window's undo history, which deleting an article joins. */
    public LibraryViewModel(LibraryServices services, TaskRunner tasks, StatusViewModel status, Messages messages, CommandStack commands) {
        this.services = services;
        this.tasks = tasks;
        this.status = status;
        this.messages = messages;
        this.commands = commands;
        filter.addListener((observable, old, text) -> visible.setPredicate(summary -> matches(summary, text)));
        nothingMatches = Bindings.createBooleanBinding(() -> !articles.isEmpty() && visible.isEmpty(), articles, visible);
    }

    /**
     * True when every word of {@code filter} appears in the article's title, outlet or byline, or in the user's note,
     * tags or verdict on it, ignoring case.
     */
    public static boolean matches(ArticleSummary summary, String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        ArticleAssessment assessment = summary.assessment();
        String haystack = String.join(" ", summary.title(), summary.outlet(), summary.byline(), assessment.note(),
                String.join(" ", assessment.tags()), assessment.verdict() == null ? "" : assessment.verdict().word().replace('-', ' '))
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(filter.toLowerCase(Locale.ROOT).strip().split("\\s+")).allMatch(haystack::contains);
    }

    /** Reloads the list from the store; {@code then} runs afterwards on the UI thread. */
    public void refresh(Runnable then) {
        tasks.submit(() -> services.library().summaries(), summaries -> {
            replaceKeepingSelection(summaries);
            then.run();
        }, error -> status.failed(messages.get("status.loading"), error));
    }

    public void refresh() {
        refresh(() -> { });
    }

    private void replaceKeepingSelection(List<ArticleSummary> summaries) {
        Long selectedId = selected.get() == null ? null : selected.get().id();
        articles.setAll(summaries);
        if (selectedId != null) {
            selected.set(summaries.stream().filter(s -> s.id() == selectedId).findFirst().orElse(null));
        }
    }

    /**
     * Deletes the article with its annotations, as a change on the window's undo history: undo brings it
     * back and selects it, redo deletes it again.
     */
    public void delete(ArticleSummary article) {
        String title = article.title().isBlank() ? messages.get("library.untitled") : article.title();
        long id = article.id();
        commands.perform(AnnotationChange.following(services.changes().deleteArticle(messages.get("change.deleteArticle", title), id),
                () -> articleDeleted(id, title), () -> articleRestored(id, title)));
    }

    /** After the article was deleted (or deleted again by redo): leaves it and reloads the list. */
    private void articleDeleted(long articleId, String title) {
        if (selected.get() != null && selected.get().id() == articleId) {
            selected.set(null);
        }
        status.info(messages.get("library.deleted", title));
        refresh();
    }

    /** After an undone delete: reloads the list and selects the article again, which opens it. */
    private void articleRestored(long articleId, String title) {
        status.info(messages.get("library.restored", title));
        refresh(() -> select(articleId));
    }

    /** Selects the article with this id once it is in the list. */
    public void select(long articleId) {
        articles.stream().filter(s -> s.id() == articleId).findFirst().ifPresent(selected::set);
    }

    public ObservableList<ArticleSummary> visibleArticles() {
        return visible;
    }

    public ObservableList<ArticleSummary> allArticles() {
        return articles;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<ArticleSummary> selectedProperty() {
        return selected;
    }

    public BooleanBinding emptyBinding() {
        return empty;
    }

    public BooleanBinding nothingMatchesBinding() {
        return nothingMatches;
    }
}
