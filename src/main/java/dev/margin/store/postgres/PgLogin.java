package dev.margin.store.postgres;

import dev.margin.store.ConnectionLostException;
import dev.margin.store.StoreException;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * How a team library's connections are made: its address, and the password when the user typed one. The driver
 * reads ~/.pgpass (or PGPASSFILE) by itself; only when the server wants a password that file lacks is
 * {@code askPassword} asked, once. A typed password stays in this object's memory while the library is open, so that
 * a dropped connection (and the change listener's own) can be made again without asking; it is never written
 * anywhere, and {@link #forget()} wipes it when the library closes.
 */
final class PgLogin {
    private final TeamLibraryAddress address;
    private final Supplier<char[]> askPassword;
    private char[] password;

    PgLogin(TeamLibraryAddress address, Supplier<char[]> askPassword) {
        this.address = address;
        this.askPassword = askPassword;
    }

    TeamLibraryAddress address() {
        return address;
    }

    /** A new connection; asks for the password the first time the server wants one ~/.pgpass does not hold. */
    synchronized Connection connect(Map<String, String> extra) {
        Properties properties = address.properties();
        properties.putAll(extra);
        if (password == null) {
            try {
                return DriverManager.getConnection(address.jdbcUrl(), properties);
            } catch (SQLException e) {
                if (!needsPassword(e) || askPassword == null) {
                    throw connectionFailure(address, e);
                }
            }
            char[] given = askPassword.get();
            if (given == null) {
                throw new StoreException("No password was given for " + address.user() + " on the team library " + address.shown() + ".");
            }
            password = given;
        }
        properties.setProperty("password", new String(password));
        try {
            return DriverManager.getConnection(address.jdbcUrl(), properties);
        } catch (SQLException e) {
            if (needsPassword(e) || PgErrors.state(e).startsWith("28")) {
                forget(); // a wrong password is not kept for the next try
            }
            throw connectionFailure(address, e);
        } finally {
            properties.remove("password");
        }
    }

    /** Wipes a typed password from memory. */
    synchronized void forget() {
        if (password != null) {
            Arrays.fill(password, '\0');
            password = null;
        }
    }

    /** The server wants a password and the driver found none (in ~/.pgpass or PGPASSFILE). */
    private static boolean needsPassword(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return "08004".equals(e.getSQLState()) && message.contains("password");
    }

    static StoreException connectionFailure(TeamLibraryAddress address, SQLException e) {
        String state = PgErrors.state(e);
        String message = String.valueOf(e.getMessage());
        if (state.equals("3D000")) {
            return new StoreException("There is no database " + address.database() + " on the server " + address.host()
                    + " port " + address.port() + ": " + message + ". Check the database's name.", e);
        }
        if (state.equals("28P01") || state.equals("28000") || message.contains("password")) {
            return new StoreException("Margin could not log in to the team library " + address.shown() + " as "
                    + address.user() + ": " + message + ". Check the user name and the password (or ~/.pgpass).", e);
        }
        if (state.startsWith("08") || state.equals("57P03") || state.isEmpty()) {
            return new ConnectionLostException("The server of the team library " + address.shown() + " cannot be reached ("
                    + message + "). Check the address, the network, and that the server is running.", e);
        }
        return new StoreException("Margin could not connect to the team library " + address.shown() + " as "
                + address.user() + ": " + message, e);
    }
}
