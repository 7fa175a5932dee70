package dev.margin.ui.editor;

import dev.margin.domain.AnnotationKind;
import dev.margin.ui.editor.spans.HighlightClasses;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A strip showing each kind's look on a sample word, with a check box that hides or shows that kind
 * in an {@link ArticleView}. The boxes are bound to the view's kind visibility both ways.
 */
public class Legend extends HBox {
    private static final Map<AnnotationKind, String> LABELS = Map.of(
            AnnotationKind.QUOTE, "Quote",
            AnnotationKind.ACTOR, "Actor",
            AnnotationKind.CLAIM, "Claim",
            AnnotationKind.HIGHLIGHT, "Highlight");

    public Legend(ArticleView view) {
        Objects.requireNonNull(view, "view");
        setId("legend");
        getStyleClass().addAll("legend", "margin-highlights");
        getStylesheets().add(Objects.requireNonNull(Legend.class.getResource("article-view.css"), "article-view.css").toExternalForm());
        setSpacing(14);
        setAlignment(Pos.CENTER_LEFT);
        for (AnnotationKind kind : new AnnotationKind[] {AnnotationKind.QUOTE, AnnotationKind.ACTOR, AnnotationKind.CLAIM, AnnotationKind.HIGHLIGHT}) {
            getChildren().add(checkBox(view, kind));
        }
    }

    private static CheckBox checkBox(ArticleView view, AnnotationKind kind) {
        // A label drawn with the area's palette: RichTextFX paints its -rtfx looks only inside a text area.
        Label sample = new Label(LABELS.get(kind));
        sample.getStyleClass().addAll("legend-sample", HighlightClasses.kindClass(kind));
        CheckBox box = new CheckBox();
        box.setGraphic(sample);
        box.setId("legend" + LABELS.get(kind));
        box.setAccessibleText("Show " + kind.name().toLowerCase(Locale.ROOT) + " annotations");
        box.selectedProperty().bindBidirectional(view.kindVisibleProperty(kind));
        return box;
    }
}
