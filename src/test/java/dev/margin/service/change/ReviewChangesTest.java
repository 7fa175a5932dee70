package dev.margin.service.change;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;
import dev.margin.domain.Annotation;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.Evidence;
import dev.margin.domain.EvidenceStance;
import dev.margin.service.ActorService;
import dev.margin.service.AnnotationService;
import dev.margin.service.ClaimService;
import dev.margin.service.LibraryServices;
import dev.margin.store.sqlite.ReviewFixtures;
import dev.margin.store.sqlite.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The review window's undoable changes as the service layer runs them, over a real library file: each step
 * re-reads what it changes and changes only its own part, so an edit made meanwhile (in the reader) is kept.
 */
class ReviewChangesTest {
    @TempDir
    Path dir;
    private SqliteStore store;
    private LibraryServices library;
    private ReviewFixtures lib;
    private ActorService actors;
    private ClaimService claims;
    private AnnotationService annotations;

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("margin.db"));
        lib = new ReviewFixtures(store);
        library = LibraryServices.over(store, Clock.fixed(Instant.parse("2026-05-02T08:00:00Z"), ZoneOffset.UTC));
        actors = library.actors();
        claims = library.claims();
        annotations = library.annotations();
    }

    @AfterEach
    void close() {
        library.close();
    }

    private Actor storedActor(long id) {
        return store.actors().find(id).orElseThrow();
    }

    private Annotation stored(Annotation annotation) {
        return store.annotations().find(annotation.id()).orElseThrow();
    }

    @Test
    void undoingARenameBringsBackTheAliasItDroppedAndKeepsATypeSetMeanwhile() {
        ActorNamesChange rename = ActorNamesChange.rename(actors, "actor renamed to “Okafor”", lib.okafor.id(), "Okafor");
        ChangeEffect effect = rename.apply();
        assertThat(effect.actorsChanged()).isTrue();
        assertThat(storedActor(lib.okafor.id()).name()).isEqualTo("Okafor");
        assertThat(storedActor(lib.okafor.id()).aliases()).as("the alias equal to the new name is dropped").isEmpty();
        actors.setType(lib.okafor.id(), ActorType.ORGANISATION);

        rename.revert();
        Actor back = storedActor(lib.okafor.id());
        assertThat(back.name()).isEqualTo("Adaeze Okafor");
        assertThat(back.aliases()).containsExactly("Okafor");
        assertThat(back.type()).as("changed meanwhile, not part of the rename").isEqualTo(ActorType.ORGANISATION);

        rename.apply();
        assertThat(storedActor(lib.okafor.id()).name()).isEqualTo("Okafor");
        assertThat(storedActor(lib.okafor.id()).type()).isEqualTo(ActorType.ORGANISATION);
    }

    @Test
    void aliasesAreCleanedAndUndoneToTheOldList() {
        ActorNamesChange aliases = ActorNamesChange.aliases(actors, "aliases of Kofi Mensah", lib.mensah.id(),
                List.of(" harbour master ", "Kofi Mensah", "", "Harbour Master", "Mensah"));
        aliases.apply();
        assertThat(storedActor(lib.mensah.id()).aliases()).containsExactly("harbour master", "Mensah");
        aliases.revert();
        assertThat(storedActor(lib.mensah.id()).aliases()).isEmpty();
        assertThat(aliases.description()).isEqualTo("aliases of Kofi Mensah");
    }

    @Test
    void anActorChangeOfAnActorThatIsGoneChangesNothing() {
        ActorNamesChange rename = ActorNamesChange.rename(actors, "renamed", 999, "Nobody");
        assertThatThrownBy(rename::apply).hasMessageContaining("no actor 999");
        assertThatThrownBy(rename::revert).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aStatusChangeIsUndoneWithoutTouchingANoteWrittenMeanwhile() {
        ClaimStatusChange change = new ClaimStatusChange(claims, "status", lib.trillionClaim.id(), ClaimStatus.UNVERIFIED, ClaimStatus.MISLEADING);
        Annotation changed = change.apply().changed().get(0);
        assertThat(changed.claim().status()).isEqualTo(ClaimStatus.MISLEADING);
        Annotation current = stored(lib.trillionClaim);
        annotations.update(current.withNote("Budget speech, p. 12.", current.modified()));

        Annotation undone = change.revert().changed().get(0);
        assertThat(undone.claim().status()).isEqualTo(ClaimStatus.UNVERIFIED);
        assertThat(stored(lib.trillionClaim)).isEqualTo(undone);
        assertThat(undone.note()).isEqualTo("Budget speech, p. 12.");
        assertThat(undone.tags()).containsExactly("budget");
    }

    @Test
    void undoingAddedEvidenceAfterAReaderEditOfTheSameClaimKeepsTheReadersEdit() {
        EvidenceAddition addition = new EvidenceAddition(claims, "evidence", lib.trillionClaim.id(),
                new Evidence(" https://budget.example/2026 ", " ", EvidenceStance.REFUTES, " Rail gets ₦0.4 trillion. "));
        addition.apply();
        // The reader, meanwhile, re-tags the claim, writes a note and corrects its statement, saving the whole annotation.
        Annotation inReader = stored(lib.trillionClaim);
        Annotation edited = inReader.withTags(List.of("budget", "rail"), inReader.modified()).withNote("See the speech.", inReader.modified());
        annotations.update(edited.withClaim(edited.claim().withStatus(ClaimStatus.DISPUTED), edited.modified()));

        Annotation undone = addition.revert().changed().get(0);
        assertThat(undone.claim().evidence()).isEmpty();
        Annotation now = stored(lib.trillionClaim);
        assertThat(now.tags()).containsExactly("budget", "rail");
        assertThat(now.note()).isEqualTo("See the speech.");
        assertThat(now.claim().status()).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(now.claim().evidence()).isEmpty();

        addition.apply();
        assertThat(stored(lib.trillionClaim).claim().evidence()).containsExactly(
                new Evidence("https://budget.example/2026", null, EvidenceStance.REFUTES, "Rail gets ₦0.4 trillion."));
        assertThat(stored(lib.trillionClaim).note()).isEqualTo("See the speech.");
    }

    @Test
    void undoingAddedEvidenceRemovesOnlyThatPieceAndIsRefusedWhenItIsGone() {
        EvidenceAddition first = new EvidenceAddition(claims, "first", lib.exportsClaim.id(),
                new Evidence("https://customs.example/q1", null, EvidenceStance.REFUTES, ""));
        first.apply();
        claims.addEvidence(lib.exportsClaim.id(), new Evidence("https://stats.example/cocoa", null, EvidenceStance.SUPPORTS, ""));

        first.revert();
        assertThat(stored(lib.exportsClaim).claim().evidence()).extracting(Evidence::url).containsExactly("https://stats.example/cocoa");

        Annotation before = stored(lib.exportsClaim);
        assertThatThrownBy(first::revert).isInstanceOf(IllegalStateException.class).hasMessageContaining("no longer has");
        assertThat(stored(lib.exportsClaim)).isEqualTo(before);
    }
}
