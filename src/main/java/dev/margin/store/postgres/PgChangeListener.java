package dev.margin.store.postgres;

import dev.margin.domain.read.RemoteChange;
import dev.margin.store.LibraryChanges;
import dev.margin.store.StoreException;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Listens on the channel {@code margin_changes} (migration V004) on a connection of its own, on one daemon thread
 * started by the first subscription, and tells the subscribers what others changed. It is also the store's watch on
 * the server: it asks the server a trivial question every {@link #HEARTBEAT_MILLIS}, so a lost connection is noticed
 * within seconds even when no one is saving, and then tries to connect again every {@link #RETRY_MILLIS} until it
 * can, telling the subscribers both.
 */
final class PgChangeListener implements LibraryChanges, AutoCloseable {
    static final String CHANNEL = "margin_changes";
    private static final System.Logger LOG = System.getLogger(PgChangeListener.class.getName());
    private static final int POLL_MILLIS = 250;
    private static final long HEARTBEAT_MILLIS = 1_500;
    private static final long RETRY_MILLIS = 1_000;
    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+)");

    private final PgLogin login;
    private final PgDatabase db;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private Thread thread;
    private volatile boolean closed;
    private volatile Connection connection;

    PgChangeListener(PgLogin login, PgDatabase db) {
        this.login = login;
        this.db = db;
    }

    @Override
    public synchronized Subscription subscribe(Listener listener) {
        if (closed) {
            throw new StoreException("The team library " + login.address().shown() + " is closed.");
        }
        listeners.add(listener);
        if (thread == null) {
            // connect at once, so that changes committed after subscribe returns are not missed
            connection = listen();
            thread = new Thread(this::run, "margin-library-changes");
            thread.setDaemon(true);
            thread.start();
        }
        return () -> listeners.remove(listener);
    }

    private Connection listen() {
        // a silent network drop shows as a read that never ends: the heartbeat's query gives up after a few seconds
        Connection made = login.connect(Map.of("socketTimeout", "5", "ApplicationName", "Margin (changes)"));
        try (Statement statement = made.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
            return made;
        } catch (SQLException e) {
            closeQuietly(made);
            throw PgErrors.translate(login.address().shown(), "listening for changes", e);
        }
    }

    private void run() {
        long lastHeartbeat = System.currentTimeMillis();
        while (!closed) {
            try {
                PGNotification[] notifications = connection.unwrap(PGConnection.class).getNotifications(POLL_MILLIS);
                if (notifications != null && notifications.length > 0) {
                    deliver(notifications);
                }
                if (System.currentTimeMillis() - lastHeartbeat >= HEARTBEAT_MILLIS) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("SELECT 1");
                    }
                    lastHeartbeat = System.currentTimeMillis();
                }
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                lost(e);
                lastHeartbeat = System.currentTimeMillis();
            }
        }
    }

    /** Tells the subscribers, then tries again every second until the server answers (or the store closes). */
    private void lost(Exception cause) {
        closeQuietly(connection);
        String message = "The connection to the team library " + login.address().shown() + " was lost ("
                + cause.getMessage() + "). Margin connects again as soon as the server answers; changes made meanwhile"
                + " are kept until they are saved.";
        LOG.log(System.Logger.Level.WARNING, "Lost the team library " + login.address() + ": " + cause.getMessage());
        listeners.forEach(listener -> listener.connectionLost(message));
        while (!closed) {
            try {
                Thread.sleep(RETRY_MILLIS);
                connection = listen();
                LOG.log(System.Logger.Level.INFO, "Connected again to the team library " + login.address());
                listeners.forEach(Listener::connectionRestored);
                return;
            } catch (InterruptedException e) {
                return; // closing
            } catch (RuntimeException stillDown) {
                // the server is still away; try again
            }
        }
    }

    private void deliver(PGNotification[] notifications) {
        int own = db.backendPid();
        List<RemoteChange> changes = new ArrayList<>();
        for (PGNotification notification : notifications) {
            if (notification.getPID() == own || !CHANNEL.equals(notification.getName())) {
                continue;
            }
            RemoteChange change = parse(notification.getParameter());
            if (change != null) {
                changes.add(change);
            }
        }
        if (!changes.isEmpty()) {
            List<RemoteChange> delivered = List.copyOf(changes);
            listeners.forEach(listener -> listener.changed(delivered));
        }
    }

    /** Reads the trigger's payload (flat JSON of strings and numbers); null for one this Margin does not know. */
    static RemoteChange parse(String payload) {
        Map<String, String> fields = new java.util.HashMap<>();
        Matcher matcher = FIELD.matcher(payload);
        while (matcher.find()) {
            String value = matcher.group(2);
            fields.put(matcher.group(1), value.startsWith("\"") ? value.substring(1, value.length() - 1) : value);
        }
        RemoteChange.Subject subject = switch (fields.getOrDefault("table", "")) {
            case "annotation" -> RemoteChange.Subject.ANNOTATION;
            case "article" -> RemoteChange.Subject.ARTICLE;
            case "actor" -> RemoteChange.Subject.ACTOR;
            default -> null;
        };
        RemoteChange.Kind kind = switch (fields.getOrDefault("op", "")) {
            case "INSERT" -> RemoteChange.Kind.CREATED;
            case "UPDATE" -> RemoteChange.Kind.CHANGED;
            case "DELETE" -> RemoteChange.Kind.DELETED;
            default -> null;
        };
        String id = fields.get("id");
        if (subject == null || kind == null || id == null) {
            return null;
        }
        return new RemoteChange(subject, kind, id, Long.parseLong(fields.getOrDefault("article", "0")),
                Integer.parseInt(fields.getOrDefault("version", "0")));
    }

    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            closed = true;
            running = thread;
            listeners.clear();
        }
        if (running != null) {
            running.interrupt();
            closeQuietly(connection);
            try {
                running.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // a broken connection has nothing left to release
        }
    }
}
