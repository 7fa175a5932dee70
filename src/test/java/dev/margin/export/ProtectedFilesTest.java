package dev.margin.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The writer refuses a protected file under any spelling, leaves its bytes alone, and still writes other files beside it. */
class ProtectedFilesTest {
    @TempDir
    Path dir;

    @Test
    void everySpellingOfAProtectedFileIsRefusedAndItsBytesStay() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path library = Files.writeString(data.resolve("margin.db"), "the library");
        Files.createDirectories(data.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("link"), data);
        Files.createLink(dir.resolve("hard.db"), library);
        Files.createSymbolicLink(dir.resolve("soft.db"), library);
        ProtectedFiles protectedFiles = ProtectedFiles.of("the Margin library " + library,
                List.of(library, data.resolve("margin.db-wal"), data.resolve("margin.db-journal")));

        for (String spelling : List.of("data/margin.db", "link/margin.db", "data/sub/../margin.db", "link/sub/../margin.db",
                "hard.db", "soft.db", "data/Margin.DB", "link/margin.db-wal", "data/MARGIN.DB-JOURNAL")) {
            Path target = dir.resolve(spelling);
            assertThat(protectedFiles.covers(target)).as(spelling).isTrue();
            assertThatThrownBy(() -> AtomicFileWriter.write(target, protectedFiles, out -> out.write("export".getBytes(StandardCharsets.UTF_8))))
                    .as(spelling).isInstanceOf(IOException.class).hasMessageContaining(library.toString());
        }
        assertThat(Files.readString(library)).isEqualTo("the library");
        assertThat(data.resolve("margin.db-wal")).doesNotExist();

        Path beside = dir.resolve("link/notes.md");
        assertThat(protectedFiles.covers(beside)).isFalse();
        AtomicFileWriter.write(beside, protectedFiles, out -> out.write("notes".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(data.resolve("notes.md"))).isEqualTo("notes");
    }
}
