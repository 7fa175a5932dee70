package dev.margin.service;

import dev.margin.domain.Annotation;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.Evidence;
import dev.margin.domain.EvidenceStance;
import dev.margin.domain.read.AnnotationFilter;
import dev.margin.store.sqlite.ReviewFixtures;
import dev.margin.store.sqlite.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimServiceTest {
    @TempDir
    Path dir;
    private SqliteStore store;
    private ClaimService claims;
    private ReviewFixtures lib;

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("margin.db"));
        TickingClock clock = new TickingClock(Instant.parse("2026-05-01T10:00:00Z"));
        claims = new ClaimService(store, new AnnotationService(store, clock));
        lib = new ReviewFixtures(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aStatusChangeIsSavedStampedAndCountedUnderItsNewStatus() {
        Annotation changed = claims.changeStatus(lib.trillionClaim.id(), ClaimStatus.MISLEADING);

        assertThat(changed.claim().status()).isEqualTo(ClaimStatus.MISLEADING);
        assertThat(changed.modified()).isEqualTo(Instant.parse("2026-05-01T10:00:00Z"));
        assertThat(store.annotations().find(lib.trillionClaim.id())).contains(changed);
        assertThat(store.review().count(AnnotationFilter.none().withStatuses(Set.of(ClaimStatus.MISLEADING)))).isEqualTo(1);
        assertThat(store.review().claimCounts(AnnotationFilter.none())).containsEntry(ClaimStatus.UNVERIFIED, 0);
    }

    @Test
    void evidenceIsAddedCleanedAndRemoved() {
        claims.addEvidence(lib.exportsClaim.id(), new Evidence(" https://customs.example/q1 ", " ", EvidenceStance.REFUTES, " Customs table 4 "));
        Annotation two = claims.addEvidence(lib.exportsClaim.id(),
                new Evidence("https://stats.example/cocoa", "https://archive.example/cocoa", EvidenceStance.SUPPORTS, ""));

        assertThat(two.claim().evidence()).containsExactly(
                new Evidence("https://customs.example/q1", null, EvidenceStance.REFUTES, "Customs table 4"),
                new Evidence("https://stats.example/cocoa", "https://archive.example/cocoa", EvidenceStance.SUPPORTS, ""));
        Annotation one = claims.removeEvidence(lib.exportsClaim.id(), 0);
        assertThat(store.annotations().find(lib.exportsClaim.id()).orElseThrow().claim().evidence())
                .containsExactlyElementsOf(one.claim().evidence()).extracting(Evidence::url).containsExactly("https://stats.example/cocoa");
    }

    @Test
    void evidenceIsRemovedByWhatItSaysNotWhereItWas() {
        Evidence customs = new Evidence("https://customs.example/q1", null, EvidenceStance.REFUTES, "");
        claims.addEvidence(lib.exportsClaim.id(), customs);
        claims.addEvidence(lib.exportsClaim.id(), new Evidence("https://stats.example/cocoa", null, EvidenceStance.SUPPORTS, ""));
        claims.addEvidence(lib.exportsClaim.id(), customs);

        Annotation left = claims.removeEvidence(lib.exportsClaim.id(), customs);
        assertThat(left.claim().evidence()).extracting(Evidence::url).containsExactly("https://customs.example/q1", "https://stats.example/cocoa");
        claims.removeEvidence(lib.exportsClaim.id(), customs);
        assertThatThrownBy(() -> claims.removeEvidence(lib.exportsClaim.id(), customs)).hasMessageContaining("no longer has");
        assertThat(store.annotations().find(lib.exportsClaim.id()).orElseThrow().claim().evidence()).extracting(Evidence::url)
                .containsExactly("https://stats.example/cocoa");
    }

    @Test
    void badRequestsAreRefusedAndChangeNothing() {
        assertThatThrownBy(() -> claims.addEvidence(lib.exportsClaim.id(), new Evidence("  ", null, null, "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("URL");
        assertThatThrownBy(() -> claims.removeEvidence(lib.exportsClaim.id(), 3)).hasMessageContaining("number 4");
        assertThatThrownBy(() -> claims.changeStatus(lib.budgetQuote.id(), ClaimStatus.REFUTED)).hasMessageContaining("QUOTE, not a claim");
        assertThatThrownBy(() -> claims.changeStatus(java.util.UUID.randomUUID(), ClaimStatus.REFUTED)).hasMessageContaining("no annotation");
        assertThat(store.annotations().find(lib.exportsClaim.id())).contains(lib.exportsClaim);
    }
}
