package dev.margin.ui.library;

import com.sun.net.httpserver.HttpServer;
import dev.margin.domain.Annotation;
import dev.margin.domain.QuoteDetails;
import dev.margin.importer.ArticleImporter;
import dev.margin.service.ImportItemResult;
import dev.margin.service.ImportSource;
import dev.margin.service.LibraryServices;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.ui.common.FxTaskRunner;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.StatusViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A web page that takes long to arrive does not hold up the library: while the import of a URL waits for a real
 * local server that answers only when told, a quote saved after it is stored at once. The runner is the
 * application's own (store queue and worker pool), with a plain thread standing in for the FX thread.
 */
class SlowFetchTest {
    private static final String PAGE = "Harbour bridge tolls to rise\n\nTolls on the harbour bridge will rise by a third from July,"
            + " the transport board said on Monday.\n\nThe board said the money would pay for repairs to the deck.";

    @TempDir
    Path dir;
    private HttpServer server;
    private SqliteStore store;
    private FxTaskRunner tasks;
    private final ExecutorService uiThread = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "test-ui"));
    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/slow-story", exchange -> {
            requested.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        store = SqliteStore.open(dir.resolve("margin.db"));
        tasks = new FxTaskRunner(uiThread);
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        tasks.close();
        uiThread.shutdownNow();
        store.close();
    }

    @Test
    void aSlowFetchDoesNotDelayAStoreWriteQueuedAfterIt() throws Exception {
        LibraryServices services = LibraryServices.over(store, Clock.systemUTC());
        ImportItemResult earlier = services.imports(ArticleImporter::new)
                .importOne(new ImportSource.Pasted("Ferry timetable changes\n\nThe ferry will leave at 6.15 from Monday, the operator said.", null));
        Messages messages = Messages.forLocale(Locale.ROOT);
        ImportViewModel imports = new ImportViewModel(services.imports(ArticleImporter::new), tasks, new StatusViewModel(messages), messages);
        AtomicReference<List<ImportOutcome>> imported = new AtomicReference<>();
        CountDownLatch importDone = new CountDownLatch(1);
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/slow-story";
        uiThread.submit(() -> {
            imports.setOnFinished(outcomes -> {
                imported.set(outcomes);
                importDone.countDown();
            });
            imports.importTextOrUrl(url);
        }).get();
        assertThat(requested.await(10, TimeUnit.SECONDS)).as("the server got the request").isTrue();

        CountDownLatch saved = new CountDownLatch(1);
        AtomicReference<Annotation> quote = new AtomicReference<>();
        long started = System.nanoTime();
        tasks.submit(() -> services.annotations().createQuote(earlier.articleId(), 0, 15, QuoteDetails.direct(null, "said")), created -> {
            quote.set(created);
            saved.countDown();
        }, failure -> { });

        assertThat(saved.await(5, TimeUnit.SECONDS)).as("the quote is saved while the page is still on its way").isTrue();
        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertThat(importDone.getCount()).as("the import is still waiting for the server").isEqualTo(1);
        assertThat(uiThread.submit(() -> imports.runningProperty().get()).get()).isTrue();
        assertThat(store.annotations().forArticle(earlier.articleId())).extracting(Annotation::id).containsExactly(quote.get().id());
        assertThat(waitedMillis).isLessThan(5000);

        release.countDown();

        assertThat(importDone.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(imported.get()).singleElement().satisfies(outcome -> {
            assertThat(outcome.result()).isEqualTo(ImportOutcome.Result.IMPORTED);
            assertThat(store.articles().find(outcome.articleId()).orElseThrow().text()).contains("rise by a third");
        });
        assertThat(store.articles().count()).isEqualTo(2);
    }
}
