package dev.margin.service;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorRole;
import dev.margin.domain.ActorType;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleDraft;
import dev.margin.domain.ClaimKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.QuoteDetails;
import dev.margin.domain.QuoteType;
import dev.margin.domain.SpeakerResolution;
import dev.margin.store.StoreException;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Suggestions over a real library file: accepting, linking speakers, rejecting for good, never repeating what is marked. */
class SuggestionServiceTest {
    private static Suggester suggester;
    private static String text;

    @TempDir
    Path dir;
    private Path file;
    private SqliteStore store;
    private SuggestionService service;
    private AnnotationService annotations;
    private Article article;

    @BeforeAll
    static void loadLexicon() throws IOException {
        suggester = new Suggester(Lexicon.load());
        try (InputStream in = SuggestionServiceTest.class.getResourceAsStream("/suggestui/harbour-toll.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    @BeforeEach
    void openLibrary() {
        file = dir.resolve("margin.db");
        openStore();
        article = store.articles().insert(draft(text), Instant.parse("2026-05-12T08:00:00Z"));
    }

    private void openStore() {
        store = SqliteStore.open(file);
        TickingClock clock = new TickingClock(Instant.parse("2026-05-12T10:00:00Z"));
        annotations = new AnnotationService(store, clock);
        service = new SuggestionService(store, clock, suggester, annotations, new ActorService(store, clock));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static ArticleDraft draft(String body) {
        return new ArticleDraft("Harbour bridge toll to rise 15%", "By Ama Owusu", "Margin Wire",
                "https://wire.example/2026/05/12/harbour-toll", LocalDate.of(2026, 5, 12), "en", body, List.of());
    }

    private List<Suggestion> openSuggestions() {
        return service.suggest(article.id()).suggestions();
    }

    private Suggestion find(SuggestionKind kind, String exact) {
        return openSuggestions().stream().filter(s -> s.kind() == kind && s.exact().equals(exact)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " suggestion for \"" + exact + "\" among " + openSuggestions()));
    }

    @Test
    void acceptingAQuoteCreatesItAndItsSpeakerWithCueTypeAndResolution() {
        Suggestion quote = find(SuggestionKind.QUOTE, "We cannot keep the bridge open on goodwill alone,");

        AcceptedSuggestion accepted = service.accept(article.id(), quote, openSuggestions());

        Annotation saved = store.annotations().find(accepted.annotation().id()).orElseThrow();
        assertThat(saved.kind()).isEqualTo(AnnotationKind.QUOTE);
        assertThat(saved.exact()).isEqualTo("We cannot keep the bridge open on goodwill alone,");
        QuoteDetails details = saved.quote();
        assertThat(details.cue()).isEqualTo("told");
        assertThat(details.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(details.resolution()).isEqualTo(SpeakerResolution.EXPLICIT);
        assertThat(text.substring(details.speakerSpan().start(), details.speakerSpan().end())).isEqualTo("Okafor");
        Actor speaker = store.actors().find(details.speakerActorId()).orElseThrow();
        assertThat(speaker.name()).isEqualTo("Adaeze Okafor");
        assertThat(speaker.type()).isEqualTo(ActorType.PERSON);
        assertThat(accepted.createdActors()).extracting(Actor::id).containsExactly(speaker.id());
    }

    @Test
    void aSpeakerIsLinkedToTheLibrarysActorByAlias() {
        Actor stored = store.actors().insert(new Actor(0, "Adaeze N. Okafor", List.of("Adaeze Okafor"), ActorType.PERSON,
                "", null, null, List.of()));

        Suggestion quote = find(SuggestionKind.QUOTE, "This is a tax on every crate of tomatoes,");
        service.accept(article.id(), quote, openSuggestions());
        Suggestion hers = find(SuggestionKind.QUOTE, "The repairs cost money.");
        AcceptedSuggestion accepted = service.accept(article.id(), hers, openSuggestions());

        assertThat(accepted.annotation().quote().speakerActorId()).isEqualTo(stored.id());
        assertThat(accepted.createdActors()).isEmpty();
        assertThat(store.actors().list()).extracting(Actor::name).containsExactlyInAnyOrder("Adaeze N. Okafor", "Musa Bello");
    }

    @Test
    void acceptingAnActorMentionRecordsTheRoleWithTheArticleDate() {
        AcceptedSuggestion accepted = service.accept(article.id(), find(SuggestionKind.ACTOR, "Adaeze Okafor"), openSuggestions());

        Actor actor = store.actors().find(accepted.annotation().actorId()).orElseThrow();
        assertThat(actor.name()).isEqualTo("Adaeze Okafor");
        assertThat(actor.roles()).containsExactly(new ActorRole("Transport Minister", LocalDate.of(2026, 5, 12), article.id()));

        // The surname alone, later in the article, is linked to the same actor by the same acceptance (one suggestion
        // stands for every mention of its actor), and the role from this article is recorded once.
        assertThat(accepted.furtherMentions()).isNotEmpty().allSatisfy(mention -> assertThat(mention.actorId()).isEqualTo(actor.id()));
        assertThat(accepted.furtherMentions()).extracting(Annotation::exact).contains("Okafor");
        assertThat(openSuggestions()).noneMatch(s -> s.kind() == SuggestionKind.ACTOR && s.exact().equals("Okafor"));
        assertThat(store.actors().find(actor.id()).orElseThrow().roles()).hasSize(1);
    }

    @Test
    void undoingAnAcceptanceTakesBackOnlyTheRoleItAdded_aRenameMadeMeanwhileStays() {
        Actor known = store.actors().insert(Actor.named("Adaeze Okafor", ActorType.PERSON));
        AcceptedSuggestion accepted = service.accept(article.id(), find(SuggestionKind.ACTOR, "Adaeze Okafor"), openSuggestions());
        assertThat(accepted.changedActorsBefore()).extracting(Actor::id).containsExactly(known.id());
        Actor withRole = store.actors().find(known.id()).orElseThrow();
        assertThat(withRole.roles()).hasSize(1);
        // Meanwhile the review window renames her.
        store.actors().update(new Actor(withRole.id(), "Adaeze N. Okafor", withRole.aliases(), withRole.type(),
                withRole.description(), withRole.externalId(), withRole.parentId(), withRole.roles()));

        service.undoAccept(accepted);

        Actor after = store.actors().find(known.id()).orElseThrow();
        assertThat(after.name()).isEqualTo("Adaeze N. Okafor");
        assertThat(after.roles()).isEmpty();
    }

    @Test
    void acceptingAClaimLinksItsClaimantAndKind() {
        Suggestion claim = find(SuggestionKind.CLAIM, "The Harbour Users Association said the rise would hurt small traders");
        AcceptedSuggestion accepted = service.accept(article.id(), claim, openSuggestions());

        Annotation saved = store.annotations().find(accepted.annotation().id()).orElseThrow();
        assertThat(saved.claim().kind()).isEqualTo(ClaimKind.PREDICTION);
        assertThat(saved.claim().status()).isEqualTo(ClaimStatus.UNVERIFIED);
        Actor claimant = store.actors().find(saved.claim().claimantActorId()).orElseThrow();
        assertThat(claimant.name()).isEqualTo("Harbour Users Association");
        assertThat(claimant.type()).isEqualTo(ActorType.ORGANISATION);
    }

    @Test
    void aRejectedSuggestionDoesNotComeBackAfterReopeningTheLibrary() {
        Suggestion quote = find(SuggestionKind.QUOTE, "The repairs cost money.");
        service.reject(article.id(), quote);
        assertThat(openSuggestions()).doesNotContain(quote);

        store.close();
        openStore();
        assertThat(openSuggestions()).extracting(Suggestion::id).doesNotContain(quote.id());
        assertThat(openSuggestions()).extracting(Suggestion::exact).contains("This is a tax on every crate of tomatoes,");
    }

    @Test
    void undoingARejectionOffersTheSuggestionAgain() {
        Suggestion actor = find(SuggestionKind.ACTOR, "Musa Bello");
        var rejection = service.reject(article.id(), actor);
        service.undoReject(rejection);
        assertThat(openSuggestions()).contains(actor);
    }

    @Test
    void aRejectionSurvivesARevisionThatMovedTheWords() {
        Suggestion quote = find(SuggestionKind.QUOTE, "This is a tax on every crate of tomatoes,");
        service.reject(article.id(), quote);

        String moved = "Update: the vote on the toll is set for Friday.\n" + text;
        article = store.articles().saveRevision(article.id(), draft(moved), Instant.parse("2026-05-13T08:00:00Z"));

        assertThat(article.revision()).isEqualTo(2);
        assertThat(openSuggestions()).extracting(Suggestion::exact)
                .doesNotContain("This is a tax on every crate of tomatoes,")
                .contains("We cannot keep the bridge open on goodwill alone,");
    }

    @Test
    void wordsTheUserMarkedAreNotSuggestedAgainAndCannotBeAcceptedOver() {
        Suggestion quote = find(SuggestionKind.QUOTE, "The repairs cost money.");
        int start = text.indexOf("The repairs cost");
        annotations.createQuote(article.id(), start, start + "The repairs cost".length(), QuoteDetails.direct(null, "said"));

        assertThat(openSuggestions()).extracting(Suggestion::id).doesNotContain(quote.id());
        assertThatThrownBy(() -> service.accept(article.id(), quote, List.of()))
                .isInstanceOf(StoreException.class).hasMessageContaining("already marked");
        assertThat(store.annotations().forArticle(article.id())).hasSize(1);
    }

    @Test
    void undoingAnAcceptanceDeletesTheQuoteAndTheSpeakerItCreated_redoBringsBackTheSameAnnotation() {
        Suggestion quote = find(SuggestionKind.QUOTE, "This is a tax on every crate of tomatoes,");
        AcceptedSuggestion accepted = service.accept(article.id(), quote, openSuggestions());

        service.undoAccept(accepted);
        assertThat(store.annotations().forArticle(article.id())).isEmpty();
        assertThat(store.actors().list()).isEmpty();
        assertThat(openSuggestions()).contains(quote);

        AcceptedSuggestion again = service.redoAccept(accepted);
        Annotation back = store.annotations().find(accepted.annotation().id()).orElseThrow();
        assertThat(back.quote().speakerActorId()).isEqualTo(again.createdActors().get(0).id());
        assertThat(store.actors().find(back.quote().speakerActorId()).orElseThrow().name()).isEqualTo("Musa Bello");
    }

    @Test
    void acceptAllOfAKindMarksEveryQuoteOnce() {
        List<Suggestion> open = openSuggestions();
        long quotes = open.stream().filter(s -> s.kind() == SuggestionKind.QUOTE).count();

        List<AcceptedSuggestion> accepted = service.acceptAll(article.id(), SuggestionKind.QUOTE, open);

        assertThat(accepted).hasSize((int) quotes);
        assertThat(store.annotations().forArticle(article.id())).allMatch(a -> a.kind() == AnnotationKind.QUOTE).hasSize((int) quotes);
        assertThat(openSuggestions()).noneMatch(s -> s.kind() == SuggestionKind.QUOTE);
        assertThat(store.actors().list()).extracting(Actor::name)
                .containsExactlyInAnyOrder("Adaeze Okafor", "Harbour Users Association", "Musa Bello");
    }

    @Test
    void aSuggestionForOtherWordsThanTheArticlesIsRefused() {
        Suggestion stale = Suggestion.quote("xx" + text, 2, 12, QuoteType.DIRECT, SpeakerResolution.UNATTRIBUTED,
                null, null, null, null, null, 0.9);
        assertThatThrownBy(() -> service.accept(article.id(), stale, List.of()))
                .isInstanceOf(StoreException.class).hasMessageContaining("changed since");
        assertThatThrownBy(() -> service.suggest(424242)).isInstanceOf(StoreException.class).hasMessageContaining("424242");
    }
}
