package dev.margin.service.change;

import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.service.LibraryServices;
import dev.margin.store.StoreException;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.store.sqlite.StoreFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A change whose commit reached the library but whose answer was lost (a team library's connection dropped during
 * the commit) is retried by the window's history; the retry must not make a second annotation. The library is a
 * real file; {@link LostAnswers} lets a transaction commit and then reports it failed, as the lost answer does.
 */
class UnansweredCommitTest {
    @TempDir
    Path dir;
    private SqliteStore file;
    private LostAnswers store;
    private Article article;

    @BeforeEach
    void open() {
        file = SqliteStore.open(dir.resolve("margin.db"));
        store = new LostAnswers(file);
        article = LibraryServices.over(file, Clock.systemUTC()).library().importDraft(StoreFixtures.railDraft()).article();
    }

    @AfterEach
    void close() {
        file.close();
    }

    @Test
    void aRetriedCreationWhoseFirstCommitWentThroughLeavesOneAnnotation() {
        Changes changes = LibraryServices.over(store, Clock.systemUTC()).changes();
        var anchor = StoreFixtures.anchorOn(article.text(), "We are not going to wait for the next budget cycle");
        Change create = changes.createAnnotation("highlight", Annotation.highlight(article.id(), article.revision(), anchor,
                Clock.systemUTC().instant()), null);

        store.loseNextAnswer();
        assertThatThrownBy(create::apply).isInstanceOf(StoreException.class).hasMessageContaining("answer");
        assertThat(file.annotations().forArticle(article.id())).as("the first try was committed").hasSize(1);

        create.apply();
        assertThat(file.annotations().forArticle(article.id())).as("the retry finds it and makes no second one").hasSize(1);

        create.revert();
        assertThat(file.annotations().forArticle(article.id())).isEmpty();
        create.apply();
        assertThat(file.annotations().forArticle(article.id())).hasSize(1);
    }

    @Test
    void aRetryAfterACommitThatDidNotHappenCreatesTheAnnotation() {
        Changes changes = LibraryServices.over(store, Clock.systemUTC()).changes();
        var anchor = StoreFixtures.anchorOn(article.text(), "We are not going to wait for the next budget cycle");
        Change create = changes.createAnnotation("highlight", Annotation.highlight(article.id(), article.revision(), anchor,
                Clock.systemUTC().instant()), null);

        store.failNextCommit();
        assertThatThrownBy(create::apply).isInstanceOf(StoreException.class);
        assertThat(file.annotations().forArticle(article.id())).as("nothing was committed").isEmpty();

        create.apply();
        assertThat(file.annotations().forArticle(article.id())).hasSize(1);
    }
}
