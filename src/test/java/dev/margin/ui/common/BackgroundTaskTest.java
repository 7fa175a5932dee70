package dev.margin.ui.common;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The background-task type on both runners: the synchronous one of view-model tests, and the application's
 * {@link FxTaskRunner} with a plain thread standing in for the FX thread (so its pool and queue are real).
 */
class BackgroundTaskTest {
    private final ExecutorService uiThread = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "test-ui"));
    private final FxTaskRunner threaded = new FxTaskRunner(uiThread);

    @AfterEach
    void stop() {
        threaded.close();
        uiThread.shutdownNow();
    }

    @Test
    void progressAndTheResultReachTheHandlersOnTheUiThreadInOrder() throws Exception {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(1);
        BackgroundTask<String> task = BackgroundTask.<String>create(context -> {
            seen.add("work on " + Thread.currentThread().getName().replaceAll("-\\d+", ""));
            for (int i = 1; i <= 3; i++) {
                context.progress(i / 3.0, "step " + i);
                Thread.sleep(20);
            }
            return "result";
        }).onProgress(progress -> seen.add(progress.message() + " on " + Thread.currentThread().getName()))
                .onDone(() -> seen.add("done"))
                .onSuccess(result -> {
                    seen.add(result + " on " + Thread.currentThread().getName());
                    done.countDown();
                });

        threaded.run(task);

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).containsSubsequence("work on margin-worker", "step 3 on test-ui", "done", "result on test-ui");
        assertThat(seen).filteredOn(line -> line.startsWith("step")).allMatch(line -> line.endsWith("on test-ui"));
    }

    @Test
    void aTaskMonitorShowsProgressUntilTheTaskEnds() {
        TaskMonitor monitor = new TaskMonitor();
        List<String> messages = new ArrayList<>();
        monitor.messageProperty().addListener((observable, was, message) -> messages.add(message));
        BackgroundTask<Integer> task = monitor.watch(BackgroundTask.create(context -> {
            context.progress(0.5, "half way");
            assertThat(monitor.isRunning()).isTrue();
            return 2;
        }), BackgroundTask.INDETERMINATE, "starting");

        new SynchronousTaskRunner().run(task);

        assertThat(messages).containsExactly("starting", "half way");
        assertThat(monitor.progressProperty().get()).isEqualTo(0.5);
        assertThat(monitor.isRunning()).isFalse();
    }

    @Test
    void aCancelStopsTheWorkAtItsNextCheckAndEndsAsCancelled() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        List<String> outcome = Collections.synchronizedList(new ArrayList<>());
        TaskMonitor monitor = new TaskMonitor();
        BackgroundTask<Integer> task = BackgroundTask.<Integer>create(context -> {
            started.countDown();
            for (int step = 0; ; step++) {
                context.cancellation().check();
                context.progress(BackgroundTask.INDETERMINATE, "step " + step);
                Thread.sleep(5);
            }
        }).onSuccess(result -> outcome.add("success")).onFailure(failure -> outcome.add("failure"))
                .onCancelled(cancelled -> {
                    outcome.add("cancelled");
                    ended.countDown();
                });
        uiThread.submit(() -> threaded.run(monitor.watch(task, 0, "starting"))).get();

        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        uiThread.submit(() -> monitor.cancel("Cancelling")).get();

        assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(outcome).containsExactly("cancelled");
        assertThat(task.isCancelled()).isTrue();
        // No progress is shown after the cancel: the label keeps saying so until the task has stopped.
        assertThat(uiThread.submit(() -> monitor.messageProperty().get()).get()).isEqualTo("Cancelling");
        assertThat(uiThread.submit(monitor::isRunning).get()).isFalse();
    }

    @Test
    void workThatHonoursACancelByReturningEarlyKeepsItsPartialResult() {
        List<Integer> done = new ArrayList<>();
        AtomicReference<BackgroundTask<List<Integer>>> self = new AtomicReference<>();
        BackgroundTask<List<Integer>> task = BackgroundTask.create(context -> {
            List<Integer> items = new ArrayList<>();
            for (int i = 0; i < 5 && !context.cancellation().isCancelled(); i++) {
                items.add(i);
                if (i == 1) {
                    self.get().cancel();
                }
            }
            return items;
        });
        self.set(task);

        new SynchronousTaskRunner().run(task.onSuccess(done::addAll));

        assertThat(done).containsExactly(0, 1);
        assertThat(task.isCancelled()).isTrue();
    }

    @Test
    void aFailureReachesTheFailureHandlerAfterOnDone() {
        List<String> seen = new ArrayList<>();
        new SynchronousTaskRunner().run(BackgroundTask.create(context -> {
            throw new IOException("The disk is full");
        }).onDone(() -> seen.add("done")).onSuccess(result -> seen.add("success"))
                .onFailure(failure -> seen.add("failure: " + failure.getMessage())));

        assertThat(seen).containsExactly("done", "failure: The disk is full");
    }

    @Test
    void anErrorReachesTheFailureHandlerAndIsThrownOnNotSwallowed() {
        List<Throwable> failures = new ArrayList<>();
        OutOfMemoryError outOfMemory = new OutOfMemoryError("Java heap space");
        BackgroundTask<Object> task = BackgroundTask.create(context -> {
            throw outOfMemory;
        }).onFailure(failures::add);

        assertThatThrownBy(() -> new SynchronousTaskRunner().run(task)).isSameAs(outOfMemory);
        assertThat(failures).containsExactly(outOfMemory);

        List<Throwable> viaSubmit = new ArrayList<>();
        assertThatThrownBy(() -> new SynchronousTaskRunner().submit(() -> {
            throw outOfMemory;
        }, result -> { }, viaSubmit::add)).isSameAs(outOfMemory);
        assertThat(viaSubmit).containsExactly(outOfMemory);
    }

    @Test
    void onThePoolAnErrorReachesTheFailureHandlerOnTheUiThreadAndThePoolGoesOn() throws Exception {
        AtomicReference<String> handledOn = new AtomicReference<>();
        AtomicReference<Throwable> handled = new AtomicReference<>();
        CountDownLatch failed = new CountDownLatch(1);
        threaded.run(BackgroundTask.create(context -> {
            throw new OutOfMemoryError("Java heap space");
        }).onFailure(failure -> {
            handled.set(failure);
            handledOn.set(Thread.currentThread().getName());
            failed.countDown();
        }));
        assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(handled.get()).isInstanceOf(OutOfMemoryError.class);
        assertThat(handledOn.get()).isEqualTo("test-ui");

        for (int i = 0; i < 8; i++) {
            CountDownLatch ran = new CountDownLatch(1);
            threaded.run(BackgroundTask.create(context -> "after").onSuccess(result -> ran.countDown()));
            assertThat(ran.await(10, TimeUnit.SECONDS)).as("task %d after the error", i).isTrue();
        }
    }

    @Test
    void theStoreQueueRunsInOrderWhilePoolWorkWaits() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch poolStarted = new CountDownLatch(1);
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch queued = new CountDownLatch(3);
        threaded.run(BackgroundTask.create(context -> {
            poolStarted.countDown();
            return release.await(10, TimeUnit.SECONDS);
        }));
        assertThat(poolStarted.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 3; i++) {
            int number = i;
            threaded.submit(() -> number, value -> {
                order.add(value);
                queued.countDown();
            }, failure -> { });
        }

        assertThat(queued.await(10, TimeUnit.SECONDS)).as("store writes while the pool is busy").isTrue();
        assertThat(order).containsExactly(0, 1, 2);
        release.countDown();
    }

    @Test
    void aCancellationExceptionThroughSubmitIsAFailureAsBefore() {
        List<Throwable> failures = new ArrayList<>();
        new SynchronousTaskRunner().submit(() -> {
            throw new CancellationException("stopped");
        }, result -> { }, failures::add);
        assertThat(failures).singleElement().isInstanceOf(CancellationException.class);
    }
}
