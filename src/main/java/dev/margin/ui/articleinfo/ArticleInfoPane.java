package dev.margin.ui.articleinfo;

import dev.margin.domain.ArticleVerdict;
import dev.margin.ui.common.Messages;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The article information panel: title, byline, outlet, date, address and language of the open article, and the
 * verdict, tags and note on the whole of it, in a compact form above the article. Enter in a line or Ctrl+Enter
 * anywhere saves, Escape drops what was typed and closes the panel, Tab goes from field to field (also out of the
 * note). Bound to an {@link ArticleInfoViewModel}; it holds no state of its own.
 */
public final class ArticleInfoPane extends VBox {
    private final ArticleInfoViewModel model;
    private final TextField title = field("articleTitleField");
    private final TextArea note = new TextArea();
    private Runnable onClose = () -> { };

    public ArticleInfoPane(ArticleInfoViewModel model, Messages messages) {
        this.model = model;
        setId("articleInfoPane");
        getStyleClass().add("article-info");
        getStylesheets().add(ArticleInfoPane.class.getResource("/dev/margin/ui/articleinfo/article-info.css").toExternalForm());

        Label heading = new Label(messages.get("articleInfo.heading"));
        heading.getStyleClass().add("article-info-heading");
        Button save = new Button(messages.get("articleInfo.save"));
        save.setId("articleInfoSave");
        save.disableProperty().bind(model.changedBinding().not());
        save.setOnAction(event -> model.save());
        Button close = new Button(messages.get("articleInfo.close"));
        close.setId("articleInfoClose");
        close.setOnAction(event -> close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, heading, spacer, save, close);
        top.setAlignment(Pos.CENTER_LEFT);

        TextField byline = field("articleBylineField");
        TextField outlet = field("articleOutletField");
        TextField date = field("articleDateField");
        date.setPromptText(messages.get("articleInfo.date.prompt"));
        TextField url = field("articleUrlField");
        url.setPromptText("https://\u2026");
        TextField language = field("articleLanguageField");
        language.setPromptText(messages.get("articleInfo.language.prompt"));
        TextField tags = field("articleTagsField");
        tags.setPromptText(messages.get("articleInfo.tags.prompt"));
        ComboBox<ArticleVerdict> verdict = verdictBox(messages);
        note.setId("articleNoteArea");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        note.setPromptText(messages.get("articleInfo.note.prompt"));

        title.textProperty().bindBidirectional(model.titleProperty());
        byline.textProperty().bindBidirectional(model.bylineProperty());
        outlet.textProperty().bindBidirectional(model.outletProperty());
        date.textProperty().bindBidirectional(model.dateProperty());
        url.textProperty().bindBidirectional(model.urlProperty());
        language.textProperty().bindBidirectional(model.languageProperty());
        tags.textProperty().bindBidirectional(model.tagsProperty());
        note.textProperty().bindBidirectional(model.noteProperty());
        verdict.valueProperty().bindBidirectional(model.verdictProperty());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(60);
        grid.getColumnConstraints().addAll(labels, fields, labels, fields);
        int row = 0;
        grid.add(label(messages.get("articleInfo.title"), title), 0, row);
        grid.add(title, 1, row++, 3, 1);
        addPair(grid, row++, label(messages.get("articleInfo.byline"), byline), byline, label(messages.get("articleInfo.outlet"), outlet), outlet);
        addPair(grid, row++, label(messages.get("articleInfo.date"), date), date, label(messages.get("articleInfo.language"), language), language);
        grid.add(label(messages.get("articleInfo.url"), url), 0, row);
        grid.add(url, 1, row++, 3, 1);
        addPair(grid, row++, label(messages.get("articleInfo.verdict"), verdict), verdict, label(messages.get("articleInfo.tags"), tags), tags);
        Label noteLabel = label(messages.get("articleInfo.note"), note);
        GridPane.setValignment(noteLabel, VPos.TOP);
        grid.add(noteLabel, 0, row);
        grid.add(note, 1, row, 3, 1);

        Label problem = new Label();
        problem.setId("articleInfoProblem");
        problem.getStyleClass().add("article-info-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        getChildren().addAll(top, grid, problem);
        installKeys(new ArrayList<>(List.of(title, byline, outlet, date, language, url, verdict, tags, note)));
    }

    private void installKeys(List<Node> order) {
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                close();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                model.save();
                event.consume();
            } else if (event.getCode() == KeyCode.TAB && event.getTarget() == note && !event.isControlDown()) {
                // Tab leaves the note (a tab typed into a note is never wanted here).
                int next = event.isShiftDown() ? order.indexOf(note) - 1 : 0;
                (next >= 0 ? order.get(next) : title).requestFocus();
                event.consume();
            }
        });
    }

    /** Drops what was typed, closes the panel and runs the close action (the window gives the article the keyboard). */
    public void close() {
        model.revert();
        model.shownProperty().set(false);
        onClose.run();
    }

    /** Puts the keyboard in the title field, all of it selected. */
    public void focusTitle() {
        title.requestFocus();
        title.selectAll();
    }

    public void setOnClose(Runnable action) {
        onClose = action;
    }

    private TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setOnAction(event -> model.save());
        return field;
    }

    private static void addPair(GridPane grid, int row, Label firstLabel, Node first, Label secondLabel, Node second) {
        grid.add(firstLabel, 0, row);
        grid.add(first, 1, row);
        grid.add(secondLabel, 2, row);
        grid.add(second, 3, row);
    }

    private static Label label(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.getStyleClass().add("field-label");
        return label;
    }

    private static ListCell<ArticleVerdict> verdictCell(StringConverter<ArticleVerdict> names) {
        return new ListCell<>() {
            @Override
            protected void updateItem(ArticleVerdict item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? "" : names.toString(item));
            }
        };
    }

    private static ComboBox<ArticleVerdict> verdictBox(Messages messages) {
        ComboBox<ArticleVerdict> box = new ComboBox<>();
        box.setId("articleVerdictBox");
        List<ArticleVerdict> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(Arrays.asList(ArticleVerdict.values()));
        box.getItems().setAll(choices);
        StringConverter<ArticleVerdict> names = new StringConverter<>() {
            @Override
            public String toString(ArticleVerdict verdict) {
                return messages.get("verdict." + (verdict == null ? "NONE" : verdict.name()));
            }

            @Override
            public ArticleVerdict fromString(String text) {
                return null;
            }
        };
        box.setConverter(names);
        // "No verdict" is an item (null), which the default cells would show blank.
        box.setCellFactory(list -> verdictCell(names));
        box.setButtonCell(verdictCell(names));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }
}
