package dev.margin.service;

import dev.margin.domain.Annotation;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.store.sqlite.StoreFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackupServiceTest {
    @TempDir
    Path dir;
    private SqliteStore store;
    private ExportLibraryFixture fixture;
    private BackupService backups;

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("library.db"));
        fixture = new ExportLibraryFixture(store);
        backups = new BackupService(store, new TickingClock(Instant.parse("2026-03-05T12:00:00Z")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void backupWhileTheLibraryIsOpenIsACompleteLibrary() throws IOException {
        Path backup = dir.resolve("backup.margin");

        long size = backups.backup(backup);

        assertThat(size).isEqualTo(Files.size(backup)).isPositive();
        try (SqliteStore copy = SqliteStore.open(backup)) {
            assertThat(copy.integrityCheck()).isEqualTo("ok");
            assertThat(copy.articles().count()).isEqualTo(3);
            assertThat(copy.annotations().count()).isEqualTo(store.annotations().count());
            assertThat(copy.articles().revisionText(fixture.rail.id(), 1)).isPresent();
        }
        store.articles().delete(fixture.port.id());
        assertThat(store.articles().count()).isEqualTo(2);
    }

    @Test
    void backupWhileAnotherThreadKeepsWritingGivesAConsistentCopy() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        Thread writer = new Thread(() -> {
            while (writing.get()) {
                store.annotations().insert(Annotation.highlight(fixture.port.id(), fixture.port.revision(),
                        StoreFixtures.anchorOn(fixture.port.text(), "Shipping lines"), StoreFixtures.T0));
                written.incrementAndGet();
            }
        }, "library-writer");
        writer.start();
        try {
            while (written.get() < 20) {
                Thread.onSpinWait();
            }
            for (int round = 0; round < 3; round++) {
                Path backup = dir.resolve("during-" + round + ".margin");
                backups.backup(backup);
                try (SqliteStore copy = SqliteStore.open(backup)) {
                    assertThat(copy.integrityCheck()).isEqualTo("ok");
                    assertThat(copy.annotations().count()).isBetween(8, store.annotations().count());
                }
            }
        } finally {
            writing.set(false);
            writer.join();
        }
        assertThat(written.get()).isGreaterThan(20);
    }

    @Test
    void restoreReplacesTheLibraryAndTheOpenStoreSeesIt() throws IOException {
        Path backup = dir.resolve("backup.margin");
        backups.backup(backup);
        store.articles().delete(fixture.port.id());
        int annotationsAfterDelete = store.annotations().count();

        BackupService.RestoreResult result = backups.restore(backup);

        assertThat(store.articles().count()).isEqualTo(3);
        assertThat(store.annotations().count()).isGreaterThan(annotationsAfterDelete);
        assertThat(store.articles().find(fixture.port.id())).isPresent();
        assertThat(store.integrityCheck()).isEqualTo("ok");
        try (SqliteStore before = SqliteStore.open(result.previousLibrary())) {
            assertThat(before.articles().count()).isEqualTo(2);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".restore-"));
        }
    }

    @Test
    void aFileThatIsNotALibraryIsRefusedAndTheLibraryIsUnchanged() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "These are my notes, not a database.\n".repeat(50));

        assertThatThrownBy(() -> backups.restore(notes))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(notes.toString())
                .hasMessageContaining("library was not changed");
        assertThat(store.articles().count()).isEqualTo(3);
    }

    @Test
    void aDamagedBackupIsRefusedAndTheLibraryIsUnchanged() throws IOException {
        Path backup = dir.resolve("backup.margin");
        backups.backup(backup);
        try (RandomAccessFile file = new RandomAccessFile(backup.toFile(), "rw")) {
            // Every page after the first loses its header (a b-tree page with type 0 is no page SQLite knows) and
            // the end of its cell area, where a page's rows are kept; the middle of a page may be unused space.
            for (long at = 4096; at < file.length(); at += 4096) {
                file.seek(at);
                file.write(new byte[16]);
                file.seek(at + 4096 - 400);
                file.write(new byte[300]);
            }
        }
        store.articles().delete(fixture.port.id());

        assertThatThrownBy(() -> backups.restore(backup))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(backup.toString());
        assertThat(store.articles().count()).isEqualTo(2);
    }

    @Test
    void backupOntoAFolderOrAMissingFolderIsExplained() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("backups"));

        assertThatThrownBy(() -> backups.backup(folder)).isInstanceOf(IOException.class).hasMessageContaining("it is a folder");
        assertThatThrownBy(() -> backups.backup(dir.resolve("nowhere").resolve("b.margin")))
                .isInstanceOf(IOException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> backups.backup(store.file())).isInstanceOf(IOException.class).hasMessageContaining("the Margin library " + store.file());
    }
}
