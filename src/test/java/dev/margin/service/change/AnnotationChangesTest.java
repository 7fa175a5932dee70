package dev.margin.service.change;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorRole;
import dev.margin.domain.ActorType;
import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleDraft;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.ClaimKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.QuoteDetails;
import dev.margin.domain.QuoteType;
import dev.margin.domain.SpeakerResolution;
import dev.margin.service.LibraryServices;
import dev.margin.store.Store;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.store.sqlite.StoreFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The annotation and actor changes of the window's undo history, run as the service layer runs them, on a real
 * library file: each apply and revert leaves the library as expected, a redo gives the same stored state as the
 * first apply, and an undo or redo that finds the library changed since is refused and changes nothing.
 */
class AnnotationChangesTest {
    @TempDir
    Path dir;
    private Store store;
    private LibraryServices services;
    private Changes changes;
    private Article article;
    private final Clock clock = Clock.systemUTC();

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("margin.db"));
        services = LibraryServices.over(store, clock);
        changes = services.changes();
        article = services.library().importDraft(StoreFixtures.railDraft()).article();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private StoredState state() {
        return StoredState.of(store);
    }

    private StoredState assertUndoAndRedo(Change change) {
        return StoredState.assertUndoAndRedo(store, change);
    }

    private Annotation requestedQuote(Long speakerId) {
        var anchor = StoreFixtures.anchorOn(article.text(), "We are not going to wait for the next budget cycle");
        return Annotation.quote(article.id(), article.revision(), anchor,
                new QuoteDetails(speakerId, null, "told", null, QuoteType.DIRECT, SpeakerResolution.EXPLICIT), clock.instant());
    }

    private Annotation stored(Annotation annotation) {
        return store.annotations().find(annotation.id()).orElseThrow();
    }

    @Test
    void aQuoteWithANewSpeakerIsCreatedUndoneWithItsSpeakerAndRedone() {
        Change create = changes.createAnnotation("new quote", requestedQuote(null),
                new NewActor(Actor.named("Adaeze Okafor", ActorType.PERSON), NewActor.Slot.SPEAKER));

        StoredState after = assertUndoAndRedo(create);

        assertThat(after.actors()).extracting(Actor::name).containsExactly("Adaeze Okafor");
        assertThat(after.annotations()).singleElement().satisfies(a -> assertThat(a.quote().speakerActorId()).isNotNull());
    }

    @Test
    void undoingACreationRefusesWhenTheAnnotationWasEditedElsewhereAndChangesNothing() {
        Change create = changes.createAnnotation("new quote", requestedQuote(null), null);
        Annotation made = create.apply().added().get(0);
        services.annotations().update(made.withNote("Checked against the speech.", clock.instant()));
        StoredState edited = state();

        assertThatThrownBy(create::revert)
                .isInstanceOf(LibraryChangedException.class)
                .hasMessage("Cannot undo \u201cnew quote\u201d: the quote was edited since, elsewhere; nothing was changed.");
        assertThat(state()).isEqualTo(edited);
    }

    @Test
    void redoingACreationRefusesWhenTheArticleHasANewerVersionSince() {
        Change create = changes.createAnnotation("new highlight",
                Annotation.highlight(article.id(), article.revision(), StoreFixtures.anchorOn(article.text(), "The trains will run."),
                        clock.instant()), null);
        create.apply();
        create.revert();
        ArticleDraft draft = StoreFixtures.railDraft();
        services.library().importDraft(new ArticleDraft(draft.title(), draft.byline(), draft.outlet(), draft.url(),
                draft.publishedDate(), draft.language(), draft.text() + "\nThe minister left for Abuja.", draft.headings()));
        StoredState revised = state();

        assertThatThrownBy(create::apply)
                .isInstanceOf(LibraryChangedException.class)
                .hasMessageContaining("Cannot redo \u201cnew highlight\u201d: its article")
                .hasMessageContaining("has a newer version since");
        assertThat(state()).isEqualTo(revised);
    }

    @Test
    void anEditIsUndoneToTheStoredVersionAndRedone() {
        Annotation quote = services.annotations().createQuote(article.id(), 0, 4,
                new QuoteDetails(null, null, "", null, QuoteType.DIRECT, SpeakerResolution.UNATTRIBUTED));
        Change edit = changes.updateAnnotation("quote edited", quote.withTags(List.of("rail", "budget"), clock.instant()), null);

        StoredState after = assertUndoAndRedo(edit);

        assertThat(after.annotations()).singleElement().satisfies(a -> assertThat(a.tags()).containsExactly("rail", "budget"));
    }

    @Test
    void undoingAnEditRefusesWhenTheAnnotationChangedSince() {
        Annotation quote = services.annotations().createQuote(article.id(), 0, 4,
                new QuoteDetails(null, null, "", null, QuoteType.DIRECT, SpeakerResolution.UNATTRIBUTED));
        Change edit = changes.updateAnnotation("quote edited", quote.withNote("first", clock.instant()), null);
        edit.apply();
        services.annotations().update(stored(quote).withNote("second, from the review window", clock.instant()));
        StoredState changed = state();

        assertThatThrownBy(edit::revert)
                .isInstanceOf(LibraryChangedException.class)
                .hasMessageContaining("the quote was changed since");
        assertThat(state()).isEqualTo(changed);
        assertThat(stored(quote).note()).isEqualTo("second, from the review window");
    }

    @Test
    void aDeletedQuoteComesBackAndTheClaimCitingItCitesItAgain() {
        Annotation quote = services.annotations().createQuote(article.id(), 0, 4,
                new QuoteDetails(null, null, "", null, QuoteType.DIRECT, SpeakerResolution.UNATTRIBUTED));
        Annotation claim = services.annotations().createClaim(article.id(), 0, 4,
                new ClaimDetails("", null, false, ClaimKind.STATISTIC, ClaimStatus.UNVERIFIED, List.of(), quote.id()));

        Change delete = changes.deleteAnnotation("quote deleted", quote);
        assertUndoAndRedo(delete);
        delete.revert();

        assertThat(stored(claim).claim().quoteId()).isEqualTo(quote.id());
    }

    @Test
    void undoingADeleteRefusesWhenTheArticleIsGone() {
        Annotation highlight = services.annotations().createHighlight(article.id(), 0, 4);
        Change delete = changes.deleteAnnotation("highlight deleted", highlight);
        delete.apply();
        services.library().deleteArticle(article.id());
        StoredState gone = state();

        assertThatThrownBy(delete::revert)
                .isInstanceOf(LibraryChangedException.class)
                .hasMessage("Cannot undo \u201chighlight deleted\u201d: its article is no longer in the library; nothing was changed.");
        assertThat(state()).isEqualTo(gone);
    }

    @Test
    void anOrphanedAnnotationIsReattachedUndoneAndReattachedAgain() {
        Annotation highlight = services.annotations().createHighlight(article.id(), 0, 4);
        Annotation orphan = highlight.reanchored(highlight.revision(), highlight.anchor(), AnchorState.ORPHANED, clock.instant());
        store.annotations().update(orphan);
        var words = StoreFixtures.anchorOn(article.text(), "The trains will run.");

        StoredState after = assertUndoAndRedo(changes.reattachAnnotation("highlight re-attached", orphan, words.start(), words.end()));

        assertThat(after.annotations()).singleElement().satisfies(a -> {
            assertThat(a.anchorState()).isEqualTo(AnchorState.OK);
            assertThat(a.exact()).isEqualTo("The trains will run.");
        });
    }

    @Test
    void anActorsTypeAndRolesChangeAndComeBack() {
        Actor okafor = services.actors().create(StoreFixtures.okafor());
        Actor after = okafor.withType(ActorType.ORGANISATION).withRole(new ActorRole("minister", null, article.id()));

        StoredState changed = assertUndoAndRedo(changes.updateActor("actor Adaeze Okafor edited", after));

        assertThat(changed.actors()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(ActorType.ORGANISATION);
            assertThat(a.roles()).hasSize(2);
        });
    }

    @Test
    void undoingAnActorChangeRefusesWhenTheActorWasEditedSince() {
        Actor okafor = services.actors().create(StoreFixtures.okafor());
        Change edit = changes.updateActor("actor Adaeze Okafor edited", okafor.withType(ActorType.ORGANISATION));
        edit.apply();
        services.actors().setType(okafor.id(), ActorType.GROUP);
        StoredState changed = state();

        assertThatThrownBy(edit::revert)
                .isInstanceOf(LibraryChangedException.class)
                .hasMessage("Cannot undo \u201cactor Adaeze Okafor edited\u201d: the actor \u201cAdaeze Okafor\u201d was edited since,"
                        + " elsewhere; nothing was changed.");
        assertThat(state()).isEqualTo(changed);
    }

    @Test
    void aMentionWithTheRoleItGivesIsOneChange() {
        Actor okafor = services.actors().create(StoreFixtures.okafor());
        var anchor = StoreFixtures.anchorOn(article.text(), "Adaeze Okafor");
        Annotation mention = Annotation.actorMention(article.id(), article.revision(), anchor, okafor.id(), clock.instant());
        Change together = changes.together("new actor mention", List.of(
                changes.createAnnotation("new actor mention", mention, null),
                changes.updateActor("new actor mention", okafor.withRole(new ActorRole("minister", null, article.id())))));

        StoredState after = assertUndoAndRedo(together);

        assertThat(after.annotations()).hasSize(1);
        assertThat(after.actors().get(0).roles()).extracting(ActorRole::role).contains("minister");
    }

    @Test
    void whenOnePartOfAChangeFailsNoPartIsSaved() {
        Actor okafor = services.actors().create(StoreFixtures.okafor());
        Actor gone = services.actors().create(Actor.named("Nobody Here", ActorType.PERSON));
        store.actors().delete(gone.id());
        var anchor = StoreFixtures.anchorOn(article.text(), "Adaeze Okafor");
        Change together = changes.together("new actor mention", List.of(
                changes.createAnnotation("new actor mention",
                        Annotation.actorMention(article.id(), article.revision(), anchor, okafor.id(), Instant.now()), null),
                changes.updateActor("new actor mention", gone.withType(ActorType.GROUP))));
        StoredState before = state();

        assertThatThrownBy(together::apply).isInstanceOf(LibraryChangedException.class);
        assertThat(state()).isEqualTo(before);
    }
}
