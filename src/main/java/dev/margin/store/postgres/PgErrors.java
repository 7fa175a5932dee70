package dev.margin.store.postgres;

import dev.margin.store.ConnectionLostException;
import dev.margin.store.StoreException;

import java.sql.SQLException;

/** Turns PostgreSQL's SQLSTATE codes into messages a user can act on, each naming the server and database. */
final class PgErrors {
    static final String INSUFFICIENT_PRIVILEGE = "42501";
    static final String UNIQUE_VIOLATION = "23505";
    static final String FOREIGN_KEY_VIOLATION = "23503";
    static final String SYNTAX_ERROR = "42601";

    private PgErrors() {
    }

    static String state(SQLException e) {
        return e.getSQLState() == null ? "" : e.getSQLState();
    }

    /** The connection broke or the server is going away: the work may succeed on a new connection. */
    static boolean isConnectionLoss(SQLException e) {
        String state = state(e);
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
    }

    static StoreException translate(String library, String what, SQLException e) {
        String state = state(e);
        String detail = e.getMessage();
        String message;
        if (isConnectionLoss(e)) {
            return new ConnectionLostException("The connection to the team library " + library + " was lost (" + detail
                    + "); " + what + " failed and was not saved. Check the network and that the server is running;"
                    + " Margin connects again by itself.", e);
        } else if (state.equals("28P01") || state.equals("28000")) {
            message = "The server of the team library " + library + " refused the login: " + detail;
        } else if (state.equals(INSUFFICIENT_PRIVILEGE)) {
            message = what + " in the team library " + library + " is not allowed for you: " + detail
                    + ". Ask an editor or admin of the library if you need that right.";
        } else if (state.equals("57P03")) {
            message = "The server of the team library " + library + " is shutting down or starting (" + detail + "); "
                    + what + " failed. Try again in a moment.";
        } else if (state.startsWith("23")) {
            message = what + " in the team library " + library + " was refused: " + detail;
        } else if (state.equals("40001") || state.equals("40P01")) {
            message = what + " in the team library " + library + " collided with another person's change and was undone; try again.";
        } else {
            message = what + " in the team library " + library + " failed: " + detail;
        }
        return new StoreException(message, e);
    }
}
