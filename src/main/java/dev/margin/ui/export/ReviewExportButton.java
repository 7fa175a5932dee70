package dev.margin.ui.export;

import dev.margin.ui.common.Icons;
import dev.margin.ui.common.MaterialIcon;
import dev.margin.ui.common.Messages;
import dev.margin.ui.review.AnnotationBrowserView;
import dev.margin.ui.review.ReviewWindow;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * Adds "Export these…" to the review window's annotations browser, beside the count of matches: it exports
 * the current result of the filter through {@link ExportActions#exportFilterResult}.
 */
public final class ReviewExportButton {
    private ReviewExportButton() {
    }

    public static void install(ReviewWindow review, ExportActions actions, Messages messages) {
        AnnotationBrowserView view = review.browserView();
        Button export = new Button(messages.get("export.review.button"), Icons.of(MaterialIcon.EXPORT));
        export.setId("reviewExport");
        export.setTooltip(new Tooltip(messages.get("export.review.tip")));
        export.disableProperty().bind(review.browser().countProperty().isEqualTo(0));
        export.setOnAction(event -> actions.exportFilterResult(review.browser().appliedFilterProperty().get(), review.stage()));
        if (!(view.getBottom() instanceof HBox footer)) {
            throw new IllegalStateException("The annotations browser has no footer to add the export button to");
        }
        footer.getChildren().add(1, export);
    }
}
