package dev.margin.importer;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Fault cases from the reliability review (docs/RELIABILITY.md, Import and JSON-LD): each hostile input fails alone with a
 * message naming it, in bounded time, and the same importer then imports a good file.
 */
class HostileInputTest {
    private static final String GOOD = "Ferry fares rise\nThe ferry company said on Monday that fares would rise by 7% in May.\n";
    private static final Duration BOUND = Duration.ofSeconds(60);

    private final ArticleImporter importer = new ArticleImporter();

    @TempDir
    Path dir;

    @Test
    void aHundredThousandBlockQuotesAreRefusedWithTheLineNamed() throws Exception {
        refusedInTime("quotes.md", ">".repeat(100_000) + " deep\n", "line 1 nests block quotes or lists more than 100 levels");
    }

    @Test
    void aThreeThousandLevelListIsRefused() throws Exception {
        StringBuilder list = new StringBuilder("Title\n\n");
        for (int level = 0; level < 3000; level++) {
            list.append("  ".repeat(level)).append("- item\n");
        }
        refusedInTime("list.md", list.toString(), "more than 100 levels deep");
    }

    @Test
    void aLineOfAHundredThousandStarsIsRefused() throws Exception {
        refusedInTime("stars.md", "Title\n\nText.\n\n" + "*".repeat(100_000) + "\n", "line 5 starts with a run of 100,000");
        refusedInTime("underscores.md", "_ ".repeat(50_000) + "\n", "Markdown rule marks");
    }

    @Test
    void aStackOverflowInsideFlexmarkIsAMessageNotAnError() throws Exception {
        // A link title of 100,000 characters overflows one of flexmark's patterns; no limit above catches it.
        Path file = Files.writeString(dir.resolve("title.md"), "Text [a](/u \"" + "x".repeat(100_000) + "\")\n");
        Thread small = new Thread(null, () -> assertThatThrownBy(() -> importer.importFile(file))
                .isInstanceOf(ImportException.class).hasMessageContaining(file.toString()), "small-stack", 256 * 1024);
        AtomicInteger failures = new AtomicInteger();
        small.setUncaughtExceptionHandler((thread, error) -> failures.incrementAndGet());
        small.start();
        small.join();
        assertThat(failures).hasValue(0);
        assertGoodFileStillImports();
    }

    @Test
    void aHundredThousandUnclosedDivsAreReadInBoundedTimeWithoutReadability() throws Exception {
        String html = "<html><body>" + "<div>".repeat(100_000) + "<p>The harbour board met on Tuesday and agreed"
                + " the new fees after a long debate about the ferry timetable.</p></body></html>";
        long start = System.nanoTime();
        ImportResult result = importer.importHtml(html, null);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
        assertThat(result.draft().text()).contains("The harbour board met on Tuesday");
        assertThat(result.warnings()).anySatisfy(warning -> assertThat(warning).contains("extractor was skipped")
                .contains("nested more than 256 levels"));
    }

    @Test
    void cancelIsHonouredInsideOneLongFile() throws Exception {
        StringBuilder text = new StringBuilder("A long file\n\n");
        for (int i = 0; i < 200_000; i++) {
            text.append("Paragraph ").append(i).append(" of a very long text that nobody should have to wait for.\n");
        }
        for (String name : new String[] {"long.txt", "long.md", "long.html"}) {
            Path file = Files.writeString(dir.resolve(name), name.endsWith("html")
                    ? "<html><body><p>" + text.toString().replace("\n", "</p><p>") + "</p></body></html>" : text.toString());
            AtomicInteger asked = new AtomicInteger();
            assertThatThrownBy(() -> importer.importFile(file, () -> asked.incrementAndGet() > 3))
                    .as(name).isInstanceOf(ImportCancelledException.class).hasMessageContaining(file.toString())
                    .hasMessageContaining("cancelled");
            assertThat(asked.get()).as(name).isGreaterThan(3);
        }
        assertGoodFileStillImports();
    }

    @Test
    void aNamedPipeIsRefusedAtOnce() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor() == 0, "mkfifo is not available here");
        long start = System.nanoTime();

        assertThatThrownBy(() -> importer.importFile(fifo)).isInstanceOf(ImportException.class)
                .hasMessageContaining(fifo.toString()).hasMessageContaining("not a regular file");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void credentialsInAnAddressAreNeitherStoredNorShownAndTheUserIsTold() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/story", exchange -> {
            byte[] page = ("<html><head><link rel=canonical href='http://editor:hunter2@127.0.0.1/canonical'></head><body>"
                    + "<article><p>" + "The port authority cut harbour fees by twelve per cent on Monday. ".repeat(5)
                    + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
        try {
            URI url = URI.create("http://reader:s3cret@127.0.0.1:" + server.getAddress().getPort() + "/story");
            ImportResult result = importer.importUrl(url);

            assertThat(result.draft().url()).isEqualTo("http://127.0.0.1/canonical");
            assertThat(result.warnings()).anySatisfy(warning -> assertThat(warning).contains("user name and password"));
            assertThat(String.join(" ", result.warnings())).doesNotContain("s3cret", "hunter2");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aFailureAfterARedirectNamesTheHostContacted() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        int port = closedPort;
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().set("Location", "http://localhost:" + port + "/elsewhere");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
        try {
            URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/moved");
            assertThatThrownBy(() -> new ArticleImporter(new UrlFetcher(Duration.ofSeconds(5), 1 << 20)).importUrl(url))
                    .isInstanceOf(ImportException.class).hasMessageContaining(url.toString())
                    .hasMessageContaining("localhost:" + port + " (where it redirected)");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void sizesReadNaturally() {
        assertThat(ByteSizes.sizeAndLimit(24_536_678, 20L * 1024 * 1024)).isEqualTo("23.4 MB; the limit is 20 MB");
        assertThat(ByteSizes.sizeAndLimit(20L * 1024 * 1024 + 1, 20L * 1024 * 1024))
                .isEqualTo("20,971,521 bytes; the limit is 20,971,520 bytes (20 MB)");
    }

    private void refusedInTime(String name, String content, String expected) throws Exception {
        Path file = Files.writeString(dir.resolve(name), content);
        long start = System.nanoTime();
        assertThatThrownBy(() -> importer.importFile(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining(expected);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
        assertGoodFileStillImports();
    }

    private void assertGoodFileStillImports() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), GOOD);
        assertThat(importer.importFile(good).draft().title()).isEqualTo("Ferry fares rise");
    }
}
