package dev.margin.reliability;

import dev.margin.cli.MarginCommand;
import dev.margin.importer.ArticleImporter;
import dev.margin.service.LibraryServices;
import dev.margin.store.DataDirectory;
import dev.margin.store.sqlite.SqliteStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export, backup and restore pointed at the library itself, spelled every way a careless or hostile user could:
 * directly, through a linked folder, with {@code ..}, through a hard link, in another case, or at its log and
 * journal. Every one is refused with exit code 1 and a message naming the library; afterwards the library is an
 * SQLite file that passes integrity_check and holds every annotation saved before.
 */
@Timeout(120)
class LibraryNeverOverwrittenTest {
    @TempDir
    Path dir;
    private Path data;
    private Path library;
    private Set<UUID> saved;

    @BeforeEach
    void createLibrary() throws IOException {
        data = Files.createDirectories(dir.resolve("data"));
        library = data.resolve(DataDirectory.FILE_NAME);
        Libraries.create(library, 25);
        saved = Libraries.soundAnnotationIds(library);
        Files.createSymbolicLink(dir.resolve("link-to-data"), data);
        Files.createDirectories(data.resolve("sub"));
        Files.createLink(dir.resolve("hard-link.db"), library);
    }

    /** The spellings, relative to the test folder. */
    private Path spelled(String spelling) {
        return dir.resolve(spelling);
    }

    @ParameterizedTest(name = "export --output {0}")
    @ValueSource(strings = {"data/margin.db", "link-to-data/margin.db", "data/sub/../margin.db", "link-to-data/sub/../margin.db",
            "hard-link.db", "data/MARGIN.DB", "data/margin.db-wal", "data/margin.db-shm", "data/margin.db-journal",
            "link-to-data/Margin.db-WAL"})
    void exportOntoTheLibraryIsRefused(String spelling) throws IOException {
        for (String format : List.of("md", "csv", "html", "jsonld")) {
            Run run = run("export", "--format", format, "--all", "--output", spelled(spelling).toString());

            assertThat(run.exitCode()).as("%s %s: %s", format, spelling, run.err()).isEqualTo(1);
            assertThat(run.err()).contains(library.toString()).contains("must never be replaced");
        }
        assertLibraryIntact();
    }

    @ParameterizedTest(name = "backup {0}")
    @ValueSource(strings = {"data/margin.db", "link-to-data/margin.db", "data/sub/../margin.db", "hard-link.db", "data/MARGIN.DB",
            "data/margin.db-wal", "data/margin.db-shm", "data/margin.db-journal"})
    void backupOntoTheLibraryIsRefused(String spelling) throws IOException {
        Run run = run("backup", spelled(spelling).toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains(library.toString());
        assertLibraryIntact();
    }

    @ParameterizedTest(name = "restore-backup {0}")
    @ValueSource(strings = {"data/margin.db", "link-to-data/margin.db", "hard-link.db"})
    void restoringTheLibraryFromItselfIsRefused(String spelling) throws IOException {
        Run run = run("restore-backup", spelled(spelling).toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains(library.toString(), "library was not changed");
        assertLibraryIntact();
        try (var files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains("before-restore"));
        }
    }

    @Test
    void anExportBesideTheLibraryIsStillWritten() throws IOException {
        Run run = run("export", "--format", "md", "--all", "--output", dir.resolve("link-to-data/notes.md").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(data.resolve("notes.md"))).isNotBlank();
        assertLibraryIntact();
    }

    private void assertLibraryIntact() throws IOException {
        byte[] header = Arrays.copyOf(Files.readAllBytes(library), 16);
        assertThat(new String(header, StandardCharsets.US_ASCII)).isEqualTo("SQLite format 3\0");
        assertThat(Libraries.soundAnnotationIds(library)).isEqualTo(saved);
    }

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(String... args) {
        var commandLine = MarginCommand.create(new DataDirectory(Map.of(DataDirectory.ENV_VARIABLE, data.toString()), "Linux", dir),
                (file, files) -> 0, ArticleImporter::new, file -> LibraryServices.over(SqliteStore.open(file), Clock.systemUTC()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return new Run(commandLine.execute(args), out.toString(), err.toString());
    }
}
