package dev.margin.importer;

import java.time.Instant;
import java.util.Objects;

/**
 * One article page found in a web archive (a WARC file or a WACZ package), as the user picks it: its address, its
 * title and when it was captured. The entry and offset say where its record was seen, so that importing it need not
 * read the archive again from the start; they are hints only (a page named by address alone is found by a scan).
 *
 * @param url      the page's address as the crawler captured it
 * @param title    the page's title (its {@code <title>}, or the one pages.jsonl gives); empty when it has none
 * @param captured when the crawler captured it, or null when unknown
 * @param entry    the WARC file inside a WACZ package ({@code archive/data.warc.gz}), or null for a WARC file
 * @param offset   where the page's record starts in that WARC file, or -1 when unknown
 */
public record ArchivedPage(String url, String title, Instant captured, String entry, long offset) {
    public ArchivedPage {
        Objects.requireNonNull(url, "url");
        title = title == null ? "" : title.strip();
    }

    /** A page named by its address only (on the command line, say): found by reading the archive. */
    public static ArchivedPage at(String url) {
        return new ArchivedPage(url, "", null, null, -1);
    }
}
