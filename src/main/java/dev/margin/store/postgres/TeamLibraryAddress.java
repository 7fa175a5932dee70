package dev.margin.store.postgres;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Where a team library is: {@code postgresql://host[:port]/database?user=NAME&sslmode=MODE} (the form libpq and
 * psql take; {@code postgres://} too). A password is never part of it: the driver reads it from the standard
 * {@code ~/.pgpass} (or the file PGPASSFILE names), or the user is asked for it. The address holds no secret, so
 * it may be shown, remembered and logged.
 */
public record TeamLibraryAddress(String host, int port, String database, String user, Map<String, String> options) {
    public static final int DEFAULT_PORT = 5432;

    public TeamLibraryAddress {
        options = Map.copyOf(options);
    }

    /** Whether {@code text} is meant as a team library address rather than a folder. */
    public static boolean looksLikeAddress(String text) {
        return text != null && (text.startsWith("postgresql://") || text.startsWith("postgres://"));
    }

    /** Reads an address; throws IllegalArgumentException saying what is wrong with it. */
    public static TeamLibraryAddress parse(String text) {
        if (!looksLikeAddress(text)) {
            throw new IllegalArgumentException("A team library address starts with postgresql://, not \"" + text + "\".");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The team library address " + text + " cannot be read: " + e.getReason() + ".", e);
        }
        if (uri.getRawUserInfo() != null && uri.getRawUserInfo().contains(":")) {
            throw new IllegalArgumentException("Do not put a password in the team library address: Margin reads it from"
                    + " ~/.pgpass or asks for it, so it never lands in settings or logs.");
        }
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (path.isEmpty() || path.contains("/")) {
            throw new IllegalArgumentException("The team library address " + text + " names no database (postgresql://host:port/DATABASE).");
        }
        Map<String, String> options = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (key.equalsIgnoreCase("password")) {
                    throw new IllegalArgumentException("Do not put a password in the team library address: Margin reads it"
                            + " from ~/.pgpass or asks for it, so it never lands in settings or logs.");
                }
                options.put(key, value);
            }
        }
        String user = options.remove("user");
        if (user == null && uri.getUserInfo() != null) {
            user = uri.getUserInfo();
        }
        if (user == null || user.isBlank()) {
            user = System.getProperty("user.name");
        }
        return new TeamLibraryAddress(host, uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), path, user, options);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** The JDBC URL (no user, no password: those go in the connection properties). */
    String jdbcUrl() {
        return "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database;
    }

    /** The connection properties: the user, the options given, and Margin's name for the server's activity view. */
    Properties properties() {
        Properties properties = new Properties();
        properties.putAll(options);
        properties.setProperty("user", user);
        properties.putIfAbsent("ApplicationName", "Margin");
        properties.putIfAbsent("connectTimeout", "10");
        properties.putIfAbsent("tcpKeepAlive", "true");
        return properties;
    }

    /** As shown to users and in logs: {@code postgresql://host:port/database} and the user, never a password. */
    @Override
    public String toString() {
        return "postgresql://" + host + ":" + port + "/" + database + " (user " + user + ")";
    }

    /**
     * Short form for messages: {@code database on host port N}. It holds no colon so that it is also a valid
     * path name on every system ({@link PostgresStore#file()}, which the services print in messages).
     */
    public String shown() {
        return database + " on " + host.replace(':', '.') + " port " + port;
    }
}
