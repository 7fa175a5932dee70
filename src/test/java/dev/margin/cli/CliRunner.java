package dev.margin.cli;

import dev.margin.importer.ArticleImporter;
import dev.margin.service.LibraryServices;
import dev.margin.store.DataDirectory;
import dev.margin.store.sqlite.SqliteStore;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the real command line in-process, as {@code Launcher} builds it, with captured output streams,
 * a data directory resolved from {@code MARGIN_DATA_DIR} in a given environment, and a window starter
 * that records which library it was asked to open (the window itself is not part of the cli layer).
 */
final class CliRunner {
    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    private final Map<String, String> environment;
    private final Path dataDir;
    private final Path home;
    final List<Path> windowsOpened = new ArrayList<>();
    final List<Path> filesPassedToWindow = new ArrayList<>();

    CliRunner(Path dataDir, Path home) {
        this.environment = Map.of(DataDirectory.ENV_VARIABLE, dataDir.toString());
        this.dataDir = dataDir;
        this.home = home;
    }

    /** A runner whose data folder is {@code dir/data} and whose home folder is {@code dir/home}. */
    static CliRunner in(Path dir) {
        return new CliRunner(dir.resolve("data"), dir.resolve("home"));
    }

    /** The data folder the runs use, as MARGIN_DATA_DIR names it. */
    Path dataDir() {
        return dataDir;
    }

    Run run(String... args) {
        GuiStarter window = (libraryFile, filesToOpen) -> {
            windowsOpened.add(libraryFile);
            filesPassedToWindow.addAll(filesToOpen);
            return 0;
        };
        var commandLine = MarginCommand.create(new DataDirectory(environment, "Linux", home), window, ArticleImporter::new,
                file -> LibraryServices.over(SqliteStore.open(file), Clock.systemUTC()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }
}
