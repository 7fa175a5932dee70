package dev.margin.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFileWriterTest {
    private static final String OLD = "the good export from yesterday\n";

    @TempDir
    Path folder;

    @Test
    void replacesTheFileWithTheCompleteNewContent() throws IOException {
        Path target = folder.resolve("notes.csv");
        Files.writeString(target, OLD);

        AtomicFileWriter.write(target, ProtectedFiles.NONE, out -> new CsvExporter(false).write(ExportFixtures.bundle(), out));

        assertThat(Files.readString(target)).startsWith("article_id,").contains("Adaeze Okafor");
        assertThat(filesIn(folder)).containsExactly("notes.csv");
    }

    @Test
    void anExporterFailingHalfWayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = folder.resolve("notes.html");
        Files.writeString(target, OLD);

        assertThatThrownBy(() -> AtomicFileWriter.write(target, ProtectedFiles.NONE, out -> {
            new HtmlExporter().write(ExportFixtures.bundle(), out);
            throw new IOException("No space left on device");
        }))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("Could not write " + target)
                .hasMessageContaining("No space left on device")
                .hasMessageContaining("previous file, if any, is unchanged");

        assertThat(Files.readString(target)).isEqualTo(OLD);
        assertThat(filesIn(folder)).containsExactly("notes.html");
    }

    @Test
    void aRuntimeFailureInTheExporterAlsoLeavesNothingBehind() throws IOException {
        Path target = folder.resolve("notes.md");
        Files.writeString(target, OLD);

        assertThatThrownBy(() -> AtomicFileWriter.write(target, ProtectedFiles.NONE, out -> {
            out.write("---\ntitle: half".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("annotation 42 names an actor that is gone");
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("annotation 42");

        assertThat(Files.readString(target)).isEqualTo(OLD);
        assertThat(filesIn(folder)).containsExactly("notes.md");
    }

    @Test
    void aFolderInTheWayIsNamedInTheMessage() throws IOException {
        Path target = Files.createDirectory(folder.resolve("export.jsonld"));

        assertThatThrownBy(() -> AtomicFileWriter.write(target, ProtectedFiles.NONE, out -> out.write(1)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(target.toString())
                .hasMessageContaining("a folder of that name is in the way");
        assertThat(filesIn(folder)).containsExactly("export.jsonld");
    }

    @Test
    void aMissingFolderIsNamedInTheMessage() {
        Path target = folder.resolve("no-such-folder").resolve("export.csv");

        assertThatThrownBy(() -> AtomicFileWriter.write(target, ProtectedFiles.NONE, out -> out.write(1)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("the folder " + target.getParent() + " does not exist");
    }

    @Test
    void aNewFileGetsThePermissionsOfAnyFileTheUserCreatesNotOwnerOnly() throws IOException {
        Path target = folder.resolve("report.html");
        AtomicFileWriter.write(target, ProtectedFiles.NONE, out -> out.write("<p>report</p>".getBytes(StandardCharsets.UTF_8)));

        Path createdThePlainWay = Files.createFile(folder.resolve("plain.txt"));
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(createdThePlainWay));
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path target = folder.resolve("shared.csv");
        Files.writeString(target, OLD);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));

        AtomicFileWriter.write(target, ProtectedFiles.NONE, out -> new CsvExporter(false).write(ExportFixtures.bundle(), out));

        assertThat(Files.readString(target)).isNotEqualTo(OLD);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r-----");
        assertThat(filesIn(folder)).containsExactly("shared.csv");
    }

    @Test
    void aReadOnlyFolderFailsWithAClearMessageAndKeepsTheOldFile() throws IOException {
        Path readOnly = Files.createDirectory(folder.resolve("locked"));
        Path target = readOnly.resolve("notes.csv");
        Files.writeString(target, OLD);
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            if (canCreateFileIn(readOnly)) {
                // Running as root, where folder permissions do not bind: use a folder no process may create files in.
                target = Path.of("/sys/margin-export-test.csv");
            }
            Path finalTarget = target;
            assertThatThrownBy(() -> AtomicFileWriter.write(finalTarget, ProtectedFiles.NONE, out -> new CsvExporter(false).write(ExportFixtures.bundle(), out)))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("Cannot write " + finalTarget)
                    .hasMessageMatching("(?s).*(not writable|permission denied|Permission denied|Read-only file system).*");
            assertThat(Files.exists(Path.of("/sys/margin-export-test.csv"))).isFalse();
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertThat(Files.readString(readOnly.resolve("notes.csv"))).isEqualTo(OLD);
        assertThat(filesIn(readOnly)).containsExactly("notes.csv");
    }

    private static boolean canCreateFileIn(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return true;
        } catch (IOException expectedWhenNotRoot) {
            return false;
        }
    }

    static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
