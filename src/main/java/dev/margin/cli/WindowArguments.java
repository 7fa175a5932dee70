package dev.margin.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of a plain window start, recognised without building the command line: {@code margin},
 * {@code margin --data-dir DIR} and files to open (what the desktop's launcher and "Open with Margin" pass). Building
 * the command line reads every subcommand's annotations by reflection, from a library whose classes are too old for
 * the start-up cache; a window start skips that (about a tenth of the time to the first window).
 *
 * <p>Anything else, or anything in doubt (an option, a subcommand's name, a file that is not there, an {@code @file}),
 * is left to the command line, which gives the same start or the usual message: this only ever takes arguments that
 * {@link MarginCommand} reads the same way.
 */
public record WindowArguments(Path dataDir, List<Path> filesToOpen) {
    /** Every subcommand's name (WindowArgumentsTest checks this against the command line). */
    static final Set<String> SUBCOMMANDS = Set.of("import", "list", "show", "edit", "annotate", "suggest", "export",
            "import-annotations", "backup", "restore-backup", "copy", "agreement", "team");

    private static final String DATA_DIR = "--data-dir";

    /** The window start these arguments ask for, or empty when they are for the command line to read. */
    public static Optional<WindowArguments> of(String... args) {
        Path dataDir = null;
        List<Path> files = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals(DATA_DIR) || arg.startsWith(DATA_DIR + "=")) {
                    String value = arg.equals(DATA_DIR) ? (i + 1 < args.length ? args[++i] : null) : arg.substring(DATA_DIR.length() + 1);
                    if (dataDir != null || value == null || value.isBlank() || value.startsWith("-") || value.startsWith("@")) {
                        return Optional.empty();
                    }
                    dataDir = Path.of(value);
                } else if (arg.isEmpty() || arg.startsWith("-") || arg.startsWith("@") || SUBCOMMANDS.contains(arg)
                        || !Files.isRegularFile(Path.of(arg))) {
                    return Optional.empty();
                } else {
                    files.add(Path.of(arg));
                }
            }
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        return Optional.of(new WindowArguments(dataDir, List.copyOf(files)));
    }
}
