package dev.margin.store;

/**
 * A change was made on a stale copy: someone else changed (or deleted) the record since it was read, so saving
 * would overwrite their work. Nothing was saved; the message names what changed, who changed it and when, and
 * the caller may reload and try again.
 */
public class StaleRowException extends StoreException {
    private final String record;
    private final String changedBy;

    public StaleRowException(String message, String record, String changedBy) {
        super(message);
        this.record = record;
        this.changedBy = changedBy;
    }

    /** The record, as shown to a user ("annotation 6f1c…", "actor 12 \"Adaeze Okafor\""). */
    public String record() {
        return record;
    }

    /** The database user who made the newer change, or empty when the record was deleted. */
    public String changedBy() {
        return changedBy;
    }
}
