package dev.margin.ui.library;

import dev.margin.domain.ArticleSummary;
import dev.margin.ui.common.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** One article in the library list: its title, then outlet and date, then its annotation counts. */
final class ArticleCell extends ListCell<ArticleSummary> {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final Messages messages;
    private final Label title = new Label();
    private final Label source = new Label();
    private final Label counts = new Label();
    private final VBox box = new VBox(2, title, source, counts);

    ArticleCell(Messages messages) {
        this.messages = messages;
        title.getStyleClass().add("article-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        source.getStyleClass().add("article-source");
        counts.getStyleClass().add("article-counts");
        counts.setWrapText(true);
        counts.setMinHeight(Region.USE_PREF_SIZE);
        box.getStyleClass().add("article-cell");
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ArticleSummary article, boolean empty) {
        super.updateItem(article, empty);
        if (empty || article == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        title.setText(article.title().isBlank() ? messages.get("library.untitled") : article.title());
        String date = article.publishedDate() == null ? "" : DATE.format(article.publishedDate());
        String outlet = article.outlet();
        source.setText(outlet.isBlank() ? date : date.isBlank() ? outlet : outlet + " · " + date);
        source.setManaged(!source.getText().isBlank());
        source.setVisible(!source.getText().isBlank());
        counts.setText(messages.get("library.counts", article.quotes(), article.actorMentions(), article.claims(), article.highlights()));
        setText(null);
        setGraphic(box);
    }
}
