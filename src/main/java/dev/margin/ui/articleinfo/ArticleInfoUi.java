package dev.margin.ui.articleinfo;

import dev.margin.ui.common.Messages;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Pane;

import java.util.List;

/**
 * Puts the article information panel into the reader window: the panel at the top of the article pane, hidden
 * until asked for, and the Article menu whose "Information" item (Ctrl+I) shows it with the keyboard in the title.
 * What was typed is saved when the keyboard leaves the panel, so nothing typed is lost by clicking elsewhere.
 */
public final class ArticleInfoUi {
    /** Show (or hide) the information panel of the open article. */
    public static final KeyCombination SHOW = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);

    private ArticleInfoUi() {
    }

    /**
     * @param articlePane the pane holding the article; the panel goes at {@code index} in it
     * @param readingArea what gets the keyboard back when the panel closes
     * @param articleOpen true while an article is open (the panel and its menu item wait for one)
     */
    public static ArticleInfoPane install(ArticleInfoViewModel model, Messages messages, Scene scene, Pane articlePane, int index,
                                          MenuBar menuBar, Node readingArea, ObservableBooleanValue articleOpen) {
        ArticleInfoPane pane = new ArticleInfoPane(model, messages);
        pane.visibleProperty().bind(model.shownProperty().and(articleOpen));
        pane.managedProperty().bind(pane.visibleProperty());
        articlePane.getChildren().add(index, pane);
        pane.setOnClose(readingArea::requestFocus);

        CheckMenuItem show = new CheckMenuItem(messages.get("menu.article.info"));
        show.setId("menuArticleInfo");
        show.setAccelerator(SHOW);
        show.selectedProperty().bindBidirectional(model.shownProperty());
        show.disableProperty().bind(Bindings.not(articleOpen));
        model.shownProperty().addListener((observable, was, shown) -> {
            if (shown) {
                // Once it is laid out: a field that is not showing yet cannot take the keyboard.
                Platform.runLater(pane::focusTitle);
            } else if (isInside(scene.getFocusOwner(), pane)) {
                model.save();
                readingArea.requestFocus();
            }
        });
        Menu menu = new Menu(messages.get("menu.article"), null, show);
        menu.setId("menuArticle");
        List<Menu> menus = menuBar.getMenus();
        menus.add(Math.min(2, menus.size()), menu);

        scene.focusOwnerProperty().addListener((ChangeListener<Node>) (observable, was, now) -> {
            if (isInside(was, pane) && !isInside(now, pane)) {
                model.save();
            }
        });
        return pane;
    }

    static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }
}
