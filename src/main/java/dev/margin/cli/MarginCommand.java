package dev.margin.cli;

import dev.margin.importer.ArticleImporter;
import dev.margin.service.LibraryOpener;
import dev.margin.service.TeamLibraries;
import dev.margin.service.LibraryServices;
import dev.margin.store.DataDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The {@code margin} root command: global options, the self-check, and the window when no subcommand is
 * given. Subcommands reach the library through {@link #openLibrary()}.
 */
@Command(name = "margin", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Read news articles and annotate quotes, actors and claims.",
                "Without a subcommand, opens the Margin window on the library."},
        footer = {"", "The library is the file " + DataDirectory.FILE_NAME + " in the data folder: --data-dir DIR, else the environment"
                + " variable " + DataDirectory.ENV_VARIABLE + ", else the usual place for application data on this system.",
                "Exit codes: 0 done, 1 failed, 2 wrong usage."})
public final class MarginCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The folder holding the library (default: $MARGIN_DATA_DIR, else the system's data folder).")
    private Path dataDir;

    @Option(names = "--library", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "A team library on a PostgreSQL server instead of the local one:"
                    + " postgresql://host[:port]/database?user=NAME&sslmode=MODE (password from ~/.pgpass, or asked for).")
    private String teamAddress;

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "Files to import into the library once the window is open (as the desktop's \"Open with Margin\" does).")
    private List<Path> filesToOpen = new ArrayList<>();

    @Option(names = "--self-check", description = "Open the library, check its integrity, print what it holds and exit (no window).")
    private boolean selfCheck;

    private final DataDirectory dataDirectory;
    private final GuiStarter gui;
    private final Supplier<ArticleImporter> importer;
    private final LibraryOpener libraries;
    private final TeamLibraries teamLibraries;

    MarginCommand(DataDirectory dataDirectory, GuiStarter gui, Supplier<ArticleImporter> importer, LibraryOpener libraries,
                  TeamLibraries teamLibraries) {
        this.teamLibraries = teamLibraries;
        this.dataDirectory = dataDirectory;
        this.gui = gui;
        this.importer = importer;
        this.libraries = libraries;
    }

    /**
     * The command line, ready to {@code execute(args)}: usage errors exit 2, failures print their message
     * (no stack trace) to the error stream and exit 1. The importer is only built when an import needs it.
     */
    public static CommandLine create(DataDirectory dataDirectory, GuiStarter gui, Supplier<ArticleImporter> importer,
                                     LibraryOpener libraries) {
        return create(dataDirectory, gui, importer, libraries, TeamLibraries.NONE);
    }

    /** As {@link #create(DataDirectory, GuiStarter, Supplier, LibraryOpener)}, with team libraries ({@code --library URL}, {@code team}). */
    public static CommandLine create(DataDirectory dataDirectory, GuiStarter gui, Supplier<ArticleImporter> importer,
                                     LibraryOpener libraries, TeamLibraries teamLibraries) {
        MarginCommand root = new MarginCommand(dataDirectory, gui, importer, libraries, teamLibraries);
        CommandLine commandLine = new CommandLine(root);
        commandLine.addSubcommand(new ImportCommand(root));
        commandLine.addSubcommand(new ListCommand(root));
        commandLine.addSubcommand(new ShowCommand(root));
        commandLine.addSubcommand(new AnnotateCommand(root));
        commandLine.addSubcommand(new EditCommand(root));
        commandLine.addSubcommand(new SuggestCommand(root));
        commandLine.addSubcommand(new ExportCommand(root));
        commandLine.addSubcommand(new ImportAnnotationsCommand(root));
        commandLine.addSubcommand(new BackupCommand(root));
        commandLine.addSubcommand(new RestoreBackupCommand(root));
        commandLine.addSubcommand(new TeamCommand(root));
        commandLine.addSubcommand(new CopyCommand(root));
        commandLine.addSubcommand(new AgreementCommand(root));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((failure, command, parseResult) -> {
            command.getErr().println("margin: " + messageOf(failure));
            command.getErr().flush();
            return 1;
        });
        return commandLine;
    }

    @Override
    public Integer call() {
        if (teamAddress != null) {
            throw new ParameterException(spec.commandLine(), "the window opens only a local library for now; use --library"
                    + " with a command (list, show, import, annotate, export ...).");
        }
        Path library = libraryFile();
        if (selfCheck) {
            return new SelfCheck(spec.commandLine().getOut(), spec.commandLine().getErr()).run(library, this::openLibrary);
        }
        for (Path file : filesToOpen) {
            if (!Files.isRegularFile(file)) {
                // A mistyped subcommand lands here too, so the message names both readings.
                throw new ParameterException(spec.commandLine(), "'" + file + "' is neither a command nor a file to open."
                        + " Commands: " + String.join(", ", spec.subcommands().keySet()) + ".");
            }
        }
        return gui.start(library, List.copyOf(filesToOpen));
    }

    /** The library file chosen by --data-dir, the environment or the system default; its folder is created when missing. */
    Path libraryFile() {
        return dataDirectory.libraryFile(dataDir);
    }

    /**
     * Opens (creating when missing) the library file and hands back its services; the caller closes them. A library
     * that could only be opened read-only (its folder or file cannot be written) is said so on the error stream.
     */
    LibraryServices openLibrary() {
        if (teamAddress != null) {
            return teamLibraries.open(teamAddress);
        }
        LibraryServices services = libraries.open(libraryFile());
        sayIfReadOnly(services.backups().libraryIsReadOnly(), services.libraryFile());
        return services;
    }

    /**
     * Opens the library {@code where} names: a team library's address ({@code postgresql://…}), else a data folder
     * (or a library file in one). {@code mustExist}: a local library that is not there yet is refused, not created.
     */
    LibraryServices openLibrary(String where, boolean mustExist) {
        if (where.startsWith("postgresql://") || where.startsWith("postgres://")) {
            return teamLibraries.open(where);
        }
        Path given = Path.of(where);
        Path file = Files.isRegularFile(given) ? given : given.resolve(DataDirectory.FILE_NAME);
        if (mustExist && !Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "there is no Margin library in " + given.toAbsolutePath()
                    + " (no " + DataDirectory.FILE_NAME + " there).");
        }
        return libraries.open(Files.isRegularFile(given) ? given : dataDirectory.libraryFile(given));
    }

    private void sayIfReadOnly(boolean readOnly, Path library) {
        if (readOnly) {
            spec.commandLine().getErr().println("margin: the library " + library
                    + " cannot be written (read-only file or folder); it is opened read-only: it can be read and listed, not changed.");
            spec.commandLine().getErr().flush();
        }
    }

    /** The team library given by --library, or null. */
    String teamAddress() {
        return teamAddress;
    }

    TeamLibraries teamLibraries() {
        return teamLibraries;
    }

    ArticleImporter importer() {
        return importer.get();
    }

    private static String messageOf(Exception failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
