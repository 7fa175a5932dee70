package dev.margin.cli;

import dev.margin.service.BackupService;
import dev.margin.service.BackupService.RestoreResult;
import dev.margin.service.LibraryServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code margin restore-backup PATH}: replaces the library's content by a backup's through
 * {@link BackupService}, which checks the backup first and keeps the library as it was beside it.
 */
@Command(name = "restore-backup", mixinStandardHelpOptions = true,
        description = {"Replace the library by a backup made with `margin backup`.",
                "The backup is checked first; a file that is empty, not a Margin library (or one without its tables), damaged"
                        + " or from a newer Margin is refused and the library is left as it was. The restore holds the library's"
                        + " write lock, so a save by another process lands either in the copy of the library as it was, kept"
                        + " beside it as <library>.before-restore-<time>.db (never overwritten), or on the restored library."})
final class RestoreBackupCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "The backup file to restore from.")
    private Path backup;

    private final MarginCommand root;

    RestoreBackupCommand(MarginCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (LibraryServices library = root.openLibrary()) {
            RestoreResult result = library.backups().restore(backup);
            out.println("Restored " + library.libraryFile() + " from " + result.restoredFrom() + ".");
            out.println("The library as it was before is kept at " + result.previousLibrary() + ".");
        } catch (IOException | RuntimeException e) {
            return CommandFailure.report(spec, e.getMessage());
        }
        out.flush();
        return 0;
    }
}
