package dev.margin.reliability;

import dev.margin.domain.Article;
import dev.margin.service.BackupService;
import dev.margin.service.BackupService.RestoreResult;
import dev.margin.store.sqlite.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restores while another process saves every 10 ms, several within the same second: every restore keeps its own
 * copy of the library as it was (none overwritten), and every save the other process had acknowledged is afterwards
 * either in the library or in one of those copies; all of them pass integrity_check.
 */
class RestoreUnderWriterTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(180)
    void noAcknowledgedSaveIsLostAndEveryPreviousLibraryIsKept() throws Exception {
        Path library = dir.resolve("margin.db");
        Article article = Libraries.create(library, 40);
        Path backup = dir.resolve("monday.db");
        // One instant for every restore: they all fall in the same second.
        Clock sameSecond = Clock.fixed(Instant.parse("2026-03-05T12:00:00Z"), ZoneOffset.UTC);
        List<Path> previous = new ArrayList<>();
        Set<UUID> inBackup;
        try (SqliteStore store = SqliteStore.open(library)) {
            BackupService service = new BackupService(store, sameSecond);
            service.backup(backup);
            inBackup = Libraries.soundAnnotationIds(backup);
            try (ChildProcess writer = ChildProcess.start(dir, PacedWriter.class, library.toString(), Long.toString(article.id()), "10", "60", "during")) {
                writer.awaitLine("ready", 60);
                for (int round = 0; round < 5; round++) {
                    writer.awaitSaves(writer.saved().size() + 15, 60);
                    RestoreResult result = service.restore(backup);
                    previous.add(result.previousLibrary());
                }
                writer.awaitSaves(writer.saved().size() + 15, 60);
                writer.kill();
                writer.finish(30);
                assertThat(writer.lines()).as("no save refused").noneMatch(line -> line.startsWith("refused"));
                Set<UUID> everywhere = new HashSet<>(Libraries.soundAnnotationIds(library));
                assertThat(everywhere).containsAll(inBackup);
                for (Path copy : previous) {
                    everywhere.addAll(Libraries.soundAnnotationIds(copy));
                }
                assertThat(everywhere).as("every acknowledged save, in the library or a previous copy").containsAll(writer.saved());
            }
        }
        assertThat(previous).doesNotHaveDuplicates().allSatisfy(path -> assertThat(path).isRegularFile());
        assertThat(previous.get(0).getFileName().toString()).isEqualTo("margin.db.before-restore-20260305-120000.db");
        assertThat(previous.get(1).getFileName().toString()).isEqualTo("margin.db.before-restore-20260305-120000-2.db");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains(".restore-") || name.endsWith(".part"));
        }
    }
}
