package dev.margin.ui.suggestions;

import dev.margin.service.SuggestionService;
import dev.margin.suggest.Suggestion;
import dev.margin.suggest.SuggestionKind;
import dev.margin.ui.common.Messages;
import dev.margin.ui.editor.ArticleView;
import dev.margin.ui.editor.spans.SuggestedSpan;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Puts suggestions into the reader window: the Suggestions section at the top of the annotation panel,
 * the Suggest menu (Ctrl+Shift+S suggests for the open article), the single keys, and the dashed spans in
 * the article, where the current suggestion is selected and scrolled into view (a click on one makes it current).
 */
public final class SuggestionsUi {
    /** Suggest for the open article. */
    public static final KeyCombination SUGGEST = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private SuggestionsUi() {
    }

    /** @param panel the annotation panel; the section goes at its top, above the heading of the article's own annotations */
    public static SuggestionsPane install(SuggestionsViewModel model, Messages messages, Scene scene, ArticleView view,
                                          VBox panel, MenuBar menuBar) {
        SuggestionsPane pane = new SuggestionsPane(model, messages);
        panel.getChildren().add(0, pane);
        List<Menu> menus = menuBar.getMenus();
        menus.add(Math.min(3, menus.size()), menu(model, messages));
        SuggestionKeys.install(scene, model, view.area(), pane.list());

        model.open().addListener((ListChangeListener<Suggestion>) change -> view.setSuggestions(spans(model.open())));
        view.area().addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 1 && event.isStillSincePress()
                    && view.article() != null && !model.open().isEmpty()) {
                // The area holds the header above the text: text offsets start after it.
                int header = view.area().getLength() - view.article().text().length();
                view.area().hit(event.getX(), event.getY()).getCharacterIndex()
                        .ifPresent(areaOffset -> model.pickAt(areaOffset - header));
            }
        });
        model.currentProperty().addListener((observable, old, current) -> {
            if (current != null && view.article() != null && current.end() <= view.article().text().length()) {
                view.select(current.start(), current.end());
            }
        });
        return pane;
    }

    static Menu menu(SuggestionsViewModel model, Messages messages) {
        MenuItem run = item("menuSuggestRun", messages.get("menu.suggest.run"), model::suggest);
        run.setAccelerator(SUGGEST);
        run.disableProperty().bind(model.busyProperty());
        MenuItem accept = item("menuSuggestAccept", messages.get("menu.suggest.accept"), model::acceptCurrent);
        MenuItem reject = item("menuSuggestReject", messages.get("menu.suggest.reject"), model::rejectCurrent);
        accept.disableProperty().bind(model.currentProperty().isNull());
        reject.disableProperty().bind(model.currentProperty().isNull());
        MenuItem next = item("menuSuggestNext", messages.get("menu.suggest.next"), model::next);
        MenuItem previous = item("menuSuggestPrevious", messages.get("menu.suggest.previous"), model::previous);
        Menu menu = new Menu(messages.get("menu.suggest"), null, run, new SeparatorMenuItem(), accept, reject, next, previous,
                new SeparatorMenuItem());
        for (SuggestionKind kind : SuggestionKind.values()) {
            MenuItem all = item("menuAcceptAll" + SuggestionsPane.capitalised(kind), messages.get("menu.suggest.acceptAll",
                    messages.get("kind.plural." + kind.name()).toLowerCase(Locale.ROOT)), () -> model.acceptAll(kind));
            all.disableProperty().bind(model.count(kind).isEqualTo(0));
            menu.getItems().add(all);
        }
        CheckMenuItem onImport = new CheckMenuItem(messages.get("menu.suggest.onImport"));
        onImport.setId("menuSuggestOnImport");
        onImport.selectedProperty().bindBidirectional(model.suggestOnImportProperty());
        menu.getItems().addAll(new SeparatorMenuItem(), onImport);
        menu.setId("menuSuggest");
        return menu;
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }

    /** The article view's spans for the suggestions; each id is derived from the suggestion's own. */
    static List<SuggestedSpan> spans(List<Suggestion> suggestions) {
        return suggestions.stream()
                .map(s -> new SuggestedSpan(s.start(), s.end(), SuggestionService.annotationKind(s.kind()), spanId(s)))
                .toList();
    }

    static UUID spanId(Suggestion suggestion) {
        return UUID.nameUUIDFromBytes(suggestion.id().getBytes(StandardCharsets.UTF_8));
    }
}
