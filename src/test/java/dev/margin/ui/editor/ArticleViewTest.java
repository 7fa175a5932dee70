package dev.margin.ui.editor;

import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import static dev.margin.ui.editor.SampleArticles.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The article view in a real (headless) stage: highlights on the right characters, clicks, selection, find, kinds, reveal. */
@ExtendWith(ApplicationExtension.class)
class ArticleViewTest {
    private ArticleView view;
    private StyleClassedTextArea area;
    private List<Annotation> annotations;

    @Start
    void start(Stage stage) {
        view = new ArticleView(Locale.UK);
        area = view.area();
        annotations = SampleArticles.overlapping();
        view.showArticle(SampleArticles.article(), annotations);
        BorderPane root = new BorderPane(view);
        root.setTop(new Legend(view));
        stage.setScene(new Scene(root, 900, 700));
        stage.show();
    }

    private Collection<String> stylesAt(int textOffset) {
        AtomicReference<Collection<String>> styles = new AtomicReference<>();
        run(() -> styles.set(area.getStyleOfChar(textOffset + headerLength())));
        return styles.get();
    }

    private int headerLength() {
        return area.getLength() - view.article().text().length();
    }

    private static void run(Runnable action) {
        WaitForAsyncUtils.asyncFx(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsTheHeaderThenTheTextWithEveryOverlappingAnnotationVisible() {
        String shown = area.getText();
        assertThat(shown).startsWith("Lagos to cut ferry fares by 12% as minister promises relief\n");
        assertThat(shown).contains("By Tunde Bakare and Amina Yusuf  ·  Wire News  ·  4 March 2026");
        assertThat(shown).contains("https://news.example.org/2026/03/04/lagos-ferry-fares\n");
        assertThat(shown).endsWith(SampleArticles.TEXT);
        assertThat(area.getParagraph(0).getParagraphStyle()).contains(ArticleDocument.HEADLINE);

        assertThat(stylesAt(at("commuters pay"))).containsExactlyInAnyOrder("claim", "quote", "actor");
        assertThat(stylesAt(at("We will"))).containsExactlyInAnyOrder("claim", "quote");
        assertThat(stylesAt(at("told reporters"))).containsExactly("claim");
        assertThat(stylesAt(at("fares by 12%"))).containsExactlyInAnyOrder("claim", "highlight");
        assertThat(stylesAt(at("Transport Minister"))).containsExactly("highlight");
        assertThat(stylesAt(at("the subsidy"))).isEmpty();
        int heading = view.article().paragraphs().indexOf("Operators reaction");
        assertThat(area.getParagraph(heading + 3).getParagraphStyle()).containsExactly(ArticleDocument.HEADING);
    }

    @Test
    void addingAnAnnotationRestylesOnlyItsParagraph() {
        int lastParagraph = area.getParagraphs().size() - 1;
        StyleSpans<Collection<String>> firstBefore = area.getParagraph(3).getStyleSpans();
        StyleSpans<Collection<String>> lastBefore = area.getParagraph(lastParagraph).getStyleSpans();
        long restyledBefore = view.paragraphsRestyled();
        Annotation added = SampleArticles.actor("Ikorodu");

        run(() -> view.annotationAdded(added));

        assertThat(view.paragraphsRestyled() - restyledBefore).isEqualTo(1);
        assertThat(stylesAt(at("Ikorodu"))).containsExactly("actor");
        assertThat(area.getParagraph(3).getStyleSpans()).isSameAs(firstBefore);
        assertThat(area.getParagraph(lastParagraph).getStyleSpans()).isSameAs(lastBefore);

        run(() -> view.annotationRemoved(added.id()));
        assertThat(stylesAt(at("Ikorodu"))).isEmpty();
        assertThat(view.paragraphsRestyled() - restyledBefore).isEqualTo(2);
    }

    @Test
    void applyingStylesOffTheFxThreadIsRefused() {
        assertThatThrownBy(() -> view.annotationAdded(SampleArticles.actor("Ikorodu")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("JavaFX application thread");
    }

    @Test
    void clickingNestedTextGivesEveryAnnotationThereInnermostFirst(FxRobot robot) {
        List<List<Annotation>> clicks = new ArrayList<>();
        view.setOnAnnotationsClicked(clicks::add);
        robot.clickOn(centreOfCharacter(at("commuters pay") + 3), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clicks).hasSize(1);
        assertThat(clicks.get(0)).extracting(Annotation::kind).containsExactly(AnnotationKind.ACTOR, AnnotationKind.QUOTE, AnnotationKind.CLAIM);
        assertThat(view.annotationsAt(at("told reporters"))).extracting(Annotation::kind).containsExactly(AnnotationKind.CLAIM);
    }

    @Test
    void clickingTheSourceLinkReportsTheUrl(FxRobot robot) {
        List<String> urls = new ArrayList<>();
        view.setOnSourceLinkClicked(urls::add);
        robot.clickOn(centreOfAreaOffset(area.getText().indexOf("https://") + 5), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(urls).containsExactly("https://news.example.org/2026/03/04/lagos-ferry-fares");
    }

    @Test
    void theContextMenuFactoryGetsTheSelectionOrTheClickedPlace() {
        List<IndexRange> asked = new ArrayList<>();
        List<ContextMenu> menus = new ArrayList<>();
        view.setContextMenuFactory(range -> {
            asked.add(range);
            ContextMenu menu = new ContextMenu(new MenuItem("Mark as quote"));
            menus.add(menu);
            return menu;
        });
        int start = at("Marina jetty");
        run(() -> view.select(start, start + "Marina jetty".length()));
        // Monocle's robot raises no context-menu request for a secondary click, so fire the one the platform would.
        requestContextMenuAt(start + 2);
        assertThat(asked).containsExactly(new IndexRange(start, start + "Marina jetty".length()));
        assertThat(menus.get(0).isShowing()).isTrue();

        run(() -> view.clearSelection());
        int told = at("told reporters");
        requestContextMenuAt(told + 1);
        assertThat(asked.get(1).getLength()).isZero();
        assertThat(asked.get(1).getStart()).isBetween(told + 1, told + 2);
        assertThat(menus.get(0).isShowing()).as("the first menu closed").isFalse();
        run(() -> menus.get(1).hide());
    }

    private void requestContextMenuAt(int textOffset) {
        Point2D screen = centreOfCharacter(textOffset);
        run(() -> {
            // The event's x and y are scene coordinates; firing it at the area converts them to the area's own.
            Point2D scene = area.localToScene(area.screenToLocal(screen));
            Event.fireEvent(area, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(),
                    screen.getX(), screen.getY(), false, null));
        });
    }

    @Test
    void selectionIsInTextOffsetsAndSnapsToWholeWords() {
        int start = at("Marina jetty") + 2;
        run(() -> view.select(start, start + 8));
        assertThat(view.getSelection()).isEqualTo(new IndexRange(start, start + 8));
        assertThat(area.getSelectedText()).isEqualTo("rina jet");
        IndexRange snapped = view.selectionSnappedToWords();
        assertThat(SampleArticles.TEXT.substring(snapped.getStart(), snapped.getEnd())).isEqualTo("Marina jetty");

        run(() -> view.clearSelection());
        assertThat(view.getSelection().getLength()).isZero();
        assertThatThrownBy(() -> WaitForAsyncUtils.asyncFx(() -> view.select(5, SampleArticles.TEXT.length() + 1)).get())
                .hasMessageContaining("outside the text");
    }

    @Test
    void aSelectionReachingIntoTheHeaderIsClippedToTheText() {
        run(() -> area.selectRange(3, headerLength() + 6));
        assertThat(view.getSelection()).isEqualTo(new IndexRange(0, 6));
    }

    @Test
    void findNextAndPreviousSelectMatchesAndCountThem(FxRobot robot) {
        run(() -> view.showFindBar());
        robot.clickOn("#findField").write("okafor");
        robot.type(KeyCode.ENTER);
        int first = SampleArticles.TEXT.indexOf("Okafor");
        assertThat(view.getSelection()).isEqualTo(new IndexRange(first, first + 6));
        assertThat(view.findBar().countText()).isEqualTo("1 of 3");
        robot.clickOn("#findNext");
        int second = SampleArticles.TEXT.indexOf("Okafor", first + 1);
        assertThat(view.getSelection().getStart()).isEqualTo(second);
        assertThat(view.findBar().countText()).isEqualTo("2 of 3");
        robot.clickOn("#findPrevious");
        assertThat(view.getSelection().getStart()).isEqualTo(first);
        robot.clickOn("#findPrevious");
        assertThat(view.findBar().countText()).as("wraps to the last").isEqualTo("3 of 3");

        robot.clickOn("#findField").eraseText(6).write("hovercraft").type(KeyCode.ENTER);
        assertThat(view.findBar().countText()).isEqualTo("No matches");
        robot.type(KeyCode.ESCAPE);
        assertThat(view.findBar().isOpen()).isFalse();
    }

    @Test
    void hidingAKindFromTheLegendRemovesItsLookAndShowingBringsItBack(FxRobot robot) {
        robot.clickOn("#legendQuote");
        assertThat(view.isKindVisible(AnnotationKind.QUOTE)).isFalse();
        assertThat(stylesAt(at("commuters pay"))).containsExactlyInAnyOrder("claim", "actor");
        assertThat(view.annotationsAt(at("commuters pay"))).extracting(Annotation::kind).containsExactly(AnnotationKind.ACTOR, AnnotationKind.CLAIM);
        run(() -> view.setKindVisible(AnnotationKind.QUOTE, true));
        assertThat(robot.lookup("#legendQuote").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(stylesAt(at("commuters pay"))).containsExactlyInAnyOrder("claim", "quote", "actor");
    }

    @Test
    void revealScrollsALongArticleToTheAnnotationAndEmphasisesIt() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            text.append("Paragraph ").append(i).append(": the ministry said on Tuesday that ferry fares would be reviewed again.\n");
        }
        text.append("Okafor said the review was final.");
        String longText = text.toString();
        Article article = SampleArticles.article(longText, List.of());
        int start = longText.indexOf("Okafor");
        Annotation far = Annotation.actorMention(1, 1, dev.margin.domain.Anchor.of(longText, start, start + 6), 7L, SampleArticles.NOW);
        run(() -> view.showArticle(article, List.of(far)));
        assertThat(view.firstVisibleParagraph()).isZero();

        run(() -> view.reveal(far.id()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.emphasised()).isEqualTo(far.id());
        assertThat(stylesAt(start)).containsExactlyInAnyOrder("actor", "emphasised");
        assertThat(view.firstVisibleParagraph()).isGreaterThan(350);
        assertThat(view.scrollFraction()).isGreaterThan(0.9);

        run(() -> view.clearEmphasis());
        assertThat(stylesAt(start)).containsExactly("actor");

        run(() -> view.restoreScroll(120));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.firstVisibleParagraph()).isEqualTo(120);
    }

    @Test
    void keyboardOpensFindAndZooms(FxRobot robot) {
        robot.clickOn("#articleArea");
        run(() -> area.moveTo(0));
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertThat(view.findBar().isOpen()).isTrue();
        assertThat(view.findBar().field().isFocused()).isTrue();
        robot.write("okafor").type(KeyCode.ENTER);
        int first = SampleArticles.TEXT.indexOf("Okafor");
        assertThat(view.getSelection().getStart()).isEqualTo(first);
        robot.type(KeyCode.F3);
        assertThat(view.getSelection().getStart()).isEqualTo(SampleArticles.TEXT.indexOf("Okafor", first + 1));
        robot.type(KeyCode.ESCAPE);
        assertThat(view.findBar().isOpen()).isFalse();
        assertThat(area.isFocused()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        assertThat(view.zoomProperty().get()).isEqualTo(0.9);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        assertThat(view.zoomProperty().get()).isEqualTo(1.0);
    }

    @Test
    void zoomScalesTheFontWithinItsLimits() {
        run(() -> view.zoomIn());
        assertThat(view.zoomProperty().get()).isEqualTo(1.1);
        assertThat(area.getStyle()).contains("-fx-font-size: 18.7px");
        run(() -> view.zoomProperty().set(5));
        assertThat(view.zoomProperty().get()).isEqualTo(ArticleView.MAX_ZOOM);
        run(() -> view.zoomReset());
        assertThat(view.zoomProperty().get()).isEqualTo(1.0);
    }

    @Test
    void suggestionsShowInTheirOwnStyle() {
        int start = at("Marina jetty");
        run(() -> view.setSuggestions(List.of(new dev.margin.ui.editor.spans.SuggestedSpan(start, start + 12, AnnotationKind.ACTOR, java.util.UUID.randomUUID()))));
        assertThat(stylesAt(start)).containsExactlyInAnyOrder("suggestion", "suggestion-actor");
        run(() -> view.setSuggestions(List.of()));
        assertThat(stylesAt(start)).isEmpty();
    }

    private Point2D centreOfCharacter(int textOffset) {
        return centreOfAreaOffset(textOffset + headerLength());
    }

    private Point2D centreOfAreaOffset(int areaOffset) {
        AtomicReference<Bounds> bounds = new AtomicReference<>();
        run(() -> bounds.set(area.getCharacterBoundsOnScreen(areaOffset, areaOffset + 1).orElseThrow()));
        Bounds b = bounds.get();
        return new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
    }
}
