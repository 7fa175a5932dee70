package dev.margin.importer;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the page in a web page saved as one MHTML file (Chrome's and Edge's "Save as… Webpage, Single File",
 * {@code .mhtml}; Internet Explorer's and Word's {@code .mht}). Such a file is a MIME message of type
 * multipart/related: the page's HTML in one part (quoted-printable or base64), its images, style sheets and frames in
 * the others, each named by a Content-Location. Apache James mime4j reads the MIME structure and undoes the transfer
 * encodings; this class picks the page's part and hands back its bytes, the charset its headers declare, and its
 * address, for the HTML import path to read like any saved page.
 *
 * <p>The page is the HTML part whose Content-Location is the message's Snapshot-Content-Location (Chrome names the
 * page there, and a page with frames has several HTML parts), else the first HTML part, as RFC 2557 says for a
 * multipart/related without a start parameter. Images and every other part are skipped without being decoded.
 */
final class MhtmlReader {
    /** A page's HTML is a few MiB at most; past this the part is something else (a data dump in a frame). */
    static final int MAX_HTML_BYTES = 20 * 1024 * 1024;
    private static final Pattern CHARSET = Pattern.compile("(?i)(?:^|;)\\s*charset\\s*=\\s*\"?([^\";\\s]+)");

    /**
     * The page found in one MHTML file.
     *
     * @param html     the HTML part's bytes, transfer encoding undone, still in its own charset
     * @param charset  the charset the part's Content-Type declares, or null (the page's meta charset then decides)
     * @param location the page's address (Content-Location), or null when the file names none or an invalid one
     * @param subject  the message's Subject, which browsers set to the page's title; empty when absent
     */
    record Page(byte[] html, String charset, URI location, String subject) {
    }

    private MhtmlReader() {
    }

    static Page read(byte[] bytes, String source, CancelCheck cancel) throws ImportException {
        MimeConfig config = new MimeConfig.Builder()
                .setMaxLineLen(-1).setMaxHeaderLen(-1).setMaxHeaderCount(-1).setMaxContentLen(-1)
                .setMaxNestingDepth(20).setMalformedHeaderStartsBody(true).build();
        MimeTokenStream stream = new MimeTokenStream(config);
        stream.parse(new ByteArrayInputStream(bytes));
        Map<String, String> messageHeaders = new HashMap<>();
        Map<String, String> partHeaders = new HashMap<>();
        boolean inMessageHeader = false;
        boolean sawMultipart = false;
        List<Page> pages = new ArrayList<>();
        try {
            int depth = 0;
            for (EntityState state = stream.getState(); state != EntityState.T_END_OF_STREAM; state = stream.next()) {
                switch (state) {
                    case T_START_MESSAGE -> inMessageHeader = depth++ == 0;
                    case T_START_BODYPART -> {
                        inMessageHeader = false;
                        partHeaders.clear();
                        cancel.check();
                    }
                    case T_START_MULTIPART -> sawMultipart = true;
                    case T_FIELD -> {
                        Field field = stream.getField();
                        Map<String, String> headers = inMessageHeader ? messageHeaders : partHeaders;
                        headers.putIfAbsent(field.getName().toLowerCase(Locale.ROOT), field.getBody().strip());
                    }
                    case T_BODY -> {
                        Map<String, String> headers = inMessageHeader ? messageHeaders : partHeaders;
                        String type = stream.getBodyDescriptor().getMimeType();
                        if ("text/html".equalsIgnoreCase(type) || "application/xhtml+xml".equalsIgnoreCase(type)) {
                            pages.add(new Page(readLimited(stream.getDecodedInputStream(), source), charsetOf(headers),
                                    address(headers.get("content-location")), ""));
                        }
                    }
                    default -> {
                        // Preamble, epilogue and the ends of entities say nothing about the page.
                    }
                }
            }
        } catch (MimeException | IOException e) {
            throw new ImportException("Cannot import " + source + ": it is not a readable MHTML file (" + e.getMessage() + ").", e);
        }
        if (pages.isEmpty()) {
            throw new ImportException("Cannot import " + source + ": " + (sawMultipart
                    ? "this MHTML file holds no HTML page, only other parts (images, style sheets)."
                    : "it is not an MHTML file (a web page saved as a single file by a browser): no MIME parts were found in it."));
        }
        Page page = mainPage(pages, address(messageHeaders.get("snapshot-content-location")));
        String subject = messageHeaders.getOrDefault("subject", "");
        return new Page(page.html(), page.charset(), page.location(), subject.isEmpty() ? "" : decodeWords(subject));
    }

    private static Page mainPage(List<Page> pages, URI snapshot) {
        if (snapshot != null) {
            for (Page page : pages) {
                if (snapshot.equals(page.location())) {
                    return page;
                }
            }
        }
        return pages.get(0);
    }

    private static byte[] readLimited(InputStream in, String source) throws IOException, ImportException {
        byte[] bytes = in.readNBytes(MAX_HTML_BYTES + 1);
        if (bytes.length > MAX_HTML_BYTES) {
            throw new ImportException("Cannot import " + source + ": its page is larger than "
                    + ByteSizes.megabytes(MAX_HTML_BYTES) + " of HTML, which is not an article.");
        }
        return bytes;
    }

    /** The charset named in a part's own Content-Type, or null: mime4j's default (US-ASCII) would refuse real pages. */
    static String charsetOf(Map<String, String> headers) {
        String contentType = headers.get("content-type");
        if (contentType == null) {
            return null;
        }
        Matcher matcher = CHARSET.matcher(contentType);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static URI address(String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(location.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            // cid: and about: name parts of the file itself, not the page's address.
            return scheme.equals("http") || scheme.equals("https") ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String decodeWords(String header) {
        try {
            return DecoderUtil.decodeEncodedWords(header, DecodeMonitor.SILENT).strip();
        } catch (IllegalArgumentException e) {
            return header;
        }
    }
}
