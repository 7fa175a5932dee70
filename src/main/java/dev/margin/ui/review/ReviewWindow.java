package dev.margin.ui.review;

import dev.margin.ui.common.Dialogs;
import dev.margin.ui.common.Messages;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * The review window: the annotations browser, then the tabs it is given (actors, claims, statistics) in order.
 * Made once and shown again on every "Review annotations"; a tab's data is re-read whenever the tab is chosen.
 */
public final class ReviewWindow {
    private final Stage stage;
    private final TabPane tabs = new TabPane();
    private final AnnotationBrowserViewModel browser;
    private final SavedFiltersViewModel savedFilters;
    private final List<ReviewTab> others = new ArrayList<>();
    private final AnnotationBrowserView browserView;
    private final Tab browserTab;

    /** The window over {@code context}, with a tab made by each of {@code tabFactories} after the annotations browser. */
    public ReviewWindow(ReviewContext context, Window owner, List<ReviewTab.Factory> tabFactories) {
        Messages m = context.messages();
        stage = Dialogs.window(m.get("review.title"), Dialogs.Size.WINDOW);
        browser = new AnnotationBrowserViewModel(context);
        savedFilters = new SavedFiltersViewModel(context, browser);
        browserView = new AnnotationBrowserView(browser, savedFilters, m);
        browserTab = tab("reviewTabAnnotations", m.get("review.tab.annotations"), browserView);
        tabs.getTabs().add(browserTab);
        for (ReviewTab.Factory factory : tabFactories) {
            ReviewTab other = factory.create(context, browser);
            others.add(other);
            tabs.getTabs().add(tab(other.id(), other.title(), other.content()));
        }
        tabs.setId("reviewTabs");
        tabs.getSelectionModel().selectedIndexProperty().addListener((observable, old, index) -> {
            int chosen = index.intValue();
            if (old.intValue() > 0) {
                others.get(old.intValue() - 1).shown(false);
            }
            if (chosen == 0) {
                browser.loadChoices();
                savedFilters.reload();
            } else if (chosen > 0) {
                others.get(chosen - 1).shown(true);
            }
        });

        Scene scene = new Scene(tabs, 1280, 780);
        scene.getStylesheets().add(ReviewWindow.class.getResource("/dev/margin/ui/common/margin.css").toExternalForm());
        scene.getStylesheets().add(ReviewWindow.class.getResource("review.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            tabs.getSelectionModel().select(browserTab);
            browserView.focusSearch();
        });
        // Ctrl+W closes the window as in a browser or an editor; Ctrl+1 to Ctrl+5 choose a tab. Ctrl+Z undoes the
        // window's own changes (claim status and evidence, actor names and aliases); in a text field it undoes typing.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::hide);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), context.history()::undo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                context.history()::redo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), context.history()::redo);
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5};
        for (int index = 0; index < digits.length; index++) {
            int tab = index;
            scene.getAccelerators().put(new KeyCodeCombination(digits[index], KeyCombination.SHORTCUT_DOWN),
                    () -> tabs.getSelectionModel().select(tab));
        }
        stage.setScene(scene);
        // Not owned by the reader window: an owned window always stays above its owner, and opening an annotation
        // from here must bring the reader to the front. It still closes with the reader.
        owner.addEventHandler(WindowEvent.WINDOW_HIDDEN, hidden -> stage.hide());
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    /** Shows the window on the annotations browser with the keyboard in the search box, and re-reads the rows. */
    public void show() {
        tabs.getSelectionModel().select(browserTab);
        browser.loadChoices();
        savedFilters.reload();
        browser.refresh();
        stage.show();
        stage.toFront();
        browserView.focusSearch();
    }

    /** Shows the window on the tab whose node id is {@code tabId} (as {@link #show()} when there is none). */
    public void show(String tabId) {
        show();
        tabs.getTabs().stream().filter(tab -> tab.getId().equals(tabId)).findFirst().ifPresent(tab -> tabs.getSelectionModel().select(tab));
    }

    /** Re-reads what the window shows, when others changed the (team) library; nothing when it is closed. */
    public void libraryChangedElsewhere() {
        if (!stage.isShowing()) {
            return;
        }
        int chosen = tabs.getSelectionModel().getSelectedIndex();
        if (chosen == 0) {
            browser.refresh();
        } else if (chosen > 0) {
            others.get(chosen - 1).shown(true);
        }
    }

    public Stage stage() {
        return stage;
    }

    /** The annotations browser's view (public for features that add to it, such as export). */
    public AnnotationBrowserView browserView() {
        return browserView;
    }

    public AnnotationBrowserViewModel browser() {
        return browser;
    }
}
