package dev.margin.ui.common;

import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/** A task's failure goes to its caller once; an Error also goes on to the uncaught handler, which logs it as fatal. */
class FxTaskRunnerTest {
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Logger logger = Logger.getLogger(FxTaskRunner.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord logRecord) {
            logged.add(logRecord);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private FxTaskRunner tasks;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void listen() {
        logger.addHandler(capture);
        tasks = new FxTaskRunner();
    }

    @AfterEach
    void stop() {
        tasks.close();
        logger.removeHandler(capture);
    }

    @Test
    void anExceptionGoesToTheCallerOnTheFxThreadAndIsNotLoggedHere() throws Exception {
        CompletableFuture<Boolean> onFxThread = new CompletableFuture<>();
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        tasks.submit(() -> {
            throw new IllegalArgumentException("no such article");
        }, result -> { }, error -> {
            onFxThread.complete(Platform.isFxApplicationThread());
            failure.complete(error);
        });

        assertThat(failure.get(10, TimeUnit.SECONDS)).hasMessage("no such article");
        assertThat(onFxThread.get()).isTrue();
        assertThat(logged).as("the caller's status bar logs what it shows; the runner does not log it a second time").isEmpty();
    }

    @Test
    void anErrorReachesTheCallerAndIsLoggedAsFatalAndTheRunnerGoesOn() throws Exception {
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        tasks.submit(() -> {
            throw new OutOfMemoryError("planted by the test");
        }, result -> { }, failure::complete);

        assertThat(failure.get(10, TimeUnit.SECONDS)).isInstanceOf(OutOfMemoryError.class);
        CompletableFuture<String> next = new CompletableFuture<>();
        tasks.submit(() -> "still running", next::complete, next::completeExceptionally);
        assertThat(next.get(10, TimeUnit.SECONDS)).isEqualTo("still running");
        // the dying worker's uncaught handler may run after its replacement has done the next task
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !logged.isEmpty());
        assertThat(logged).singleElement().satisfies(entry -> {
            assertThat(entry.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(entry.getMessage()).contains("FATAL");
            assertThat(entry.getThrown()).isInstanceOf(OutOfMemoryError.class).hasMessage("planted by the test");
        });
    }
}
