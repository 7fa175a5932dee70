package dev.margin.cli;

import dev.margin.service.BackupService.LibraryHealth;
import dev.margin.service.LibraryServices;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * {@code margin --self-check}: opens the library (creating it on first start, migrating an older schema),
 * runs SQLite's integrity check and prints where the library is and what it holds. Needs no display,
 * so an installed copy can be verified from a terminal or by CI. Exit code 0 when the library is sound.
 */
final class SelfCheck {
    private final PrintWriter out;
    private final PrintWriter err;

    SelfCheck(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** Checks the library {@code library}, opened by {@code open}; failures to open are reported, not thrown. */
    int run(Path library, Supplier<LibraryServices> open) {
        out.println("Margin " + VersionProvider.version() + " self-check");
        out.println("Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        out.println("Library: " + library);
        out.flush();
        try (LibraryServices services = open.get()) {
            LibraryHealth health = services.backups().health();
            out.println("Schema version: " + health.schemaVersion());
            out.println("Articles: " + health.articles() + ", annotations: " + health.annotations() + ", actors: " + health.actors());
            out.println("Integrity check: " + health.integrity());
            out.flush();
            if (!health.sound()) {
                err.println("margin: self-check failed: the library " + library + " is damaged: " + health.integrity());
                err.flush();
                return 1;
            }
            out.println("Self-check passed.");
            out.flush();
            return 0;
        } catch (RuntimeException e) {
            // The library could not be opened or read (StoreException): the message names the file and the problem.
            err.println("margin: self-check failed: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
