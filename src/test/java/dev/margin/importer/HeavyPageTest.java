package dev.margin.importer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** Page weight around the article (scripts, a huge menu, linked teasers) does not change what is extracted. */
class HeavyPageTest {
    private final ArticleImporter importer = new ArticleImporter();

    @ParameterizedTest
    @ValueSource(strings = {"wire-report.html", "cluttered-news.html", "broken-tags.html", "legacy-table-layout.html",
            "liveblog.html", "arabic-rtl.html", "emoji-community.html"})
    void theHeavyVersionOfAPageGivesTheSameArticle(String fixture) throws IOException, ImportException {
        String page = Files.readString(Fixtures.path(fixture), StandardCharsets.UTF_8);
        ImportResult light = importer.importHtml(page, null);
        ImportResult heavy = importer.importHtml(HeavyPages.heavy(page), null);

        assertThat(heavy.draft()).isEqualTo(light.draft());
        assertThat(heavy.droppedBoilerplate()).isEqualTo(light.droppedBoilerplate());
    }
}
