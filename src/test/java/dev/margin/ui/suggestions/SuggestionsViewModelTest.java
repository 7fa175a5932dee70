package dev.margin.ui.suggestions;

import dev.margin.domain.Article;
import dev.margin.domain.ArticleDraft;
import dev.margin.service.LibraryServices;
import dev.margin.store.Store;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.suggest.Suggestion;
import dev.margin.suggest.SuggestionKind;
import dev.margin.ui.annotations.AnnotatingViewModel;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.Settings;
import dev.margin.ui.common.StatusViewModel;
import dev.margin.ui.common.SynchronousTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The suggestions view-model on a real library file, without the JavaFX toolkit. */
class SuggestionsViewModelTest {
    private static final String TEXT = "Bridge tolls to rise\n"
            + "“The bridge carries 96,000 vehicles a day,” said Tobias Wren, the authority’s director.\n"
            + "Wren said the extra revenue would pay for repairs.";

    @TempDir
    Path dir;
    private Store store;
    private AnnotatingViewModel annotating;
    private Settings settings;
    private SuggestionsViewModel model;
    private Article article;

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("library.db"));
        Messages messages = Messages.forLocale(Locale.ROOT);
        StatusViewModel status = new StatusViewModel(messages);
        SynchronousTaskRunner tasks = new SynchronousTaskRunner();
        Clock clock = Clock.fixed(Instant.parse("2026-06-12T10:00:00Z"), ZoneOffset.UTC);
        LibraryServices services = LibraryServices.over(store, clock);
        annotating = new AnnotatingViewModel(services, tasks, status, messages, clock);
        settings = Settings.load(dir.resolve("settings.properties"));
        model = new SuggestionsViewModel(services, annotating, tasks, status, messages, settings);
        article = store.articles().insert(new ArticleDraft("Bridge tolls to rise", "", "Test Wire", null,
                LocalDate.of(2026, 6, 12), "en", TEXT, List.of(0)), Instant.parse("2026-06-12T09:00:00Z"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void suggestFillsTheListAndCountsAndAcceptingUndoAndRedoKeepItInStep() {
        annotating.show(article, List.of());
        model.suggest();

        assertThat(model.open()).isNotEmpty();
        assertThat(model.count(SuggestionKind.QUOTE).get() + model.count(SuggestionKind.ACTOR).get()
                + model.count(SuggestionKind.CLAIM).get()).isEqualTo(model.open().size());
        Suggestion quote = model.open().stream().filter(s -> s.kind() == SuggestionKind.QUOTE).findFirst().orElseThrow();
        model.currentProperty().set(quote);

        model.acceptCurrent();
        assertThat(model.open()).doesNotContain(quote);
        assertThat(annotating.annotations()).hasSize(1);
        assertThat(model.currentProperty().get()).isNotNull().isNotEqualTo(quote);

        annotating.commands().undo();
        assertThat(annotating.annotations()).isEmpty();
        assertThat(model.open()).contains(quote);
        annotating.commands().redo();
        assertThat(annotating.annotations()).hasSize(1);
        assertThat(model.open()).doesNotContain(quote);
    }

    @Test
    void nextAndPreviousWrapAround() {
        annotating.show(article, List.of());
        model.suggest();
        List<Suggestion> open = List.copyOf(model.open());
        assertThat(model.currentProperty().get()).isEqualTo(open.get(0));
        model.previous();
        assertThat(model.currentProperty().get()).isEqualTo(open.get(open.size() - 1));
        model.next();
        model.next();
        assertThat(model.currentProperty().get()).isEqualTo(open.get(1));

        // A click in the article picks the innermost suggestion under it; off any, nothing changes.
        Suggestion actor = open.stream().filter(s -> s.kind() == SuggestionKind.ACTOR).findFirst().orElseThrow();
        assertThat(model.pickAt(actor.start() + 1)).isTrue();
        assertThat(model.currentProperty().get()).isEqualTo(actor);
        assertThat(model.pickAt(TEXT.indexOf("Bridge tolls"))).isFalse();
        assertThat(model.currentProperty().get()).isEqualTo(actor);
    }

    @Test
    void suggestOnEveryImportIsRememberedAndRunsWhenTheImportedArticleIsShown() {
        model.imported(List.of(article.id()));
        annotating.show(article, List.of());
        assertThat(model.open()).as("the preference is off by default").isEmpty();

        model.suggestOnImportProperty().set(true);
        assertThat(settings.getBoolean(SuggestionsViewModel.SUGGEST_ON_IMPORT, false)).isTrue();
        annotating.clear();
        model.imported(List.of(article.id()));
        annotating.show(article, List.of());
        assertThat(model.open()).isNotEmpty();

        annotating.clear();
        assertThat(model.open()).isEmpty();
    }

    @Test
    void unansweredSuggestionsAreStillThereAfterReadingAnotherArticle() {
        Article other = store.articles().insert(new ArticleDraft("Ferry fares frozen", "", "Test Wire", null,
                LocalDate.of(2026, 6, 13), "en", "Ferry fares frozen\n“Fares stay where they are,” said Ines Moreau, the operator’s chief.",
                List.of(0)), Instant.parse("2026-06-13T09:00:00Z"));
        annotating.show(article, List.of());
        model.suggest();
        Suggestion rejected = model.open().get(0);
        model.currentProperty().set(rejected);
        model.rejectCurrent();
        List<Suggestion> unanswered = List.copyOf(model.open());
        assertThat(unanswered).isNotEmpty().doesNotContain(rejected);

        annotating.show(other, List.of());
        assertThat(model.open()).as("another article's suggestions are not shown").isEmpty();
        annotating.show(article, store.annotations().forArticle(article.id()));
        assertThat(model.open()).containsExactlyElementsOf(unanswered);
        assertThat(model.currentProperty().get()).isEqualTo(unanswered.get(0));

        // An accepted one stays answered on coming back.
        model.acceptCurrent();
        List<Suggestion> left = List.copyOf(model.open());
        annotating.clear();
        annotating.show(article, store.annotations().forArticle(article.id()));
        assertThat(model.open()).containsExactlyElementsOf(left).doesNotContain(unanswered.get(0));
    }
}
