package dev.margin.importer;

import java.net.URI;

/**
 * A downloaded page: where it finally came from (after redirects), its media type, the charset the
 * Content-Type header declared (or null) and its bytes, at most the fetcher's size cap.
 */
public record FetchedPage(URI finalUri, String mediaType, String charset, byte[] body) {
    public boolean isPlainText() {
        return mediaType.equals("text/plain");
    }
}
