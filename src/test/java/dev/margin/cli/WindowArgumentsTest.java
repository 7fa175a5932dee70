package dev.margin.cli;

import dev.margin.importer.ArticleImporter;
import dev.margin.service.LibraryServices;
import dev.margin.store.DataDirectory;
import dev.margin.store.sqlite.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window start the launcher recognises without building the command line: it takes exactly the starts the
 * command line would make into a window (same library, same files) and leaves everything else to it.
 */
class WindowArgumentsTest {
    @TempDir
    Path dir;

    @Test
    void knowsEverySubcommandOfTheCommandLine() {
        var commandLine = MarginCommand.create(new DataDirectory(Map.of(), "Linux", dir), (library, files) -> 0,
                ArticleImporter::new, file -> LibraryServices.over(SqliteStore.open(file), Clock.systemUTC()));
        assertThat(WindowArguments.SUBCOMMANDS).containsExactlyInAnyOrderElementsOf(commandLine.getSubcommands().keySet());
    }

    @Test
    void aPlainStartADataFolderAndFilesToOpenAreTheWindowsAsTheCommandLineReadsThem() throws IOException {
        Path story = Files.writeString(dir.resolve("story.html"), "<html><body><article><p>Words.</p></article></body></html>");
        Path notes = Files.writeString(dir.resolve("notes.md"), "# Notes\n\nMore words.");
        Path other = dir.resolve("other folder");
        List<String[]> starts = List.of(new String[] {}, new String[] {"--data-dir", other.toString()},
                new String[] {"--data-dir=" + other}, new String[] {story.toString(), notes.toString()},
                new String[] {story.toString(), "--data-dir", other.toString(), notes.toString()});
        for (String[] args : starts) {
            CliRunner cli = CliRunner.in(dir);
            assertThat(cli.run(args).exitCode()).isZero();
            Optional<WindowArguments> quick = WindowArguments.of(args);
            assertThat(quick).as(String.join(" ", args)).isPresent();
            DataDirectory dataDirectory = new DataDirectory(Map.of(DataDirectory.ENV_VARIABLE, cli.dataDir().toString()), "Linux", dir);
            assertThat(dataDirectory.libraryFile(quick.get().dataDir())).isEqualTo(cli.windowsOpened.get(0));
            assertThat(quick.get().filesToOpen()).containsExactlyElementsOf(cli.filesPassedToWindow);
        }
    }

    @Test
    void everythingElseIsLeftToTheCommandLine() throws IOException {
        Path story = Files.writeString(dir.resolve("story.html"), "<p>Words.</p>");
        Path args = Files.writeString(dir.resolve("args.txt"), "list");
        List<List<String>> notWindows = List.of(List.of("list"), List.of("--help"), List.of("-h"), List.of("--version"),
                List.of("--self-check"), List.of("--library", "postgresql://localhost/margin"), List.of("--data-dir"),
                List.of("--data-dir", "a", "--data-dir", "b"), List.of("--data-dir", "--help"), List.of("lsit"),
                List.of(story.toString(), "export"), List.of(dir.resolve("missing.html").toString()), List.of(dir.toString()),
                List.of("@" + args), List.of("--"), List.of(""), List.of("--data-dir="));
        for (List<String> arguments : notWindows) {
            assertThat(WindowArguments.of(arguments.toArray(String[]::new))).as(String.join(" ", arguments)).isEmpty();
        }
    }
}
