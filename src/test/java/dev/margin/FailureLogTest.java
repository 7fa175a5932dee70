package dev.margin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;

import static org.assertj.core.api.Assertions.assertThat;

class FailureLogTest {
    @TempDir
    Path dir;

    private Thread.UncaughtExceptionHandler before;
    private Handler handler;

    @BeforeEach
    void remember() {
        before = Thread.getDefaultUncaughtExceptionHandler();
    }

    @AfterEach
    void restore() {
        if (handler != null) {
            FailureLog.uninstall(handler);
        }
        Thread.setDefaultUncaughtExceptionHandler(before);
    }

    @Test
    void aLoggedFailureLandsInTheFileWithItsCause() throws Exception {
        handler = FailureLog.install(dir.resolve("logs"), FailureLog.LIMIT_BYTES, FailureLog.FILES);
        System.getLogger("dev.margin.ui.Somewhere").log(System.Logger.Level.WARNING, "Saving the quote failed",
                new IllegalStateException("disk full"));
        handler.flush();

        String log = Files.readString(dir.resolve("logs/margin-0.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("WARNING dev.margin.ui.Somewhere: Saving the quote failed", "IllegalStateException: disk full",
                "at dev.margin.FailureLogTest");
    }

    @Test
    void anErrorNobodyCaughtIsLoggedAsFatal() throws Exception {
        handler = FailureLog.install(dir.resolve("logs"), FailureLog.LIMIT_BYTES, FailureLog.FILES);
        Thread worker = new Thread(() -> {
            throw new OutOfMemoryError("planted by the test");
        }, "margin-test-worker");
        worker.start();
        worker.join();
        handler.flush();

        assertThat(Files.readString(dir.resolve("logs/margin-0.log"), StandardCharsets.UTF_8))
                .contains("SEVERE", "FATAL: uncaught in thread \"margin-test-worker\"", "java.lang.OutOfMemoryError: planted by the test");
    }

    @Test
    void theFilesRollOverAndTheOldestIsDropped() throws Exception {
        handler = FailureLog.install(dir.resolve("logs"), 2_000, 3);
        System.Logger logger = System.getLogger("dev.margin.test");
        for (int i = 0; i < 200; i++) {
            logger.log(System.Logger.Level.INFO, "entry " + i + " " + "x".repeat(100));
        }
        handler.flush();

        assertThat(dir.resolve("logs/margin-0.log")).exists();
        assertThat(dir.resolve("logs/margin-2.log")).exists();
        assertThat(dir.resolve("logs/margin-3.log")).doesNotExist();
        assertThat(Files.readString(dir.resolve("logs/margin-0.log"))).contains("entry 199");
    }
}
