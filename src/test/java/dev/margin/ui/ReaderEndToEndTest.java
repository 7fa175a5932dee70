package dev.margin.ui;

import com.sun.net.httpserver.HttpServer;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ArticleSummary;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.Evidence;
import dev.margin.ui.editor.ArticleView;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader window end to end, headless: import an article by URL (from a local HTTP server), select
 * a span, mark it as a quote with a new speaker from the keyboard, mark an actor inside it and a
 * claim around it, close the app, start it again on the same data directory and find all three with
 * their details in the window.
 */
class ReaderEndToEndTest {
    private static final String QUOTE = "“The bridge carries 96,000 vehicles a day, and the Kestrel Bay Transport Authority built it for half that,”";
    private static final String ACTOR = "Kestrel Bay Transport Authority";
    private static final String CLAIM_END = "director of infrastructure";
    private static final String EVIDENCE = "https://example.org/kestrel-bay/traffic-count-2025";

    @TempDir
    Path dir;
    private HttpServer server;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void serveTheArticle() throws IOException, TimeoutException {
        byte[] article;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/harbour-bridge-tolls.txt")) {
            article = in.readAllBytes();
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/news/bridge-tolls", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(200, article.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(article);
            }
        });
        server.start();
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
    }

    @AfterEach
    void stopServer() throws TimeoutException {
        server.stop(0);
        FxToolkit.cleanupStages();
    }

    @Test
    void aQuoteAnActorInsideItAndAClaimAroundItSurviveARestart() throws Exception {
        Path library = dir.resolve("margin.db");
        MarginApp first = (MarginApp) FxToolkit.setupApplication(() -> new MarginApp(library));
        waitFor(() -> articles().getItems().size() == 1 && view().article() != null);

        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/news/bridge-tolls";
        robot.push(KeyCode.SHORTCUT, KeyCode.L);
        waitFor(() -> robot.lookup("#importUrlField").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#importUrlField").query().requestFocus());
        robot.write(url).type(KeyCode.ENTER);
        waitFor(() -> articles().getItems().size() == 2 && view().article() != null
                && view().article().title().startsWith("Harbour bridge tolls"));
        String text = fx(() -> view().article().text());

        markWithKey(text.indexOf(QUOTE), text.indexOf(QUOTE) + QUOTE.length(), KeyCode.Q);
        TextField speaker = robot.lookup("#markSpeaker").queryAs(TextField.class);
        assertThat(fx(speaker::getText)).isEqualTo("Tobias Wren");
        robot.type(KeyCode.ENTER);
        waitFor(() -> annotations().getItems().size() == 1);

        markWithKey(text.indexOf(ACTOR), text.indexOf(ACTOR) + ACTOR.length(), KeyCode.A);
        TextField actorName = robot.lookup("#markActorName").queryAs(TextField.class);
        assertThat(fx(actorName::getText)).isEqualTo(ACTOR);
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        waitFor(() -> annotations().getItems().size() == 2);

        int claimStart = text.indexOf(QUOTE);
        int claimEnd = text.indexOf(CLAIM_END) + CLAIM_END.length();
        markWithKey(claimStart, claimEnd, KeyCode.C);
        TextField claimant = robot.lookup("#markClaimant").queryAs(TextField.class);
        assertThat(fx(claimant::getText)).isEqualTo("Tobias Wren");
        robot.type(KeyCode.ENTER);
        waitFor(() -> annotations().getItems().size() == 3);

        Annotation claim = fx(() -> annotations().getItems().stream().filter(a -> a.kind() == AnnotationKind.CLAIM).findFirst().orElseThrow());
        robot.interact(() -> annotations().getSelectionModel().select(claim));
        robot.interact(() -> robot.lookup("#evidenceUrl").query().requestFocus());
        robot.write(EVIDENCE).type(KeyCode.ENTER);
        waitFor(() -> claimInList().claim().evidence().size() == 1);
        robot.interact(() -> robot.lookup("#claimStatus").<ComboBox<ClaimStatus>>query().setValue(ClaimStatus.DISPUTED));
        waitFor(() -> claimInList().claim().status() == ClaimStatus.DISPUTED);

        FxToolkit.cleanupApplication(first);
        FxToolkit.cleanupStages();

        MarginApp second = (MarginApp) FxToolkit.setupApplication(() -> new MarginApp(library));
        waitFor(() -> view().article() != null && view().article().title().startsWith("Harbour bridge tolls")
                && annotations().getItems().size() == 3);
        assertThat(fx(() -> articles().getItems().stream().map(ArticleSummary::title).toList()))
                .hasSize(2).anyMatch(title -> title.startsWith("Harbour bridge tolls"));

        List<Annotation> found = fx(() -> List.copyOf(annotations().getItems()));
        assertThat(found).extracting(Annotation::kind).containsExactly(AnnotationKind.CLAIM, AnnotationKind.QUOTE, AnnotationKind.ACTOR);
        assertThat(found.get(1).exact()).isEqualTo(QUOTE);
        assertThat(found.get(2).exact()).isEqualTo(ACTOR);

        select(found.get(1));
        assertThat(fx(() -> robot.lookup("#quoteSpeaker").queryAs(TextField.class).getText())).isEqualTo("Tobias Wren");
        assertThat(fx(() -> robot.lookup("#quoteCue").queryAs(TextField.class).getText())).isEqualTo("said");

        select(found.get(2));
        assertThat(fx(() -> robot.lookup("#mentionActor").queryAs(TextField.class).getText())).isEqualTo(ACTOR);

        select(found.get(0));
        assertThat(fx(() -> robot.lookup("#claimClaimant").queryAs(TextField.class).getText())).isEqualTo("Tobias Wren");
        assertThat(fx(() -> robot.lookup("#claimStatus").<ComboBox<ClaimStatus>>query().getValue())).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(fx(() -> robot.lookup("#claimEvidence").<ListView<Evidence>>query().getItems()))
                .extracting(Evidence::url).containsExactly(EVIDENCE);

        FxToolkit.cleanupApplication(second);
    }

    private void markWithKey(int start, int end, KeyCode key) throws Exception {
        robot.interact(() -> {
            view().select(start, end);
            view().area().requestFocus();
        });
        robot.type(key);
        if (key != KeyCode.H) {
            waitFor(() -> robot.lookup("#markDialog").tryQuery().map(Node::isVisible).orElse(false));
        }
    }

    private void select(Annotation annotation) {
        robot.interact(() -> annotations().getSelectionModel().select(annotation));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Annotation claimInList() {
        return annotations().getItems().stream().filter(a -> a.kind() == AnnotationKind.CLAIM).findFirst().orElseThrow();
    }

    private ArticleView view() {
        return robot.lookup("#articleView").queryAs(ArticleView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<ArticleSummary> articles() {
        return robot.lookup("#articleList").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<Annotation> annotations() {
        return robot.lookup("#annotationList").queryAs(ListView.class);
    }

    private static <T> T fx(Callable<T> read) throws ExecutionException, InterruptedException {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
