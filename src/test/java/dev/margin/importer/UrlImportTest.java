package dev.margin.importer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.margin.domain.ArticleDraft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** URL import against a real HTTP server on 127.0.0.1 (never the internet). */
class UrlImportTest {
    private static final long CAP = 256 * 1024;

    private HttpServer server;
    private final CountDownLatch releaseSlowServer = new CountDownLatch(1);
    private ArticleImporter importer;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] wire = Files.readAllBytes(Fixtures.path("wire-report.html"));
        byte[] cluttered = Files.readAllBytes(Fixtures.path("cluttered-news.html"));
        byte[] emoji = Files.readAllBytes(Fixtures.path("emoji-community.html"));
        serve("/wire", 200, "text/html; charset=utf-8", wire);
        serve("/no-canonical", 200, "text/html", emoji);
        serve("/xhtml", 200, "application/xhtml+xml; charset=UTF-8", cluttered);
        server.createContext("/moved", exchange -> redirect(exchange, "/no-canonical"));
        server.createContext("/loop", exchange -> redirect(exchange, "/loop"));
        serve("/missing", 404, "text/html", "<h1>Not found</h1>".getBytes(StandardCharsets.UTF_8));
        serve("/broken", 500, "text/html", "<h1>Internal error</h1>".getBytes(StandardCharsets.UTF_8));
        serve("/image", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        serve("/paper", 200, "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        serve("/huge", 200, "text/html", ("<html><body><article><p>" + "x".repeat((int) CAP * 2) + "</p></article></body></html>")
                .getBytes(StandardCharsets.US_ASCII));
        serve("/plain", 200, "text/plain; charset=windows-1252", "Ferry fares rise\n“Again,” said commuters — 7% more."
                .getBytes(Charset.forName("windows-1252")));
        serve("/latin1-by-header", 200, "text/html; charset=ISO-8859-1", ("<html><head><title>Zürich</title></head><body><article><p>"
                + "Die Zürcher Gemeinderätin sagte am Montag, die Brücke werde bis Mai gesperrt. ".repeat(4) + "</p></article></body></html>")
                .getBytes(StandardCharsets.ISO_8859_1));
        serve("/sjis-by-meta", 200, "text/html", Files.readAllBytes(Fixtures.path("japanese-shift-jis.html")));
        serve("/untyped", 200, null, wire);
        server.createContext("/huge-chunked", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = "<p>filler paragraph text</p>\n".repeat(1000).getBytes(StandardCharsets.US_ASCII);
            try (OutputStream out = exchange.getResponseBody()) {
                for (long sent = 0; sent <= CAP * 4; sent += chunk.length) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // The importer hangs up once the cap is passed; that is the point of this test.
                exchange.close();
            }
        });
        server.createContext("/slow", exchange -> {
            try {
                releaseSlowServer.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.start();
        importer = new ArticleImporter(new UrlFetcher(Duration.ofMillis(700), CAP));
    }

    @AfterEach
    void stopServer() {
        releaseSlowServer.countDown();
        server.stop(0);
    }

    @Test
    void aGoodPageIsImportedWithItsCanonicalUrl() throws ImportException {
        ArticleDraft draft = importer.importUrl(url("/wire")).draft();

        assertThat(draft.title()).isEqualTo("Port authority cuts harbour fees by 12% after strike talks");
        assertThat(draft.url()).isEqualTo("https://northernwire.example/business/port-fees-cut");
        assertThat(draft.text()).startsWith("BERGHOLM, March 14 (Northern Wire) – The Bergholm port authority");
    }

    @Test
    void xhtmlIsAccepted() throws ImportException {
        assertThat(importer.importUrl(url("/xhtml")).draft().title()).isEqualTo("City council approves night-bus trial");
    }

    @Test
    void aRedirectIsFollowedAndTheFinalAddressBecomesTheUrlWhenThePageNamesNone() throws ImportException {
        ArticleDraft draft = importer.importUrl(url("/moved")).draft();

        assertThat(draft.url()).isEqualTo(url("/no-canonical").toString());
        assertThat(draft.title()).isEqualTo("Harbour swim raises record sum for lifeboat crew");
    }

    @Test
    void endlessRedirectsStopAfterTheLimit() {
        assertThatThrownBy(() -> importer.importUrl(url("/loop"))).isInstanceOf(ImportException.class)
                .hasMessageContaining(url("/loop").toString())
                .hasMessageContaining("redirects more than " + UrlFetcher.MAX_REDIRECTS + " times");
    }

    @Test
    void notFoundAndServerErrorsNameTheStatus() {
        assertThatThrownBy(() -> importer.importUrl(url("/missing"))).isInstanceOf(ImportException.class)
                .hasMessageContaining(url("/missing").toString()).hasMessageContaining("HTTP 404 (page not found)");
        assertThatThrownBy(() -> importer.importUrl(url("/broken")))
                .hasMessageContaining("HTTP 500 (server error)");
    }

    @Test
    void nonHtmlTypesAreRefusedByName() {
        assertThatThrownBy(() -> importer.importUrl(url("/image"))).isInstanceOf(ImportException.class)
                .hasMessageContaining("of type image/png");
        assertThatThrownBy(() -> importer.importUrl(url("/paper"))).hasMessageContaining("of type application/pdf");
    }

    @Test
    void anOversizeBodyIsCutOff() {
        assertThatThrownBy(() -> importer.importUrl(url("/huge"))).isInstanceOf(ImportException.class)
                .hasMessageContaining(url("/huge").toString()).hasMessageContaining("the page is 512 KB; the limit is 256 KB")
                .hasMessageContaining("it was not downloaded");
    }

    @Test
    void aStreamedBodyWithoutLengthIsCutOffAtTheCapToo() {
        assertThatThrownBy(() -> importer.importUrl(url("/huge-chunked"))).isInstanceOf(ImportException.class)
                .hasMessageContaining("the page is more than the limit of 256 KB; the download was stopped");
    }

    @Test
    void withoutACharsetInTheHeaderTheMetaCharsetIsUsed() throws ImportException {
        ArticleDraft draft = importer.importUrl(url("/sjis-by-meta")).draft();
        assertThat(draft.title()).isEqualTo("港南市で桜の開花を宣言　平年より５日早く");
        assertThat(draft.text()).startsWith("港南気象台は２１日、港南市でソメイヨシノが開花したと発表した。");
    }

    @Test
    void aResponseWithoutContentTypeIsRefused() {
        assertThatThrownBy(() -> importer.importUrl(url("/untyped"))).isInstanceOf(ImportException.class)
                .hasMessageContaining("of no declared type");
    }

    @Test
    void aSlowServerTimesOut() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> importer.importUrl(url("/slow"))).isInstanceOf(ImportException.class)
                .hasMessageContaining(url("/slow").toString()).hasMessageContaining("did not deliver the page within 0.7 seconds");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void anUnreachablePortIsAClearError() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        URI closed = URI.create("http://127.0.0.1:" + port + "/story");
        assertThatThrownBy(() -> importer.importUrl(closed)).isInstanceOf(ImportException.class)
                .hasMessageContaining(closed.toString()).hasMessageContaining("could not connect to 127.0.0.1:" + port);
    }

    @Test
    void plainTextIsImportedThroughTheTextPathWithTheHeaderCharset() throws ImportException {
        ArticleDraft draft = importer.importUrl(url("/plain")).draft();

        assertThat(draft.title()).isEqualTo("Ferry fares rise");
        assertThat(draft.text()).isEqualTo("“Again,” said commuters — 7% more.");
        assertThat(draft.url()).isEqualTo(url("/plain").toString());
    }

    @Test
    void theHeaderCharsetWinsForHtml() throws ImportException {
        ArticleDraft draft = importer.importUrl(url("/latin1-by-header")).draft();
        assertThat(draft.title()).isEqualTo("Zürich");
        assertThat(draft.text()).startsWith("Die Zürcher Gemeinderätin sagte");
    }

    @Test
    void onlyWebAddressesAreFetched() {
        assertThatThrownBy(() -> importer.importUrl(URI.create("file:///etc/passwd"))).isInstanceOf(ImportException.class)
                .hasMessageContaining("only http:// and https://");
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private void serve(String path, int status, String contentType, byte[] body) {
        server.createContext(path, new HttpHandler() {
            @Override
            public void handle(HttpExchange exchange) throws IOException {
                if (contentType != null) {
                    exchange.getResponseHeaders().set("Content-Type", contentType);
                }
                exchange.sendResponseHeaders(status, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }
}
