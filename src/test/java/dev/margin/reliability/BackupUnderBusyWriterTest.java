package dev.margin.reliability;

import dev.margin.domain.Article;
import dev.margin.service.BackupService;
import dev.margin.service.Cancellation;
import dev.margin.store.sqlite.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Backups while another process saves every 10 ms: each finishes in bounded time (a backup copied in small steps
 * restarted after every save and never ended), is a sound library holding every save acknowledged before it began,
 * and leaves nothing but the backup file (no {@code .part}, {@code -wal} or {@code -shm}).
 */
class BackupUnderBusyWriterTest {
    private static final Duration BOUND = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    @Timeout(180)
    void backupsFinishInBoundedTimeWithEveryEarlierSave() throws Exception {
        Path library = dir.resolve("margin.db");
        Article article = Libraries.create(library, 200);
        Path backups = Files.createDirectories(dir.resolve("backups"));
        try (ChildProcess writer = ChildProcess.start(dir, PacedWriter.class, library.toString(), Long.toString(article.id()), "10", "60", "busy");
             SqliteStore store = SqliteStore.open(library)) {
            writer.awaitLine("ready", 60);
            writer.awaitSaves(30, 60);
            BackupService service = new BackupService(store, Clock.systemUTC());
            for (int round = 0; round < 3; round++) {
                Set<UUID> acknowledgedBefore = new HashSet<>(writer.saved());
                Path backup = backups.resolve("backup-" + round + ".db");
                List<long[]> progress = new ArrayList<>();
                long started = System.nanoTime();

                service.backup(backup, (done, total) -> progress.add(new long[] {done, total}), new Cancellation());

                Duration took = Duration.ofNanos(System.nanoTime() - started);
                assertThat(took).as("backup %d took %s", round, took).isLessThan(BOUND);
                assertThat(progress).as("progress heard").isNotEmpty();
                assertThat(Libraries.soundAnnotationIds(backup)).containsAll(acknowledgedBefore);
                int before = writer.saved().size();
                writer.awaitSaves(before + 10, 30);
            }
            writer.kill();
            writer.finish(30);
            assertThat(Libraries.soundAnnotationIds(library)).containsAll(writer.saved());
        }
        try (var files = Files.list(backups)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("backup-0.db", "backup-1.db", "backup-2.db");
        }
    }

    @Test
    @Timeout(60)
    void aCancelledBackupLeavesTheEarlierBackupAndNoTemporaryFile() throws Exception {
        Path library = dir.resolve("margin.db");
        Libraries.create(library, 300);
        Path backups = Files.createDirectories(dir.resolve("backups"));
        Path backup = Files.writeString(backups.resolve("backup.db"), "yesterday's backup");
        try (SqliteStore store = SqliteStore.open(library)) {
            Cancellation cancellation = new Cancellation();
            AtomicLong heard = new AtomicLong();
            cancellation.cancel();

            assertThatThrownBy(() -> new BackupService(store, Clock.systemUTC()).backup(backup, (done, total) -> heard.incrementAndGet(), cancellation))
                    .isInstanceOf(CancellationException.class);
        }
        assertThat(Files.readString(backup)).isEqualTo("yesterday's backup");
        try (var files = Files.list(backups)) {
            assertThat(files).containsExactly(backup);
        }
    }
}
