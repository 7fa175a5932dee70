package dev.margin.ui.review;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleDraft;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.ClaimKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.QuoteDetails;
import dev.margin.domain.QuoteType;
import dev.margin.service.ActorService;
import dev.margin.service.AnnotationService;
import dev.margin.service.LibraryService;
import dev.margin.domain.read.ActorSummary;
import dev.margin.domain.read.ReviewRow;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.ui.MarginApp;
import dev.margin.ui.editor.ArticleView;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

/**
 * The review window in the real application, headless, on a library seeded through the services: search with
 * the matches marked, a kind filter, opening a result in the reader at its annotation, and merging two actors.
 */
class ReviewWindowTest {
    static final String BRIDGE = String.join("\n",
            "Toll rise on harbour bridge approved",
            "KESTREL BAY, May 6 (Margin Wire) – The council approved a 15% toll rise on Tuesday.",
            "“The toll pays for the repairs the bridge has needed since 2019,” said Mara Lindqvist, the council’s finance chair.",
            "Lindqvist said the rise would bring in 4 million crowns a year.",
            "Also read: Ferry timetable questioned");
    static final String FERRY = String.join("\n",
            "Ferry operator defends timetable",
            "KESTREL BAY, May 8 (Margin Wire) – The ferry operator rejected criticism of its new timetable.",
            "“Nobody waits more than twenty minutes,” operations head Jonas Ek said, a figure commuters disputed.",
            "Mara Lindqvist, the council’s finance chair, said the ferry budget was not her decision.");

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private Path library;
    private Annotation tollQuote;
    private Annotation crownsClaim;
    private Article bridge;
    private MarginApp app;

    @BeforeEach
    void seed() throws Exception {
        library = dir.resolve("margin.db");
        try (SqliteStore store = SqliteStore.open(library)) {
            Clock clock = Clock.systemUTC();
            LibraryService articles = new LibraryService(store, clock);
            AnnotationService annotations = new AnnotationService(store, clock);
            ActorService actors = new ActorService(store, clock);
            bridge = articles.importDraft(new ArticleDraft("Toll rise on harbour bridge approved", "", "Margin Wire",
                    "https://wire.example/bridge-toll", LocalDate.of(2026, 5, 6), "en", BRIDGE, List.of(0))).article();
            Article ferry = articles.importDraft(new ArticleDraft("Ferry operator defends timetable", "", "Harbour Post",
                    "https://harbour.example/ferry", LocalDate.of(2026, 5, 8), "en", FERRY, List.of(0))).article();
            Actor lindqvist = actors.create(Actor.named("Mara Lindqvist", ActorType.PERSON));
            Actor shortName = actors.create(Actor.named("Lindqvist", ActorType.PERSON));
            Actor ek = actors.create(Actor.named("Jonas Ek", ActorType.PERSON));
            tollQuote = quote(annotations, bridge, "The toll pays for the repairs the bridge has needed since 2019", lindqvist);
            crownsClaim = claim(annotations, bridge, "the rise would bring in 4 million crowns a year", shortName);
            quote(annotations, ferry, "Nobody waits more than twenty minutes", ek);
            claim(annotations, ferry, "the ferry budget was not her decision", lindqvist);
            annotations.createActorMention(ferry.id(), FERRY.indexOf("Mara Lindqvist"), FERRY.indexOf("Mara Lindqvist") + 14, lindqvist.id());
        }
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        app = (MarginApp) FxToolkit.setupApplication(() -> new MarginApp(library));
        waitFor(() -> robot.lookup("#articleView").tryQuery().map(node -> ((ArticleView) node).article() != null).orElse(false));
    }

    private static Annotation quote(AnnotationService annotations, Article article, String words, Actor speaker) {
        int start = article.text().indexOf(words);
        return annotations.createQuote(article.id(), start, start + words.length(), QuoteDetails.direct(speaker.id(), "said"));
    }

    private static Annotation claim(AnnotationService annotations, Article article, String words, Actor claimant) {
        int start = article.text().indexOf(words);
        return annotations.createClaim(article.id(), start, start + words.length(),
                new ClaimDetails("", claimant.id(), false, ClaimKind.STATISTIC, ClaimStatus.UNVERIFIED, List.of(), null));
    }

    /** Stops the application (which closes its library and background threads), then its windows. */
    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void searchFilterAndOpenInTheArticle() throws Exception {
        openReview();
        waitFor(() -> table().getItems().size() == 5);
        assertThat(text("#reviewCount")).isEqualTo("5 annotations");

        robot.interact(() -> robot.lookup("#reviewSearch").queryAs(TextField.class).setText("repair*"));
        waitFor(() -> table().getItems().size() == 1);
        assertThat(table().getItems().get(0).annotationId()).isEqualTo(tollQuote.id());
        List<String> marked = fx(() -> robot.lookup("#reviewTable").lookup(".match").queryAll().stream()
                .map(node -> ((Text) node).getText()).distinct().toList());
        assertThat(marked).containsExactly("repairs");

        robot.interact(() -> robot.lookup("#reviewSearch").queryAs(TextField.class).setText("toll"));
        waitFor(() -> table().getItems().size() == 2);
        assertThat(fx(() -> robot.lookup("#reviewTable").lookup(".match").queryAll().stream()
                .map(node -> ((Text) node).getText()).distinct().toList())).contains("toll", "Toll");

        // Search also reads the claimant's name (issue 16, item 5): Lindqvist's claim about the crowns.
        robot.interact(() -> robot.lookup("#reviewSearch").queryAs(TextField.class).setText("lindqvist crowns"));
        waitFor(() -> table().getItems().size() == 1 && table().getItems().get(0).annotationId().equals(crownsClaim.id()));
        robot.interact(() -> robot.lookup("#reviewSearch").queryAs(TextField.class).setText("ferry crowns"));
        waitFor(() -> table().getItems().isEmpty());
        robot.interact(() -> robot.lookup("#reviewSearch").queryAs(TextField.class).setText(""));
        robot.interact(() -> robot.lookup("#reviewKindCLAIM").queryAs(ToggleButton.class).setSelected(true));
        waitFor(() -> table().getItems().size() == 2 && table().getItems().stream().allMatch(row -> row.kind() == AnnotationKind.CLAIM));

        robot.interact(() -> robot.lookup("#reviewSearch").queryAs(TextField.class).setText("nothing like this"));
        waitFor(() -> table().getItems().isEmpty() && "No annotations match “nothing like this” with these filters."
                .equals(robot.lookup("#reviewEmpty").queryAs(Label.class).getText()));

        robot.interact(() -> robot.lookup("#reviewSearch").queryAs(TextField.class).setText("crowns"));
        waitFor(() -> table().getItems().size() == 1);
        robot.interact(() -> {
            table().getSelectionModel().select(0);
            table().requestFocus();
            table().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        });
        waitFor(() -> crownsClaim.id().equals(articleView().emphasised()) && articleView().article().id() == bridge.id());
    }

    @Test
    void twoActorsAreMergedFromTheActorsTab() throws Exception {
        openReview();
        robot.interact(() -> robot.lookup("#reviewTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        waitFor(() -> actorList().getItems().size() == 3);
        robot.interact(() -> actorList().getSelectionModel().select(
                actorList().getItems().stream().filter(a -> a.name().equals("Mara Lindqvist")).findFirst().orElseThrow()));
        waitFor(() -> robot.lookup("#actorName").tryQuery().map(node -> ((Label) node).getText().equals("Mara Lindqvist")).orElse(false));

        robot.clickOn("#actorMerge");
        waitFor(() -> robot.lookup("#mergeOther").tryQuery().isPresent());
        robot.interact(() -> {
            ComboBox<ActorSummary> other = robot.lookup("#mergeOther").queryAs(ComboBox.class);
            other.setValue(other.getItems().stream().filter(a -> a.name().equals("Lindqvist")).findFirst().orElseThrow());
        });
        assertThat(text("#mergePreview")).isEqualTo("“Mara Lindqvist” stays, with “Lindqvist” as an alias: 1 quote, 1 mention and 2 claims in all. “Lindqvist” is removed; a merge cannot be undone.");
        robot.clickOn("#mergeConfirm");

        waitFor(() -> actorList().getItems().size() == 2
                && robot.lookup("#actorAliases").tryQuery().map(node -> ((Label) node).getText().contains("Lindqvist")).orElse(false));
        ActorSummary merged = fx(() -> actorList().getItems().stream().filter(a -> a.name().equals("Mara Lindqvist")).findFirst().orElseThrow());
        assertThat(merged.claims()).isEqualTo(2);
        assertThat(fx(() -> robot.lookup("#actorClaims").queryAs(VBox.class).getChildren().size())).isEqualTo(2);
    }

    @Test
    void tabsAreChosenAndTheWindowClosedFromTheKeyboard() throws Exception {
        openReview();
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        waitFor(() -> robot.lookup("#reviewTabs").queryAs(TabPane.class).getSelectionModel().getSelectedIndex() == 1);
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT4);
        waitFor(() -> robot.lookup("#reviewTabs").queryAs(TabPane.class).getSelectionModel().getSelectedIndex() == 3);

        Window review = fx(() -> robot.lookup("#reviewTabs").queryAs(TabPane.class).getScene().getWindow());
        robot.push(KeyCode.SHORTCUT, KeyCode.W);
        waitFor(() -> !review.isShowing());
        assertThat(fx(() -> articleView().getScene().getWindow().isShowing())).as("the reader stays open").isTrue();
    }

    private void openReview() throws Exception {
        robot.interact(() -> {
            MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
            MenuItem review = bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                    .filter(item -> "menuReview".equals(item.getId())).findFirst().orElseThrow();
            review.fire();
        });
        waitFor(() -> robot.lookup("#reviewTable").tryQuery().map(Node::isVisible).orElse(false));
    }

    @SuppressWarnings("unchecked")
    private TableView<ReviewRow> table() {
        return robot.lookup("#reviewTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<ActorSummary> actorList() {
        return robot.lookup("#actorList").queryAs(ListView.class);
    }

    private ArticleView articleView() {
        return robot.lookup("#articleView").queryAs(ArticleView.class);
    }

    private String text(String id) throws Exception {
        return fx(() -> {
            Node node = robot.lookup(id).query();
            return ((Labeled) node).getText();
        });
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
