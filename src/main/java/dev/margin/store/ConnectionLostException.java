package dev.margin.store;

/**
 * The library's server could not be reached, or the connection to it broke, so the work asked for was not done (a
 * change was rolled back, never half-saved). Unlike other store failures, the same work may well succeed once the
 * connection is back; the store reconnects by itself at the next call.
 */
public class ConnectionLostException extends StoreException {
    public ConnectionLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
