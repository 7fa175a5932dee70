package dev.margin.ui.reader;

import dev.margin.domain.Article;
import dev.margin.service.LibraryService;
import dev.margin.ui.annotations.AnnotatingViewModel;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.StatusViewModel;
import dev.margin.ui.common.TaskRunner;

import java.util.function.Consumer;

/**
 * Opens articles for reading: loads an article and its annotations on the background thread and
 * hands them to the annotating view-model, then tells the window (which shows them in the article
 * view). Remembers which article is open, for the settings.
 */
public final class ReaderViewModel {
    private final LibraryService library;
    private final TaskRunner tasks;
    private final StatusViewModel status;
    private final Messages messages;
    private final AnnotatingViewModel annotating;
    private long requested = -1;

    public ReaderViewModel(LibraryService library, TaskRunner tasks, StatusViewModel status, Messages messages, AnnotatingViewModel annotating) {
        this.library = library;
        this.tasks = tasks;
        this.status = status;
        this.messages = messages;
        this.annotating = annotating;
    }

    /** Loads the article; {@code shown} gets it on the UI thread once the view-model holds its annotations. */
    public void open(long articleId, Consumer<Article> shown) {
        requested = articleId;
        tasks.submit(() -> library.read(articleId), loaded -> {
            if (requested != articleId) {
                return;
            }
            annotating.show(loaded.article(), loaded.annotations());
            shown.accept(loaded.article());
        }, error -> status.failed(messages.get("status.loading"), error));
    }

    /** Shows no article (the open one was deleted). */
    public void close() {
        requested = -1;
        annotating.clear();
    }

    /** The id of the article open (or being opened), or -1. */
    public long openArticleId() {
        return requested;
    }
}
