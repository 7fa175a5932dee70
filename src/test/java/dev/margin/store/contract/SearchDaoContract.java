package dev.margin.store.contract;

import dev.margin.store.sqlite.StoreFixtures;
import dev.margin.store.Store;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleDraft;
import dev.margin.domain.Span;
import dev.margin.store.SearchDao;
import dev.margin.domain.read.SearchHit;
import dev.margin.domain.read.SearchQuery;
import dev.margin.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract of the store's SearchDao part, run against every store implementation: each subclass says how to
 * open a library (a SQLite file, a PostgreSQL database) and inherits every test.
 */
public abstract class SearchDaoContract {
    /** Opens the library kept at {@code file} (the same file opens the same library again). */
    protected abstract Store openStore(Path file);

    @TempDir
    Path dir;
    private Store store;
    private SearchDao search;
    private Article rail;
    private Annotation quote;
    private Annotation claim;

    @BeforeEach
    void open() {
        store = openStore(dir.resolve("margin.db"));
        search = store.search();
        rail = store.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
        quote = StoreFixtures.quote(rail.id(), null);
        claim = StoreFixtures.claim(rail.id(), null, null).withNote("Ridership figures from the statistics office disagree.", StoreFixtures.T0);
        store.annotations().insertAll(List.of(quote, claim, StoreFixtures.highlight(rail.id(), "declined to comment")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void findsAnnotationsByTheirWordsWithTheMatchMarked() {
        List<SearchHit> hits = search.search("budget", 10);

        assertThat(hits).hasSize(1);
        SearchHit hit = hits.get(0);
        assertThat(hit.annotationId()).isEqualTo(quote.id());
        assertThat(hit.articleId()).isEqualTo(rail.id());
        assertThat(hit.kind()).isEqualTo(AnnotationKind.QUOTE);
        assertThat(hit.articleTitle()).isEqualTo("Rail plan faces first test in parliament");
        assertThat(hit.plainSnippet()).contains("the next budget cycle");
        Span match = hit.matches().get(0);
        assertThat(hit.plainSnippet().substring(match.start(), match.end())).isEqualTo("budget");
    }

    @Test
    void findsByNoteByArticleTitleByPhraseAndByPrefix() {
        assertThat(search.search("ridership", 10)).extracting(SearchHit::annotationId).containsExactly(claim.id());
        assertThat(search.search("parliament", 10)).hasSize(3);
        assertThat(search.search("\"passengers a day\"", 10)).extracting(SearchHit::annotationId).containsExactly(claim.id());
        assertThat(search.search("\"a day passengers\"", 10)).isEmpty();
        assertThat(search.search("pass*", 10)).extracting(SearchHit::annotationId).containsExactly(claim.id());
        assertThat(search.search("exact : parliament", 10)).isEmpty();
    }

    @Test
    void theAnnotatedWordsRankAboveANoteAndAboveTheTitle() {
        Annotation noted = StoreFixtures.highlight(rail.id(), "Abuja").withNote("Where was the cycle of talks held?", StoreFixtures.T0);
        store.annotations().insert(noted);
        assertThat(search.search("cycle", 10)).extracting(SearchHit::annotationId).containsExactly(quote.id(), noted.id());
    }

    @Test
    void theIndexFollowsUpdatesDeletesAndTitleChanges() {
        store.annotations().update(quote.withNote("Compare with the sanctions debate", StoreFixtures.T0));
        assertThat(search.search("sanctions", 10)).extracting(SearchHit::annotationId).containsExactly(quote.id());

        store.annotations().delete(quote.id());
        assertThat(search.search("sanctions", 10)).isEmpty();
        assertThat(search.search("budget", 10)).isEmpty();

        ArticleDraft retitled = StoreFixtures.railDraft().withTitle("Okafor’s railway gamble");
        store.articles().saveRevision(rail.id(), retitled, StoreFixtures.T0);
        assertThat(search.search("gamble", 10)).hasSize(2);
        assertThat(search.search("parliament", 10)).isEmpty();

        store.articles().delete(rail.id());
        assertThat(search.search("gamble", 10)).isEmpty();
        assertThat(search.search("passengers", 10)).isEmpty();
    }

    @Test
    void diacriticsAndCaseDoNotMatter() {
        Annotation cafe = StoreFixtures.highlight(rail.id(), "Abuja").withNote("Interview at the Café Zürich", StoreFixtures.T0);
        store.annotations().insert(cafe);
        assertThat(search.search("ZURICH cafe", 10)).extracting(SearchHit::annotationId).containsExactly(cafe.id());
    }

    @Test
    void aQueryFts5CannotParseFailsClearlyAndBlankFindsNothing() {
        assertThatThrownBy(() -> search.search("\"unclosed", 10)).isInstanceOf(StoreException.class)
                .hasMessageContaining("not a valid full-text query");
        assertThat(search.search("  ", 10)).isEmpty();
        assertThat(search.search("budget", 0)).isEmpty();
    }

    @Test
    void userInputBecomesASafeQuery() {
        assertThat(SearchQuery.fromUserInput("U.S. 5% \"passengers a day\" budg*"))
                .isEqualTo("\"U.S.\" \"5%\" \"passengers a day\" \"budg\"*");
        assertThat(SearchQuery.fromUserInput("“a promise on paper”")).isEqualTo("\"a promise on paper\"");
        assertThat(SearchQuery.fromUserInput("  \" * - ")).isEmpty();
        assertThat(search.search(SearchQuery.fromUserInput("next budg*"), 10)).extracting(SearchHit::annotationId)
                .containsExactly(quote.id());
        assertThat(search.search(SearchQuery.fromUserInput("\"passengers a day"), 10)).extracting(SearchHit::annotationId)
                .containsExactly(claim.id());
    }
}
