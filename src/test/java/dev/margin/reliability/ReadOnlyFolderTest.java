package dev.margin.reliability;

import dev.margin.store.StoreException;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.store.sqlite.StoreFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * A library in a folder that cannot be written is opened read-only: it can be listed, a save is refused with a
 * message saying the library is read-only, and nothing is created beside it. Permissions do not bind the superuser,
 * so the test is skipped when it runs as root (docs/RELIABILITY.md says how it was checked on a read-only mount).
 */
class ReadOnlyFolderTest {
    @TempDir
    Path dir;
    private Path folder;

    @AfterEach
    void makeWritableForCleanUp() throws IOException {
        if (folder != null) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aLibraryInAReadOnlyFolderCanBeListedButNotChanged() throws IOException {
        folder = Files.createDirectories(dir.resolve("shared"));
        Path library = folder.resolve("margin.db");
        long articleId = Libraries.create(library, 5).id();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        assumeFalse(Files.isWritable(folder), "the folder stays writable for this user (root)");

        try (SqliteStore store = SqliteStore.open(library)) {
            assertThat(store.libraryFiles().readOnly()).isTrue();
            assertThat(store.articles().listSummaries()).hasSize(1);
            assertThat(store.annotations().forArticle(articleId)).hasSize(5);
            assertThatThrownBy(() -> store.annotations().insert(StoreFixtures.highlight(articleId, "Abuja")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("read-only");
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).isEqualTo(List.of("margin.db"));
        }
    }
}
