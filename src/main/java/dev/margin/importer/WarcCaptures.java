package dev.margin.importer;

import org.jsoup.parser.Parser;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the records of one or more WARC files captured, kept small (address, date, status, type, title, where the
 * record is; never a body), and the rules that turn it into article pages: an HTML response with status 200 is a
 * page unless its address is an asset or an embedded frame; a revisit record (a capture whose content the crawler
 * did not store again) takes its content, title and type from the record it refers to; a redirect (3xx with a
 * Location) is followed, up to five hops, when a page is asked for by the address that redirected. The same address
 * captured several times is listed once, with its latest capture.
 */
final class WarcCaptures {
    static final int TITLE_BYTES = 64 * 1024;
    private static final int MAX_REDIRECTS = 5;
    private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");
    private static final Pattern OG_TITLE = Pattern.compile(
            "(?is)<meta\\s[^>]*property\\s*=\\s*[\"']og:title[\"'][^>]*content\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern ASSET = Pattern.compile("(?i)\\.(?:css|js|mjs|json|xml|rss|atom|txt|png|jpe?g|gif|webp|avif|svg"
            + "|ico|woff2?|ttf|otf|eot|mp4|webm|mp3|m4a|ogg|pdf|zip|gz)$");
    private static final Pattern EMBED = Pattern.compile("(?i)/(?:embed|iframe|widgets?|ads?|adserver|sync|pixel|consent|cmp)(?:/|\\.|$)"
            + "|doubleclick\\.net|googlesyndication\\.com|googletagmanager\\.com");

    /** One record that captured an address. {@code status} is -1 when a revisit carried no HTTP header of its own. */
    record Capture(String url, Instant date, int status, String redirect, boolean html, String charset, String title,
                   String entry, long offset, URI recordId, String digest, Revisit revisit) {
    }

    /** What a revisit record refers to: a record id, or an address and date, and the payload digest it shares. */
    record Revisit(URI refersTo, String refersToUrl, Instant refersToDate) {
    }

    /** A page's content found: the record holding it, the address it answers (after redirects), when it was captured. */
    record Found(Capture content, int status, String url, Instant captured) {
    }

    private final List<Capture> captures = new ArrayList<>();
    private final Map<URI, Capture> byId = new HashMap<>();
    private final Map<String, Capture> byDigest = new HashMap<>();

    /**
     * Reads every record of one WARC stream (gzip per record or not: the reader sees which); {@code titles} says
     * whether to read the start of each HTML page for its title (listing does, importing does not need to).
     */
    void scan(WarcReader reader, String entry, boolean titles, CancelCheck cancel, LongConsumer position) throws IOException {
        reader.setLenient(true);
        for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
            cancel.check();
            long offset = reader.position();
            position.accept(offset);
            WarcRecord record = next.get();
            Capture capture = null;
            if (record instanceof WarcRevisit revisit) {
                capture = revisit(revisit, entry, offset);
            } else if (record instanceof WarcResponse response && isHttp(response)) {
                capture = response(response, entry, offset, titles);
            } else if (record instanceof WarcResource resource) {
                capture = resource(resource, entry, offset, titles);
            }
            if (capture != null) {
                captures.add(capture);
                byId.put(capture.recordId(), capture);
                if (capture.revisit() == null && capture.digest() != null) {
                    byDigest.putIfAbsent(capture.digest(), capture);
                }
            }
        }
    }

    /** The article pages, in the order the archive first captured them, each address once with its latest capture. */
    List<ArchivedPage> pages() {
        Map<String, ArchivedPage> pages = new LinkedHashMap<>();
        for (Capture capture : captures) {
            Capture content = content(capture);
            if (content == null || statusOf(capture, content) != 200 || !content.html() || !isArticleAddress(capture.url())) {
                continue;
            }
            ArchivedPage page = new ArchivedPage(capture.url(), content.title(), capture.date(), content.entry(), content.offset());
            pages.merge(key(capture.url()), page, (earlier, later) -> later.captured() != null && earlier.captured() != null
                    && later.captured().isBefore(earlier.captured()) ? earlier : later);
        }
        return List.copyOf(pages.values());
    }

    /**
     * The content of the page at {@code url}: its latest 200 capture, through revisits and redirects; null when the
     * archive holds no capture of that address at all. The content may still be an error page or not HTML: the
     * caller says so.
     */
    Found find(String url) {
        String address = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            Capture ok = null;
            Capture redirect = null;
            Capture other = null;
            for (Capture capture : captures) {
                Capture content = content(capture);
                if (content == null || !key(capture.url()).equals(key(address))) {
                    continue;
                }
                int status = statusOf(capture, content);
                if (status == 200) {
                    ok = ok == null || later(capture, ok) ? capture : ok;
                } else if (status >= 300 && status < 400 && capture.redirect() != null) {
                    redirect = redirect == null || later(capture, redirect) ? capture : redirect;
                } else {
                    other = other == null || later(capture, other) ? capture : other;
                }
            }
            if (ok != null) {
                return new Found(content(ok), 200, address, ok.date());
            }
            if (redirect == null) {
                return other == null ? null : new Found(content(other), statusOf(other, content(other)), address, other.date());
            }
            address = resolve(redirect.url(), redirect.redirect());
        }
        return null;
    }

    private static int statusOf(Capture capture, Capture content) {
        return capture.status() >= 0 ? capture.status() : content.status();
    }

    int size() {
        return captures.size();
    }

    private Capture content(Capture capture) {
        Revisit revisit = capture.revisit();
        if (revisit == null) {
            return capture;
        }
        Capture referred = revisit.refersTo() == null ? null : byId.get(revisit.refersTo());
        if (referred == null && revisit.refersToUrl() != null) {
            for (Capture candidate : captures) {
                if (candidate.revisit() == null && key(candidate.url()).equals(key(revisit.refersToUrl()))
                        && (revisit.refersToDate() == null || revisit.refersToDate().equals(candidate.date()))) {
                    referred = candidate;
                }
            }
        }
        if (referred == null && capture.digest() != null) {
            referred = byDigest.get(capture.digest());
        }
        return referred;
    }

    private static boolean later(Capture a, Capture b) {
        return a.date() != null && (b.date() == null || !a.date().isBefore(b.date()));
    }

    private Capture response(WarcResponse response, String entry, long offset, boolean titles) throws IOException {
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException | RuntimeException e) {
            return null; // A malformed HTTP message: not a page anyone could read.
        }
        MediaType type = http.contentType();
        boolean html = isHtml(type);
        String charset = type == null ? null : type.parameters().get("charset");
        String title = html && titles && http.status() == 200 ? title(http, charset) : "";
        return new Capture(response.target(), response.date(), http.status(), http.headers().first("Location").orElse(null), html,
                charset, title, entry, offset, response.id(), digest(response), null);
    }

    private Capture resource(WarcResource resource, String entry, long offset, boolean titles) throws IOException {
        MediaType type = resource.contentType();
        boolean html = isHtml(type);
        String charset = type == null ? null : type.parameters().get("charset");
        String title = html && titles ? title(resource.body().stream(), charset) : "";
        return new Capture(resource.target(), resource.date(), 200, null, html, charset, title, entry, offset, resource.id(),
                digest(resource), null);
    }

    private Capture revisit(WarcRevisit revisit, String entry, long offset) {
        int status = -1;
        String location = null;
        try {
            HttpResponse http = revisit.http();
            status = http.status();
            location = http.headers().first("Location").orElse(null);
        } catch (IOException | RuntimeException e) {
            // A revisit with no HTTP header of its own: the record it refers to answers for it.
        }
        return new Capture(revisit.target(), revisit.date(), status, location, false, null, "", entry, offset, revisit.id(),
                digest(revisit), new Revisit(revisit.refersTo().orElse(null), revisit.refersToTargetURI().map(URI::toString).orElse(null),
                revisit.refersToDate().orElse(null)));
    }

    private static boolean isHttp(WarcResponse response) {
        MediaType type = response.contentType();
        return type != null && type.base().equals(MediaType.HTTP_RESPONSE.base());
    }

    static boolean isHtml(MediaType type) {
        if (type == null) {
            return false;
        }
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private static String digest(WarcCaptureRecord record) {
        return record.payloadDigest().map(digest -> digest.algorithm().toLowerCase(Locale.ROOT) + ":" + digest.base32()).orElse(null);
    }

    private static String title(HttpResponse http, String charset) {
        try {
            return title(http.bodyDecoded().stream(), charset);
        } catch (IOException | RuntimeException e) {
            return ""; // An encoding the reader does not know (brotli): the page is listed by its address.
        }
    }

    private static String title(InputStream body, String charset) {
        try {
            byte[] head = body.readNBytes(TITLE_BYTES);
            String declared = charset != null ? charset : TextDecoder.metaCharset(head);
            Charset decoding = StandardCharsets.UTF_8;
            if (declared != null && Charset.isSupported(declared.strip())) {
                decoding = Charset.forName(declared.strip());
            }
            String text = new String(head, decoding);
            Matcher og = OG_TITLE.matcher(text);
            Matcher title = TITLE.matcher(text);
            String found = title.find() ? title.group(1) : og.find() ? og.group(1) : "";
            return TextNormalizer.paragraph(Parser.unescapeEntities(found, false));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** Pages readers mean: http(s) documents, not style sheets, scripts, images, ad frames or embedded players. */
    static boolean isArticleAddress(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return false;
        }
        String path = lower.replaceFirst("[?#].*$", "");
        return !ASSET.matcher(path).find() && !EMBED.matcher(lower).find() && !path.endsWith("/robots.txt");
    }

    /** The address as compared: scheme and host in lower case, no fragment, no default port. */
    static String key(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (Exception e) {
            return url.strip();
        }
    }

    private static String resolve(String base, String location) {
        try {
            return URI.create(base).resolve(location.strip()).toString();
        } catch (RuntimeException e) {
            return location.strip();
        }
    }
}
