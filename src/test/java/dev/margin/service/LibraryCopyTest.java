package dev.margin.service;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorRole;
import dev.margin.domain.ActorType;
import dev.margin.domain.Anchor;
import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleDraft;
import dev.margin.domain.Provenance;
import dev.margin.domain.read.ActorLink;
import dev.margin.domain.read.AnnotationFilter;
import dev.margin.store.RejectedSuggestion;
import dev.margin.store.Store;
import dev.margin.store.postgres.TestTeamLibraries;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.store.sqlite.StoreFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A library copied SQLite → PostgreSQL → SQLite comes back as it was, every record and who made it compared
 * ({@link LibrarySnapshot}); one person's part; copying again adds nothing; a cancel copies nothing.
 */
class LibraryCopyTest {
    @TempDir
    Path dir;

    /** Two articles (one with two revisions), four actors (a parent, a merged one's aliases, roles naming an article), every kind. */
    private void seed(Store store) {
        Article rail = store.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
        Article port = store.articles().insert(StoreFixtures.portDraft(), StoreFixtures.T0.plusSeconds(5));
        Actor ministry = store.actors().insert(new Actor(0, "Federal Ministry of Transport", List.of("the ministry"),
                ActorType.ORGANISATION, "", null, null, List.of()));
        Actor okafor = store.actors().insert(StoreFixtures.okafor());
        store.actors().update(new Actor(okafor.id(), okafor.name(), List.of("Okafor", "A. Okafor", "the transport minister"),
                okafor.type(), okafor.description(), okafor.externalId(), ministry.id(),
                List.of(new ActorRole("transport minister", LocalDate.of(2026, 3, 3), rail.id()), new ActorRole("senator", null, null))));
        Actor mensah = store.actors().insert(Actor.named("Kofi Mensah", ActorType.PERSON));
        store.actors().insert(Actor.named("Tunde Bakare", ActorType.PERSON));

        Annotation quote = StoreFixtures.quote(rail.id(), okafor.id());
        Annotation claim = StoreFixtures.claim(rail.id(), okafor.id(), quote.id());
        Annotation mention = StoreFixtures.mention(rail.id(), okafor.id());
        Annotation highlight = StoreFixtures.highlight(rail.id(), "Lagos and Ibadan").withNote("check the route", StoreFixtures.T0)
                .withColour("#88cc88", StoreFixtures.T0.plusSeconds(9));
        Annotation orphan = new Annotation(java.util.UUID.randomUUID(), rail.id(), 1, StoreFixtures.anchorOn(StoreFixtures.RAIL_TEXT,
                "declined to comment"), AnchorState.ORPHANED, dev.margin.domain.Highlight.INSTANCE, "", List.of("lost"), null,
                StoreFixtures.T0, StoreFixtures.T0);
        store.annotations().insertAll(List.of(quote, claim, mention, highlight, orphan));
        String portText = StoreFixtures.portDraft().text() + "\nThe authority said a second terminal would open in 2027.";
        ArticleDraft portAgain = new ArticleDraft("Tema container traffic rises 12%", "By Ama Owusu", "Margin Wire",
                StoreFixtures.portDraft().url(), LocalDate.of(2026, 3, 4), "en", portText, List.of());
        store.articles().saveRevision(port.id(), portAgain, StoreFixtures.T0.plusSeconds(3600));
        Anchor harbour = StoreFixtures.anchorOn(portText, "The new terminal has halved the waiting time for ships");
        Annotation portQuote = Annotation.quote(port.id(), 2, harbour, dev.margin.domain.QuoteDetails.direct(mensah.id(), "said"),
                StoreFixtures.T0.plusSeconds(3700));
        store.annotations().insert(portQuote);
        store.rejectedSuggestions().reject(new RejectedSuggestion(rail.id(), 1, "quote-7", AnnotationKind.QUOTE, 0, 4, "Rail",
                StoreFixtures.T0.plusSeconds(11)));
        store.review().saveFilter("Okafor's claims", AnnotationFilter.none().withActor(okafor.id(), List.of(ActorLink.CLAIMANT))
                .withArticle(rail.id()).withAnnotators(List.of("tomas")), StoreFixtures.T0.plusSeconds(20));
        store.review().saveFilter("Disputed", AnnotationFilter.none().withText("passengers"), StoreFixtures.T0.plusSeconds(21));
        Article railNow = store.articles().find(rail.id()).orElseThrow();
        store.articles().updateInfo(rail.id(), dev.margin.domain.ArticleInfo.of(railNow, new dev.margin.domain.ArticleAssessment(
                "Figures from the **ministry**; check the ridership claim.", List.of("transport", "budget"),
                dev.margin.domain.ArticleVerdict.MIXED)));
        // Three people's work, as it would come from a team library.
        store.provenance().stampAnnotations(Map.of(quote.id(), new Provenance("ana", "erin", 3), claim.id(), Provenance.madeBy("tomas"),
                mention.id(), Provenance.madeBy("ana"), portQuote.id(), new Provenance("tomas", "tomas", 2)));
        store.provenance().stampArticle(rail.id(), new Provenance("ana", "erin", 2));
        store.provenance().stampActor(okafor.id(), new Provenance("tomas", "ana", 5));
    }

    private static LibraryServices services(Store store) {
        return LibraryServices.over(store, Clock.systemUTC());
    }

    @Test
    void aLibraryCopiedIntoATeamLibraryAndBackIsTheSame() {
        try (Store local = SqliteStore.open(dir.resolve("local.db"));
             Store team = TestTeamLibraries.open(dir.resolve("team"));
             Store back = SqliteStore.open(dir.resolve("back.db"))) {
            seed(local);
            List<String> original = LibrarySnapshot.of(local);

            LibraryCopy.Result in = services(local).copyTo(services(team)).copy(null, LibraryCopy.Progress.NONE, new Cancellation());
            assertThat(in.articles()).isEqualTo(2);
            assertThat(in.revisions()).isEqualTo(3);
            assertThat(in.annotations()).isEqualTo(6);
            assertThat(in.actors()).isEqualTo(4);
            assertThat(in.savedFilters()).isEqualTo(2);
            assertThat(in.rejectedSuggestions()).isEqualTo(1);
            assertThat(LibrarySnapshot.of(team)).containsExactlyElementsOf(original);

            services(team).copyTo(services(back)).copy(null, LibraryCopy.Progress.NONE, new Cancellation());
            assertThat(LibrarySnapshot.of(back)).containsExactlyElementsOf(original);
            assertThat(original).hasSizeGreaterThan(20).anyMatch(line -> line.contains("Provenance[createdBy=tomas, modifiedBy=ana, version=5]"))
                    .anyMatch(line -> line.contains("verdict=MIXED") && line.contains("[transport, budget]"));
        }
    }

    @Test
    void onePersonsPartTakesTheArticlesAndActorsTheirAnnotationsNeed() {
        try (Store local = SqliteStore.open(dir.resolve("local.db")); Store mine = SqliteStore.open(dir.resolve("tomas.db"))) {
            seed(local);
            LibraryCopy.Result result = services(local).copyTo(services(mine)).copy("tomas", LibraryCopy.Progress.NONE, new Cancellation());

            assertThat(result.annotations()).isEqualTo(2);
            assertThat(result.claimsUnlinked()).as("tomas's claim cites ana's quote, which is not copied").isEqualTo(1);
            assertThat(mine.provenance().annotators()).containsExactly("tomas");
            assertThat(mine.actors().list()).extracting(Actor::name)
                    .containsExactlyInAnyOrder("Adaeze Okafor", "Federal Ministry of Transport", "Kofi Mensah");
            assertThat(mine.articles().count()).isEqualTo(2);
            assertThat(mine.review().savedFilters()).isEmpty();
        }
    }

    @Test
    void copyingAgainAddsNothingAndACancelCopiesNothing() {
        try (Store local = SqliteStore.open(dir.resolve("local.db")); Store other = SqliteStore.open(dir.resolve("other.db"))) {
            seed(local);
            Cancellation cancelled = new Cancellation();
            LibraryCopy copy = services(local).copyTo(services(other));
            assertThatThrownBy(() -> copy.copy(null, (done, total) -> cancelled.cancel(), cancelled))
                    .isInstanceOf(CancellationException.class).hasMessageContaining("nothing was copied");
            assertThat(other.articles().count()).isZero();
            assertThat(other.actors().list()).isEmpty();

            copy.copy(null, LibraryCopy.Progress.NONE, new Cancellation());
            List<String> once = LibrarySnapshot.of(other);
            LibraryCopy.Result again = copy.copy(null, LibraryCopy.Progress.NONE, new Cancellation());
            assertThat(again.articles()).isZero();
            assertThat(again.articlesAlreadyThere()).isEqualTo(2);
            assertThat(again.annotations()).isZero();
            assertThat(again.annotationsAlreadyThere()).isEqualTo(6);
            assertThat(again.actorsAlreadyThere()).isEqualTo(4);
            assertThat(LibrarySnapshot.of(other)).containsExactlyElementsOf(once);
        }
    }
}
