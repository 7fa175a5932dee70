package dev.margin.store.contract;

import dev.margin.store.sqlite.StoreFixtures;
import dev.margin.store.Store;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleAssessment;
import dev.margin.domain.ArticleDraft;
import dev.margin.domain.ArticleInfo;
import dev.margin.domain.ArticleVerdict;
import dev.margin.domain.read.SearchHit;
import dev.margin.domain.ArticleSummary;
import dev.margin.domain.ContentHash;
import dev.margin.store.ArticleDao;
import dev.margin.store.ArticleRevision;
import dev.margin.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract of the store's ArticleDao part, run against every store implementation: each subclass says how to
 * open a library (a SQLite file, a PostgreSQL database) and inherits every test.
 */
public abstract class ArticleDaoContract {
    /** Opens the library kept at {@code file} (the same file opens the same library again). */
    protected abstract Store openStore(Path file);

    @TempDir
    Path dir;
    private Store store;
    private ArticleDao articles;

    @BeforeEach
    void open() {
        store = openStore(dir.resolve("margin.db"));
        articles = store.articles();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void insertedArticleComesBackWithEveryFieldAtRevisionOne() {
        ArticleDraft draft = StoreFixtures.railDraft();
        Article saved = articles.insert(draft, StoreFixtures.T0);

        assertThat(saved.id()).isPositive();
        assertThat(saved.revision()).isEqualTo(1);
        assertThat(saved.contentHash()).isEqualTo(ContentHash.of(StoreFixtures.RAIL_TEXT));
        Article expected = new Article(saved.id(), draft.title(), draft.byline(), draft.outlet(), draft.url(),
                LocalDate.of(2026, 3, 3), StoreFixtures.T0, "en", StoreFixtures.RAIL_TEXT, List.of(0), draft.contentHash(), 1);
        assertThat(saved).isEqualTo(expected);
        assertThat(articles.find(saved.id())).contains(expected);
    }

    @Test
    void aPublishedTimeKeepsItsOffsetAndItsCalendarDateThroughInsertRevisionAndRestore() {
        // 23:30 in New York is already the next day in UTC: the date and the offset must both stay as given.
        OffsetTime evening = OffsetTime.of(23, 30, 0, 0, ZoneOffset.ofHours(-5));
        ArticleDraft draft = new ArticleDraft("Shelter to close", "Rachel Ortega", "Valley Courier",
                "https://courier.example/shelter", LocalDate.of(2026, 3, 4), "en", "The shelter closes.", List.of(), evening);
        Article saved = articles.insert(draft, StoreFixtures.T0);
        Article found = articles.find(saved.id()).orElseThrow();
        assertThat(found.publishedDate()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(found.publishedTime()).isEqualTo(evening);
        assertThat(found.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-03-04T23:30:00-05:00"));

        OffsetTime morning = OffsetTime.of(5, 0, 0, 0, ZoneOffset.ofHours(9));
        Article revised = articles.saveRevision(saved.id(), new ArticleDraft(draft.title(), draft.byline(), draft.outlet(),
                draft.url(), LocalDate.of(2026, 7, 1), "ja", "The shelter closes in April.", List.of(), morning),
                StoreFixtures.T0.plusSeconds(60));
        assertThat(articles.find(saved.id()).orElseThrow().publishedAt())
                .isEqualTo(OffsetDateTime.parse("2026-07-01T05:00:00+09:00")).isEqualTo(revised.publishedAt());

        List<ArticleRevision> revisions = articles.revisions(saved.id());
        Article current = articles.find(saved.id()).orElseThrow();
        articles.delete(saved.id());
        articles.restore(current, revisions);
        assertThat(articles.find(saved.id()).orElseThrow().publishedTime()).isEqualTo(morning);
    }

    @Test
    void anArticleWithADateOnlyHasNoTimeAndAnotherDraftCanDropTheTime() {
        Article dateOnly = articles.insert(StoreFixtures.railDraft(), StoreFixtures.T0);
        assertThat(articles.find(dateOnly.id()).orElseThrow().publishedTime()).isNull();
        assertThat(dateOnly.publishedAt()).isNull();
        assertThat(dateOnly.publishedText()).isEqualTo("2026-03-03");

        Article timed = articles.insert(new ArticleDraft("Port", "", "", "https://port.example/a", LocalDate.of(2026, 1, 20),
                "en", "Port text.", List.of(), OffsetTime.of(17, 45, 0, 0, ZoneOffset.UTC)), StoreFixtures.T0);
        assertThat(timed.publishedText()).isEqualTo("2026-01-20 17:45 Z");
        articles.saveRevision(timed.id(), new ArticleDraft("Port", "", "", "https://port.example/a",
                LocalDate.of(2026, 1, 20), "en", "Port text, corrected.", List.of()), StoreFixtures.T0.plusSeconds(1));
        assertThat(articles.find(timed.id()).orElseThrow().publishedTime()).isNull();
    }

    @Test
    void textWithAstralCharactersAndRightToLeftScriptRoundTrips() {
        String text = "قال الوزير إن المشروع سيكتمل 🚆 في 2028\n“Quoted” — dash\u00a0nbsp 中文";
        Article saved = articles.insert(new ArticleDraft("", null, null, null, null, null, text, null), StoreFixtures.T0);
        Article found = articles.find(saved.id()).orElseThrow();
        assertThat(found.text()).isEqualTo(text);
        assertThat(found.url()).isNull();
        assertThat(found.publishedDate()).isNull();
    }

    @Test
    void findsByUrlAndByContentHash() {
        Article rail = articles.insert(StoreFixtures.railDraft(), StoreFixtures.T0);
        Article port = articles.insert(StoreFixtures.portDraft(), StoreFixtures.T0.plusSeconds(5));

        assertThat(articles.findByUrl("https://wire.example/2026/03/03/rail-plan")).contains(rail);
        assertThat(articles.findByUrl("https://wire.example/nothing")).isEmpty();
        assertThat(articles.findByContentHash(StoreFixtures.portDraft().contentHash())).contains(port);
        assertThat(articles.findByContentHash(ContentHash.of("no such text"))).isEmpty();
        assertThat(articles.count()).isEqualTo(2);
    }

    @Test
    void aSecondArticleWithTheSameUrlIsRefused() {
        articles.insert(StoreFixtures.railDraft(), StoreFixtures.T0);
        assertThatThrownBy(() -> articles.insert(StoreFixtures.railDraft(), StoreFixtures.T0))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(store.file().toString());
        assertThat(articles.count()).isEqualTo(1);
    }

    @Test
    void summariesListNewestImportFirstWithCountsPerKind() {
        Article rail = articles.insert(StoreFixtures.railDraft(), StoreFixtures.T0);
        Article port = articles.insert(StoreFixtures.portDraft(), StoreFixtures.T0.plusSeconds(60));
        store.annotations().insertAll(List.of(
                StoreFixtures.quote(rail.id(), null),
                StoreFixtures.claim(rail.id(), null, null),
                StoreFixtures.highlight(rail.id(), "₦1.2 trillion"),
                StoreFixtures.highlight(rail.id(), "declined to comment")));

        List<ArticleSummary> summaries = articles.listSummaries();

        assertThat(summaries).extracting(ArticleSummary::id).containsExactly(port.id(), rail.id());
        ArticleSummary railSummary = summaries.get(1);
        assertThat(railSummary.highlights()).isEqualTo(2);
        assertThat(railSummary.quotes()).isEqualTo(1);
        assertThat(railSummary.claims()).isEqualTo(1);
        assertThat(railSummary.actorMentions()).isZero();
        assertThat(railSummary.title()).isEqualTo("Rail plan faces first test in parliament");
        assertThat(summaries.get(0).annotationCount()).isZero();
    }

    @Test
    void theInformationAndAssessmentOfAnArticleAreSavedListedAndSearched() {
        Article rail = articles.insert(StoreFixtures.railDraft(), StoreFixtures.T0);
        Article port = articles.insert(StoreFixtures.portDraft(), StoreFixtures.T0.plusSeconds(60));
        var highlight = StoreFixtures.highlight(rail.id(), "declined to comment");
        store.annotations().insertAll(List.of(highlight));
        ArticleAssessment assessment = new ArticleAssessment("Compare with the **ministry's** figures.",
                List.of("transport", "budget", "transport"), ArticleVerdict.MIXED);

        Article saved = articles.updateInfo(rail.id(), new ArticleInfo("Rail plan: the vote", "Ngozi Eze", "The Ledger",
                "https://ledger.example/rail-vote", LocalDate.of(2026, 3, 4), "en", assessment));

        assertThat(saved.title()).isEqualTo("Rail plan: the vote");
        assertThat(saved.text()).isEqualTo(rail.text());
        assertThat(saved.revision()).isEqualTo(rail.revision());
        assertThat(articles.assessment(rail.id())).isEqualTo(assessment);
        assertThat(assessment.tags()).containsExactly("transport", "budget");
        ArticleSummary summary = articles.listSummaries().stream().filter(s -> s.id() == rail.id()).findFirst().orElseThrow();
        assertThat(summary.byline()).isEqualTo("Ngozi Eze");
        assertThat(summary.assessment()).isEqualTo(assessment);
        assertThat(articles.assessment(port.id())).isEqualTo(ArticleAssessment.NONE);
        // A word of the article's note or tags finds its annotations.
        assertThat(store.search().search("ministry", 10)).extracting(SearchHit::annotationId).containsExactly(highlight.id());
        assertThat(store.search().search("budget", 10)).extracting(SearchHit::annotationId).contains(highlight.id());

        articles.updateInfo(rail.id(), ArticleInfo.of(saved, new ArticleAssessment("", List.of("budget"), null)));
        assertThat(articles.assessment(rail.id())).isEqualTo(new ArticleAssessment("", List.of("budget"), null));
        assertThat(store.search().search("ministry", 10)).isEmpty();
    }

    @Test
    void editingTheDateDropsTheTimeOfDayThatCameWithTheOldOne() {
        ArticleDraft rail = StoreFixtures.railDraft();
        ArticleDraft timed = new ArticleDraft(rail.title(), rail.byline(), rail.outlet(), rail.url(), rail.publishedDate(),
                rail.language(), rail.text(), rail.headings(), java.time.OffsetTime.parse("23:30-05:00"));
        Article saved = articles.insert(timed, StoreFixtures.T0);
        assertThat(saved.publishedTime()).hasToString("23:30-05:00");

        Article sameDate = articles.updateInfo(saved.id(), ArticleInfo.of(saved, ArticleAssessment.NONE).withTitle("Retitled"));
        assertThat(sameDate.publishedTime()).hasToString("23:30-05:00");

        Article otherDate = articles.updateInfo(saved.id(), new ArticleInfo("Retitled", saved.byline(), saved.outlet(), saved.url(),
                LocalDate.of(2026, 3, 5), saved.language(), ArticleAssessment.NONE));
        assertThat(otherDate.publishedDate()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(otherDate.publishedTime()).isNull();
    }

    @Test
    void anAddressAnotherArticleHasIsRefusedAndNothingChanges() {
        Article rail = articles.insert(StoreFixtures.railDraft(), StoreFixtures.T0);
        Article port = articles.insert(StoreFixtures.portDraft(), StoreFixtures.T0.plusSeconds(60));

        assertThatThrownBy(() -> articles.updateInfo(port.id(), new ArticleInfo("Taken", port.byline(), port.outlet(),
                rail.url(), port.publishedDate(), port.language(), new ArticleAssessment("x", List.of(), null))))
                .isInstanceOf(StoreException.class).hasMessageContaining(rail.url()).hasMessageContaining("article " + rail.id());
        assertThat(articles.find(port.id())).contains(port);
        assertThat(articles.assessment(port.id())).isEqualTo(ArticleAssessment.NONE);
    }

    @Test
    void aRevisionReplacesTextAndMetadataAndKeepsTheOldText() {
        Article first = articles.insert(StoreFixtures.railDraft(), StoreFixtures.T0);
        String changed = StoreFixtures.RAIL_TEXT.replace("40,000", "45,000");
        ArticleDraft revised = new ArticleDraft("Rail plan faces first test (updated)", "By Tunde Bakare", "Margin Wire",
                first.url(), LocalDate.of(2026, 3, 4), "en", changed, List.of(0));

        Article second = articles.saveRevision(first.id(), revised, StoreFixtures.T0.plusSeconds(3600));

        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.text()).isEqualTo(changed);
        assertThat(second.title()).isEqualTo("Rail plan faces first test (updated)");
        assertThat(second.publishedDate()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(second.importedAt()).as("the article keeps its first import time").isEqualTo(StoreFixtures.T0);
        assertThat(articles.revisionText(first.id(), 1)).contains(StoreFixtures.RAIL_TEXT);
        assertThat(articles.revisionText(first.id(), 2)).contains(changed);
        assertThat(articles.revisionText(first.id(), 3)).isEmpty();
        assertThat(articles.findByContentHash(first.contentHash())).as("only the current text counts").isEmpty();
        assertThat(articles.findByContentHash(second.contentHash())).contains(second);
    }

    @Test
    void revisingAMissingArticleFailsAndStoresNothing() {
        assertThatThrownBy(() -> articles.saveRevision(99, StoreFixtures.railDraft(), Instant.now()))
                .isInstanceOf(StoreException.class).hasMessageContaining("no article 99");
        assertThat(articles.revisionText(99, 1)).isEmpty();
    }

    @Test
    void deletingAnArticleDeletesItsRevisionsAndAnnotations() {
        Article rail = articles.insert(StoreFixtures.railDraft(), StoreFixtures.T0);
        Article port = articles.insert(StoreFixtures.portDraft(), StoreFixtures.T0);
        articles.saveRevision(rail.id(), StoreFixtures.railDraft(), StoreFixtures.T0);
        store.annotations().insertAll(List.of(StoreFixtures.quote(rail.id(), null), StoreFixtures.claim(rail.id(), null, null)));
        store.annotations().insert(dev.margin.domain.Annotation.highlight(port.id(), 1,
                StoreFixtures.anchorOn(StoreFixtures.portDraft().text(), "rose 12%"), StoreFixtures.T0));

        articles.delete(rail.id());

        assertThat(articles.find(rail.id())).isEmpty();
        assertThat(articles.revisionText(rail.id(), 1)).isEmpty();
        assertThat(store.annotations().forArticle(rail.id())).isEmpty();
        assertThat(store.annotations().count()).isEqualTo(1);
        assertThat(store.tags().counts()).isEmpty();
        assertThatThrownBy(() -> articles.delete(rail.id())).isInstanceOf(StoreException.class);
    }

    @Test
    void aRestoredArticleKeepsItsIdEveryRevisionAndItsPlaceInTheTextIndex() throws Exception {
        Article first = articles.insert(StoreFixtures.railDraft(), StoreFixtures.T0);
        ArticleDraft draft = StoreFixtures.railDraft();
        String updated = StoreFixtures.RAIL_TEXT.replace("declined to comment on the cost.", "said the 2027 budget would pay for it.");
        Article current = articles.saveRevision(first.id(), new ArticleDraft("Rail plan passes first test", draft.byline(),
                draft.outlet(), draft.url(), draft.publishedDate(), draft.language(), updated, draft.headings()),
                StoreFixtures.T0.plusSeconds(3600));
        List<ArticleRevision> revisions = articles.revisions(current.id());
        articles.delete(current.id());
        assertThat(articles.revisions(current.id())).isEmpty();
        assertIndexed(current.id());

        articles.restore(current, revisions);

        assertThat(articles.find(current.id())).contains(current);
        assertThat(articles.revisions(current.id())).isEqualTo(revisions);
        assertThat(revisions).extracting(ArticleRevision::text).containsExactly(StoreFixtures.RAIL_TEXT, updated);
        assertIndexed(current.id(), "Rail plan passes first test", updated);
        assertThatThrownBy(() -> articles.restore(current, revisions))
                .isInstanceOf(StoreException.class).hasMessageContaining("already in");
        assertThatThrownBy(() -> articles.restore(current, revisions.subList(0, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("current revision 2");
        assertThat(store.integrityCheck()).isEqualTo("ok");
    }

    /**
     * The article's row in the store's own full-text index of articles, when it keeps one (a SQLite library
     * does, kept by triggers): its title and text, or nothing once the article is gone. A store without such an
     * index answers null and the checks of it are skipped.
     */
    protected List<String> indexedText(Path file, long articleId) throws Exception {
        return null;
    }

    private void assertIndexed(long articleId, String... titleAndText) throws Exception {
        List<String> indexed = indexedText(dir.resolve("margin.db"), articleId);
        if (indexed != null) {
            assertThat(indexed).containsExactly(titleAndText);
        }
    }
}
