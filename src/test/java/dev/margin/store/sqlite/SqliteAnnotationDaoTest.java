package dev.margin.store.sqlite;

import dev.margin.store.Store;
import dev.margin.store.contract.AnnotationDaoContract;

import java.nio.file.Path;

/** The AnnotationDao contract on a SQLite library file. */
class SqliteAnnotationDaoTest extends AnnotationDaoContract {
    @Override
    protected Store openStore(Path file) {
        return SqliteStore.open(file);
    }
}
