package dev.margin.importer;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Hostile markup must not make the import quadratic: Readability4j's work grows with the square of the nesting, so
 * the extractor skips it past a depth and an element count. The limit below is a generous wall clock (the runs take
 * a few seconds on a quiet machine, most of it jsoup's own parse of the tag soup), so that a quadratic path (minutes, gigabytes) fails and a busy machine does not.
 */
class MalformedPageTest {
    private final ArticleImporter importer = new ArticleImporter();

    @Test
    void aHundredThousandUnclosedDivsAreImportedInBoundedTime() {
        StringBuilder html = new StringBuilder("<html><body>");
        for (int i = 0; i < 100_000; i++) {
            html.append("<div>");
            if (i % 1000 == 0) {
                html.append("Words at depth ").append(i).append(" of a page that never closes its elements. ");
            }
        }
        ImportResult result = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> importer.importHtml(html.toString(), null));
        assertThat(result.draft().text()).contains("Words at depth 0", "Words at depth 99000");
    }

    @Test
    void aHugeTagSoupPageIsImportedInBoundedTime() {
        StringBuilder html = new StringBuilder("<html><body>");
        for (int i = 0; i < 20_000; i++) {
            html.append(i % 3 == 0 ? "<p><b><i>" : i % 3 == 1 ? "<span><table><td>" : "</b><a href=#>")
                    .append("Sentence number ").append(i).append(" in a broken page.");
        }
        ImportResult result = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> importer.importHtml(html.toString(), null));
        assertThat(result.draft().text()).contains("Sentence number 0 ");
    }

    @Test
    void theReadabilityGuardCountsDepthAndElements() {
        StringBuilder deep = new StringBuilder("<html><body>");
        deep.append("<div>".repeat(HtmlArticleExtractor.MAX_READABILITY_DEPTH + 10)).append("text");
        assertThat(HtmlArticleExtractor.tooBigForReadability(org.jsoup.Jsoup.parse(deep.toString()).body())).contains("nested");
        assertThat(HtmlArticleExtractor.tooBigForReadability(org.jsoup.Jsoup.parse("<p>short</p>").body())).isNull();
    }
}
