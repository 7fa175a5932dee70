package dev.margin.ui.library;

import dev.margin.domain.ArticleSummary;
import dev.margin.ui.common.Messages;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The library's article cell, on the FX thread of the headless toolkit. */
class ArticleCellTest {
    private static final Messages MESSAGES = Messages.forLocale(Locale.ENGLISH);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void anArticleWithOutletAndDateShowsThemUnderItsTitle() throws Exception {
        ArticleSummary wire = new ArticleSummary(1, "Port Ellery to ration water", "Margin Sample Wire", LocalDate.of(2026, 3, 3),
                Instant.parse("2026-11-24T09:00:00Z"), 1, 2, 5, 5, 3);

        List<String> lines = linesOf(wire);

        assertThat(lines.get(0)).isEqualTo("Port Ellery to ration water");
        assertThat(lines.get(1)).isEqualTo("Margin Sample Wire · " + medium(LocalDate.of(2026, 3, 3)));
        assertThat(lines.get(2)).isEqualTo("5 quotes \u00b7 5 actors \u00b7 3 claims \u00b7 2 highlights");
        // Shown as icons and numbers, narrow enough for the library's width at 1280 x 720 (about 240 px).
        double width = WaitForAsyncUtils.asyncFx(() -> {
            ArticleCell cell = new ArticleCell(MESSAGES);
            cell.updateItem(wire, false);
            Label counts = (Label) ((VBox) cell.getGraphic()).getChildren().get(2);
            new javafx.scene.Scene(new VBox(counts));
            counts.applyCss();
            return counts.prefWidth(-1);
        }).get();
        assertThat(width).isLessThan(200);
    }

    @Test
    void pastedTextWithoutOutletOrDateShowsTheDayItWasImported() throws Exception {
        Instant imported = Instant.parse("2026-11-24T09:00:00Z");
        ArticleSummary pasted = new ArticleSummary(2, "Ferry operator cuts winter timetable", "", null, imported, 1, 0, 0, 0, 0);

        List<String> lines = linesOf(pasted);

        assertThat(lines.get(1)).isEqualTo("Imported " + medium(LocalDate.ofInstant(imported, ZoneId.systemDefault())));
    }

    private static List<String> linesOf(ArticleSummary article) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            ArticleCell cell = new ArticleCell(MESSAGES);
            cell.updateItem(article, false);
            VBox box = (VBox) cell.getGraphic();
            // The counts line shows icons; its words are its accessible text.
            return box.getChildren().stream().filter(Node::isManaged)
                    .map(node -> ((Label) node).getAccessibleText() != null ? ((Label) node).getAccessibleText() : ((Label) node).getText())
                    .toList();
        }).get();
    }

    private static String medium(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).format(date);
    }

    @Test
    void theCountsLineLeavesOutKindsWithNoneSoItFitsTheLibrary() {
        assertThat(ArticleCell.countsLine(MESSAGES, 5, 0, 2, 0)).isEqualTo("5 quotes \u00b7 2 claims");
        assertThat(ArticleCell.countsLine(MESSAGES, 1, 1, 1, 1)).isEqualTo("1 quote \u00b7 1 actor \u00b7 1 claim \u00b7 1 highlight");
        assertThat(ArticleCell.countsLine(MESSAGES, 0, 0, 0, 0)).isEqualTo("No annotations yet");
    }
}
