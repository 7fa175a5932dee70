package dev.margin.ui.annotations;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;
import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleDraft;
import dev.margin.domain.ClaimKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.QuoteType;
import dev.margin.domain.SpeakerResolution;
import dev.margin.service.LibraryServices;
import dev.margin.store.Store;
import dev.margin.suggest.QuoteProposal;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.ui.common.Messages;
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

/** The annotating view-model on a real library file, without the JavaFX toolkit: marking, editing, deleting, undo and redo. */
class AnnotatingViewModelTest {
    private static final String TEXT = "Bridge tolls to rise\n"
            + "“The bridge carries 96,000 vehicles a day,” said Tobias Wren, the authority’s director.\n"
            + "Wren said the extra revenue would pay for repairs.";

    @TempDir
    Path dir;
    private Store store;
    private AnnotatingViewModel annotating;
    private StatusViewModel status;
    private Article article;

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("library.db"));
        Messages messages = Messages.forLocale(Locale.ROOT);
        status = new StatusViewModel(messages);
        SynchronousTaskRunner tasks = new SynchronousTaskRunner();
        Clock clock = Clock.fixed(Instant.parse("2026-06-12T10:00:00Z"), ZoneOffset.UTC);
        annotating = new AnnotatingViewModel(LibraryServices.over(store, clock), tasks, status, messages, clock);
        article = store.articles().insert(new ArticleDraft("Bridge tolls to rise", "", "Test Wire", null,
                LocalDate.of(2026, 6, 12), "en", TEXT, List.of(0)), Instant.parse("2026-06-12T09:00:00Z"));
        annotating.show(article, List.of());
        annotating.actors().reload(() -> { }, error -> { throw new AssertionError(error); });
    }

    @AfterEach
    void close() {
        store.close();
    }

    private int[] span(String words) {
        int start = TEXT.indexOf(words);
        return new int[] {start, start + words.length()};
    }

    private Annotation markQuoteWithNewSpeaker() {
        int[] quote = span("“The bridge carries 96,000 vehicles a day,”");
        QuoteProposal proposal = annotating.proposeQuote(quote[0], quote[1]);
        assertThat(proposal.name()).isEqualTo("Tobias Wren");
        annotating.markQuote(quote[0], quote[1], new QuoteInput(proposal.name(), proposal.speakerType(), proposal.cue(), proposal.type(), proposal));
        return annotating.selectedProperty().get();
    }

    @Test
    void aQuoteWithANewSpeakerIsSavedWithTheActorAndTheProposedSpans() {
        Annotation quote = markQuoteWithNewSpeaker();

        Annotation stored = store.annotations().find(quote.id()).orElseThrow();
        Actor speaker = store.actors().find(stored.quote().speakerActorId()).orElseThrow();
        assertThat(speaker.name()).isEqualTo("Tobias Wren");
        assertThat(stored.quote().cue()).isEqualTo("said");
        assertThat(stored.quote().type()).isEqualTo(QuoteType.DIRECT);
        assertThat(stored.quote().resolution()).isEqualTo(SpeakerResolution.EXPLICIT);
        assertThat(TEXT.substring(stored.quote().speakerSpan().start(), stored.quote().speakerSpan().end())).isEqualTo("Tobias Wren");
        assertThat(annotating.annotations()).containsExactly(stored);
        assertThat(status.textProperty().get()).startsWith("Saved");
    }

    @Test
    void anUndoThatFindsTheQuoteEditedElsewhereSaysSoAndStaysOnTheHistory() {
        Annotation quote = markQuoteWithNewSpeaker();
        Annotation edited = quote.withNote("Checked in the review window.", Instant.parse("2026-06-12T10:05:00Z"));
        store.annotations().update(edited);

        annotating.commands().undo();

        assertThat(store.annotations().find(quote.id())).contains(edited);
        assertThat(status.failedProperty().get()).isTrue();
        assertThat(status.textProperty().get()).contains("Cannot undo \u201cnew quote").contains("nothing was changed");
        assertThat(annotating.commands().canUndoBinding().get()).isTrue();
        assertThat(annotating.annotations()).containsExactly(quote);
    }

    @Test
    void undoAndRedoOfACreateRemoveAndRestoreTheQuoteAndItsNewSpeaker() {
        Annotation quote = markQuoteWithNewSpeaker();
        long speakerId = store.annotations().find(quote.id()).orElseThrow().quote().speakerActorId();

        annotating.commands().undo();
        assertThat(store.annotations().find(quote.id())).isEmpty();
        assertThat(store.actors().find(speakerId)).isEmpty();
        assertThat(annotating.annotations()).isEmpty();

        annotating.commands().redo();
        Annotation again = store.annotations().find(quote.id()).orElseThrow();
        assertThat(store.actors().find(again.quote().speakerActorId()).orElseThrow().name()).isEqualTo("Tobias Wren");
        assertThat(annotating.annotations()).containsExactly(again);
    }

    @Test
    void aLaterMentionOfTheSurnameLinksTheSameActor() {
        markQuoteWithNewSpeaker();
        int[] wren = span("Wren said");
        annotating.markActor(wren[0], wren[0] + 4, new ActorInput(annotating.proposeActorName(wren[0], wren[0] + 4), ActorType.PERSON, "director of infrastructure"));

        Annotation mention = annotating.selectedProperty().get();
        assertThat(mention.kind()).isEqualTo(AnnotationKind.ACTOR);
        Actor actor = store.actors().find(mention.actorId()).orElseThrow();
        assertThat(actor.name()).isEqualTo("Tobias Wren");
        assertThat(ActorNames.roleIn(actor, article.id())).isEqualTo("director of infrastructure");
        assertThat(actor.aliases()).as("the mention's own words, as on the command line").containsExactly("Wren");
        assertThat(store.actors().list()).hasSize(1);

        annotating.commands().undo();
        Actor afterUndo = store.actors().find(mention.actorId()).orElseThrow();
        assertThat(afterUndo.roles()).isEmpty();
        assertThat(afterUndo.aliases()).isEmpty();
        assertThat(store.annotations().find(mention.id())).isEmpty();
    }

    @Test
    void editsAreUndoneAndRedoneOneByOne() {
        Annotation quote = markQuoteWithNewSpeaker();
        annotating.edit(quote, quote.withNote("Check the *traffic count*.", Instant.now()));
        Annotation noted = annotating.selectedProperty().get();
        annotating.edit(noted, noted.withTags(List.of("traffic", "figures"), Instant.now()));

        assertThat(store.annotations().find(quote.id()).orElseThrow().tags()).containsExactly("traffic", "figures");
        annotating.commands().undo();
        Annotation afterOne = store.annotations().find(quote.id()).orElseThrow();
        assertThat(afterOne.tags()).isEmpty();
        assertThat(afterOne.note()).isEqualTo("Check the *traffic count*.");
        annotating.commands().undo();
        assertThat(store.annotations().find(quote.id()).orElseThrow().note()).isEmpty();
        assertThat(annotating.selectedProperty().get().note()).isEmpty();

        annotating.commands().redo();
        annotating.commands().redo();
        assertThat(store.annotations().find(quote.id()).orElseThrow().tags()).containsExactly("traffic", "figures");
        assertThat(annotating.commands().canRedoBinding().get()).isFalse();
    }

    @Test
    void deleteIsUndoneWithEveryDetail() {
        int[] claimSpan = span("The bridge carries 96,000 vehicles a day");
        Annotation quote = markQuoteWithNewSpeaker();
        assertThat(annotating.proposeClaimant(claimSpan[0], claimSpan[1])).isEqualTo("Tobias Wren");
        annotating.markClaim(claimSpan[0], claimSpan[1], new ClaimInput("Tobias Wren", false, ClaimKind.STATISTIC, ClaimStatus.DISPUTED, "96,000 vehicles a day"));
        Annotation claim = annotating.selectedProperty().get();
        assertThat(claim.claim().quoteId()).isEqualTo(quote.id());
        assertThat(claim.claim().claimantActorId()).isEqualTo(store.annotations().find(quote.id()).orElseThrow().quote().speakerActorId());

        annotating.delete(claim);
        assertThat(store.annotations().find(claim.id())).isEmpty();
        assertThat(annotating.annotations()).extracting(Annotation::kind).containsExactly(AnnotationKind.QUOTE);

        annotating.commands().undo();
        assertThat(store.annotations().find(claim.id())).contains(claim);
        assertThat(annotating.annotations()).extracting(Annotation::kind).containsExactly(AnnotationKind.QUOTE, AnnotationKind.CLAIM);

        annotating.commands().redo();
        assertThat(store.annotations().find(claim.id())).isEmpty();
    }

    @Test
    void aNewChangeClearsTheRedoHistory() {
        markQuoteWithNewSpeaker();
        annotating.commands().undo();
        assertThat(annotating.commands().canRedoBinding().get()).isTrue();

        int[] words = span("extra revenue");
        annotating.markHighlight(words[0], words[1]);

        assertThat(annotating.commands().canRedoBinding().get()).isFalse();
        assertThat(annotating.commands().undoDescriptionProperty().get()).isEqualTo("new highlight “extra revenue”");
    }

    @Test
    void aFailedSaveIsShownAndLeavesTheHistoryUnchanged() {
        Annotation quote = markQuoteWithNewSpeaker();
        store.close();

        annotating.delete(quote);

        assertThat(status.failedProperty().get()).isTrue();
        assertThat(status.textProperty().get()).contains("quote “The bridge carries 96,000 vehi…” deleted failed");
        assertThat(annotating.annotations()).containsExactly(quote);
        assertThat(annotating.commands().undoDescriptionProperty().get()).isEqualTo("new quote “The bridge carries 96,000 vehi…”");
        store = SqliteStore.open(dir.resolve("library.db"));
    }

    @Test
    void reattachingAnOrphanPutsItOnTheSelectedWordsAndUndoRestoresIt() {
        int[] words = span("extra revenue");
        annotating.markHighlight(words[0], words[1]);
        Annotation highlight = annotating.selectedProperty().get();
        Annotation orphan = highlight.reanchored(highlight.revision(), highlight.anchor(), AnchorState.ORPHANED, Instant.now());
        store.annotations().update(orphan);
        annotating.show(article, store.annotations().forArticle(article.id()));

        int[] target = span("pay for repairs");
        annotating.reattach(orphan, target[0], target[1]);
        Annotation attached = store.annotations().find(highlight.id()).orElseThrow();
        assertThat(attached.exact()).isEqualTo("pay for repairs");
        assertThat(attached.anchorState()).isEqualTo(AnchorState.OK);

        annotating.commands().undo();
        assertThat(store.annotations().find(highlight.id()).orElseThrow().anchorState()).isEqualTo(AnchorState.ORPHANED);
    }
}
