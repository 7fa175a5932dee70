package dev.margin.export;

/** A JSON-LD file is not one Margin can read back; the message says what is wrong and where. */
public class JsonLdFormatException extends RuntimeException {
    public JsonLdFormatException(String message) {
        super(message);
    }

    public JsonLdFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
