package dev.margin.service;

import dev.margin.domain.Article;
import dev.margin.domain.ArticleAssessment;
import dev.margin.domain.ArticleDraft;
import dev.margin.domain.ArticleInfo;
import dev.margin.domain.ArticleSummary;
import dev.margin.domain.ArticleVerdict;
import dev.margin.domain.read.SearchHit;
import dev.margin.importer.ArticleImporter;
import dev.margin.store.StoreException;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.store.sqlite.StoreFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An article's information through the library service on a real library: the title an untitled import gets,
 * once, in the store; what a re-import keeps; what an edit saves, refuses and makes searchable; and that undoing a
 * delete brings the note, tags and verdict back.
 */
class ArticleInfoServiceTest {
    private static final String WIRE_TEXT = """
            OSTHAVEN, June 2 (Northern Wire) - The harbour authority said on Tuesday it would ration water from next week, citing a dry winter.

            "We have no other choice," harbour master Lena Berg said.
            """;

    @TempDir
    Path dir;
    private SqliteStore store;
    private LibraryServices services;
    private LibraryService library;

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("margin.db"));
        services = LibraryServices.over(store, new TickingClock(Instant.parse("2026-06-02T09:00:00Z")));
        library = services.library();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aTextFileWithoutATitleIsStoredWithItsFirstLineCutAtAWordSoEveryReaderSeesTheSame() throws Exception {
        Path file = Files.writeString(dir.resolve("wire.txt"), WIRE_TEXT);
        ImportItemResult result = services.imports(ArticleImporter::new).importOne(new ImportSource.File(file));

        String expected = "OSTHAVEN, June 2 (Northern Wire) - The harbour authority said on Tuesday it\u2026";
        assertThat(result.article().title()).isEqualTo(expected);
        assertThat(store.articles().find(result.article().id()).orElseThrow().title()).isEqualTo(expected);
        assertThat(library.summaries()).extracting(ArticleSummary::title).containsExactly(expected);
    }

    @Test
    void aFileWhoseFirstLineHoldsNoWordIsTitledByItsName() throws Exception {
        Path file = Files.writeString(dir.resolve("harbour_rationing-notice.txt"), "* * *.\n\n" + WIRE_TEXT);
        ImportItemResult result = services.imports(ArticleImporter::new).importOne(new ImportSource.File(file));

        assertThat(result.article().title()).isEqualTo("harbour rationing notice");
    }

    @Test
    void aSeparatorTakenForAHeadlineIsNoTitle() throws Exception {
        Path file = Files.writeString(dir.resolve("notice.txt"), "* * *\n\n" + WIRE_TEXT);
        ImportItemResult result = services.imports(ArticleImporter::new).importOne(new ImportSource.File(file));

        assertThat(result.article().title()).startsWith("OSTHAVEN, June 2");
    }

    @Test
    void aReimportWithoutATitleKeepsTheTitleAndMetadataTheUserSet() {
        ArticleDraft untitled = new ArticleDraft("", "", "", "https://wire.example/water", null, "", WIRE_TEXT, List.of());
        Article article = library.importDraft(untitled).article();
        library.saveInfo(article.id(), new ArticleInfo("Osthaven to ration water", "Lena Berg", "Northern Wire",
                "https://wire.example/water", LocalDate.of(2026, 6, 2), "en", ArticleAssessment.NONE));

        Article revised = library.importDraft(new ArticleDraft("", "", "", "https://wire.example/water", null, "",
                WIRE_TEXT + "\nThe rationing will last a month.", List.of())).article();

        assertThat(revised.revision()).isEqualTo(2);
        assertThat(revised.title()).isEqualTo("Osthaven to ration water");
        assertThat(revised.byline()).isEqualTo("Lena Berg");
        assertThat(revised.outlet()).isEqualTo("Northern Wire");
        assertThat(revised.publishedDate()).isEqualTo(LocalDate.of(2026, 6, 2));
        assertThat(revised.language()).isEqualTo("en");
    }

    @Test
    void anEditSavesEveryFieldAndTheNoteTagsAndVerdictAreSearchable() {
        Article article = library.importDraft(StoreFixtures.railDraft()).article();
        int start = article.text().indexOf("₦1.2 trillion");
        services.annotations().createHighlight(article.id(), start, start + "₦1.2 trillion".length());
        ArticleInfo info = new ArticleInfo("Rail plan: the costings", "Tunde Bakare", "Margin Wire Weekly",
                "https://wire.example/rail-costings", LocalDate.of(2026, 3, 4), "en-NG",
                new ArticleAssessment("Cost figure unsourced; compare with the **budget office**.", List.of("budget", "rail"),
                        ArticleVerdict.MISLEADING));

        Article saved = library.saveInfo(article.id(), info);

        assertThat(ArticleInfo.of(saved, store.articles().assessment(article.id()))).isEqualTo(info);
        assertThat(library.info(article.id())).isEqualTo(info);
        ArticleSummary summary = library.summaries().get(0);
        assertThat(summary.title()).isEqualTo("Rail plan: the costings");
        assertThat(summary.byline()).isEqualTo("Tunde Bakare");
        assertThat(summary.assessment()).isEqualTo(info.assessment());
        // The article's note and tags find its annotations, as its title does.
        assertThat(store.search().search("unsourced", 10)).extracting(SearchHit::articleId).containsExactly(article.id());
        assertThat(store.search().search("budget", 10)).extracting(SearchHit::articleId).containsExactly(article.id());
        store.tags().rename("rail", "railways");
        assertThat(library.info(article.id()).assessment().tags()).containsExactly("budget", "railways");
        assertThat(store.search().search("railways", 10)).hasSize(1);
    }

    @Test
    void anEditIsRefusedWithAMessageNamingWhatIsWrongAndNothingIsSaved() {
        Article article = library.importDraft(StoreFixtures.railDraft()).article();
        Article other = library.importDraft(StoreFixtures.portDraft()).article();
        ArticleInfo stored = library.info(article.id());

        assertThatThrownBy(() -> library.saveInfo(article.id(), stored.withTitle("  "))).hasMessageContaining("needs a title");
        assertThatThrownBy(() -> library.saveInfo(article.id(), new ArticleInfo("T", "", "", "wire.example/x", null, "", ArticleAssessment.NONE)))
                .hasMessageContaining("wire.example/x").hasMessageContaining("not a web address");
        assertThatThrownBy(() -> library.saveInfo(article.id(), new ArticleInfo("T", "", "", null, null, "English", ArticleAssessment.NONE)))
                .hasMessageContaining("English").hasMessageContaining("language tag");
        assertThatThrownBy(() -> library.saveInfo(article.id(), new ArticleInfo("T", "", "", other.url(), null, "", ArticleAssessment.NONE)))
                .isInstanceOf(StoreException.class).hasMessageContaining(other.url()).hasMessageContaining("Tema container traffic");

        assertThat(library.info(article.id())).isEqualTo(stored);
    }

    @Test
    void undoingTheDeleteOfAnArticleBringsBackItsNoteTagsAndVerdict() {
        Article article = library.importDraft(StoreFixtures.railDraft()).article();
        ArticleAssessment assessment = new ArticleAssessment("Check the figure.", List.of("budget"), ArticleVerdict.MIXED);
        library.saveInfo(article.id(), library.info(article.id()).withAssessment(assessment));

        DeletedArticle deleted = library.deleteArticleForUndo(article.id());
        assertThat(store.articles().assessment(article.id())).isEqualTo(ArticleAssessment.NONE);
        library.restore(deleted);

        assertThat(store.articles().assessment(article.id())).isEqualTo(assessment);
    }
}
