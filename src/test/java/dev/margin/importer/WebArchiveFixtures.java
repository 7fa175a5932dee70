package dev.margin.importer;

import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Web archives written in the test with jwarc, as Webrecorder and Heritrix write them: a news site's crawl with
 * article pages, style sheets, scripts, an image, an ad frame, a 404, a redirect and revisits. Texts written for Margin.
 */
public final class WebArchiveFixtures {
    public static final String BUDGET = "https://news.example.org/politik/haushalt-2027";
    public static final String BUDGET_MOBILE = "https://m.news.example.org/politik/haushalt-2027";
    public static final String BUDGET_SHORT = "http://news.example.org/haushalt";
    public static final String SHIPYARD = "https://news.example.org/wirtschaft/werft-auftrag";
    public static final String FERRY = "https://news.example.org/lokales/faehre-faellt-aus";
    public static final String MISSING = "https://news.example.org/lokales/alte-seite";
    public static final String LOGO = "https://news.example.org/static/logo.png";
    public static final Instant FIRST_CRAWL = Instant.parse("2026-11-30T08:15:00Z");
    public static final Instant SECOND_CRAWL = Instant.parse("2026-12-01T07:40:00Z");

    static final String BUDGET_HTML = "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\">"
            + "<title>Landtag beschließt Haushalt 2027 | Nordkurier Beispiel</title>"
            + "<link rel=\"canonical\" href=\"" + BUDGET + "\"></head><body>"
            + "<nav><a href=\"/\">Start</a> <a href=\"/politik\">Politik</a></nav><article>"
            + "<h1>Landtag beschließt Haushalt 2027</h1>"
            + "<p>Der Landtag hat am Donnerstag den Haushalt für 2027 beschlossen. Er umfasst 14,2 Milliarden Euro, 600 Millionen mehr als im Vorjahr.</p>"
            + "<p>„Wir investieren in Schulen und Straßen, ohne neue Schulden zu machen“, sagte Finanzministerin Helga Brandt im Plenum.</p>"
            + "<p>Die Opposition stimmte geschlossen dagegen. Der Haushalt verschiebe Lasten in die Zukunft, sagte Fraktionschef Ole Jensen.</p>"
            + "</article><aside class=\"related\"><a href=\"/x\">Mehr aus der Politik</a></aside></body></html>";
    static final String SHIPYARD_HTML = "<html><head><title>Werft erhält Großauftrag für drei Fähren</title></head><body><article>"
            + "<p>Die Werft in Wolgast hat einen Auftrag über drei Elektrofähren erhalten. Das Volumen liegt bei 180 Millionen Euro.</p>"
            + "<p>„Das sichert 400 Arbeitsplätze für vier Jahre“, sagte Betriebsratschef Jörg Dänzer.</p>"
            + "<p>Die erste Fähre soll im Frühjahr 2029 ausgeliefert werden; die Reederei betreibt sie zwischen Rügen und Hiddensee.</p>"
            + "</article></body></html>";
    static final String FERRY_HTML = "<html><head><title>Fähre fällt bis Montag aus</title></head><body><main><div class=\"text\">"
            + "<p>Die Fähre zwischen Stralsund und Altefähr fällt bis einschließlich Montag aus. Grund ist ein Schaden am Antrieb.</p>"
            + "<p>Pendler sollen auf die Busse der Linie 12 ausweichen, die im Halbstundentakt fahren, teilte der Betreiber mit.</p>"
            + "<p>Ersatzteile seien bestellt; ein Techniker aus Hamburg sei bereits vor Ort.</p></div></main></body></html>";

    private WebArchiveFixtures() {
    }

    /** A crawl of the news site: three article pages among assets, an ad frame, a 404, a redirect and two revisits. */
    public static Path newsCrawl(Path file, WarcCompression compression) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING); WarcWriter writer = new WarcWriter(channel, compression)) {
            writer.write(new Warcinfo.Builder().date(FIRST_CRAWL).fields(Map.of("software", java.util.List.of("Margin test crawler"),
                    "format", java.util.List.of("WARC File Format 1.1"))).build());
            writeCrawl(writer);
        }
        return file;
    }

    static void writeCrawl(WarcWriter writer) throws IOException {
        writer.write(new WarcRequest.Builder(URI.create(BUDGET_SHORT)).date(FIRST_CRAWL)
                .body(new HttpRequest.Builder("GET", "/haushalt").addHeader("Host", "news.example.org").build()).build());
        writer.write(response(BUDGET_SHORT, FIRST_CRAWL, new HttpResponse.Builder(301, "Moved Permanently")
                .addHeader("Location", BUDGET).body(MediaType.HTML, new byte[0]).build(), new byte[0]));
        WarcResponse budget = page(BUDGET, 200, "text/html; charset=utf-8", BUDGET_HTML.getBytes(StandardCharsets.UTF_8));
        writer.write(budget);
        writer.write(page("https://news.example.org/static/site.css", 200, "text/css", "body{margin:0}".getBytes(StandardCharsets.UTF_8)));
        writer.write(page("https://news.example.org/static/app.js", 200, "application/javascript", "void 0;".getBytes(StandardCharsets.UTF_8)));
        writer.write(page(LOGO, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));
        writer.write(page("https://ads.example.net/embed/frame.html?slot=top", 200, "text/html",
                "<html><head><title>Anzeige</title></head><body>Jetzt buchen</body></html>".getBytes(StandardCharsets.UTF_8)));
        writer.write(page(MISSING, 404, "text/html",
                "<html><head><title>Seite nicht gefunden</title></head><body>404</body></html>".getBytes(StandardCharsets.UTF_8)));
        // Served gzip-compressed with a windows-1252 charset in the HTTP header only.
        byte[] shipyard = gzip(SHIPYARD_HTML.getBytes(Charset.forName("windows-1252")));
        writer.write(response(SHIPYARD, FIRST_CRAWL, new HttpResponse.Builder(200, "OK").addHeader("Content-Encoding", "gzip")
                .body(MediaType.parse("text/html; charset=windows-1252"), shipyard).build(), shipyard));
        writer.write(page(FERRY, 200, "text/html; charset=UTF-8", FERRY_HTML.getBytes(StandardCharsets.UTF_8)));
        // The next day's crawl found the budget page unchanged, and its mobile twin with the same content.
        writer.write(revisit(BUDGET, SECOND_CRAWL, budget));
        writer.write(revisit(BUDGET_MOBILE, SECOND_CRAWL, budget));
    }

    /** A WACZ package holding the crawl, with a pages.jsonl naming the pages the collector visited (or none). */
    public static Path newsWacz(Path file, boolean withPagesJsonl) throws IOException {
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(warc), WarcCompression.GZIP)) {
            writeCrawl(writer);
        }
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry data = new ZipEntry("archive/data.warc.gz");
            stored(data, warc.toByteArray());
            zip.putNextEntry(data);
            zip.write(warc.toByteArray());
            zip.closeEntry();
            if (withPagesJsonl) {
                zip.putNextEntry(new ZipEntry("pages/pages.jsonl"));
                zip.write(("{\"format\": \"json-pages-1.0\", \"id\": \"pages\", \"title\": \"All Pages\"}\n"
                        + "{\"id\": \"p1\", \"url\": \"" + BUDGET + "\", \"title\": \"Landtag beschließt Haushalt 2027\", \"ts\": \"2026-11-30T08:15:00Z\"}\n"
                        + "{\"id\": \"p2\", \"url\": \"" + FERRY + "\", \"title\": \"Fähre fällt bis Montag aus\", \"ts\": \"2026-11-30T08:15:00Z\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("datapackage.json"));
            zip.write("{\"profile\": \"data-package\", \"wacz_version\": \"1.1.1\"}".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    /** A WARC file holding one article page only. */
    public static Path singlePage(Path file) throws IOException {
        try (WarcWriter writer = new WarcWriter(file)) {
            writer.write(page(FERRY, 200, "text/html; charset=UTF-8", FERRY_HTML.getBytes(StandardCharsets.UTF_8)));
        }
        return file;
    }

    private static WarcResponse page(String url, int status, String type, byte[] body) throws IOException {
        return response(url, FIRST_CRAWL, new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body).build(), body);
    }

    private static WarcResponse response(String url, Instant date, HttpResponse http, byte[] payload) throws IOException {
        return new WarcResponse.Builder(URI.create(url)).date(date).body(http).payloadDigest(digest(payload)).build();
    }

    private static WarcRevisit revisit(String url, Instant date, WarcResponse original) throws IOException {
        HttpResponse headersOnly = new HttpResponse.Builder(200, "OK").addHeader("Content-Type", "text/html; charset=utf-8").build();
        return new WarcRevisit.Builder(URI.create(url), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1).date(date)
                .refersTo(original.id(), original.targetURI(), original.date())
                .payloadDigest(original.payloadDigest().orElseThrow()).body(headersOnly).build();
    }

    private static WarcDigest digest(byte[] payload) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(payload);
            return new WarcDigest(sha1);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    private static void stored(ZipEntry entry, byte[] bytes) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        entry.setCrc(crc.getValue());
    }
}
