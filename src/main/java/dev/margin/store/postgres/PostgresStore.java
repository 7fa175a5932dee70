package dev.margin.store.postgres;

import dev.margin.store.ActorDao;
import dev.margin.store.AnnotationDao;
import dev.margin.store.ArticleDao;
import dev.margin.store.LibraryChanges;
import dev.margin.store.LibraryFiles;
import dev.margin.store.ProvenanceDao;
import dev.margin.store.RejectedSuggestionDao;
import dev.margin.store.ReviewDao;
import dev.margin.store.SearchDao;
import dev.margin.store.Store;
import dev.margin.store.StoreException;
import dev.margin.store.TagDao;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A Margin team library in a PostgreSQL database (14 or newer), behind the {@link Store} contract. Several people
 * work on it at once, each with their own database user; the server enforces what each may do (roles and
 * row-level security, migration V002), records who made and changed every row, and refuses an edit made on a
 * stale copy ({@link RowVersions}).
 *
 * <p>One connection per store, serialised like the SQLite store's, made again at the next call after it broke (the
 * call that found it broken fails with a {@link dev.margin.store.ConnectionLostException}, having saved nothing), and
 * one more that listens for others' changes ({@link #libraryChanges()}). Opening brings an older schema up to date
 * (which needs the rights of whoever ran {@code margin team init}); a schema newer than this Margin is refused.
 */
public final class PostgresStore implements Store {
    /** The longest a statement of the working connection waits for the server before the connection counts as lost. */
    static final int ANSWER_WAIT_MILLIS = 30_000;
    private static final System.Logger LOG = System.getLogger(PostgresStore.class.getName());
    private final PgDatabase db;
    private final TeamLibraryAddress address;
    private final PgArticleDao articles;
    private final PgAnnotationDao annotations;
    private final PgActorDao actors;
    private final PgTagDao tags;
    private final PgSearchDao search;
    private final PgRejectedSuggestionDao rejectedSuggestions;
    private final PgLibraryFiles libraryFiles;
    private final PgReviewDao review;
    private final PgProvenanceDao provenance;
    private final PgLogin login;
    private final PgChangeListener changes;

    private PostgresStore(Connection connection, PgLogin login) {
        this.address = login.address();
        this.login = login;
        this.db = new PgDatabase(answerWaitBounded(connection, address), address.shown(),
                () -> answerWaitBounded(login.connect(loginWaitBounded(address)), address));
        this.changes = new PgChangeListener(login, db);
        RowVersions versions = new RowVersions();
        this.articles = new PgArticleDao(db, versions);
        this.annotations = new PgAnnotationDao(db, versions);
        this.actors = new PgActorDao(db, versions);
        this.tags = new PgTagDao(db);
        this.search = new PgSearchDao(db);
        this.rejectedSuggestions = new PgRejectedSuggestionDao(db);
        this.libraryFiles = new PgLibraryFiles(db);
        this.review = new PgReviewDao(db, actors);
        this.provenance = new PgProvenanceDao(db, versions);
    }

    /**
     * Opens the team library at {@code address}, setting up or upgrading its schema when needed. The password
     * comes from ~/.pgpass through the driver; when the server asks for one that is not there, {@code askPassword}
     * is asked (it may return null: then the login fails with the server's message). The password is used for
     * this connection only and never kept.
     */
    public static PostgresStore open(TeamLibraryAddress address, Supplier<char[]> askPassword) {
        PgLogin login = new PgLogin(address, askPassword);
        Connection connection = login.connect(Map.of());
        try {
            int version = PgMigrations.version(connection);
            if (version > PgMigrations.latestVersion()) {
                throw new StoreException("The team library " + address.shown() + " was set up by a newer Margin (schema "
                        + version + ", this one knows up to " + PgMigrations.latestVersion() + "). Update Margin to use it.");
            }
            if (version < PgMigrations.latestVersion()) {
                PgMigrations.migrate(connection);
            }
            return new PostgresStore(connection, login);
        } catch (SQLException e) {
            login.forget();
            closeQuietly(connection, e);
            if (PgErrors.state(e).equals(PgErrors.INSUFFICIENT_PRIVILEGE)) {
                throw new StoreException("The team library " + address.shown() + " needs setting up or upgrading, which"
                        + " your user " + address.user() + " may not do. Ask its admin to run: margin team init "
                        + "postgresql://" + address.host() + ":" + address.port() + "/" + address.database(), e);
            }
            throw PgErrors.translate(address.shown(), "opening the library", e);
        } catch (RuntimeException e) {
            login.forget();
            closeQuietly(connection, e);
            throw e;
        }
    }

    /**
     * Bounds how long the working connection waits for an answer ({@value #ANSWER_WAIT_MILLIS} ms, unless the address
     * sets the driver's {@code socketTimeout}): on a network that silently stops passing anything, a save would
     * otherwise wait as long as the network stays silent instead of being reported as not saved and kept for retry.
     * Set after the schema is brought up to date, which may rightly take longer.
     */
    private static Connection answerWaitBounded(Connection connection, TeamLibraryAddress address) {
        if (!address.options().containsKey("socketTimeout")) {
            try {
                connection.setNetworkTimeout(Runnable::run, ANSWER_WAIT_MILLIS);
            } catch (SQLException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not bound the wait for " + address + ": " + e.getMessage());
            }
        }
        return connection;
    }

    /** Likewise for logging in again after the connection broke (the driver's {@code loginTimeout}, in seconds). */
    private static Map<String, String> loginWaitBounded(TeamLibraryAddress address) {
        return address.options().containsKey("loginTimeout") || address.options().containsKey("socketTimeout")
                ? Map.of() : Map.of("loginTimeout", String.valueOf(ANSWER_WAIT_MILLIS / 1000));
    }

    /** One connection made as {@code address} says (for set-up work that needs no store). */
    static Connection connect(TeamLibraryAddress address, Supplier<char[]> askPassword) {
        PgLogin login = new PgLogin(address, askPassword);
        try {
            return login.connect(Map.of());
        } finally {
            login.forget();
        }
    }

    private static void closeQuietly(Connection connection, Throwable failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    public TeamLibraryAddress address() {
        return address;
    }

    @Override
    public ArticleDao articles() {
        return articles;
    }

    @Override
    public AnnotationDao annotations() {
        return annotations;
    }

    @Override
    public ActorDao actors() {
        return actors;
    }

    @Override
    public TagDao tags() {
        return tags;
    }

    @Override
    public SearchDao search() {
        return search;
    }

    @Override
    public ReviewDao review() {
        return review;
    }

    @Override
    public RejectedSuggestionDao rejectedSuggestions() {
        return rejectedSuggestions;
    }

    @Override
    public ProvenanceDao provenance() {
        return provenance;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return db.transaction(work);
    }

    /** Not a file: the library's short name ({@link TeamLibraryAddress#shown}) as a path, for the messages that print it. */
    @Override
    public Path file() {
        return Path.of(address.shown());
    }

    @Override
    public LibraryFiles libraryFiles() {
        return libraryFiles;
    }

    /** Checks what the constraints cannot: every annotation points at a revision its article has. */
    @Override
    public String integrityCheck() {
        return db.call("checking the library", () -> {
            List<String> problems = new ArrayList<>();
            try (Statement statement = db.connection().createStatement();
                 ResultSet rows = statement.executeQuery("""
                         SELECT n.id, n.article_id, n.revision FROM margin.annotation n
                         WHERE NOT EXISTS (SELECT 1 FROM margin.article_revision r
                                           WHERE r.article_id = n.article_id AND r.revision = n.revision)
                         LIMIT 100""")) {
                while (rows.next()) {
                    problems.add("annotation " + rows.getString(1) + " points at revision " + rows.getInt(3)
                            + " of article " + rows.getLong(2) + ", which is missing");
                }
            }
            return problems.isEmpty() ? "ok" : String.join("\n", problems);
        });
    }

    /** Others' changes through LISTEN / NOTIFY on a connection of its own (migration V004), and the connection's state. */
    @Override
    public LibraryChanges libraryChanges() {
        return changes;
    }

    @Override
    public void close() {
        try {
            changes.close();
            db.close();
        } finally {
            login.forget();
        }
    }
}
