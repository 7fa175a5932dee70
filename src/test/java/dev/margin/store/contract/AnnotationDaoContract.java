package dev.margin.store.contract;

import dev.margin.store.sqlite.StoreFixtures;
import dev.margin.store.Store;
import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;
import dev.margin.domain.Anchor;
import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.TestBodies;
import dev.margin.domain.Article;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.Evidence;
import dev.margin.domain.EvidenceStance;
import dev.margin.store.AnnotationDao;
import dev.margin.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract of the store's AnnotationDao part, run against every store implementation: each subclass says how to
 * open a library (a SQLite file, a PostgreSQL database) and inherits every test.
 */
public abstract class AnnotationDaoContract {
    /** Opens the library kept at {@code file} (the same file opens the same library again). */
    protected abstract Store openStore(Path file);

    @TempDir
    Path dir;
    private Store store;
    private AnnotationDao annotations;
    private Article rail;
    private Actor okafor;

    @BeforeEach
    void open() {
        store = openStore(dir.resolve("margin.db"));
        annotations = store.annotations();
        rail = store.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
        okafor = store.actors().insert(StoreFixtures.okafor());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyKindRoundTripsWithEveryField() {
        Annotation quote = StoreFixtures.quote(rail.id(), okafor.id());
        Annotation claim = StoreFixtures.claim(rail.id(), okafor.id(), quote.id());
        Annotation mention = StoreFixtures.mention(rail.id(), okafor.id());
        Annotation highlight = StoreFixtures.highlight(rail.id(), "₦1.2 trillion").withColour("orchid", StoreFixtures.T0);

        annotations.insertAll(List.of(claim, quote, mention, highlight));

        assertThat(annotations.find(quote.id())).contains(quote);
        assertThat(annotations.find(claim.id())).contains(claim);
        assertThat(annotations.find(mention.id())).contains(mention);
        assertThat(annotations.find(highlight.id())).contains(highlight);
        assertThat(annotations.find(UUID.randomUUID())).isEmpty();
        assertThat(annotations.count()).isEqualTo(4);
    }

    @Test
    void orphanedAnchorStateAndAnOlderRevisionRoundTrip() {
        Annotation orphan = StoreFixtures.highlight(rail.id(), "declined to comment")
                .reanchored(1, StoreFixtures.anchorOn(StoreFixtures.RAIL_TEXT, "declined to comment"), AnchorState.ORPHANED, StoreFixtures.T0);
        annotations.insert(orphan);
        assertThat(annotations.find(orphan.id()).orElseThrow().anchorState()).isEqualTo(AnchorState.ORPHANED);
    }

    @Test
    void forArticleListsInTextOrderLongerFirst() {
        Annotation late = StoreFixtures.highlight(rail.id(), "declined to comment");
        Annotation wide = StoreFixtures.highlight(rail.id(), "Nigeria’s transport minister said");
        Annotation narrow = StoreFixtures.highlight(rail.id(), "Nigeria’s");
        Annotation other = Annotation.highlight(store.articles().insert(StoreFixtures.portDraft(), StoreFixtures.T0).id(), 1,
                new Anchor(0, 5, "ACCRA", "", " "), StoreFixtures.T0);
        annotations.insertAll(List.of(late, narrow, other, wide));

        assertThat(annotations.forArticle(rail.id())).extracting(Annotation::id)
                .containsExactly(wide.id(), narrow.id(), late.id());
    }

    @Test
    void forActorFindsSpeakerMentionAndClaimant() {
        Actor ministry = store.actors().insert(Actor.named("Federal Ministry of Finance", ActorType.ORGANISATION));
        Annotation quote = StoreFixtures.quote(rail.id(), okafor.id());
        Annotation claim = StoreFixtures.claim(rail.id(), okafor.id(), null);
        Annotation mention = StoreFixtures.mention(rail.id(), okafor.id());
        Annotation ministryMention = Annotation.actorMention(rail.id(), 1,
                StoreFixtures.anchorOn(StoreFixtures.RAIL_TEXT, "Federal Ministry of Finance"), ministry.id(), StoreFixtures.T0);
        annotations.insertAll(List.of(quote, claim, mention, ministryMention, StoreFixtures.highlight(rail.id(), "Abuja")));

        assertThat(annotations.forActor(okafor.id())).extracting(Annotation::id)
                .containsExactlyInAnyOrder(quote.id(), claim.id(), mention.id());
        assertThat(annotations.forActor(ministry.id())).extracting(Annotation::id).containsExactly(ministryMention.id());
    }

    @Test
    void updateReplacesDetailsEvidenceAndTags() {
        Annotation claim = StoreFixtures.claim(rail.id(), null, null);
        annotations.insert(claim);
        Annotation changed = claim
                .withClaim(new dev.margin.domain.ClaimDetails("Forty thousand riders a day", okafor.id(), false,
                        claim.claim().kind(), ClaimStatus.REFUTED,
                        List.of(new Evidence("https://audit.example/2026", null, EvidenceStance.REFUTES, "Audit figures")), null),
                        StoreFixtures.T0.plusSeconds(10))
                .withTags(List.of("figures", "audit", "figures"), StoreFixtures.T0.plusSeconds(10))
                .withNote("Refuted by the audit office.", StoreFixtures.T0.plusSeconds(10));

        annotations.update(changed);

        Annotation found = annotations.find(claim.id()).orElseThrow();
        assertThat(found.claim()).isEqualTo(changed.claim());
        assertThat(found.tags()).containsExactly("figures", "audit");
        assertThat(found.note()).isEqualTo("Refuted by the audit office.");
        assertThat(found.modified()).isEqualTo(StoreFixtures.T0.plusSeconds(10));
        assertThat(store.tags().counts()).containsEntry("figures", 1).containsEntry("audit", 1).doesNotContainKey("rail");
    }

    @Test
    void updatingOrDeletingAMissingAnnotationFailsClearly() {
        Annotation never = StoreFixtures.highlight(rail.id(), "Abuja");
        assertThatThrownBy(() -> annotations.update(never)).isInstanceOf(StoreException.class)
                .hasMessageContaining(never.id().toString());
        assertThatThrownBy(() -> annotations.delete(never.id())).isInstanceOf(StoreException.class)
                .hasMessageContaining(never.id().toString());
    }

    @Test
    void deleteRemovesEvidenceAndTagsAndUnlinksClaimsCitingAQuote() {
        Annotation quote = StoreFixtures.quote(rail.id(), okafor.id());
        Annotation claim = StoreFixtures.claim(rail.id(), okafor.id(), quote.id());
        annotations.insertAll(List.of(quote, claim));

        annotations.delete(quote.id());
        annotations.delete(claim.id());
        annotations.insert(StoreFixtures.claim(rail.id(), null, null));

        assertThat(annotations.count()).isEqualTo(1);
        assertThat(store.tags().counts()).containsOnlyKeys("rail", "figures");
    }

    @Test
    void aClaimCitingADeletedQuoteKeepsItsClaimWithoutTheLink() {
        Annotation quote = StoreFixtures.quote(rail.id(), okafor.id());
        Annotation claim = StoreFixtures.claim(rail.id(), okafor.id(), quote.id());
        annotations.insertAll(List.of(quote, claim));

        annotations.delete(quote.id());

        assertThat(annotations.find(claim.id()).orElseThrow().claim().quoteId()).isNull();
    }

    @Test
    void insertAllIsAllOrNothing() {
        Annotation good = StoreFixtures.highlight(rail.id(), "Abuja");
        Annotation dangling = StoreFixtures.quote(rail.id(), 4242L);
        assertThatThrownBy(() -> annotations.insertAll(List.of(good, dangling)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(store.file().toString());
        assertThat(annotations.count()).isZero();
        assertThat(store.tags().counts()).isEmpty();
    }

    @Test
    void aClaimCitingAMissingQuoteIsRefusedAtCommitAndTheStoreStaysUsable() {
        Annotation claim = StoreFixtures.claim(rail.id(), okafor.id(), UUID.randomUUID());
        assertThatThrownBy(() -> annotations.insertAll(List.of(StoreFixtures.highlight(rail.id(), "Abuja"), claim)))
                .isInstanceOf(StoreException.class).hasMessageContaining(store.file().toString());
        assertThat(annotations.count()).isZero();

        annotations.insert(StoreFixtures.highlight(rail.id(), "Lagos"));
        assertThat(annotations.count()).isEqualTo(1);
    }

    @Test
    void anAnnotationOnAMissingArticleIsRefused() {
        assertThatThrownBy(() -> annotations.insert(StoreFixtures.highlight(rail.id() + 100, "Abuja")))
                .isInstanceOf(StoreException.class);
        assertThat(annotations.count()).isZero();
    }

    @Test
    void aDuplicateIdIsRefusedAndTheFirstKept() {
        Annotation first = StoreFixtures.highlight(rail.id(), "Abuja");
        annotations.insert(first);
        Annotation same = new Annotation(first.id(), rail.id(), 1, StoreFixtures.anchorOn(StoreFixtures.RAIL_TEXT, "Lagos"),
                AnchorState.OK, TestBodies.of(first.kind(), null, null, null), "", List.of(), null, StoreFixtures.T0, null);
        assertThatThrownBy(() -> annotations.insert(same)).isInstanceOf(StoreException.class);
        assertThat(annotations.find(first.id())).contains(first);
    }
}
