package dev.margin;

import dev.margin.cli.GuiStarter;
import dev.margin.cli.MarginCommand;
import dev.margin.cli.WindowArguments;
import dev.margin.importer.ArticleImporter;
import dev.margin.service.LibraryServices;
import dev.margin.store.DataDirectory;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.ui.MarginApp;
import dev.margin.ui.common.StartupTimeline;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The one entry point of the jar: {@code margin <subcommand>} runs the command line, {@code margin} alone
 * opens the window. It does not extend javafx.application.Application, so the jar runs from the classpath
 * without the JavaFX launcher checks; this is the one place where the parts are wired together. Once the library
 * file is known, failures are logged beside it ({@link FailureLog}).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        StartupTimeline.mark("main");
        DataDirectory dataDirectory = DataDirectory.ofSystem();
        Optional<WindowArguments> window = WindowArguments.of(args);
        Optional<Path> library = window.flatMap(start -> libraryFile(dataDirectory, start));
        if (library.isPresent()) {
            // A plain window start: the command line (and its reflection over every subcommand) is not built at all.
            System.exit(windowStarter().start(library.get(), window.get().filesToOpen()));
        }
        int exitCode = MarginCommand.create(dataDirectory, windowStarter(), ArticleImporter::new, Launcher::openLibrary,
                new PostgresTeamLibraries(Launcher::askPassword)).execute(args);
        System.exit(exitCode);
    }

    /** The library file of a window start; empty when it cannot be had, so that the command line says why. */
    private static Optional<Path> libraryFile(DataDirectory dataDirectory, WindowArguments start) {
        try {
            return Optional.of(dataDirectory.libraryFile(start.dataDir()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The command line's libraries: one SQLite file each. */
    private static LibraryServices openLibrary(Path libraryFile) {
        FailureLog.installBeside(libraryFile);
        return LibraryServices.over(SqliteStore.open(libraryFile), Clock.systemUTC());
    }

    /**
     * Asks for a team library's password on the terminal, without echo, when the server wants one that ~/.pgpass
     * does not hold; null when there is no terminal. The characters are used for one login and then wiped.
     */
    private static char[] askPassword(String prompt) {
        java.io.Console console = System.console();
        return console == null ? null : console.readPassword("%s", prompt);
    }

    /** Opens the Margin window on the library file. */
    private static GuiStarter windowStarter() {
        return (libraryFile, filesToOpen) -> {
            FailureLog.installBeside(libraryFile);
            MarginApp.launch(libraryFile, filesToOpen);
            return 0;
        };
    }
}
