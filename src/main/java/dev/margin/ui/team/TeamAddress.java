package dev.margin.ui.team;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * What the Open team library dialog asks for, and the address it makes of it
 * ({@code postgresql://host:port/database?user=NAME&sslmode=MODE}). It never holds a password, so it may be
 * remembered in the settings (recent libraries) and shown.
 */
public record TeamAddress(String host, int port, String database, String user, String sslMode) {
    public static final int DEFAULT_PORT = 5432;
    /** libpq's TLS modes, from none to checking the server's name against its certificate. */
    public static final List<String> SSL_MODES = List.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    /** The address, for the settings and the composition root. */
    public String address() {
        return "postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + encode(database)
                + "?user=" + encode(user) + "&sslmode=" + encode(sslMode);
    }

    /** As a menu shows it: {@code ana @ newsdesk on db.example.org:5432}. */
    public String label() {
        return user + " @ " + database + " on " + host + ":" + port;
    }

    /** What is missing or wrong in the form, or empty when it can be tried. */
    public Optional<String> problem() {
        if (host.isBlank()) {
            return Optional.of("Type the server's name or address (the host).");
        }
        if (port < 1 || port > 65535) {
            return Optional.of("The port must be a number from 1 to 65535 (PostgreSQL's usual one is 5432).");
        }
        if (database.isBlank()) {
            return Optional.of("Type the name of the team library's database.");
        }
        if (user.isBlank()) {
            return Optional.of("Type your user name on the database server.");
        }
        return Optional.empty();
    }

    /** Reads an address remembered earlier; empty when it is not one. */
    public static Optional<TeamAddress> parse(String address) {
        if (address == null || !(address.startsWith("postgresql://") || address.startsWith("postgres://"))) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(address);
            String user = System.getProperty("user.name", "");
            String sslMode = "prefer";
            if (uri.getRawQuery() != null) {
                for (String pair : uri.getRawQuery().split("&")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        String key = decode(pair.substring(0, eq));
                        String value = decode(pair.substring(eq + 1));
                        if (key.equals("user")) {
                            user = value;
                        } else if (key.equals("sslmode")) {
                            sslMode = value;
                        }
                    }
                }
            }
            String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
            String host = uri.getHost() == null ? "localhost" : uri.getHost().replaceAll("^\\[|]$", "");
            return Optional.of(new TeamAddress(host, uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), path, user, sslMode));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
