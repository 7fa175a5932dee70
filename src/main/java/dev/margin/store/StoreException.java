package dev.margin.store;

/** A store operation failed; the message is written for the user and names the file or record involved. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
