package dev.margin.ui.editor;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Find in the article: a field, previous / next buttons and "3 of 12". Enter finds the next match,
 * Shift+Enter the previous, Esc closes the bar and gives the focus back to the text. While it is open every
 * match in the text is marked, the current one more strongly.
 */
public class FindBar extends HBox {
    private final ArticleView view;
    private final TextField field = new TextField();
    private final Label count = new Label();
    private final EditorText text;

    FindBar(ArticleView view, EditorText text) {
        this.view = view;
        this.text = text;
        setId("findBar");
        getStyleClass().add("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        field.setId("findField");
        field.setPromptText(text.get("find.prompt"));
        field.setPrefColumnCount(24);
        HBox.setHgrow(field, Priority.SOMETIMES);
        Button previous = new Button(text.get("find.previous"));
        previous.setId("findPrevious");
        previous.setOnAction(e -> previous());
        Button next = new Button(text.get("find.next"));
        next.setId("findNext");
        next.setOnAction(e -> next());
        Button close = new Button(text.get("find.close"));
        close.setId("findClose");
        close.setOnAction(e -> close());
        count.setId("findCount");
        count.getStyleClass().add("find-count");
        field.textProperty().addListener((obs, was, is) -> showCount(-1));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    previous();
                } else {
                    next();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        // In a narrow article pane the field gives up width first: the buttons and the count keep their words.
        for (Region fixed : new Region[] {previous, next, count, close}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        field.setMinWidth(80);
        getChildren().addAll(field, previous, next, count, close);
    }

    public TextField field() {
        return field;
    }

    /** The count label's text, e.g. "3 of 12", "No matches" or empty. */
    public String countText() {
        return count.getText();
    }

    public void open() {
        setVisible(true);
        setManaged(true);
        field.selectAll();
        field.requestFocus();
    }

    public void close() {
        setVisible(false);
        setManaged(false);
        view.markMatches("", -1);
        view.area().requestFocus();
    }

    public boolean isOpen() {
        return isVisible();
    }

    void next() {
        showCount(view.findNext(field.getText()));
    }

    void previous() {
        showCount(view.findPrevious(field.getText()));
    }

    private void showCount(int index) {
        String phrase = field.getText();
        if (isVisible()) {
            view.markMatches(phrase, index);
        }
        if (phrase.isEmpty()) {
            count.setText("");
            return;
        }
        int total = view.matchCount(phrase);
        if (total == 0) {
            count.setText(text.get("find.none"));
        } else if (index < 0) {
            count.setText(total == 1 ? text.get("find.one") : text.get("find.many", total));
        } else {
            count.setText(text.get("find.position", index + 1, total));
        }
    }
}
