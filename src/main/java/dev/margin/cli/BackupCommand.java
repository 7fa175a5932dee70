package dev.margin.cli;

import dev.margin.service.BackupService;
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

/** {@code margin backup PATH}: a consistent copy of the whole library in one file, through {@link BackupService}. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Back the whole library up to one file (SQLite's online backup; safe while the Margin window is open).",
                "The copy is checked before it replaces an earlier backup at PATH; a failed backup leaves that file as it was."})
final class BackupCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "The backup file to write.")
    private Path target;

    private final MarginCommand root;

    BackupCommand(MarginCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = root.openStore()) {
            long bytes = new BackupService(store, Clock.systemUTC()).backup(target);
            out.println("Backed up " + store.file() + " to " + target.toAbsolutePath().normalize() + " (" + bytes + " bytes, integrity checked).");
        } catch (IOException | StoreException e) {
            return CommandFailure.report(spec, e.getMessage());
        }
        out.flush();
        return 0;
    }
}
