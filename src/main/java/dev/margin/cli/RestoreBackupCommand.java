package dev.margin.cli;

import dev.margin.service.BackupService;
import dev.margin.service.BackupService.RestoreResult;
import dev.margin.store.Store;
import dev.margin.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/**
 * {@code margin restore-backup PATH}: replaces the library's content by a backup's through
 * {@link BackupService}, which checks the backup first and keeps the library as it was beside it.
 */
@Command(name = "restore-backup", mixinStandardHelpOptions = true,
        description = {"Replace the library by a backup made with `margin backup`.",
                "The backup is opened and integrity-checked first; a file that is not a Margin library, is damaged or comes"
                        + " from a newer Margin is refused and the library is left as it was. The library as it was before"
                        + " is kept beside it as <library>.before-restore-<time>.db."})
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
        try (Store store = root.openStore()) {
            RestoreResult result = new BackupService(store, Clock.systemUTC()).restore(backup);
            out.println("Restored " + store.file() + " from " + result.restoredFrom() + ".");
            out.println("The library as it was before is kept at " + result.previousLibrary() + ".");
        } catch (IOException | StoreException e) {
            return CommandFailure.report(spec, e.getMessage());
        }
        out.flush();
        return 0;
    }
}
