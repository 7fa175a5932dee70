package dev.margin.ui.reader;

import dev.margin.domain.Article;
import dev.margin.service.LibraryService.ArticleWithAnnotations;
import dev.margin.service.LibraryService;
import dev.margin.ui.annotations.AnnotatingViewModel;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.StatusViewModel;
import dev.margin.ui.common.TaskRunner;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

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
    private ArticleWithAnnotations preloaded;

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
        ArticleWithAnnotations ready = preloaded;
        preloaded = null;
        if (ready != null && ready.article().id() == articleId) {
            show(ready, shown);
            return;
        }
        tasks.submit(() -> library.read(articleId), loaded -> {
            if (requested != articleId) {
                return;
            }
            show(loaded, shown);
        }, error -> status.failed(messages.get("status.loading"), error));
    }

    private void show(ArticleWithAnnotations loaded, Consumer<Article> shown) {
        annotating.show(loaded.article(), loaded.annotations());
        shown.accept(loaded.article());
    }

    /**
     * Reads, on the background thread after the work queued before it, the article {@code articleId} names there (a
     * negative id: none), so that the {@link #open} of it that follows needs no second trip to the store: the window
     * asks for its last article this way while it is being shown. {@code then} runs on the UI thread afterwards,
     * whether the article was read or not (an article that cannot be read is left to {@code open}, which says why).
     */
    public void preload(LongSupplier articleId, Runnable then) {
        tasks.submit(() -> {
            long id = articleId.getAsLong();
            return id < 0 ? Optional.<ArticleWithAnnotations>empty() : Optional.of(library.read(id));
        }, loaded -> {
            preloaded = loaded.orElse(null);
            then.run();
        }, error -> then.run());
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
