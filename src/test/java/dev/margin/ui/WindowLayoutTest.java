package dev.margin.ui;

import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.ui.editor.spans.HighlightClasses;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import static dev.margin.ui.SampleWindow.fx;
import static dev.margin.ui.SampleWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window's layout as a new user met it (issue 16, items 11 to 14 and 16), at 1280 × 720 and 1600 × 1000: no
 * dead bands above and below the text, the article's annotations under their own heading, the claim editor whole
 * at 1600 × 1000 and the selected item whole in the list, the review window not kept above the reader, find
 * marking every match, the overlap picker inside the window, and the how-to never collapsed. Opening an annotation from
 * review, by Enter or double-click, brings the reader forward and focused with that annotation selected.
 */
class WindowLayoutTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private KeyboardWindow window;

    private void open(String size) throws Exception {
        window = KeyboardWindow.open(robot, dir.resolve("margin.db"), size);
    }

    @AfterEach
    void stop() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x720", "1600x1000"})
    void theTextScrollsUnderNoDeadBandsAndTheRoomAboveAndBelowScrollsWithIt(String size) throws Exception {
        open(size);
        StyleClassedTextArea area = fx(() -> window.view().area());
        assertThat(fx(() -> area.getPadding().getTop())).as("no padding band above the text").isZero();
        assertThat(fx(() -> area.getPadding().getBottom())).as("no padding band below the text").isZero();
        Node first = fx(() -> area.lookup(".paragraph-text.document-start"));
        assertThat(first).as("the first line has room above it, scrolling with the text").isNotNull();
        assertThat(fx(() -> ((javafx.scene.layout.Region) first).getInsets().getTop())).isGreaterThanOrEqualTo(20);

        robot.interact(() -> area.showParagraphAtBottom(area.getParagraphs().size() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        Node last = fx(() -> area.lookup(".paragraph-text.document-end"));
        assertThat(last).isNotNull();
        assertThat(fx(() -> ((javafx.scene.layout.Region) last).getInsets().getBottom())).isGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x720", "1600x1000"})
    void theArticlesAnnotationsHaveTheirOwnHeadingAndTheSelectedOneIsWholeInListAndEditor(String size) throws Exception {
        open(size);
        Label heading = robot.lookup("#annotationsHeading").queryAs(Label.class);
        assertThat(fx(heading::getText)).isEqualTo("In this article");
        Node suggestions = robot.lookup("#suggestionsPane").query();
        assertThat(fx(() -> top(suggestions) < top(heading) && top(heading) < top(window.annotations())))
                .as("Suggestions, then the heading, then the article's annotations").isTrue();

        Annotation lastClaim = fx(() -> window.annotations().getItems().stream().filter(a -> a.kind() == AnnotationKind.CLAIM)
                .reduce((first, second) -> second).orElseThrow());
        robot.interact(() -> window.annotations().getSelectionModel().select(lastClaim));
        waitFor(() -> selectedCell() != null && inside(selectedCell(), window.annotations()));
        Node editor = robot.lookup("#annotationEditor").query();
        if (size.equals("1600x1000")) {
            waitFor(() -> !verticalBarShown(editor));
            assertThat(fx(() -> inside(robot.lookup("#annotationDelete").query(), editor))).as("the whole claim editor fits").isTrue();
        }
        assertThat(fx(() -> inside(robot.lookup("#claimClaimant").query(), editor))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x720", "1600x1000"})
    void theReviewWindowIsNotKeptAboveTheReaderAndClosesWithIt(String size) throws Exception {
        open(size);
        robot.interact(() -> {
            MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
            MenuItem review = bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                    .filter(item -> "menuReview".equals(item.getId())).findFirst().orElseThrow();
            review.fire();
        });
        waitFor(() -> robot.lookup("#reviewTable").tryQuery().map(table -> ((TableView<?>) table).getItems().size() > 0).orElse(false));
        TableView<?> table = robot.lookup("#reviewTable").queryAs(TableView.class);
        Window review = fx(() -> table.getScene().getWindow());
        assertThat(fx(() -> ((Stage) review).getOwner())).as("an owned window would stay above the reader").isNull();
        // An owned window is kept above its owner by every window manager: the reader could never come to the front.
        assertThat(fx(() -> ((Stage) review).getModality())).isEqualTo(javafx.stage.Modality.NONE);

        // As the user acts: a row chosen and Enter pressed in the review window brings the reader forward, focused,
        // with that annotation selected; back in the review window, a double-click on another row does the same.
        waitFor(() -> table.getItems().size() >= 2);
        robot.interact(() -> {
            table.getSelectionModel().select(0);
            table.requestFocus();
        });
        waitFor(review::isFocused);
        Object first = fx(() -> ((dev.margin.domain.read.ReviewRow) table.getItems().get(0)).annotationId());
        robot.type(KeyCode.ENTER);
        waitFor(() -> window.stage().isFocused() && selectedId().equals(first));
        keysGoToTheReader();

        robot.interact(() -> ((Stage) review).toFront());
        robot.interact(((Stage) review)::requestFocus);
        waitFor(review::isFocused);
        Object second = fx(() -> ((dev.margin.domain.read.ReviewRow) table.getItems().get(1)).annotationId());
        Node secondRow = fx(() -> table.lookupAll(".table-row-cell").stream()
                .filter(row -> ((javafx.scene.control.TableRow<?>) row).getIndex() == 1).findFirst().orElseThrow());
        robot.doubleClickOn(secondRow);
        waitFor(() -> window.stage().isFocused() && selectedId().equals(second));
        keysGoToTheReader();
        robot.interact(() -> window.stage().hide());
        waitFor(() -> !review.isShowing());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x720", "1600x1000"})
    void findMarksEveryMatchAndTheCurrentOneApart(String size) throws Exception {
        open(size);
        robot.interact(() -> window.view().showFindBar());
        TextField field = robot.lookup("#findField").queryAs(TextField.class);
        robot.interact(() -> field.setText("water"));
        int total = fx(() -> window.view().matchCount("water"));
        assertThat(total).isGreaterThan(2);
        waitFor(() -> charsWith(HighlightClasses.FIND_MATCH) == total * "water".length());
        robot.interact(() -> window.view().findAgain(true));
        waitFor(() -> charsWith(HighlightClasses.FIND_CURRENT) == "water".length());
        robot.interact(() -> window.view().findBar().close());
        waitFor(() -> charsWith(HighlightClasses.FIND_MATCH) == 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x720", "1600x1000"})
    void theOverlapPickerStaysInsideTheWindow(String size) throws Exception {
        open(size);
        String text = fx(() -> window.view().article().text());
        // "nearly 30 per cent": a quote inside a claim.
        int offset = text.indexOf("nearly 30 per cent") + 3;
        assertThat(fx(() -> window.view().annotationsAt(offset))).hasSizeGreaterThan(1);
        StyleClassedTextArea area = fx(() -> window.view().area());
        // Its line at the bottom of the view: a menu opened below the clicked line would run off the window there.
        robot.interact(() -> {
            window.view().select(offset, offset + 1);
            area.showParagraphAtBottom(area.getCurrentParagraph());
        });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds word = fx(() -> area.getCharacterBoundsOnScreen(area.getSelection().getStart(), area.getSelection().getEnd()).orElseThrow());
        robot.interact(() -> window.view().clearSelection());
        robot.clickOn(new javafx.geometry.Point2D(word.getCenterX(), word.getCenterY()));
        waitFor(() -> pickMenu() != null && pickMenu().isShowing());
        ContextMenu menu = pickMenu();
        Stage stage = window.stage();
        assertThat(fx(() -> menu.getX() >= stage.getX() - 0.5 && menu.getX() + menu.getWidth() <= stage.getX() + stage.getWidth() + 0.5
                && menu.getY() >= stage.getY() - 0.5 && menu.getY() + menu.getHeight() <= stage.getY() + stage.getHeight() + 0.5))
                .as("the picker inside the window").isTrue();
        robot.interact(menu::hide);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x720", "1600x1000"})
    void theHowToOpensAtItsLeastSizeWithItsTextReadable(String size) throws Exception {
        open(size);
        robot.interact(() -> {
            MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
            bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                    .filter(item -> "menuHowTo".equals(item.getId())).findFirst().orElseThrow().fire();
        });
        waitFor(() -> robot.lookup("#howToDialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#howToDialog").queryAs(DialogPane.class);
        Stage dialog = fx(() -> (Stage) pane.getScene().getWindow());
        waitFor(() -> dialog.getWidth() >= 600 && dialog.getHeight() >= 460);
        assertThat(fx(() -> dialog.getMinWidth())).isGreaterThanOrEqualTo(600);
        assertThat(fx(() -> pane.getContent().getLayoutBounds().getHeight())).as("the text is many lines tall").isGreaterThan(250);
        robot.interact(dialog::close);
    }

    private static ContextMenu pickMenu() {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu menu && "pickAnnotation".equals(menu.getId()))
                .map(w -> (ContextMenu) w).findFirst().orElse(null);
    }

    private int charsWith(String styleClass) {
        StyleClassedTextArea area = window.view().area();
        int count = 0;
        for (int i = 0; i < area.getLength(); i++) {
            Collection<String> style = area.getStyleOfChar(i);
            if (style.contains(styleClass)) {
                count++;
            }
        }
        return count;
    }

    private ListCell<?> selectedCell() {
        return window.annotations().lookupAll(".list-cell").stream().map(node -> (ListCell<?>) node)
                .filter(cell -> cell.isSelected() && cell.isVisible() && cell.getItem() != null).findFirst().orElse(null);
    }

    private static double top(Node node) {
        return node.localToScene(node.getBoundsInLocal()).getMinY();
    }

    private static boolean inside(Node node, Node container) {
        Bounds inner = node.localToScene(node.getBoundsInLocal());
        Bounds outer = container.localToScene(container.getBoundsInLocal());
        return inner.getMinY() >= outer.getMinY() - 0.5 && inner.getMaxY() <= outer.getMaxY() + 0.5;
    }

    private static boolean verticalBarShown(Node scrollPane) {
        return scrollPane.lookupAll(".scroll-bar").stream().map(node -> (ScrollBar) node)
                .anyMatch(bar -> bar.getOrientation() == javafx.geometry.Orientation.VERTICAL && bar.isVisible());
    }

    /**
     * The next key the user types reaches the reader, not the review window (the headless platform reports both
     * windows focused, so the test asks where a key lands): Ctrl+F opens the reader's find bar.
     */
    private void keysGoToTheReader() throws Exception {
        assertThat(fx(() -> window.view().findBar().isVisible())).isFalse();
        robot.push(KeyCode.SHORTCUT, KeyCode.F);
        waitFor(() -> window.view().findBar().isVisible());
        robot.interact(() -> window.view().findBar().close());
    }

    /** The id of the annotation selected in the reader's list, or "" when none is. */
    private Object selectedId() {
        Annotation selected = window.annotations().getSelectionModel().getSelectedItem();
        return selected == null ? "" : selected.id();
    }
}
