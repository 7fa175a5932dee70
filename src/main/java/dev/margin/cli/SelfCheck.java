package dev.margin.cli;

import dev.margin.store.Store;
import dev.margin.store.StoreException;
import dev.margin.store.sqlite.SqliteStore;

import java.io.PrintWriter;
import java.nio.file.Path;

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

    int run(Path library) {
        out.println("Margin " + VersionProvider.version() + " self-check");
        out.println("Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        out.println("Library: " + library);
        out.flush();
        try (Store store = SqliteStore.open(library)) {
            String integrity = store.integrityCheck();
            out.println("Schema version: " + SqliteStore.schemaVersion());
            out.println("Articles: " + store.articles().count() + ", annotations: " + store.annotations().count()
                    + ", actors: " + store.actors().list().size());
            out.println("Integrity check: " + integrity);
            out.flush();
            if (!"ok".equals(integrity)) {
                err.println("margin: self-check failed: the library " + library + " is damaged: " + integrity);
                err.flush();
                return 1;
            }
            out.println("Self-check passed.");
            out.flush();
            return 0;
        } catch (StoreException e) {
            err.println("margin: self-check failed: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
