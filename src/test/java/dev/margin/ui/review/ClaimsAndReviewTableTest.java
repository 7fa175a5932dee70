package dev.margin.ui.review;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleDraft;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.ClaimKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.Evidence;
import dev.margin.domain.QuoteDetails;
import dev.margin.domain.read.ReviewRow;
import dev.margin.service.ActorService;
import dev.margin.service.AnnotationService;
import dev.margin.service.LibraryService;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.ui.MarginApp;
import dev.margin.ui.editor.ArticleView;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.geometry.Orientation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.text.TextFlow;
import dev.margin.domain.ArticleSummary;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.scene.text.Text;
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
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The review window's claims tab and annotations table at 1280 x 720 and 1600 x 1000 (issue 16, items 4 and 15): a
 * claim whose status is changed stays in the list and in the evidence editor, with what was being typed there.
 */
class ClaimsAndReviewTableTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private MarginApp app;
    private Annotation crownsClaim;
    private Annotation longQuote;
    private static final String LONG_QUOTE = "The dredging was promised for March, then for May, and now the contractor "
            + "says the autumn storms will decide it, which is why the ferry still runs aground at low tide twice a week "
            + "and why the council has to pay for the tugs that pull it free every time";
    static final String HARBOUR = "Harbour dredging delayed again\nKESTREL BAY, May 9 (Margin Wire) – Work is late.\n“"
            + LONG_QUOTE + ",” Mara Lindqvist said.";

    private void open(String size) throws Exception {
        Path library = dir.resolve("margin.db");
        try (SqliteStore store = SqliteStore.open(library)) {
            Clock clock = Clock.systemUTC();
            LibraryService articles = new LibraryService(store, clock);
            AnnotationService annotations = new AnnotationService(store, clock);
            ActorService actors = new ActorService(store, clock);
            Article bridge = articles.importDraft(new ArticleDraft("Toll rise on harbour bridge approved", "", "Margin Wire",
                    "https://wire.example/bridge-toll", LocalDate.of(2026, 5, 6), "en", ReviewWindowTest.BRIDGE, List.of(0))).article();
            Article ferry = articles.importDraft(new ArticleDraft("Ferry operator defends timetable", "", "Harbour Post",
                    "https://harbour.example/ferry", LocalDate.of(2026, 5, 8), "en", ReviewWindowTest.FERRY, List.of(0))).article();
            Actor lindqvist = actors.create(Actor.named("Mara Lindqvist", ActorType.PERSON));
            crownsClaim = claim(annotations, bridge, "the rise would bring in 4 million crowns a year", lindqvist);
            claim(annotations, ferry, "the ferry budget was not her decision", lindqvist);
            Article harbour = articles.importDraft(new ArticleDraft("Harbour dredging delayed again", "", "Harbour Post",
                    "https://harbour.example/dredging", LocalDate.of(2026, 5, 9), "en", HARBOUR, List.of(0))).article();
            int start = HARBOUR.indexOf(LONG_QUOTE);
            longQuote = annotations.createQuote(harbour.id(), start, start + LONG_QUOTE.length(), QuoteDetails.direct(lindqvist.id(), "said"));
            longQuote = annotations.update(longQuote.withNote("Check the **tender** dates against the council minutes.", clock.instant()));
        }
        Stage primary = FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        app = (MarginApp) FxToolkit.setupApplication(() -> new MarginApp(library));
        waitFor(() -> robot.lookup("#articleView").tryQuery().map(node -> ((ArticleView) node).article() != null).orElse(false));
        robot.interact(() -> {
            MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
            bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                    .filter(item -> "menuReview".equals(item.getId())).findFirst().orElseThrow().fire();
        });
        waitFor(() -> robot.lookup("#reviewTable").tryQuery().map(Node::isVisible).orElse(false));
        String[] wh = size.split("x");
        robot.interact(() -> {
            Stage review = (Stage) robot.lookup("#reviewTabs").query().getScene().getWindow();
            review.setWidth(Double.parseDouble(wh[0]));
            review.setHeight(Double.parseDouble(wh[1]));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(primary).isNotNull();
    }

    private static Annotation claim(AnnotationService annotations, Article article, String words, Actor claimant) {
        int start = article.text().indexOf(words);
        return annotations.createClaim(article.id(), start, start + words.length(),
                new ClaimDetails("", claimant.id(), false, ClaimKind.STATISTIC, ClaimStatus.UNVERIFIED, List.of(), null));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1280x720", "1600x1000"})
    void aClaimWhoseStatusChangesStaysInTheListAndInTheEvidenceEditor(String size) throws Exception {
        open(size);
        robot.interact(() -> robot.lookup("#reviewTabs").queryAs(TabPane.class).getSelectionModel().select(2));
        waitFor(() -> claimsTable().getItems().size() == 2);
        robot.interact(() -> claimsTable().getSelectionModel().select(claimsTable().getItems().stream()
                .filter(row -> row.annotationId().equals(crownsClaim.id())).findFirst().orElseThrow()));
        waitFor(() -> statusChoice().getValue() == ClaimStatus.UNVERIFIED);
        robot.clickOn("#reviewEvidenceUrl").write("https://stats.example/tolls");

        robot.interact(() -> statusChoice().setValue(ClaimStatus.REFUTED));
        waitFor(() -> robot.lookup("#reviewClaimNotice").queryAs(Label.class).isVisible());
        assertThat(text("#reviewClaimNotice")).isEqualTo(
                "Now Refuted: counted under Refuted, it stays in this list of Unverified claims until you choose another group.");
        waitFor(() -> claimsTable().getSelectionModel().getSelectedItem() != null);
        ReviewRow selected = fx(() -> claimsTable().getSelectionModel().getSelectedItem());
        assertThat(selected.annotationId()).isEqualTo(crownsClaim.id());
        assertThat(selected.claimStatus()).isEqualTo(ClaimStatus.REFUTED);
        assertThat(fx(() -> claimsTable().getItems().size())).isEqualTo(2);
        assertThat(fx(() -> claimsTable().getColumns().stream().map(TableColumn::getId).toList()))
                .as("every row is a claim: no kind column").doesNotContain("columnKIND").contains("columnTEXT", "columnSTATUS");
        assertThat(fx(() -> robot.lookup("#reviewEvidenceUrl").queryAs(TextField.class).getText())).isEqualTo("https://stats.example/tolls");
        assertThat(fx(() -> robot.lookup("#reviewClaimDetail").query().isDisabled())).isFalse();
        assertThat(text("#reviewClaimText")).contains("4 million crowns");
        assertThat(fx(() -> {
            Label claim = robot.lookup("#reviewClaimText").queryAs(Label.class);
            return claim.getHeight() >= claim.prefHeight(claim.getWidth()) - 0.5;
        })).as("the claim's text as tall as its wrapped lines, not squeezed to one cut line").isTrue();
        waitFor(() -> groups().getItems().stream().anyMatch(g -> g.status() == ClaimStatus.REFUTED && g.count() == 1));

        robot.clickOn("#reviewAddEvidence");
        waitFor(() -> evidence().getItems().size() == 1);
        assertThat(fx(() -> evidence().getItems().get(0).url())).isEqualTo("https://stats.example/tolls");
        assertThat(fx(() -> statusChoice().getValue())).isEqualTo(ClaimStatus.REFUTED);

        // Choosing the group it now belongs to shows it there, and the notice goes.
        robot.interact(() -> groups().getSelectionModel().select(groups().getItems().stream()
                .filter(g -> g.status() == ClaimStatus.REFUTED).findFirst().orElseThrow()));
        waitFor(() -> claimsTable().getItems().size() == 1 && claimsTable().getItems().get(0).annotationId().equals(crownsClaim.id()));
        assertThat(fx(() -> robot.lookup("#reviewClaimNotice").queryAs(Label.class).isVisible())).isFalse();

        // A group with no claim says so in the claims' own words.
        robot.interact(() -> groups().getSelectionModel().select(groups().getItems().stream()
                .filter(g -> g.status() == ClaimStatus.SUPPORTED).findFirst().orElseThrow()));
        waitFor(() -> claimsTable().getItems().isEmpty() && ((Label) claimsTable().getPlaceholder()).getText()
                .equals("No claim is “Supported” yet. Choose a claim in another group and set its status below."));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1280x720", "1600x1000"})
    void theTableShowsThreeLinesAlignsItsCellsFitsTheNotesAndClearResetsTheArticle(String size) throws Exception {
        open(size);
        waitFor(() -> table().getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();

        // The long quote's row is tall enough for all of its lines that are shown: none is cut at the row's edge.
        MarkedTextCell<?> cell = fx(() -> robot.lookup("#reviewTable").lookup(".marked-text-cell").queryAll().stream().map(node -> (MarkedTextCell<?>) node)
                .filter(c -> c.getItem() != null && c.getItem().text().startsWith("The dredging")).findFirst().orElseThrow());
        double[] heights = fx(() -> new double[]{cell.getHeight() - cell.snappedTopInset() - cell.snappedBottomInset(),
                cell.shownLines(), cell.lineHeight()});
        assertThat(heights[1]).as("three lines or more are shown").isGreaterThanOrEqualTo(3);
        assertThat(heights[0]).as("the row holds the lines shown").isGreaterThanOrEqualTo(heights[1] * heights[2] - 0.5);
        assertThat(fx(() -> cell.getTooltip() == null || cell.getTooltip().getText().equals(longQuote.exact()))).isTrue();

        // In every text cell, what is laid out fits in what is shown (no line clipped at the cell's edge, which a line
        // height measured a pixel too tall once did to the third line); a text that is cut ends with an ellipsis and
        // shows the start of the whole text.
        List<String> problems = fx(() -> robot.lookup("#reviewTable").lookup(".marked-text-cell").queryAll().stream()
                .map(node -> (MarkedTextCell<?>) node).filter(c -> c.getItem() != null && c.getGraphic() != null)
                .map(ClaimsAndReviewTableTest::whatIsWrongWith).filter(problem -> !problem.isEmpty()).toList());
        assertThat(problems).isEmpty();

        // And no row is taller than its tallest cell needs, give or take the row's own edges (rows once all asked for the most lines, the text wrapped
        // at no width before the cells had one, and every row had an empty line or two).
        List<String> tooTall = fx(() -> robot.lookup("#reviewTable").lookup(".table-row-cell").queryAll().stream()
                .map(node -> (TableRow<?>) node).filter(row -> row.getItem() != null && row.isVisible())
                .filter(row -> row.getHeight() > tallestNeed(row) + 6).map(row -> row.getItem() + ": " + row.getHeight() + " px, needs "
                        + tallestNeed(row)).toList());
        assertThat(tooTall).isEmpty();

        // Kind and Text start on the same line, at the top-left of their cells.
        double[] tops = fx(() -> {
            TableRow<?> row = (TableRow<?>) cell.getTableRow();
            Node kindText = row.lookupAll(".table-cell").stream().filter(c -> ((TableCell<?, ?>) c).getTableColumn().getId().equals("columnKIND"))
                    .findFirst().orElseThrow().lookup(".text");
            Node firstRun = ((TextFlow) cell.getGraphic()).getChildren().get(0);
            return new double[]{kindText.localToScene(kindText.getBoundsInLocal()).getMinY(), firstRun.localToScene(firstRun.getBoundsInLocal()).getMinY()};
        });
        assertThat(tops[0]).isCloseTo(tops[1], within(2.0));

        // The Notes column is on screen without scrolling sideways.
        TableView<ReviewRow> table = table();
        double[] notes = fx(() -> {
            Node header = table.lookupAll(".column-header").stream().filter(h -> "columnNOTE".equals(h.getId())).findFirst().orElseThrow();
            return new double[]{table.sceneToLocal(header.localToScene(header.getBoundsInLocal())).getMaxX(), table.getWidth(),
                    header.getBoundsInLocal().getWidth()};
        });
        assertThat(notes[0]).isLessThanOrEqualTo(notes[1]);
        assertThat(notes[2]).isGreaterThanOrEqualTo(120);
        assertThat(fx(() -> table.lookupAll(".scroll-bar").stream().filter(bar -> bar instanceof ScrollBar scroll
                && scroll.getOrientation() == Orientation.HORIZONTAL).anyMatch(Node::isVisible))).isFalse();

        // Clear resets the article filter and shows "Any article" again.
        robot.interact(() -> {
            ComboBox<ArticleSummary> article = robot.lookup("#reviewArticle").queryAs(ComboBox.class);
            article.setValue(article.getItems().stream().filter(a -> a.title().startsWith("Harbour")).findFirst().orElseThrow());
        });
        waitFor(() -> table().getItems().size() == 1);
        robot.clickOn("#reviewClearFilter");
        waitFor(() -> table().getItems().size() == 3);
        assertThat(fx(() -> robot.lookup("#reviewArticle").queryAs(ComboBox.class).getValue())).isNull();
        assertThat(fx(() -> robot.lookup("#reviewArticle").queryAs(ComboBox.class).getButtonCell().getText())).isEqualTo("Any article");
    }

    @SuppressWarnings("unchecked")
    private TableView<ReviewRow> table() {
        return robot.lookup("#reviewTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<ReviewRow> claimsTable() {
        return robot.lookup("#claimsTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<ClaimStatus> statusChoice() {
        return robot.lookup("#reviewClaimStatus").queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<Evidence> evidence() {
        return robot.lookup("#reviewClaimEvidence").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<dev.margin.ui.claims.ClaimsViewModel.StatusGroup> groups() {
        return robot.lookup("#claimStatusList").queryAs(ListView.class);
    }

    private String text(String id) throws Exception {
        return fx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    /** The height the row's tallest cell needs: a marked text's lines (up to the most shown), another cell's text. */
    private static double tallestNeed(TableRow<?> row) {
        return row.lookupAll(".table-cell").stream().mapToDouble(node -> {
            TableCell<?, ?> cell = (TableCell<?, ?>) node;
            double insets = cell.snappedTopInset() + cell.snappedBottomInset();
            if (cell instanceof MarkedTextCell<?> marked && marked.getGraphic() instanceof TextFlow flow) {
                return Math.min(flow.prefHeight(flow.getWidth()), MarkedTextCell.MAX_LINES * marked.lineHeight()) + insets;
            }
            return cell.prefHeight(cell.getWidth());
        }).max().orElse(0);
    }

    /** Empty if the cell shows its text rightly: nothing clipped, a cut text ending in "…" after a prefix of the whole. */
    private static String whatIsWrongWith(MarkedTextCell<?> cell) {
        TextFlow flow = (TextFlow) cell.getGraphic();
        String shown = flow.getChildren().stream().map(node -> ((Text) node).getText()).collect(java.util.stream.Collectors.joining());
        String whole = cell.getItem().text();
        double laidOut = flow.prefHeight(flow.getWidth());
        double visible = flow.getClip().getLayoutBounds().getHeight();
        double room = cell.getHeight() - cell.snappedTopInset() - cell.snappedBottomInset();
        if (laidOut > visible + 0.5 || visible > room + 0.5) {
            return whole + ": laid out " + laidOut + " px, shown " + visible + " px, room " + room + " px";
        }
        if (cell.isCut() != shown.endsWith("…") || cell.isCut() && !whole.startsWith(shown.substring(0, shown.length() - 1).strip())) {
            return whole + ": shown as \"" + shown + "\"";
        }
        if (!cell.isCut() && !shown.equals(whole)) {
            return whole + ": shown as \"" + shown + "\" without an ellipsis";
        }
        return "";
    }
}
