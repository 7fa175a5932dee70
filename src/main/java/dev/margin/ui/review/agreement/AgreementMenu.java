package dev.margin.ui.review.agreement;

import dev.margin.ui.common.Messages;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * View › Agreement between annotators (Ctrl+Shift+A) in the reader's menu bar, right after "Review annotations":
 * it opens the review window on its agreement tab. Found by the review item's id, so the reader knows nothing of it.
 */
public final class AgreementMenu {
    /** The shortcut: A for agreement. */
    public static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private AgreementMenu() {
    }

    /** Adds the item after {@code menuReview} (at the end of the last menu when there is none); returns it. */
    public static MenuItem install(MenuBar bar, Messages messages, Runnable openAgreement) {
        MenuItem item = new MenuItem(messages.get("agreement.menu"));
        item.setId("menuAgreement");
        item.setAccelerator(SHORTCUT);
        item.setOnAction(event -> openAgreement.run());
        for (Menu menu : bar.getMenus()) {
            for (int i = 0; i < menu.getItems().size(); i++) {
                if ("menuReview".equals(menu.getItems().get(i).getId())) {
                    menu.getItems().add(i + 1, item);
                    return item;
                }
            }
        }
        bar.getMenus().getLast().getItems().add(item);
        return item;
    }
}
