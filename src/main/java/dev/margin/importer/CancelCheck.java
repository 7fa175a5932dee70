package dev.margin.importer;

import java.io.Reader;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The importer's view of the user's cancel button: it asks between blocks of one long file (and while jsoup reads
 * the page) whether the import should stop, and stops with a {@link CancellationException} that
 * {@link ArticleImporter} turns into an {@link ImportCancelledException}. A plain {@link BooleanSupplier} keeps the
 * importer free of the service layer's own cancellation type.
 */
final class CancelCheck {
    static final CancelCheck NEVER = new CancelCheck(() -> false);

    private final BooleanSupplier cancelled;

    CancelCheck(BooleanSupplier cancelled) {
        this.cancelled = cancelled;
    }

    static CancelCheck of(BooleanSupplier cancelledOrNull) {
        return cancelledOrNull == null ? NEVER : new CancelCheck(cancelledOrNull);
    }

    void check() {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("the import was cancelled");
        }
    }

    /** The text as a reader that checks for cancel at every buffer it hands out, so a long parse can be stopped. */
    Reader reader(String text) {
        return new Reader() {
            private int position;

            @Override
            public int read(char[] buffer, int offset, int length) {
                check();
                if (position >= text.length()) {
                    return -1;
                }
                int count = Math.min(length, text.length() - position);
                text.getChars(position, position + count, buffer, offset);
                position += count;
                return count;
            }

            @Override
            public void close() {
                // Nothing to release: the text is in memory.
            }
        };
    }
}
