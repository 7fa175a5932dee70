package dev.margin.service.change;

import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleDraft;
import dev.margin.service.LibraryServices;
import dev.margin.store.Store;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.suggest.Lexicon;
import dev.margin.suggest.Suggester;
import dev.margin.suggest.Suggestion;
import dev.margin.suggest.SuggestionKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Deleting an article and answering suggestions, as changes of the service layer on a real library file: undo and
 * redo give back the same stored state, and an undo or redo that finds the library changed since is refused with
 * a message naming the change, leaving the library as it was.
 */
class ArticleAndSuggestionChangesTest {
    private static Suggester suggester;
    private static String text;

    @TempDir
    Path dir;
    private Store store;
    private LibraryServices services;
    private Changes changes;
    private Article article;

    @BeforeAll
    static void loadLexicon() throws IOException {
        suggester = new Suggester(Lexicon.load());
        try (InputStream in = ArticleAndSuggestionChangesTest.class.getResourceAsStream("/suggestui/harbour-toll.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("margin.db"));
        services = LibraryServices.over(store, Clock.systemUTC(), () -> suggester);
        changes = services.changes();
        article = services.library().importDraft(draft(text)).article();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static ArticleDraft draft(String body) {
        return new ArticleDraft("Harbour bridge toll to rise 15%", "By Ama Owusu", "Margin Wire",
                "https://wire.example/2026/05/12/harbour-toll", LocalDate.of(2026, 5, 12), "en", body, List.of());
    }

    private StoredState state() {
        return StoredState.of(store);
    }

    private StoredState assertUndoAndRedo(Change change) {
        return StoredState.assertUndoAndRedo(store, change);
    }

    private List<Suggestion> openSuggestions() {
        return services.suggestions().suggest(article.id()).suggestions();
    }

    private Suggestion find(SuggestionKind kind, String exact) {
        return openSuggestions().stream().filter(s -> s.kind() == kind && s.exact().equals(exact)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " suggestion for \"" + exact + "\" among " + openSuggestions()));
    }

    @Test
    void anAcceptedQuoteAndTheSpeakerItCreatedGoAndComeBack() {
        Suggestion quote = find(SuggestionKind.QUOTE, "We cannot keep the bridge open on goodwill alone,");

        StoredState after = assertUndoAndRedo(changes.acceptSuggestion("accept suggested quote", article.id(), quote, openSuggestions()));

        assertThat(after.annotations()).singleElement().satisfies(a -> assertThat(a.exact()).isEqualTo(quote.exact()));
        assertThat(after.actors()).extracting(a -> a.name()).contains("Adaeze Okafor");
    }

    @Test
    void undoingAnAcceptanceRefusesWhenItsAnnotationWasDeletedElsewhere() {
        Suggestion quote = find(SuggestionKind.QUOTE, "We cannot keep the bridge open on goodwill alone,");
        Change accept = changes.acceptSuggestion("accept suggested quote", article.id(), quote, openSuggestions());
        Annotation made = accept.apply().added().get(0);
        services.annotations().delete(made.id());
        StoredState deleted = state();

        assertThatThrownBy(accept::revert)
                .isInstanceOf(LibraryChangedException.class)
                .hasMessage("Cannot undo \u201caccept suggested quote\u201d: the quote is no longer in the library; nothing was changed.");
        assertThat(state()).isEqualTo(deleted);
    }

    @Test
    void aRejectionIsForgottenAndMadeAgain() {
        Suggestion quote = find(SuggestionKind.QUOTE, "We cannot keep the bridge open on goodwill alone,");

        StoredState after = assertUndoAndRedo(changes.rejectSuggestion("reject suggested quote", article.id(), quote));

        assertThat(after.rejections()).containsExactly(article.id() + "@1:" + quote.id());
        assertThat(openSuggestions()).doesNotContain(quote);
    }

    @Test
    void acceptingAllQuotesIsUndoneAndRedoneAsAWhole() {
        StoredState after = assertUndoAndRedo(
                changes.acceptAllSuggestions("accept all suggested quotes", article.id(), SuggestionKind.QUOTE, openSuggestions()));

        assertThat(after.annotations()).hasSizeGreaterThan(1);
        assertThat(openSuggestions()).noneMatch(s -> s.kind() == SuggestionKind.QUOTE);
    }

    @Test
    void undoingAcceptAllRefusesWhenOneOfItsAnnotationsWasEditedAndChangesNothing() {
        Change acceptAll = changes.acceptAllSuggestions("accept all suggested quotes", article.id(), SuggestionKind.QUOTE, openSuggestions());
        List<Annotation> made = acceptAll.apply().added();
        Annotation last = made.get(made.size() - 1);
        services.annotations().update(last.withTags(List.of("toll"), last.modified()));
        StoredState edited = state();

        assertThatThrownBy(acceptAll::revert)
                .isInstanceOf(LibraryChangedException.class)
                .hasMessage("Cannot undo \u201caccept all suggested quotes\u201d: the quote was edited since, elsewhere; nothing was changed.");
        assertThat(state()).isEqualTo(edited);
    }

    @Test
    void aDeletedArticleComesBackWithItsAnnotationsAndRejectionsAndIsDeletedAgain() {
        Suggestion quote = find(SuggestionKind.QUOTE, "We cannot keep the bridge open on goodwill alone,");
        changes.acceptSuggestion("accept suggested quote", article.id(), quote, openSuggestions()).apply();
        changes.rejectSuggestion("reject suggested quote", article.id(), find(SuggestionKind.QUOTE, "The repairs cost money.")).apply();
        StoredState before = state();
        Change delete = changes.deleteArticle("\u201cHarbour bridge toll to rise 15%\u201d deleted", article.id());

        StoredState after = assertUndoAndRedo(delete);
        delete.revert();

        assertThat(after.articles()).isEmpty();
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void undoingAnArticleDeleteRefusesWhenAnotherArticleTookItsAddress() {
        Change delete = changes.deleteArticle("\u201cHarbour bridge toll to rise 15%\u201d deleted", article.id());
        delete.apply();
        services.library().importDraft(draft(text + "\nThe minister is expected to announce the date next week."));
        StoredState reimported = state();

        assertThatThrownBy(delete::revert).hasMessageContaining("cannot be restored");
        assertThat(state()).isEqualTo(reimported);
    }

    @Test
    void anAcceptanceRetriedAfterItsCommitsAnswerWasLostMakesNoSecondAnnotation() {
        LostAnswers lossy = new LostAnswers(store);
        Changes overLossy = LibraryServices.over(lossy, Clock.systemUTC(), () -> suggester).changes();
        Suggestion quote = find(SuggestionKind.QUOTE, "We cannot keep the bridge open on goodwill alone,");
        Change accept = overLossy.acceptSuggestion("accept suggested quote", article.id(), quote, openSuggestions());
        lossy.loseNextAnswer();
        assertThatThrownBy(accept::apply).isInstanceOf(dev.margin.store.StoreException.class);
        accept.apply();
        assertThat(store.annotations().forArticle(article.id())).singleElement().satisfies(a -> assertThat(a.exact()).isEqualTo(quote.exact()));

        Change acceptAll = overLossy.acceptAllSuggestions("accept all suggested quotes", article.id(), SuggestionKind.QUOTE, openSuggestions());
        lossy.loseNextAnswer();
        assertThatThrownBy(acceptAll::apply).isInstanceOf(dev.margin.store.StoreException.class);
        int afterFirstTry = store.annotations().forArticle(article.id()).size();
        assertThat(afterFirstTry).as("the first try was committed").isGreaterThan(1);
        acceptAll.apply();
        assertThat(store.annotations().forArticle(article.id())).hasSize(afterFirstTry);
    }

    @Test
    void anAcceptedActorLinksEveryMentionOfItAndUndoAndRedoTakeThemAllTogether() {
        Suggestion actor = openSuggestions().stream().filter(s -> s.kind() == SuggestionKind.ACTOR)
                .max(java.util.Comparator.comparingInt(s -> s.mentions().size())).orElseThrow();
        assertThat(actor.mentions()).as("the article names " + actor.exact() + " more than once").hasSizeGreaterThan(1);

        Change accept = changes.acceptSuggestion("accept suggested actor", article.id(), actor, openSuggestions());
        ChangeEffect effect = accept.apply();
        List<Annotation> mentions = store.annotations().forArticle(article.id());
        assertThat(mentions).hasSize(actor.mentions().size()).allSatisfy(a -> assertThat(a.kind()).isEqualTo(AnnotationKind.ACTOR));
        assertThat(mentions).extracting(a -> ((dev.margin.domain.ActorMention) a.body()).actorId()).containsOnly(
                ((dev.margin.domain.ActorMention) mentions.get(0).body()).actorId());
        assertThat(mentions).extracting(a -> new dev.margin.domain.Span(a.start(), a.end()))
                .containsExactlyInAnyOrderElementsOf(actor.mentions());
        assertThat(effect.added()).hasSize(actor.mentions().size());
        assertThat(openSuggestions()).as("no actor suggestion left for the same actor").noneMatch(s -> s.kind() == SuggestionKind.ACTOR
                && s.exact().equals(actor.exact()));

        accept.revert();
        assertThat(store.annotations().forArticle(article.id())).isEmpty();
        accept.apply();
        assertThat(store.annotations().forArticle(article.id())).hasSize(actor.mentions().size());
    }

    @Test
    void aMentionMarkedBeforeIsNotMarkedTwice() {
        Suggestion actor = openSuggestions().stream().filter(s -> s.kind() == SuggestionKind.ACTOR)
                .max(java.util.Comparator.comparingInt(s -> s.mentions().size())).orElseThrow();
        dev.margin.domain.Span last = actor.mentions().get(actor.mentions().size() - 1);
        long someone = services.actors().create(dev.margin.domain.Actor.named("Someone Else", dev.margin.domain.ActorType.PERSON)).id();
        services.annotations().createActorMention(article.id(), last.start(), last.end(), someone);

        changes.acceptSuggestion("accept suggested actor", article.id(), actor, openSuggestions()).apply();
        assertThat(store.annotations().forArticle(article.id())).hasSize(actor.mentions().size());
    }

    @Test
    void aRejectedActorStaysAwayAsAWholeEvenWhenItsFirstMentionIsMarkedLater() {
        Suggestion actor = openSuggestions().stream().filter(s -> s.kind() == SuggestionKind.ACTOR)
                .max(java.util.Comparator.comparingInt(s -> s.mentions().size())).orElseThrow();
        assertThat(actor.mentions()).hasSizeGreaterThan(1);
        changes.rejectSuggestion("reject suggested actor", article.id(), actor).apply();
        assertThat(openSuggestions()).noneMatch(s -> s.kind() == SuggestionKind.ACTOR && s.mentions().contains(actor.mentions().get(0)));

        // the mention the rejection was kept under is marked by hand: the actor's next mention does not stand in
        dev.margin.domain.Span first = new dev.margin.domain.Span(actor.start(), actor.end());
        long someone = services.actors().create(dev.margin.domain.Actor.named("Someone Else", dev.margin.domain.ActorType.PERSON)).id();
        services.annotations().createActorMention(article.id(), first.start(), first.end(), someone);
        List<dev.margin.domain.Span> others = actor.mentions().stream().filter(m -> !m.equals(first)).toList();
        assertThat(openSuggestions()).noneMatch(s -> s.kind() == SuggestionKind.ACTOR && others.stream().anyMatch(s.mentions()::contains));
    }
}
