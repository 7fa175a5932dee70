package dev.margin.service;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;
import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.ClaimKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.Evidence;
import dev.margin.domain.EvidenceStance;
import dev.margin.domain.QuoteDetails;
import dev.margin.domain.QuoteType;
import dev.margin.domain.Span;
import dev.margin.domain.SpeakerResolution;
import dev.margin.store.StoreException;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.store.sqlite.StoreFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnnotationServiceTest {
    private static final String TEXT = StoreFixtures.RAIL_TEXT;

    @TempDir
    Path dir;
    private SqliteStore store;
    private TickingClock clock;
    private AnnotationService service;
    private Article rail;

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("margin.db"));
        clock = new TickingClock(Instant.parse("2026-03-05T10:00:00Z"));
        service = new AnnotationService(store, clock);
        rail = store.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static int at(String words) {
        return TEXT.indexOf(words);
    }

    @Test
    void aHighlightIsAnchoredOnTheCurrentTextWithItsContext() {
        Instant now = clock.peek();
        int start = at("₦1.2 trillion");

        Annotation highlight = service.createHighlight(rail.id(), start, start + "₦1.2 trillion".length());

        assertThat(highlight.kind()).isEqualTo(AnnotationKind.HIGHLIGHT);
        assertThat(highlight.exact()).isEqualTo("₦1.2 trillion");
        assertThat(highlight.anchor().prefix()).endsWith("government would spend ");
        assertThat(highlight.anchor().suffix()).startsWith(" on new rail links");
        assertThat(highlight.revision()).isEqualTo(1);
        assertThat(highlight.anchorState()).isEqualTo(AnchorState.OK);
        assertThat(highlight.created()).isEqualTo(now);
        assertThat(store.annotations().find(highlight.id())).contains(highlight);
    }

    @Test
    void aSpanAroundAnEmojiIsFineButOneCuttingItIsRefused() {
        int train = at("🚆");
        Annotation emoji = service.createHighlight(rail.id(), train, train + 2);
        assertThat(emoji.exact()).isEqualTo("🚆");

        assertThatThrownBy(() -> service.createHighlight(rail.id(), train + 1, train + 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cuts a character");
        assertThatThrownBy(() -> service.createHighlight(rail.id(), 10, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one character");
        assertThatThrownBy(() -> service.createHighlight(rail.id(), 0, TEXT.length() + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
        assertThatThrownBy(() -> service.createHighlight(rail.id() + 50, 0, 4))
                .isInstanceOf(StoreException.class).hasMessageContaining("no article");
        assertThat(store.annotations().count()).isEqualTo(1);
    }

    @Test
    void aQuoteKeepsItsSpeakerCueAndSpans() {
        Actor okafor = store.actors().insert(StoreFixtures.okafor());
        int speaker = at("Adaeze Okafor");
        int cue = at("told reporters");
        QuoteDetails details = new QuoteDetails(okafor.id(), new Span(speaker, speaker + 13), "told", new Span(cue, cue + 4),
                QuoteType.DIRECT, SpeakerResolution.EXPLICIT);
        int start = at("We are not going");
        int end = at(",” Adaeze");

        Annotation quote = service.createQuote(rail.id(), start, end, details);

        assertThat(quote.exact()).isEqualTo("We are not going to wait for the next budget cycle");
        assertThat(store.annotations().find(quote.id()).orElseThrow().quote()).isEqualTo(details);
        assertThat(store.annotations().forActor(okafor.id())).containsExactly(quote);
    }

    @Test
    void aQuoteWithANewSpeakerSavesBoth() {
        int start = at("The trains will run.");
        AnnotationService.QuoteWithSpeaker saved = service.createQuoteWithNewSpeaker(rail.id(), start, start + 20,
                QuoteDetails.direct(null, "told"), Actor.named("Adaeze Okafor", ActorType.PERSON));

        assertThat(saved.speaker().id()).isPositive();
        assertThat(saved.quote().quote().speakerActorId()).isEqualTo(saved.speaker().id());
        assertThat(saved.quote().quote().resolution()).isEqualTo(SpeakerResolution.EXPLICIT);
        assertThat(store.actors().find(saved.speaker().id())).contains(saved.speaker());
        assertThat(store.annotations().find(saved.quote().id())).contains(saved.quote());
    }

    @Test
    void aQuoteWithANewSpeakerInsideAFailedChangeLeavesNeither() {
        int start = at("The trains will run.");
        assertThatThrownBy(() -> store.inTransaction(() -> {
            service.createQuoteWithNewSpeaker(rail.id(), start, start + 20, QuoteDetails.direct(null, "told"),
                    Actor.named("Adaeze Okafor", ActorType.PERSON));
            service.createHighlight(rail.id(), 5, 5);
        })).isInstanceOf(IllegalArgumentException.class);

        assertThat(store.actors().list()).isEmpty();
        assertThat(store.annotations().count()).isZero();
    }

    @Test
    void anActorMentionNeedsAnExistingActor() {
        int start = at("Adaeze Okafor");
        assertThatThrownBy(() -> service.createActorMention(rail.id(), start, start + 13, 77))
                .isInstanceOf(StoreException.class).hasMessageContaining("no actor 77");
        Actor okafor = store.actors().insert(StoreFixtures.okafor());
        Annotation mention = service.createActorMention(rail.id(), start, start + 13, okafor.id());
        assertThat(store.annotations().find(mention.id()).orElseThrow().actorId()).isEqualTo(okafor.id());
    }

    @Test
    void aClaimKeepsItsStatusEvidenceAndClaimant() {
        Actor okafor = store.actors().insert(StoreFixtures.okafor());
        ClaimDetails details = new ClaimDetails("40,000 passengers a day on the first line", okafor.id(), false, ClaimKind.STATISTIC,
                ClaimStatus.UNVERIFIED, List.of(new Evidence("https://stats.example/ridership", null, EvidenceStance.CONTEXT, "")), null);
        int start = at("would carry 40,000");

        Annotation claim = service.createClaim(rail.id(), start, at(" once complete"), details);

        assertThat(claim.exact()).isEqualTo("would carry 40,000 passengers a day 🚆");
        assertThat(store.annotations().find(claim.id()).orElseThrow().claim()).isEqualTo(details);
    }

    @Test
    void updateStampsTheModifiedTime() {
        Annotation highlight = service.createHighlight(rail.id(), at("Abuja"), at("Abuja") + 5);
        Instant later = clock.peek();

        Annotation updated = service.update(highlight.withNote("Where the press conference was held", highlight.created())
                .withTags(List.of("place"), highlight.created()));

        assertThat(updated.modified()).isEqualTo(later);
        assertThat(updated.created()).isEqualTo(highlight.created());
        assertThat(store.annotations().find(highlight.id())).contains(updated);
    }

    @Test
    void deleteReturnsWhatUndoNeedsAndRestoreBringsItBackWithItsLinks() {
        Actor okafor = store.actors().insert(StoreFixtures.okafor());
        int start = at("We are not going");
        Annotation quote = service.createQuote(rail.id(), start, at(",” Adaeze"), QuoteDetails.direct(okafor.id(), "told"));
        quote = service.update(quote.withTags(List.of("budget"), quote.created()));
        Annotation claim = service.createClaim(rail.id(), start, at(",” Adaeze"),
                ClaimDetails.unverified(okafor.id()));
        claim = service.update(claim.withClaim(new ClaimDetails("", okafor.id(), false, ClaimKind.PREDICTION, ClaimStatus.UNVERIFIED,
                List.of(), quote.id()), claim.created()));

        AnnotationService.DeletedAnnotation deleted = service.delete(quote.id());

        assertThat(deleted.annotation()).isEqualTo(quote);
        assertThat(deleted.claimsThatCitedIt()).containsExactly(claim.id());
        assertThat(store.annotations().find(quote.id())).isEmpty();
        assertThat(store.annotations().find(claim.id()).orElseThrow().claim().quoteId()).isNull();

        service.restore(deleted);

        assertThat(store.annotations().find(quote.id())).contains(quote);
        assertThat(store.annotations().find(claim.id())).contains(claim);
        assertThatThrownBy(() -> service.delete(UUID.randomUUID())).isInstanceOf(StoreException.class);
    }
}
