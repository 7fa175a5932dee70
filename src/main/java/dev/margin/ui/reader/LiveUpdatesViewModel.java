package dev.margin.ui.reader;

import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.read.RemoteChange;
import dev.margin.service.LibraryService;
import dev.margin.service.LiveUpdates;
import dev.margin.service.change.ChangeEffect;
import dev.margin.ui.annotations.AnnotatingViewModel;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.StatusViewModel;
import dev.margin.ui.common.TaskRunner;
import dev.margin.ui.library.LibraryViewModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;

/**
 * Brings others' changes to a team library into the open window without a reload: the open article's annotations
 * (added, changed, deleted, read again and compared), the library list, the actors and the review window; and says
 * in the status bar when the server is lost and when it is back, then tries the unsaved changes again and re-reads
 * what is shown (changes made meanwhile were not announced). Announcements arriving together are handled as one.
 */
public final class LiveUpdatesViewModel implements AutoCloseable {
    private final LiveUpdates live;
    private final LibraryService library;
    private final TaskRunner tasks;
    private final StatusViewModel status;
    private final Messages messages;
    private final AnnotatingViewModel annotating;
    private final LibraryViewModel libraryList;
    private final String libraryName;
    private final ConcurrentLinkedQueue<RemoteChange> arrived = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private LongConsumer reopenArticle = id -> { };
    private Runnable reviewStale = () -> { };
    private LiveUpdates.Subscription subscription;
    private boolean closed;

    public LiveUpdatesViewModel(LiveUpdates live, LibraryService library, TaskRunner tasks, StatusViewModel status,
                                Messages messages, AnnotatingViewModel annotating, LibraryViewModel libraryList, String libraryName) {
        this.live = live;
        this.library = library;
        this.tasks = tasks;
        this.status = status;
        this.messages = messages;
        this.annotating = annotating;
        this.libraryList = libraryList;
        this.libraryName = libraryName;
    }

    /** What re-opens the article shown (its text or title changed elsewhere). */
    public void setOnReopenArticle(LongConsumer reopen) {
        this.reopenArticle = reopen;
    }

    /** What re-reads the review window, when it is open. */
    public void setOnReviewStale(Runnable stale) {
        this.reviewStale = stale;
    }

    /** Subscribes, off the UI thread (it connects to the server); a local library has nothing to subscribe to. */
    public void start() {
        if (!live.isShared()) {
            return;
        }
        tasks.submit(() -> live.subscribe(new LiveUpdates.Listener() {
            @Override
            public void changed(List<RemoteChange> changes) {
                arrived.addAll(changes);
                if (flushScheduled.compareAndSet(false, true)) {
                    tasks.onUi(LiveUpdatesViewModel.this::flush);
                }
            }

            @Override
            public void connectionLost(String message) {
                tasks.onUi(() -> status.connectionLost(message));
            }

            @Override
            public void connectionRestored() {
                tasks.onUi(LiveUpdatesViewModel.this::restored);
            }
        }), made -> {
            if (closed) {
                made.close();
            } else {
                subscription = made;
            }
        }, error -> status.failed(messages.get("live.subscribe"), error));
    }

    private void restored() {
        status.connectionRestored(messages.get("status.connectionRestored", libraryName));
        annotating.commands().retryUnsaved();
        Article open = annotating.articleProperty().get();
        if (open != null) {
            reopenArticle.accept(open.id());
        }
        libraryList.refresh();
        reloadActors();
        reviewStale.run();
    }

    private void flush() {
        flushScheduled.set(false);
        List<RemoteChange> changes = new ArrayList<>();
        for (RemoteChange change; (change = arrived.poll()) != null; ) {
            changes.add(change);
        }
        if (closed || changes.isEmpty()) {
            return;
        }
        Article open = annotating.articleProperty().get();
        boolean articles = false;
        boolean actors = false;
        boolean openAnnotations = false;
        boolean openArticle = false;
        for (RemoteChange change : changes) {
            switch (change.subject()) {
                case ARTICLE -> {
                    articles = true;
                    openArticle |= open != null && change.articleId() == open.id();
                }
                case ACTOR -> actors = true;
                case ANNOTATION -> openAnnotations |= open != null && change.articleId() == open.id();
            }
        }
        if (openArticle) {
            reopenArticle.accept(open.id());
        } else if (openAnnotations) {
            rereadAnnotations(open.id());
        }
        if (articles || openAnnotations) {
            libraryList.refresh();
        }
        if (actors) {
            reloadActors();
        }
        reviewStale.run();
    }

    /** Reads the open article's annotations again and shows the difference. */
    private void rereadAnnotations(long articleId) {
        tasks.submit(() -> library.read(articleId).annotations(), fresh -> {
            Article open = annotating.articleProperty().get();
            if (open == null || open.id() != articleId) {
                return;
            }
            ChangeEffect effect = difference(annotating.annotations(), fresh);
            if (!effect.added().isEmpty() || !effect.changed().isEmpty() || !effect.removed().isEmpty()) {
                annotating.applyRemote(effect);
            }
        }, error -> status.failed(messages.get("status.loading"), error));
    }

    /** What turns {@code shown} into {@code fresh}. */
    static ChangeEffect difference(List<Annotation> shown, List<Annotation> fresh) {
        Map<UUID, Annotation> before = new HashMap<>();
        shown.forEach(a -> before.put(a.id(), a));
        List<Annotation> added = new ArrayList<>();
        List<Annotation> changed = new ArrayList<>();
        for (Annotation now : fresh) {
            Annotation was = before.remove(now.id());
            if (was == null) {
                added.add(now);
            } else if (!Objects.equals(was, now)) {
                changed.add(now);
            }
        }
        return new ChangeEffect(added, changed, List.copyOf(before.keySet()), false);
    }

    private void reloadActors() {
        annotating.actors().reload(() -> { }, error -> status.failed(messages.get("status.loading"), error));
    }

    @Override
    public void close() {
        closed = true;
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }
}
