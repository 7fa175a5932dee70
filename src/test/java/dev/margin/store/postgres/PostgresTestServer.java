package dev.margin.store.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests, started once per test JVM in a temporary folder (initdb, pg_ctl) on a
 * free loopback port and stopped when the JVM exits. Each test gets a fresh database copied from a template that
 * already holds Margin's schema, so a test starts in about 50 ms.
 *
 * <p>The server's binaries: the folder in {@code -Dmargin.postgres.bin} or {@code MARGIN_POSTGRES_BIN}, else the
 * newest PostgreSQL 14+ installed in the usual places (Debian's {@code /usr/lib/postgresql/N/bin}, Red Hat's
 * {@code /usr/pgsql-N/bin}, Homebrew's). PostgreSQL refuses to run as root (as tests do in CI containers), so
 * then the server runs as the unprivileged user {@code nobody} ({@code setpriv}), in a folder it owns.
 *
 * <p>Authentication is "trust" on loopback: the superuser is {@link #SUPERUSER}, and tests may log in as any role
 * they create, which is how the row-level security tests act as different people.
 */
public final class PostgresTestServer {
    public static final String SUPERUSER = "margin_test";
    private static final String TEMPLATE = "margin_template";
    private static PostgresTestServer instance;

    private final Path bin;
    private final Path dir;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresTestServer(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    /** The one server of this JVM, started on first use. */
    public static synchronized PostgresTestServer get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    public int port() {
        return port;
    }

    /** A new, empty database with Margin's schema; returns its name. */
    public synchronized String freshDatabase() {
        String name = "margin_test_" + databases.incrementAndGet();
        admin("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return name;
    }

    /** The address of {@code database} for {@code user} (no password: the test server trusts loopback). */
    public TeamLibraryAddress address(String database, String user) {
        return new TeamLibraryAddress("127.0.0.1", port, database, user, Map.of("sslmode", "disable"));
    }

    /** Opens a JDBC connection as {@code user}, for tests that talk SQL as psql would. */
    public Connection connect(String database, String user) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?sslmode=disable", user, "");
    }

    /** Runs SQL as the superuser in the maintenance database. */
    public void admin(String sql) {
        try (Connection connection = connect("postgres", SUPERUSER); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static PostgresTestServer start() {
        Path bin = binaries().orElseThrow(() -> new IllegalStateException("No PostgreSQL 14 or newer found for the"
                + " tests: install it (Debian: apt-get install postgresql) or set -Dmargin.postgres.bin=/path/to/bin."));
        try {
            Path dir = Files.createTempDirectory("margin-pg-");
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                UserPrincipal nobody = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
                Files.setOwner(dir, nobody);
            }
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            PostgresTestServer server = new PostgresTestServer(bin, dir, port);
            server.run(root, bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", SUPERUSER,
                    "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
            server.pgCtlStart(root);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(root), "margin-pg-stop"));
            server.admin("CREATE DATABASE " + TEMPLATE);
            try (Connection connection = server.connect(TEMPLATE, SUPERUSER)) {
                PgMigrations.migrate(connection);
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Setting up Margin's schema on the test server failed: " + e.getMessage(), e);
        }
    }

    private void pgCtlStart(boolean root) {
        run(root, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                dir.resolve("server.log").toString(), "-w", "-t", "60", "start", "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
                        + " -c full_page_writes=off -c max_connections=200");
    }

    /**
     * Stops the server as an outage would (fast shutdown: every session is ended, nothing uncommitted survives), for
     * the fault tests; {@link #startAgain()} brings it back on the same port with the same data.
     */
    public synchronized void stopForOutage() {
        run(isRoot(), bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop");
    }

    /**
     * Kills the server as a crash would: SIGKILL to the postmaster and every one of its processes at once, with no
     * shutdown of any kind (nothing flushed, no session told). {@link #startAgain()} then runs crash recovery from the
     * write-ahead log. Commits the server acknowledged survive only where {@code synchronous_commit} is on (this test
     * server turns it off for speed; the fault tests turn it on again for their database, as it is on by default).
     */
    public synchronized void killForcibly() {
        try {
            long pid = Long.parseLong(Files.readAllLines(dir.resolve("data").resolve("postmaster.pid")).getFirst().strip());
            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no postmaster " + pid));
            List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
            postmaster.destroyForcibly(); // Java's destroyForcibly on a process handle is SIGKILL
            all.forEach(ProcessHandle::destroyForcibly);
            postmaster.onExit().get(30, TimeUnit.SECONDS);
            for (ProcessHandle child : all) {
                child.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Killing the test server failed: " + e.getMessage(), e);
        }
    }

    /** Starts the server again after {@link #stopForOutage()} or {@link #killForcibly()}. */
    public synchronized void startAgain() {
        pgCtlStart(isRoot());
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private void stop(boolean root) {
        try {
            run(root, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
        } catch (RuntimeException e) {
            System.err.println("Stopping the test PostgreSQL server failed: " + e.getMessage());
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }

    /** Runs a server program, as {@code nobody} when this JVM is root; throws with its output when it fails. */
    private void run(boolean root, String... command) {
        List<String> line = new ArrayList<>();
        if (root) {
            line.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"));
        }
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).directory(dir.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                String log = Files.exists(dir.resolve("server.log")) ? Files.readString(dir.resolve("server.log")) : "";
                throw new IllegalStateException(String.join(" ", line) + " failed:\n" + output + "\n" + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Path> binaries() {
        String given = System.getProperty("margin.postgres.bin", System.getenv("MARGIN_POSTGRES_BIN"));
        if (given != null && !given.isBlank()) {
            return Optional.of(Path.of(given));
        }
        List<Path> candidates = new ArrayList<>();
        for (String parent : List.of("/usr/lib/postgresql", "/usr/local/lib/postgresql")) {
            addVersioned(candidates, Path.of(parent), "", "bin");
        }
        addVersioned(candidates, Path.of("/usr"), "pgsql-", "bin");
        addVersioned(candidates, Path.of("/opt/homebrew/opt"), "postgresql@", "bin");
        addVersioned(candidates, Path.of("/usr/local/opt"), "postgresql@", "bin");
        return candidates.stream().filter(path -> Files.isExecutable(path.resolve("initdb"))).findFirst();
    }

    /** Adds {@code parent/PREFIX<N>/sub} for every N >= 14 present, newest first. */
    private static void addVersioned(List<Path> candidates, Path parent, String prefix, String sub) {
        if (!Files.isDirectory(parent)) {
            return;
        }
        try (Stream<Path> children = Files.list(parent)) {
            children.map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith(prefix) && name.substring(prefix.length()).matches("\\d+"))
                    .filter(name -> Integer.parseInt(name.substring(prefix.length())) >= 14)
                    .sorted(Comparator.comparingInt((String name) -> Integer.parseInt(name.substring(prefix.length()))).reversed())
                    .forEach(name -> candidates.add(parent.resolve(name).resolve(sub)));
        } catch (IOException ignored) {
            // an unreadable folder holds no binaries we could use
        }
    }
}
