package dev.margin.store.postgres;

import dev.margin.store.LibraryFiles;
import dev.margin.store.StoreException;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/**
 * What {@link LibraryFiles} means for a team library: it has no files on this machine (the server keeps it), its
 * schema version is in {@code margin.schema_version}, and it is read-only for a user who may not add annotations
 * (a margin_reader). A whole copy is the server's business (pg_dump, the server's backups, see docs/TEAM.md), so
 * copying and restoring through Margin refuse with a message saying so.
 */
final class PgLibraryFiles implements LibraryFiles {
    private final PgDatabase db;

    PgLibraryFiles(PgDatabase db) {
        this.db = db;
    }

    @Override
    public List<Path> files() {
        return List.of();
    }

    @Override
    public int schemaVersion() {
        return db.call("reading the schema version", () -> PgMigrations.version(db.connection()));
    }

    @Override
    public boolean readOnly() {
        return db.call("reading your rights", () -> {
            try (Statement statement = db.connection().createStatement();
                 ResultSet rows = statement.executeQuery("SELECT has_table_privilege('margin.annotation', 'INSERT')")) {
                rows.next();
                return !rows.getBoolean(1);
            }
        });
    }

    @Override
    public void copyTo(Path target, CopyProgress progress) {
        throw notHere("backed up");
    }

    @Override
    public void checkRestorable(Path copy, Path shownAs) {
        throw notHere("restored from a file");
    }

    @Override
    public void replaceContent(Path checkedCopy, Path previous) {
        throw notHere("restored from a file");
    }

    private StoreException notHere(String what) {
        return new StoreException("The team library " + db.library() + " is kept by its server and cannot be " + what
                + " by Margin: its admin backs it up on the server (pg_dump or the server's own backups; see docs/TEAM.md).");
    }
}
