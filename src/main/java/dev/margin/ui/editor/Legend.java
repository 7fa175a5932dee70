package dev.margin.ui.editor;

import dev.margin.domain.AnnotationKind;
import dev.margin.ui.editor.spans.HighlightClasses;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

import java.util.Locale;
import java.util.Objects;

/**
 * A strip showing each kind's look on a sample word, with a check box that hides or shows that kind
 * in an {@link ArticleView}. The boxes are bound to the view's kind visibility both ways.
 */
public class Legend extends HBox {
    public Legend(ArticleView view) {
        this(view, Locale.getDefault());
    }

    public Legend(ArticleView view, Locale locale) {
        Objects.requireNonNull(view, "view");
        EditorText text = new EditorText(locale);
        setId("legend");
        getStyleClass().addAll("legend", "margin-highlights");
        getStylesheets().add(Objects.requireNonNull(Legend.class.getResource("article-view.css"), "article-view.css").toExternalForm());
        setSpacing(14);
        setAlignment(Pos.CENTER_LEFT);
        for (AnnotationKind kind : new AnnotationKind[] {AnnotationKind.QUOTE, AnnotationKind.ACTOR, AnnotationKind.CLAIM, AnnotationKind.HIGHLIGHT}) {
            getChildren().add(checkBox(view, kind, text));
        }
    }

    private static CheckBox checkBox(ArticleView view, AnnotationKind kind, EditorText text) {
        // A label drawn with the area's palette: RichTextFX paints its -rtfx looks only inside a text area.
        String name = text.get("legend." + kind.name());
        Label sample = new Label(name);
        sample.getStyleClass().addAll("legend-sample", HighlightClasses.kindClass(kind));
        CheckBox box = new CheckBox();
        box.setGraphic(sample);
        String kindName = kind.name().toLowerCase(Locale.ROOT);
        box.setId("legend" + Character.toUpperCase(kindName.charAt(0)) + kindName.substring(1));
        box.setAccessibleText(text.get("legend.toggle", name));
        box.selectedProperty().bindBidirectional(view.kindVisibleProperty(kind));
        return box;
    }
}
