package dev.margin.ui;

import com.sun.net.httpserver.HttpServer;
import dev.margin.domain.ActorType;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ArticleSummary;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.Evidence;
import dev.margin.ui.editor.ArticleView;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.controlsfx.control.StatusBar;
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
        typeIntoDialog("#importUrlField", url);
        pressEnterInDialog("#importUrlField");
        waitFor(() -> articles().getItems().size() == 2 && view().article() != null
                && view().article().title().startsWith("Harbour bridge tolls"));
        String text = fx(() -> view().article().text());

        markWithKey(text.indexOf(QUOTE), text.indexOf(QUOTE) + QUOTE.length(), KeyCode.Q);
        assertThat(textOf("#markSpeaker")).isEqualTo("Tobias Wren");
        pressEnterInDialog("#markSpeaker");
        waitFor(() -> annotations().getItems().size() == 1);

        markWithKey(text.indexOf(ACTOR), text.indexOf(ACTOR) + ACTOR.length(), KeyCode.A);
        assertThat(textOf("#markActorName")).isEqualTo(ACTOR);
        robot.interact(() -> robot.lookup("#markActorType").<ComboBox<ActorType>>query().setValue(ActorType.ORGANISATION));
        pressEnterInDialog("#markActorName");
        waitFor(() -> annotations().getItems().size() == 2);

        int claimStart = text.indexOf(QUOTE);
        int claimEnd = text.indexOf(CLAIM_END) + CLAIM_END.length();
        markWithKey(claimStart, claimEnd, KeyCode.C);
        assertThat(textOf("#markClaimant")).isEqualTo("Tobias Wren");
        pressEnterInDialog("#markClaimant");
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
        List<String> titles = fx(() -> articles().getItems().stream().map(ArticleSummary::title).toList());
        assertThat(titles).hasSize(2).anyMatch(title -> title.startsWith("Harbour bridge tolls"));

        List<Annotation> found = fx(() -> List.copyOf(annotations().getItems()));
        assertThat(found).extracting(Annotation::kind).containsExactly(AnnotationKind.CLAIM, AnnotationKind.QUOTE, AnnotationKind.ACTOR);
        assertThat(found.get(1).exact()).isEqualTo(QUOTE);
        assertThat(found.get(2).exact()).isEqualTo(ACTOR);

        select(found.get(1));
        assertThat(textOf("#quoteSpeaker")).isEqualTo("Tobias Wren");
        assertThat(textOf("#quoteCue")).isEqualTo("said");

        select(found.get(2));
        assertThat(textOf("#mentionActor")).isEqualTo(ACTOR);

        select(found.get(0));
        assertThat(textOf("#claimClaimant")).isEqualTo("Tobias Wren");
        ClaimStatus status = fx(() -> robot.lookup("#claimStatus").<ComboBox<ClaimStatus>>query().getValue());
        assertThat(status).isEqualTo(ClaimStatus.DISPUTED);
        List<Evidence> evidence = fx(() -> List.copyOf(robot.lookup("#claimEvidence").<ListView<Evidence>>query().getItems()));
        assertThat(evidence).extracting(Evidence::url).containsExactly(EVIDENCE);

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

    /**
     * Types into a field of a dialog. Monocle's headless robot keeps sending keys to the main window
     * while a dialog is open, so the dialog's keys go to its field directly: the text as typed, then
     * Enter as a key event, which the dialog's default button answers as it does on a desktop.
     */
    private void typeIntoDialog(String id, String text) {
        robot.interact(() -> {
            TextField field = robot.lookup(id).queryAs(TextField.class);
            field.requestFocus();
            field.setText(text);
        });
    }

    private void pressEnterInDialog(String id) {
        robot.interact(() -> {
            Node field = robot.lookup(id).query();
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", KeyCode.ENTER, false, false, false, false));
        });
        WaitForAsyncUtils.waitForFxEvents();
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

    private String textOf(String id) throws ExecutionException, InterruptedException {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        Callable<String> read = field::getText;
        return fx(read);
    }

    private static <T> T fx(Callable<T> read) throws ExecutionException, InterruptedException {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    /** Waits for the condition, read on the FX thread; on a timeout the failure says what the status bar said. */
    private void waitFor(Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            String status = fx(() -> robot.lookup("#statusBar").queryAs(StatusBar.class).getText());
            throw new AssertionError("timed out; the status bar says: " + status, e);
        }
    }
}
