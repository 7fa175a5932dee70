package dev.margin.store.postgres;

import dev.margin.domain.Annotation;
import dev.margin.service.LibraryServices;
import dev.margin.store.sqlite.StoreFixtures;
import dev.margin.ui.annotations.AnnotationChange;
import dev.margin.ui.annotations.CommandStack;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.StatusViewModel;
import dev.margin.ui.common.SynchronousTaskRunner;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the fault tests share: a window's way of saving (the service's changes through a {@link CommandStack}, as the
 * reader makes a highlight) run in a loop on a thread of its own while the test breaks the server or the network,
 * and the checks afterwards. A save is acknowledged when the command stack recorded it as made (its effect came
 * back); one that failed because the server could not be reached is kept as unsaved for retry, and any other failure
 * is counted. After the fault, {@link #retryAndCheck} retries the unsaved ones as the window does when the
 * connection is back, and checks the database itself (over a direct connection, not Margin's).
 */
final class SavesUnderFault {
    private static final String[] WORDS = {"Adaeze Okafor", "budget cycle", "Ibadan", "transport minister"};

    private final LibraryServices services;
    private final long articleId;
    private final CommandStack commands;
    private final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
    private final List<String> otherFailures = new ArrayList<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger keptAsUnsaved = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean();
    private Thread thread;

    SavesUnderFault(PostgresStore store, long articleId) {
        this.services = LibraryServices.over(store, Clock.systemUTC());
        this.articleId = articleId;
        Messages messages = Messages.forLocale(Locale.ROOT);
        StatusViewModel status = new StatusViewModel(messages);
        this.commands = new CommandStack(new SynchronousTaskRunner(), status, messages,
                effect -> effect.added().forEach(annotation -> acknowledged.add(annotation.id())));
    }

    /** Starts saving a highlight every few milliseconds until {@link #stop()}. */
    void start() {
        running.set(true);
        thread = new Thread(() -> {
            try {
                while (running.get()) {
                    save();
                    Thread.sleep(3);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                synchronized (otherFailures) {
                    otherFailures.add("the saving thread stopped: " + e);
                }
            }
        }, "saves-under-fault");
        thread.start();
    }

    /** One save, as the window makes it (on this thread: the task runner is synchronous). */
    void save() {
        int n = attempts.incrementAndGet();
        Annotation requested = StoreFixtures.highlight(articleId, WORDS[n % WORDS.length]);
        int unsavedBefore = commands.unsavedProperty().get();
        commands.perform(AnnotationChange.following(services.changes().createAnnotation("highlight " + n, requested, null),
                () -> { }, () -> { }, error -> {
                    synchronized (otherFailures) {
                        otherFailures.add(n + ": " + error);
                    }
                }));
        if (commands.unsavedProperty().get() > unsavedBefore) {
            keptAsUnsaved.incrementAndGet();
        }
    }

    void stop() throws InterruptedException {
        running.set(false);
        thread.join(60_000);
        assertThat(thread.isAlive()).as("the saving thread finished (no save hangs)").isFalse();
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    int keptAsUnsaved() {
        return keptAsUnsaved.get();
    }

    /**
     * Retries what is kept as unsaved (until it is saved, the server answering again), then checks: every change
     * ever acknowledged is in the database; nothing failed other than by the connection; every change made was in
     * the end acknowledged. Returns the report line (rows the database holds beyond the changes made: commits whose
     * answer was lost on the way, saved once more by the retry).
     */
    String retryAndCheck(PostgresTestServer server, String database) throws Exception {
        int keptBeforeRetry = commands.unsavedProperty().get();
        for (int round = 0; round < 20 && commands.unsavedProperty().get() > 0; round++) {
            commands.retryUnsaved();
            if (commands.unsavedProperty().get() > 0) {
                Thread.sleep(500);
            }
        }
        assertThat(commands.unsavedProperty().get()).as("every unsaved change saved by the retry").isZero();
        Set<UUID> stored = new HashSet<>();
        try (Connection connection = server.connect(database, PostgresTestServer.SUPERUSER);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM margin.annotation WHERE article_id = " + articleId)) {
            while (rows.next()) {
                stored.add(UUID.fromString(rows.getString(1)));
            }
        }
        Set<UUID> lost = new HashSet<>(acknowledged);
        lost.removeAll(stored);
        assertThat(lost).as("acknowledged saves missing from the database").isEmpty();
        synchronized (otherFailures) {
            assertThat(otherFailures).as("saves that failed other than by the lost connection").isEmpty();
        }
        assertThat(acknowledged).as("every change made is acknowledged in the end").hasSize(attempts.get());
        // a commit whose answer was lost and that the history then retried must not be saved twice
        assertThat(stored).as("one row per change made, none saved twice").hasSize(attempts.get());
        return "saves: " + attempts.get() + ", kept as unsaved during the fault: " + keptAsUnsaved.get()
                + " (still unsaved when retried: " + keptBeforeRetry + "), rows stored: " + stored.size();
    }
}
