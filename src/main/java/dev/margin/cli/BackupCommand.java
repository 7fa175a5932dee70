package dev.margin.cli;

import dev.margin.service.BackupService;
import dev.margin.service.Cancellation;
import dev.margin.service.ExportProgress;
import dev.margin.service.LibraryServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code margin backup PATH}: a consistent copy of the whole library in one file, through {@link BackupService}. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Back the whole library up to one file (safe while the Margin window or another process is saving).",
                "The copy is checked before it replaces an earlier backup at PATH; a failed backup leaves that file as it was.",
                "PATH may never be the library itself or one of its files, however the path is spelled."})
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
        ProgressPrinter progress = new ProgressPrinter(spec.commandLine().getErr(), "margin backup");
        Cancellation cancellation = new Cancellation();
        try (LibraryServices library = root.openLibrary(); CancelOnShutdown ignored = new CancelOnShutdown(cancellation)) {
            long bytes = library.backups().backup(target, (done, total) -> progress.update(ExportProgress.Stage.WRITING, done, total),
                    cancellation);
            out.println("Backed up " + library.libraryFile() + " to " + target.toAbsolutePath().normalize() + " (" + bytes
                    + " bytes, integrity checked).");
        } catch (IOException | RuntimeException e) {
            return CommandFailure.report(spec, e.getMessage());
        }
        out.flush();
        return 0;
    }
}
