package dev.margin.ui.suggestions;

import dev.margin.domain.Actor;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ArticleDraft;
import dev.margin.store.RejectedSuggestion;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.suggest.Suggestion;
import dev.margin.suggest.SuggestionKind;
import dev.margin.ui.MarginApp;
import dev.margin.ui.editor.ArticleView;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suggestions in the real window, from the keyboard: Ctrl+Shift+S suggests for an article full of quotes,
 * J and K move through them, Y accepts a quote (its speaker becomes an actor), N rejects one (gone, and
 * still gone after a restart), Ctrl+Z brings a rejected one back, and "accept all claims" marks every claim.
 */
class SuggestionsWindowTest {
    private static final String FIRST_QUOTE = "We cannot keep the bridge open on goodwill alone,";
    private static final String REJECTED_QUOTE = "The repairs cost money.";

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private MarginApp app;
    private Path library;

    @BeforeEach
    void storeAnArticle() throws IOException {
        library = dir.resolve("margin.db");
        String text;
        try (InputStream in = SuggestionsWindowTest.class.getResourceAsStream("/suggestui/harbour-toll.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        try (SqliteStore store = SqliteStore.open(library)) {
            store.articles().insert(new ArticleDraft("Harbour bridge toll to rise 15%", "By Ama Owusu", "Margin Wire",
                    "https://wire.example/2026/05/12/harbour-toll", LocalDate.of(2026, 5, 12), "en", text, List.of()),
                    Instant.parse("2026-05-12T08:00:00Z"));
        }
    }

    private void startWindow() throws Exception {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        app = (MarginApp) FxToolkit.setupApplication(() -> new MarginApp(library));
        waitFor(() -> view().article() != null);
    }

    private void stopWindow() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        app = null;
    }

    @AfterEach
    void stop() throws TimeoutException {
        if (app != null) {
            stopWindow();
        }
    }

    @Test
    void suggestMoveAcceptRejectAndAcceptAllFromTheKeyboard() throws Exception {
        startWindow();
        // Nothing to review yet: the section is folded to its title and hint, and the list takes no room.
        waitFor(this::suggestionsFolded);
        robot.interact(() -> view().area().requestFocus());
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.S);
        waitFor(() -> !suggestions().getItems().isEmpty());
        assertThat(fx(() -> suggestionsFolded())).isFalse();

        // The suggestions are drawn in their own style in the article, and the first one is current.
        Suggestion first = fx(() -> suggestions().getItems().get(0));
        assertThat(fx(() -> stylesAt(first.start()))).contains("suggestion");
        assertThat(fx(() -> current())).isEqualTo(first);

        robot.type(KeyCode.J);
        Suggestion second = fx(() -> suggestions().getItems().get(1));
        waitFor(() -> second.equals(current()));
        assertThat(fx(() -> view().getSelection().getStart())).isEqualTo(second.start());
        robot.type(KeyCode.K);
        waitFor(() -> first.equals(current()));

        moveTo(SuggestionKind.QUOTE, FIRST_QUOTE);
        robot.type(KeyCode.Y);
        waitFor(() -> annotations().getItems().stream().anyMatch(a -> a.exact().equals(FIRST_QUOTE)));
        Annotation quote = fx(() -> annotations().getItems().stream().filter(a -> a.exact().equals(FIRST_QUOTE)).findFirst().orElseThrow());
        assertThat(quote.kind()).isEqualTo(AnnotationKind.QUOTE);
        assertThat(quote.quote().speakerActorId()).isNotNull();
        waitFor(() -> suggestions().getItems().stream().noneMatch(s -> s.exact().equals(FIRST_QUOTE)));

        moveTo(SuggestionKind.QUOTE, REJECTED_QUOTE);
        robot.type(KeyCode.N);
        waitFor(() -> suggestions().getItems().stream().noneMatch(s -> s.exact().equals(REJECTED_QUOTE)));
        // Rejecting is undoable like any change, and redoable.
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        waitFor(() -> suggestions().getItems().stream().anyMatch(s -> s.exact().equals(REJECTED_QUOTE)));
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
        waitFor(() -> suggestions().getItems().stream().noneMatch(s -> s.exact().equals(REJECTED_QUOTE)));

        long claims = fx(() -> suggestions().getItems().stream().filter(s -> s.kind() == SuggestionKind.CLAIM).count());
        assertThat(claims).isPositive();
        robot.interact(() -> {
            MenuButton acceptAll = robot.lookup("#suggestionAcceptAll").queryAs(MenuButton.class);
            MenuItem claimsItem = acceptAll.getItems().stream().filter(i -> "acceptAllClaim".equals(i.getId())).findFirst().orElseThrow();
            claimsItem.fire();
        });
        waitFor(() -> suggestions().getItems().stream().noneMatch(s -> s.kind() == SuggestionKind.CLAIM));
        assertThat(fx(() -> annotations().getItems().stream().filter(a -> a.kind() == AnnotationKind.CLAIM).count())).isEqualTo(claims);
        long marked = fx(() -> (long) annotations().getItems().size());
        stopWindow();

        try (SqliteStore store = SqliteStore.open(library)) {
            Actor speaker = store.actors().find(quote.quote().speakerActorId()).orElseThrow();
            assertThat(speaker.name()).isEqualTo("Adaeze Okafor");
            assertThat(store.rejectedSuggestions().forArticle(quote.articleId()))
                    .extracting(RejectedSuggestion::exact).containsExactly(REJECTED_QUOTE);
        }

        startWindow();
        waitFor(() -> annotations().getItems().size() == marked);
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.S);
        waitFor(() -> !suggestions().getItems().isEmpty());
        List<String> offered = fx(() -> suggestions().getItems().stream().map(Suggestion::exact).toList());
        assertThat(offered).doesNotContain(REJECTED_QUOTE, FIRST_QUOTE).contains("This is a tax on every crate of tomatoes,");
        assertThat(fx(() -> suggestions().getItems().stream().noneMatch(s -> s.kind() == SuggestionKind.CLAIM))).isTrue();
    }

    @Test
    void anActorAcceptedWithOneKeyMarksEveryMentionAndOneUndoTakesThemAllBack() throws Exception {
        startWindow();
        robot.interact(() -> view().area().requestFocus());
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.S);
        waitFor(() -> !suggestions().getItems().isEmpty());
        Suggestion actor = fx(() -> suggestions().getItems().stream().filter(s -> s.kind() == SuggestionKind.ACTOR)
                .max(java.util.Comparator.comparingInt(s -> s.mentions().size())).orElseThrow());
        assertThat(actor.mentions()).hasSizeGreaterThan(1);
        moveTo(SuggestionKind.ACTOR, actor.exact());
        // the list says how many mentions one key press marks
        assertThat(fx(() -> robot.lookup("#suggestionList").lookup(".suggestion-detail").queryAll().stream()
                .map(node -> ((javafx.scene.control.Labeled) node).getText()).anyMatch(text -> text.contains(actor.mentions().size() + " mentions"))))
                .isTrue();

        long before = fx(() -> (long) annotations().getItems().size());
        robot.type(KeyCode.Y);
        waitFor(() -> annotations().getItems().size() == before + actor.mentions().size());
        assertThat(fx(() -> annotations().getItems().stream().filter(a -> a.kind() == AnnotationKind.ACTOR)
                .map(a -> new dev.margin.domain.Span(a.start(), a.end())).toList())).containsAll(actor.mentions());

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        waitFor(() -> annotations().getItems().size() == before);
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
        waitFor(() -> annotations().getItems().size() == before + actor.mentions().size());
    }

    /** Presses J until the suggestion is the current one. */
    private void moveTo(SuggestionKind kind, String exact) throws Exception {
        for (int i = 0; i < 40 && !matches(fx(this::current), kind, exact); i++) {
            Suggestion before = fx(this::current);
            robot.type(KeyCode.J);
            waitFor(() -> current() != before);
        }
        assertThat(matches(fx(this::current), kind, exact)).as("reached " + kind + " " + exact).isTrue();
    }

    private static boolean matches(Suggestion s, SuggestionKind kind, String exact) {
        return s != null && s.kind() == kind && s.exact().equals(exact);
    }

    /** The section shows only its title and the "none open" hint; the list and its buttons are not laid out. */
    private boolean suggestionsFolded() {
        Node hint = robot.lookup("#suggestionsEmpty").query();
        ListView<?> list = suggestions();
        return hint.isVisible() && hint.isManaged() && !list.getParent().isVisible() && !list.getParent().isManaged()
                && !robot.lookup("#suggestionAcceptAll").query().getParent().isManaged();
    }

    private Suggestion current() {
        return suggestions().getSelectionModel().getSelectedItem();
    }

    private java.util.Collection<String> stylesAt(int textOffset) {
        int header = view().area().getLength() - view().article().text().length();
        return view().area().getStyleOfChar(textOffset + header);
    }

    private ArticleView view() {
        return robot.lookup("#articleView").queryAs(ArticleView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<Suggestion> suggestions() {
        return robot.lookup("#suggestionList").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<Annotation> annotations() {
        return robot.lookup("#annotationList").queryAs(ListView.class);
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
