package dev.margin.cli;

import dev.margin.service.ExportProgress.Stage;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The export progress lines: silent for a short export, then at most one line a second. */
class ProgressPrinterTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void silentForTwoSecondsThenOneLineASecond() {
        AtomicLong now = new AtomicLong(50 * SECOND);
        StringWriter err = new StringWriter();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(err), "margin export", now::get);

        printer.update(Stage.READING, 10, 400);
        now.addAndGet(SECOND);
        printer.update(Stage.READING, 100, 400);
        assertThat(err.toString()).as("a short export prints nothing").isEmpty();

        now.addAndGet(SECOND + 1);
        printer.update(Stage.READING, 250, 400);
        now.addAndGet(SECOND / 2);
        printer.update(Stage.READING, 300, 400);
        now.addAndGet(SECOND);
        printer.update(Stage.WRITING, 3_500_000, -1);

        assertThat(err.toString().lines()).containsExactly("margin export: read 250 of 400 articles", "margin export: wrote 3.5 MB");
    }
}
