package dev.margin.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Web archives as researchers collect news with Webrecorder, ArchiveWeb.page, Browsertrix or Heritrix: WARC files
 * ({@code .warc}, {@code .warc.gz}, gzip per record) and WACZ packages ({@code .wacz}: a zip holding
 * {@code archive/*.warc.gz} and a {@code pages/pages.jsonl} list of the pages the collector visited). Read with the
 * netpreserve jwarc library, as a stream: an archive of several GiB is never held in memory, and only the start of each
 * HTML page is read (for its title) while listing.
 *
 * <p>{@link #pages} lists the article pages inside (see {@link WarcCaptures} for what counts; a WACZ's pages.jsonl,
 * when it names any page, is the list); {@link #read} finds one page's HTML for the HTML import path. Every failure is
 * an {@link ImportException} naming the archive.
 */
public final class WebArchives {
    /** One page's HTML as captured: body bytes (transfer and content encodings undone), declared charset, address, date. */
    record CapturedPage(byte[] body, String charset, URI url, Instant captured) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private WebArchives() {
    }

    /** Why an archive with no article page cannot be imported, for every place that finds one. */
    public static String noArticlePages(Path archive) {
        return "Cannot import the web archive " + archive + ": it holds no article page (no HTML page captured with status 200).";
    }

    /** Whether the file's name says it is a web archive: .warc, .warc.gz or .wacz. */
    public static boolean isArchive(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz") || name.endsWith(".wacz");
    }

    /**
     * The article pages in the archive, in the order they were captured. {@code progress} hears the fraction of the
     * file read so far; {@code cancelled} is asked at every record and stops with an {@link ImportCancelledException}.
     */
    public static List<ArchivedPage> pages(Path archive, java.util.function.BooleanSupplier cancelled, DoubleConsumer progress)
            throws ImportException {
        String source = "the web archive " + archive;
        CancelCheck cancel = CancelCheck.of(cancelled);
        try {
            if (isWacz(archive)) {
                try (ZipFile zip = openZip(archive, source)) {
                    List<ArchivedPage> listed = pagesJsonl(zip, source);
                    if (!listed.isEmpty()) {
                        progress.accept(1);
                        return listed;
                    }
                    return index(zip, source, true, cancel, progress).pages();
                }
            }
            WarcCaptures captures = new WarcCaptures();
            long size = Math.max(1, Files.size(archive));
            try (WarcReader reader = new WarcReader(archive)) {
                captures.scan(reader, null, true, cancel, position -> progress.accept(Math.min(1.0, (double) position / size)));
            }
            requireRecords(captures, source);
            return captures.pages();
        } catch (java.util.concurrent.CancellationException e) {
            throw new ImportCancelledException(source);
        } catch (IOException | RuntimeException e) {
            throw unreadable(archive, source, e);
        }
    }

    /** The HTML of {@code page} as captured, following revisits and redirects inside the archive. */
    static CapturedPage read(Path archive, ArchivedPage page, CancelCheck cancel) throws ImportException {
        String source = "the web archive " + archive;
        try {
            CapturedPage hinted = null;
            if (page.offset() >= 0) {
                try {
                    hinted = atOffset(archive, page, cancel);
                } catch (IOException | RuntimeException e) {
                    // A stale or unusable hint (one gzip stream for the whole file cannot be entered midway): scan instead.
                    hinted = null;
                }
            }
            if (hinted != null) {
                return hinted;
            }
            WarcCaptures captures;
            if (isWacz(archive)) {
                try (ZipFile zip = openZip(archive, source)) {
                    captures = index(zip, source, false, cancel, fraction -> { });
                }
            } else {
                captures = new WarcCaptures();
                try (WarcReader reader = new WarcReader(archive)) {
                    captures.scan(reader, null, false, cancel, position -> { });
                }
                requireRecords(captures, source);
            }
            WarcCaptures.Found found = captures.find(page.url());
            if (found == null) {
                throw new ImportException("Cannot import " + page.url() + " from " + source + ": the archive holds no capture"
                        + " of that address (" + describe(captures.pages().size()) + ").");
            }
            if (found.status() != 200) {
                throw new ImportException("Cannot import " + page.url() + " from " + source + ": its capture is not a page"
                        + " but the server's answer " + found.status() + ".");
            }
            if (!found.content().html()) {
                throw new ImportException("Cannot import " + page.url() + " from " + source + ": its capture is not a web page"
                        + " (HTML) but another kind of file.");
            }
            CapturedPage read;
            try {
                read = readRecord(archive, found.content().entry(), found.content().offset(), null, cancel);
            } catch (IOException | RuntimeException e) {
                read = null; // A file gzipped as one stream cannot be entered midway: read up to the record instead.
            }
            if (read == null) {
                read = readById(archive, found.content().entry(), found.content().recordId(), cancel);
            }
            if (read == null) {
                throw new ImportException("Cannot import " + page.url() + " from " + source + ": its record could not be read again.");
            }
            return new CapturedPage(read.body(), read.charset(), URI.create(found.url()), found.captured());
        } catch (java.util.concurrent.CancellationException e) {
            throw new ImportCancelledException(source);
        } catch (IOException | RuntimeException e) {
            throw unreadable(archive, source, e);
        }
    }

    /** The page at the offset its listing saw, when the record there is still that page's 200 HTML capture. */
    static CapturedPage atOffset(Path archive, ArchivedPage page, CancelCheck cancel) throws IOException, ImportException {
        return readRecord(archive, page.entry(), page.offset(), page.url(), cancel);
    }

    /**
     * Reads the record at {@code offset} of the WARC file (or the WACZ entry). With {@code expectedUrl}, returns null
     * unless the record is a 200 HTML capture of that address, so that a stale hint falls back to a scan.
     */
    private static CapturedPage readRecord(Path archive, String entry, long offset, String expectedUrl, CancelCheck cancel)
            throws IOException, ImportException {
        cancel.check();
        if (entry == null) {
            try (WarcReader reader = new WarcReader(archive)) {
                reader.position(offset);
                return captured(reader.next(), expectedUrl);
            }
        }
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry zipEntry = zip.getEntry(entry);
            if (zipEntry == null) {
                return null;
            }
            try (InputStream in = zip.getInputStream(zipEntry)) {
                in.skipNBytes(offset);
                try (WarcReader reader = new WarcReader(in)) {
                    return captured(reader.next(), expectedUrl);
                }
            }
        }
    }

    /** Reads the WARC file (or WACZ entry) from its start up to the record with this id. */
    private static CapturedPage readById(Path archive, String entry, java.net.URI recordId, CancelCheck cancel)
            throws IOException, ImportException {
        if (entry == null) {
            try (WarcReader reader = new WarcReader(archive)) {
                return recordWithId(reader, recordId, cancel);
            }
        }
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry zipEntry = zip.getEntry(entry);
            if (zipEntry == null) {
                return null;
            }
            try (InputStream in = zip.getInputStream(zipEntry); WarcReader reader = new WarcReader(in)) {
                return recordWithId(reader, recordId, cancel);
            }
        }
    }

    private static CapturedPage recordWithId(WarcReader reader, java.net.URI recordId, CancelCheck cancel)
            throws IOException, ImportException {
        reader.setLenient(true);
        for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
            cancel.check();
            if (next.get().id().equals(recordId)) {
                return captured(next, null);
            }
        }
        return null;
    }

    private static CapturedPage captured(Optional<WarcRecord> next, String expectedUrl) throws IOException, ImportException {
        if (next.isEmpty()) {
            return null;
        }
        WarcRecord record = next.get();
        if (record instanceof WarcResponse response) {
            if (expectedUrl != null && !WarcCaptures.key(response.target()).equals(WarcCaptures.key(expectedUrl))) {
                return null;
            }
            HttpResponse http = response.http();
            if (expectedUrl != null && (http.status() != 200 || !WarcCaptures.isHtml(http.contentType()))) {
                return null;
            }
            return new CapturedPage(limited(http.bodyDecoded().stream(), response.target()), charset(http.contentType()),
                    URI.create(response.target()), response.date());
        }
        if (record instanceof WarcResource resource) {
            if (expectedUrl != null && !WarcCaptures.key(resource.target()).equals(WarcCaptures.key(expectedUrl))) {
                return null;
            }
            return new CapturedPage(limited(resource.body().stream(), resource.target()), charset(resource.contentType()),
                    URI.create(resource.target()), resource.date());
        }
        return null;
    }

    private static byte[] limited(InputStream body, String url) throws IOException, ImportException {
        byte[] bytes = body.readNBytes((int) ArticleImporter.MAX_FILE_BYTES + 1);
        if (bytes.length > ArticleImporter.MAX_FILE_BYTES) {
            throw new ImportException("Cannot import " + url + ": its captured page is larger than "
                    + ByteSizes.megabytes(ArticleImporter.MAX_FILE_BYTES) + ", which is not an article.");
        }
        return bytes;
    }

    private static String charset(MediaType type) {
        return type == null ? null : type.parameters().get("charset");
    }

    /** Every record of every WARC file in the package (archive/*.warc, *.warc.gz), in name order. */
    private static WarcCaptures index(ZipFile zip, String source, boolean titles, CancelCheck cancel, DoubleConsumer progress)
            throws IOException, ImportException {
        List<ZipEntry> warcs = new ArrayList<>();
        Collections.list(zip.entries()).stream()
                .filter(entry -> !entry.isDirectory() && entry.getName().startsWith("archive/")
                        && (entry.getName().endsWith(".warc") || entry.getName().endsWith(".warc.gz")))
                .sorted(java.util.Comparator.comparing(ZipEntry::getName)).forEach(warcs::add);
        if (warcs.isEmpty()) {
            throw new ImportException("Cannot import " + source + ": it is not a WACZ package of web pages; it holds no"
                    + " archive/*.warc or archive/*.warc.gz file.");
        }
        WarcCaptures captures = new WarcCaptures();
        for (int i = 0; i < warcs.size(); i++) {
            ZipEntry entry = warcs.get(i);
            double done = (double) i / warcs.size();
            double share = 1.0 / warcs.size();
            long size = Math.max(1, entry.getSize());
            try (InputStream in = zip.getInputStream(entry); WarcReader reader = new WarcReader(in)) {
                captures.scan(reader, entry.getName(), titles, cancel,
                        position -> progress.accept(done + share * Math.min(1.0, (double) position / size)));
            }
        }
        return captures;
    }

    /** The pages a WACZ's pages/pages.jsonl names (the first line describes the file and names none). */
    private static List<ArchivedPage> pagesJsonl(ZipFile zip, String source) throws IOException {
        ZipEntry entry = zip.getEntry("pages/pages.jsonl");
        List<ArchivedPage> pages = new ArrayList<>();
        if (entry == null) {
            return pages;
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (IOException e) {
                    continue; // One damaged line; the others still name pages.
                }
                String url = node.path("url").asText("");
                if (url.isEmpty() || !WarcCaptures.isArticleAddress(url)) {
                    continue;
                }
                pages.add(new ArchivedPage(url, node.path("title").asText(""), instant(node.path("ts").asText("")), null, -1));
            }
        }
        return pages;
    }

    private static Instant instant(String timestamp) {
        try {
            return timestamp.isEmpty() ? null : Instant.parse(timestamp);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isWacz(Path archive) {
        return archive.getFileName() != null && archive.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".wacz");
    }

    private static ZipFile openZip(Path archive, String source) throws IOException, ImportException {
        try {
            return new ZipFile(archive.toFile());
        } catch (ZipException e) {
            throw new ImportException("Cannot import " + source + ": it is not a WACZ package (a zip file); it could not be"
                    + " opened as one (" + e.getMessage() + ").", e);
        }
    }

    private static void requireRecords(WarcCaptures captures, String source) throws ImportException {
        if (captures.size() == 0) {
            throw new ImportException("Cannot import " + source + ": it holds no captured web page (no response, resource"
                    + " or revisit record).");
        }
    }

    private static String describe(int pages) {
        return pages == 0 ? "it holds no article page" : pages == 1 ? "it holds 1 article page" : "it holds " + pages + " article pages";
    }

    private static ImportException unreadable(Path archive, String source, Exception e) {
        if (e instanceof NoSuchFileException) {
            return new ImportException("Cannot import " + source + ": there is no such file.", e);
        }
        if (e instanceof AccessDeniedException) {
            return new ImportException("Cannot import " + source + ": permission to read it was denied.", e);
        }
        if (e instanceof ParsingException || e instanceof ZipException) {
            return new ImportException("Cannot import " + source + ": it is not a readable " + (isWacz(archive) ? "WACZ" : "WARC")
                    + " file (" + e.getMessage() + ").", e);
        }
        return new ImportException("Cannot import " + source + ": it could not be read (" + e + ").", e);
    }
}
