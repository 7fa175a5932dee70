package dev.margin.ui.review.agreement;

import dev.margin.service.AgreementFixture;
import dev.margin.service.AgreementKind;
import dev.margin.service.AgreementService;
import dev.margin.service.Cancellation;
import dev.margin.service.LibraryServices;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.ui.MarginApp;
import dev.margin.ui.editor.ArticleView;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review window's agreement tab in the real application at 1280 × 720 and 1600 × 1000, on a library three
 * annotators coded ({@link AgreementFixture}): opened from the View menu, it lists the two articles two or more coded,
 * shows α per kind with its units as the service computes them, the differences side by side filtered by kind, opens
 * one in the reader, and says "not enough data" where α is undefined. A library one person coded shows how to get there.
 */
class AgreementTabTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private MarginApp app;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x720", "1600x1000"})
    void showsAlphaAndTheDifferencesAndOpensOneInTheReader(String size) throws Exception {
        Path library = dir.resolve("margin.db");
        AgreementFixture fixture = new AgreementFixture(library);
        AgreementService.Comparison expected;
        try (SqliteStore store = SqliteStore.open(library)) {
            expected = LibraryServices.over(store, Clock.systemUTC()).agreement().compare(List.of(fixture.bridge.id()),
                    List.of("ana", "tomas"), Set.of(AgreementKind.values()), new Cancellation(), (done, total) -> { });
        }
        start(library);
        Stage review = openAgreement(size);
        waitFor(() -> articles().getItems().size() == 3);
        assertThat(fx(() -> articles().getItems().get(0).all())).as("all articles together come first").isTrue();

        robot.interact(() -> articles().getSelectionModel().select(1));
        waitFor(() -> "1.000".equals(text("#agreementAlphaCLAIMS")) && annotators().getCheckModel().getCheckedItems().size() == 2);
        for (AgreementKind kind : AgreementKind.values()) {
            double alpha = expected.alphas().get(kind).value();
            assertThat(text("#agreementAlpha" + kind.name())).as(kind.label()).isEqualTo(String.format(Locale.ROOT, "%.3f", alpha));
            assertThat(text("#agreementUnits" + kind.name())).isEqualTo(String.valueOf(expected.alphas().get(kind).units()));
        }
        assertThat(text("#agreementUnitsQUOTE_SPANS")).isEqualTo("3");
        // quote span and speaker of tomas's indirect quote, ana's mention, the claim's verdict
        waitFor(() -> table().getItems().size() == 4);
        assertThat(fx(() -> table().getColumns().stream().map(TableColumn::getText).toList()))
                .containsExactly("Kind", "Position", "ana", "tomas", "Text");

        robot.interact(() -> kind().setValue(AgreementKind.QUOTE_SPANS));
        waitFor(() -> table().getItems().size() == 1);
        DifferenceRow row = fx(() -> table().getItems().getFirst());
        assertThat(row.words()).isEqualTo("Lindqvist said the rise would bring in 4 million crowns a year");
        assertThat(cell(0, "ana")).isEqualTo("— (not marked)");
        assertThat(cell(0, "tomas")).isEqualTo("quote  " + row.start() + "–" + row.end());

        // layout: everything inside the window, the table with room for rows
        double sceneWidth = fx(() -> review.getScene().getWidth());
        double sceneHeight = fx(() -> review.getScene().getHeight());
        for (String id : List.of("#agreementAnnotators", "#agreementKind", "#agreementAlphas", "#agreementTable")) {
            Bounds bounds = fx(() -> robot.lookup(id).query().localToScene(robot.lookup(id).query().getBoundsInLocal()));
            assertThat(bounds.getMinX()).as(id + " at " + size).isGreaterThanOrEqualTo(0);
            assertThat(bounds.getMaxX()).as(id + " at " + size).isLessThanOrEqualTo(sceneWidth + 0.5);
            assertThat(bounds.getMaxY()).as(id + " at " + size).isLessThanOrEqualTo(sceneHeight + 0.5);
        }
        assertThat(fx(() -> table().getHeight())).as("the differences keep room at " + size).isGreaterThan(sceneHeight / 4);

        robot.interact(() -> {
            table().getSelectionModel().select(0);
            table().requestFocus();
            table().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        });
        waitFor(() -> fixture.tomasIndirectQuote.id().equals(articleView().emphasised())
                && articleView().article().id() == fixture.bridge.id());

        // the ferry, ana and lena: identical quotes, no mention by either
        robot.interact(() -> {
            kind().setValue(null);
            articles().getSelectionModel().select(2);
        });
        // the choice made stays while it fits the article: ana and tomas, of the ferry's three
        waitFor(() -> annotators().getItems().size() == 3 && annotators().getCheckModel().getCheckedItems().equals(List.of("ana", "tomas")));
        robot.interact(() -> annotators().getCheckModel().check("lena"));
        waitFor(() -> text("#agreementSummary").startsWith("ana, lena, tomas"));
        robot.interact(() -> annotators().getCheckModel().clearCheck("tomas"));
        waitFor(() -> "not enough data".equals(text("#agreementAlphaACTOR_MENTIONS")) && "1.000".equals(text("#agreementAlphaQUOTE_SPANS")));
        assertThat(text("#agreementUnitsACTOR_MENTIONS")).isEqualTo("0");
        assertThat(text("#agreementSummary")).isEqualTo("ana, lena compared on 1 article.");
    }

    @Test
    void aLibraryOnePersonCodedSaysHowToGetThere() throws Exception {
        Path library = dir.resolve("margin.db");
        try (SqliteStore store = SqliteStore.open(library)) {
            LibraryServices services = LibraryServices.over(store, Clock.systemUTC());
            long id = services.library().importDraft(new dev.margin.domain.ArticleDraft("Alone", "", "Wire", "https://wire.example/a",
                    LocalDate.of(2026, 5, 1), "en", "Alone\nOnly one person read this.", List.of(0))).article().id();
            services.annotations().createHighlight(id, 6, 10);
        }
        start(library);
        openAgreement("1280x720");
        waitFor(() -> robot.lookup("#agreementEmpty").tryQuery().map(node -> node.isVisible()
                && ((Label) node).getText().startsWith("No article has been coded by two annotators yet.")).orElse(false));
        assertThat(text("#agreementEmpty")).contains("team library");
        assertThat(fx(() -> articles().getItems())).isEmpty();
    }

    private void start(Path library) throws Exception {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        app = (MarginApp) FxToolkit.setupApplication(() -> new MarginApp(library));
        waitFor(() -> robot.lookup("#articleView").tryQuery().map(node -> ((ArticleView) node).article() != null).orElse(false));
    }

    /** Opens the tab from View › Agreement between annotators and sizes the window to {@code size}. */
    private Stage openAgreement(String size) throws Exception {
        robot.interact(() -> {
            MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
            MenuItem agreement = bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                    .filter(item -> "menuAgreement".equals(item.getId())).findFirst().orElseThrow();
            assertThat(agreement.getAccelerator()).isEqualTo(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.A,
                    javafx.scene.input.KeyCombination.SHORTCUT_DOWN, javafx.scene.input.KeyCombination.SHIFT_DOWN));
            agreement.fire();
        });
        waitFor(() -> robot.lookup("#agreementView").tryQuery().map(Node::isVisible).orElse(false));
        Stage review = fx(() -> (Stage) robot.lookup("#reviewTabs").query().getScene().getWindow());
        assertThat(fx(() -> ((TabPane) robot.lookup("#reviewTabs").query()).getSelectionModel().getSelectedItem().getId()))
                .isEqualTo(AgreementTab.ID);
        String[] wh = size.split("x");
        double width = Double.parseDouble(wh[0]);
        double height = Double.parseDouble(wh[1]);
        robot.interact(() -> {
            review.setWidth(width);
            review.setHeight(height);
        });
        waitFor(() -> Math.abs(review.getWidth() - width) < 1 && Math.abs(review.getHeight() - height) < 1);
        WaitForAsyncUtils.waitForFxEvents();
        return review;
    }

    private String cell(int row, String column) throws Exception {
        return fx(() -> {
            TableColumn<DifferenceRow, ?> col = table().getColumns().stream().filter(c -> c.getText().equals(column)).findFirst().orElseThrow();
            return String.valueOf(col.getCellData(row));
        });
    }

    @SuppressWarnings("unchecked")
    private ListView<AgreementViewModel.Scope> articles() {
        return robot.lookup("#agreementArticles").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<DifferenceRow> table() {
        return robot.lookup("#agreementTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private CheckComboBox<String> annotators() {
        return robot.lookup("#agreementAnnotators").queryAs(CheckComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<AgreementKind> kind() {
        return robot.lookup("#agreementKind").queryAs(ComboBox.class);
    }

    private ArticleView articleView() {
        return robot.lookup("#articleView").queryAs(ArticleView.class);
    }

    private String text(String id) throws Exception {
        return fx(() -> robot.lookup(id).tryQuery().map(node -> ((Label) node).getText()).orElse(null));
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
