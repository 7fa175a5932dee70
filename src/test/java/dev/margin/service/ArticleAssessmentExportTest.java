package dev.margin.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleAssessment;
import dev.margin.domain.ArticleVerdict;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.store.sqlite.StoreFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The note, tags and verdict on a whole article travel with it: in the JSON-LD export (read back into another library,
 * where a new article takes them) and in the Markdown note (front matter and an "Article notes" section).
 */
class ArticleAssessmentExportTest {
    private static final ArticleAssessment ASSESSMENT = new ArticleAssessment("The cost figure is the **ministry's** own.",
            List.of("rail", "budget"), ArticleVerdict.MISLEADING);

    @TempDir
    Path dir;

    @Test
    void jsonLdCarriesTheArticlesNoteTagsAndVerdictAndAnotherLibraryTakesThemBack() throws Exception {
        Path file = dir.resolve("export.jsonld");
        try (LibraryServices library = LibraryServices.over(SqliteStore.open(dir.resolve("a.db")), Clock.systemUTC())) {
            Article rail = annotated(library);
            library.exports("test", "tester").export(new ExportScope.OneArticle(rail.id()), ExportFormat.JSONLD, file,
                    ExportProgress.NONE, new Cancellation());
        }
        JsonNode article = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8)).path("articles").get(0);
        assertThat(article.path("note").asText()).isEqualTo(ASSESSMENT.note());
        assertThat(article.path("schema:keywords")).extracting(JsonNode::asText).containsExactly("rail", "budget");
        assertThat(article.path("margin:verdict").asText()).isEqualTo("misleading");

        try (LibraryServices other = LibraryServices.over(SqliteStore.open(dir.resolve("b.db")), Clock.systemUTC())) {
            assertThat(other.jsonLdRestore().restore(file).articlesAdded()).isEqualTo(1);
            long id = other.library().summaries().get(0).id();
            assertThat(other.library().info(id).assessment()).isEqualTo(ASSESSMENT);
        }
    }

    @Test
    void theMarkdownNoteHasTheVerdictAndTagsInItsFrontMatterAndTheNoteInASection() throws Exception {
        Path file = dir.resolve("notes.md");
        try (LibraryServices library = LibraryServices.over(SqliteStore.open(dir.resolve("a.db")), Clock.systemUTC())) {
            Article rail = annotated(library);
            library.exports("test", "tester").export(new ExportScope.OneArticle(rail.id()), ExportFormat.MARKDOWN, file,
                    ExportProgress.NONE, new Cancellation());
        }
        String markdown = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(markdown).contains("verdict: misleading\n", "tags:\n  - \"rail\"\n  - \"budget\"\n",
                "## Article notes\n\n- **Verdict:** Misleading\n- **Tags:** #rail #budget\n\nThe cost figure is the **ministry's** own.\n");
        assertThat(markdown.indexOf("## Article notes")).isLessThan(markdown.indexOf("## Highlights"));
    }

    private static Article annotated(LibraryServices library) {
        Article rail = library.library().importDraft(StoreFixtures.railDraft()).article();
        int start = rail.text().indexOf("₦1.2 trillion");
        library.annotations().createHighlight(rail.id(), start, start + "₦1.2 trillion".length());
        library.library().saveInfo(rail.id(), library.library().info(rail.id()).withAssessment(ASSESSMENT));
        return rail;
    }
}
