package dev.margin.ui.review;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleDraft;
import dev.margin.domain.Provenance;
import dev.margin.domain.QuoteDetails;
import dev.margin.domain.read.ReviewRow;
import dev.margin.service.ActorService;
import dev.margin.service.AnnotationService;
import dev.margin.service.LibraryService;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.ui.MarginApp;
import dev.margin.ui.editor.ArticleView;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review window's annotator filter, at 1280 × 720 and 1600 × 1000: it lists everyone who made an annotation,
 * sits whole inside the window's filter bar, and choosing people keeps only their annotations.
 */
class AnnotatorFilterTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private MarginApp app;
    private Annotation anasQuote;
    private Annotation tomasQuote;

    private void seed(Path library) {
        try (SqliteStore store = SqliteStore.open(library)) {
            Clock clock = Clock.systemUTC();
            Article bridge = new LibraryService(store, clock).importDraft(new ArticleDraft("Toll rise on harbour bridge approved", "",
                    "Margin Wire", "https://wire.example/bridge-toll", LocalDate.of(2026, 5, 6), "en", ReviewWindowTest.BRIDGE,
                    List.of(0))).article();
            Actor lindqvist = new ActorService(store, clock).create(Actor.named("Mara Lindqvist", ActorType.PERSON));
            AnnotationService annotations = new AnnotationService(store, clock);
            anasQuote = quote(annotations, bridge, "The toll pays for the repairs the bridge has needed since 2019", lindqvist);
            tomasQuote = quote(annotations, bridge, "the rise would bring in 4 million crowns a year", lindqvist);
            // Two coders' work, as a copy from a team library records it.
            store.provenance().stampAnnotations(Map.of(anasQuote.id(), Provenance.madeBy("ana"), tomasQuote.id(), Provenance.madeBy("tomas")));
        }
    }

    private static Annotation quote(AnnotationService annotations, Article article, String words, Actor speaker) {
        int start = article.text().indexOf(words);
        return annotations.createQuote(article.id(), start, start + words.length(), QuoteDetails.direct(speaker.id(), "said"));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x720", "1600x1000"})
    void choosingAnAnnotatorKeepsOnlyTheirAnnotations(String size) throws Exception {
        Path library = dir.resolve("margin.db");
        seed(library);
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        app = (MarginApp) FxToolkit.setupApplication(() -> new MarginApp(library));
        waitFor(() -> robot.lookup("#articleView").tryQuery().map(node -> ((ArticleView) node).article() != null).orElse(false));
        robot.interact(() -> {
            MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
            MenuItem review = bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                    .filter(item -> "menuReview".equals(item.getId())).findFirst().orElseThrow();
            review.fire();
        });
        waitFor(() -> robot.lookup("#reviewTable").tryQuery().map(Node::isVisible).orElse(false));
        Stage review = fx(() -> (Stage) table().getScene().getWindow());
        String[] wh = size.split("x");
        double width = Double.parseDouble(wh[0]);
        double height = Double.parseDouble(wh[1]);
        robot.interact(() -> {
            review.setWidth(width);
            review.setHeight(height);
        });
        waitFor(() -> Math.abs(review.getWidth() - width) < 1 && Math.abs(review.getHeight() - height) < 1);
        waitFor(() -> table().getItems().size() == 2 && annotators().getItems().equals(List.of("ana", "tomas")));
        WaitForAsyncUtils.waitForFxEvents();

        Bounds combo = fx(() -> annotators().localToScene(annotators().getBoundsInLocal()));
        double sceneWidth = fx(() -> review.getScene().getWidth());
        assertThat(combo.getMinX()).as("the annotator filter starts inside the window").isGreaterThanOrEqualTo(0);
        assertThat(combo.getMaxX()).as("and ends inside it at " + size).isLessThanOrEqualTo(sceneWidth);
        assertThat(fx(() -> annotators().isVisible() && annotators().getWidth() > 40)).isTrue();
        assertThat(fx(() -> table().localToScene(table().getBoundsInLocal()).getHeight())).as("the results keep room")
                .isGreaterThan(height / 3);

        robot.interact(() -> annotators().getCheckModel().check("tomas"));
        waitFor(() -> table().getItems().size() == 1);
        assertThat(fx(() -> table().getItems().get(0).annotationId())).isEqualTo(tomasQuote.id());

        robot.interact(() -> annotators().getCheckModel().check("ana"));
        waitFor(() -> table().getItems().size() == 2);
        robot.interact(() -> annotators().getCheckModel().clearCheck("tomas"));
        waitFor(() -> table().getItems().size() == 1 && table().getItems().get(0).annotationId().equals(anasQuote.id()));
    }

    @SuppressWarnings("unchecked")
    private TableView<ReviewRow> table() {
        return robot.lookup("#reviewTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private CheckComboBox<String> annotators() {
        return robot.lookup("#reviewAnnotators").queryAs(CheckComboBox.class);
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
