package dev.margin.service.change;

import dev.margin.domain.Article;
import dev.margin.domain.ArticleAssessment;
import dev.margin.domain.ArticleInfo;
import dev.margin.domain.ArticleVerdict;
import dev.margin.service.LibraryServices;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.store.sqlite.StoreFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Editing an article's information as an undoable change on a real library file. */
class EditArticleChangeTest {
    @TempDir
    Path dir;
    private SqliteStore store;
    private LibraryServices services;
    private Article article;

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("margin.db"));
        services = LibraryServices.over(store, Clock.systemUTC());
        article = services.library().importDraft(StoreFixtures.railDraft()).article();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static ArticleInfo edited() {
        return new ArticleInfo("Rail plan: what ₦1.2 trillion buys", "Tunde Bakare and Ife Adeyemi", "Margin Wire",
                "https://wire.example/2026/03/03/rail-plan-costs", LocalDate.of(2026, 3, 4), "en",
                new ArticleAssessment("Figures from the ministry only.", List.of("rail", "budget"), ArticleVerdict.MOSTLY_RELIABLE));
    }

    @Test
    void undoPutsBackWhatTheArticleSaidAndRedoSavesTheEditAgain() {
        ArticleInfo before = services.library().info(article.id());
        Change change = services.changes().editArticle("article information", article.id(), edited());

        assertThat(change.apply().added()).isEmpty();
        assertThat(services.library().info(article.id())).isEqualTo(edited());
        change.revert();
        assertThat(services.library().info(article.id())).isEqualTo(before);
        assertThat(store.articles().find(article.id()).orElseThrow().title()).isEqualTo("Rail plan faces first test in parliament");
        change.apply();
        assertThat(services.library().info(article.id())).isEqualTo(edited());
    }

    @Test
    void anUndoAfterAnotherEditElsewhereIsRefusedAndChangesNothing() {
        Change change = services.changes().editArticle("article information", article.id(), edited());
        change.apply();
        ArticleInfo elsewhere = edited().withTitle("Retitled in another window");
        services.library().saveInfo(article.id(), elsewhere);

        assertThatThrownBy(change::revert).isInstanceOf(LibraryChangedException.class)
                .hasMessage("Cannot undo \u201carticle information\u201d: the article\u2019s information was edited since, elsewhere;"
                        + " nothing was changed.");
        assertThat(services.library().info(article.id())).isEqualTo(elsewhere);
    }

    @Test
    void anInvalidEditIsRefusedBeforeAnythingIsSaved() {
        ArticleInfo before = services.library().info(article.id());
        Change change = services.changes().editArticle("article information", article.id(), edited().withTitle(""));

        assertThatThrownBy(change::apply).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a title");
        assertThat(services.library().info(article.id())).isEqualTo(before);
    }
}
