package dev.margin.ui.library;

import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ArticleSummary;
import dev.margin.ui.common.Icons;
import dev.margin.ui.common.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * One article in the library list: its title (one line; the whole title in a tooltip), then outlet and date,
 * then its annotation counts, each after its kind's icon ("5 quotes · 5 actors · 3 claims · 2 highlights" in words
 * did not fit the library's width at 1280 x 720; the words are the line's tooltip and accessible text). Every cell has the same height ({@link #HEIGHT}): a list of variable-height cells
 * estimates its length from the cells it has seen, which left blank space and jumps in libraries of thousands.
 */
final class ArticleCell extends ListCell<ArticleSummary> {
    /** Three lines of text at the default font size, with the cell's padding and gaps. */
    static final double HEIGHT = Math.ceil(Font.getDefault().getSize() * 4.4 + 22);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final Messages messages;
    private final Label title = new Label();
    private final Label source = new Label();
    private final Label counts = new Label();
    private final VBox box = new VBox(2, title, source, counts);
    private final Tooltip fullTitle = new Tooltip();
    private final Tooltip countsInWords = new Tooltip();

    ArticleCell(Messages messages) {
        this.messages = messages;
        title.getStyleClass().add("article-title");
        title.setTextOverrun(OverrunStyle.ELLIPSIS);
        title.setTooltip(fullTitle);
        source.getStyleClass().add("article-source");
        counts.getStyleClass().add("article-counts");
        counts.setTooltip(countsInWords);
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
        fullTitle.setText(title.getText());
        String date = article.publishedDate() == null ? "" : DATE.format(article.publishedDate());
        String outlet = article.outlet();
        String line = outlet.isBlank() ? date : date.isBlank() ? outlet : outlet + " · " + date;
        if (line.isBlank() && article.importedAt() != null) {
            // Pasted text and plain files carry no outlet or date: the day it came in still tells articles apart.
            line = messages.get("library.imported", DATE.format(LocalDate.ofInstant(article.importedAt(), ZoneId.systemDefault())));
        }
        source.setText(line);
        source.setManaged(!source.getText().isBlank());
        source.setVisible(!source.getText().isBlank());
        String words = countsLine(messages, article.quotes(), article.actorMentions(), article.claims(), article.highlights());
        counts.setAccessibleText(words);
        countsInWords.setText(words);
        HBox icons = countsRow(article);
        counts.setGraphic(icons.getChildren().isEmpty() ? null : icons);
        counts.setText(icons.getChildren().isEmpty() ? words : null);
        setText(null);
        setGraphic(box);
    }

    /** One icon and number per kind the article has annotations of, in the reader's order of kinds. */
    private static HBox countsRow(ArticleSummary article) {
        HBox row = new HBox(8);
        row.getStyleClass().add("article-count-icons");
        int[] counts = {article.quotes(), article.actorMentions(), article.claims(), article.highlights()};
        AnnotationKind[] kinds = {AnnotationKind.QUOTE, AnnotationKind.ACTOR, AnnotationKind.CLAIM, AnnotationKind.HIGHLIGHT};
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                Label count = new Label(Integer.toString(counts[i]), Icons.ofKind(kinds[i]));
                count.getStyleClass().add("article-count");
                row.getChildren().add(count);
            }
        }
        return row;
    }

    /**
     * The annotation counts in words for the library's width at 1280 x 720: kinds with none are left
     * out ("5 quotes · 2 claims"), and an article with no annotations says so.
     */
    static String countsLine(Messages messages, int quotes, int actors, int claims, int highlights) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        int[] counts = {quotes, actors, claims, highlights};
        String[] keys = {"library.count.quotes", "library.count.actors", "library.count.claims", "library.count.highlights"};
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                parts.add(messages.get(keys[i], counts[i]));
            }
        }
        return parts.isEmpty() ? messages.get("library.count.none") : String.join(" \u00b7 ", parts);
    }
}
