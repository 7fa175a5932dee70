package dev.margin.service;

import dev.margin.domain.Actor;
import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleDraft;
import dev.margin.domain.ArticleSummary;
import dev.margin.domain.QuoteDetails;
import dev.margin.domain.QuoteType;
import dev.margin.domain.Span;
import dev.margin.domain.SpeakerResolution;
import dev.margin.store.ArticleRevision;
import dev.margin.store.RejectedSuggestion;
import dev.margin.domain.read.SearchHit;
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

class LibraryServiceTest {
    private static final String TEXT = StoreFixtures.RAIL_TEXT;
    /** The rail story as the wire updated it: a paragraph added near the top, the ridership figure changed. */
    private static final String UPDATED = TEXT
            .replace("Rail plan faces first test in parliament\n",
                    "Rail plan faces first test in parliament\n(Updates with finance ministry comment in final paragraph)\n")
            .replace("would carry 40,000 passengers a day 🚆 once complete", "would carry 45,000 passengers a day once complete")
            .replace("declined to comment on the cost.", "said the cost would be met from the 2027 budget.");

    @TempDir
    Path dir;
    private SqliteStore store;
    private LibraryService library;
    private AnnotationService annotations;

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("margin.db"));
        TickingClock clock = new TickingClock(Instant.parse("2026-03-05T10:00:00Z"));
        library = new LibraryService(store, clock);
        annotations = new AnnotationService(store, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static ArticleDraft railWith(String text) {
        ArticleDraft draft = StoreFixtures.railDraft();
        return new ArticleDraft(draft.title(), draft.byline(), draft.outlet(), draft.url(), draft.publishedDate(), draft.language(),
                text, draft.headings());
    }

    @Test
    void aNewArticleIsStored() {
        LibraryService.ImportOutcome outcome = library.importDraft(StoreFixtures.railDraft());

        assertThat(outcome.status()).isEqualTo(LibraryService.ImportStatus.NEW);
        assertThat(outcome.article().revision()).isEqualTo(1);
        assertThat(store.articles().find(outcome.article().id())).contains(outcome.article());
    }

    @Test
    void theSameArticleTwiceIsADuplicateByUrlOrByText() {
        Article first = library.importDraft(StoreFixtures.railDraft()).article();

        LibraryService.ImportOutcome again = library.importDraft(StoreFixtures.railDraft());
        ArticleDraft elsewhere = new ArticleDraft("Rail plan (syndicated)", null, "Other Daily", "https://other.example/rail", null, null,
                TEXT, null);
        LibraryService.ImportOutcome syndicated = library.importDraft(elsewhere);
        LibraryService.ImportOutcome pasted = library.importDraft(new ArticleDraft("", null, null, null, null, null, TEXT, null));

        assertThat(List.of(again, syndicated, pasted)).allSatisfy(outcome -> {
            assertThat(outcome.status()).isEqualTo(LibraryService.ImportStatus.DUPLICATE);
            assertThat(outcome.article()).isEqualTo(first);
        });
        assertThat(store.articles().count()).isEqualTo(1);
    }

    @Test
    void anArticleWithoutTextIsRefused() {
        assertThatThrownBy(() -> library.importDraft(railWith("  "))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no text");
        assertThat(store.articles().count()).isZero();
    }

    @Test
    void aChangedTextBecomesARevisionWithEveryAnnotationReanchored() {
        Article article = library.importDraft(StoreFixtures.railDraft()).article();
        Actor okafor = store.actors().insert(StoreFixtures.okafor());
        Annotation heading = annotations.createHighlight(article.id(), 0, "Rail plan faces first test".length());
        int quoteStart = TEXT.indexOf("We are not going");
        int speaker = TEXT.indexOf("Adaeze Okafor");
        int cue = TEXT.indexOf("told reporters");
        Annotation quote = annotations.createQuote(article.id(), quoteStart, TEXT.indexOf(",” Adaeze"),
                new QuoteDetails(okafor.id(), new Span(speaker, speaker + 13), "told", new Span(cue, cue + 4),
                        QuoteType.DIRECT, SpeakerResolution.EXPLICIT));
        int claimStart = TEXT.indexOf("would carry 40,000");
        Annotation claim = annotations.createClaim(article.id(), claimStart, TEXT.indexOf(" once complete"),
                dev.margin.domain.ClaimDetails.unverified(okafor.id()));

        LibraryService.ImportOutcome outcome = library.importDraft(railWith(UPDATED));

        assertThat(outcome.status()).isEqualTo(LibraryService.ImportStatus.REVISED);
        assertThat(outcome.article().revision()).isEqualTo(2);
        assertThat(outcome.article().text()).isEqualTo(UPDATED);
        assertThat(List.of(outcome.ok(), outcome.moved(), outcome.orphaned())).containsExactly(1, 1, 1);

        Annotation headingNow = store.annotations().find(heading.id()).orElseThrow();
        assertThat(headingNow.anchorState()).isEqualTo(AnchorState.OK);
        assertThat(headingNow.revision()).isEqualTo(2);

        Annotation quoteNow = store.annotations().find(quote.id()).orElseThrow();
        assertThat(quoteNow.anchorState()).isEqualTo(AnchorState.MOVED);
        assertThat(quoteNow.revision()).isEqualTo(2);
        assertThat(UPDATED.substring(quoteNow.start(), quoteNow.end())).isEqualTo(quote.exact());
        Span speakerNow = quoteNow.quote().speakerSpan();
        assertThat(UPDATED.substring(speakerNow.start(), speakerNow.end())).isEqualTo("Adaeze Okafor");
        Span cueNow = quoteNow.quote().cueSpan();
        assertThat(UPDATED.substring(cueNow.start(), cueNow.end())).isEqualTo("told");

        Annotation claimNow = store.annotations().find(claim.id()).orElseThrow();
        assertThat(claimNow.anchorState()).isEqualTo(AnchorState.ORPHANED);
        assertThat(claimNow.anchor()).as("an orphan keeps its words and old offsets").isEqualTo(claim.anchor());
        assertThat(claimNow.revision()).isEqualTo(1);
        assertThat(store.articles().revisionText(article.id(), 1).orElseThrow().substring(claimNow.start(), claimNow.end()))
                .isEqualTo(claim.exact());
    }

    @Test
    void anOrphanCanBeReattachedByHand() {
        Article article = library.importDraft(StoreFixtures.railDraft()).article();
        Annotation claim = annotations.createClaim(article.id(), TEXT.indexOf("would carry 40,000"), TEXT.indexOf(" once complete"),
                dev.margin.domain.ClaimDetails.unverified(null));
        library.importDraft(railWith(UPDATED));

        int start = UPDATED.indexOf("would carry 45,000");
        Annotation attached = library.reattach(claim.id(), start, UPDATED.indexOf(" once complete"));

        assertThat(attached.anchorState()).isEqualTo(AnchorState.OK);
        assertThat(attached.revision()).isEqualTo(2);
        assertThat(attached.exact()).isEqualTo("would carry 45,000 passengers a day");
        assertThat(store.annotations().find(claim.id())).contains(attached);
        assertThat(attached.claim()).isEqualTo(claim.claim());
    }

    @Test
    void anOrphanIsFoundAgainWhenALaterRevisionRestoresItsWords() {
        Article article = library.importDraft(StoreFixtures.railDraft()).article();
        Annotation claim = annotations.createClaim(article.id(), TEXT.indexOf("would carry 40,000"), TEXT.indexOf(" once complete"),
                dev.margin.domain.ClaimDetails.unverified(null));
        library.importDraft(railWith(UPDATED));

        LibraryService.ImportOutcome third = library.importDraft(railWith(TEXT));

        assertThat(third.article().revision()).isEqualTo(3);
        assertThat(third.orphaned()).isZero();
        Annotation found = store.annotations().find(claim.id()).orElseThrow();
        assertThat(found.anchorState()).isEqualTo(AnchorState.OK);
        assertThat(found.revision()).isEqualTo(3);
        assertThat(found.anchor()).isEqualTo(claim.anchor());
    }

    @Test
    void deletingAnArticleTakesItsAnnotationsAndLeavesActors() {
        Article rail = library.importDraft(StoreFixtures.railDraft()).article();
        Article port = library.importDraft(StoreFixtures.portDraft()).article();
        Actor okafor = store.actors().insert(StoreFixtures.okafor());
        annotations.createActorMention(rail.id(), TEXT.indexOf("Adaeze Okafor"), TEXT.indexOf("Adaeze Okafor") + 13, okafor.id());
        annotations.createHighlight(port.id(), 0, 5);

        Article deleted = library.deleteArticle(rail.id());

        assertThat(deleted).isEqualTo(rail);
        assertThat(store.articles().find(rail.id())).isEmpty();
        assertThat(store.annotations().forActor(okafor.id())).isEmpty();
        assertThat(store.annotations().count()).isEqualTo(1);
        assertThat(store.actors().find(okafor.id())).isPresent();
        assertThat(store.search().search("Okafor", 10)).isEmpty();
        assertThatThrownBy(() -> library.deleteArticle(rail.id())).isInstanceOf(StoreException.class);
    }

    /** The rail story at revision 2 with a quote, a claim citing it (evidence, tags), a mention, a highlight and a rejection. */
    private Article annotatedRailInTwoRevisions(Actor okafor) {
        Article rail = library.importDraft(StoreFixtures.railDraft()).article();
        Annotation quote = StoreFixtures.quote(rail.id(), okafor.id());
        store.annotations().insertAll(List.of(quote, StoreFixtures.claim(rail.id(), okafor.id(), quote.id()),
                StoreFixtures.mention(rail.id(), okafor.id()), StoreFixtures.highlight(rail.id(), "declined to comment on the cost")));
        Article revised = library.importDraft(railWith(UPDATED)).article();
        int start = UPDATED.indexOf("Okafor said");
        store.rejectedSuggestions().reject(new RejectedSuggestion(rail.id(), 2, "q-okafor-said", AnnotationKind.QUOTE,
                start, start + 11, "Okafor said", Instant.parse("2026-03-05T11:00:00Z")));
        return revised;
    }

    @Test
    void aDeletedArticleComesBackWhole() {
        Actor okafor = store.actors().insert(StoreFixtures.okafor());
        Article rail = annotatedRailInTwoRevisions(okafor);
        library.importDraft(StoreFixtures.portDraft());
        List<ArticleRevision> revisions = store.articles().revisions(rail.id());
        List<Annotation> annotated = store.annotations().forArticle(rail.id());
        List<RejectedSuggestion> rejected = store.rejectedSuggestions().forArticle(rail.id());
        List<ArticleSummary> summaries = store.articles().listSummaries();
        List<UUID> okaforHits = store.search().search("Okafor", 10).stream().map(SearchHit::annotationId).toList();
        assertThat(revisions).extracting(ArticleRevision::revision).containsExactly(1, 2);
        assertThat(annotated).hasSize(4);
        assertThat(annotated).anyMatch(a -> a.anchorState() == AnchorState.ORPHANED);
        assertThat(okaforHits).isNotEmpty();

        DeletedArticle deleted = library.deleteArticleForUndo(rail.id());

        assertThat(store.articles().find(rail.id())).isEmpty();
        assertThat(store.search().search("Okafor", 10)).isEmpty();
        assertThat(deleted.article()).isEqualTo(rail);
        assertThat(deleted.revisions()).isEqualTo(revisions);
        assertThat(deleted.annotations()).isEqualTo(annotated);
        assertThat(deleted.rejectedSuggestions()).isEqualTo(rejected);

        library.restore(deleted);

        assertThat(store.articles().find(rail.id())).contains(rail);
        assertThat(store.articles().revisions(rail.id())).isEqualTo(revisions);
        assertThat(store.articles().revisionText(rail.id(), 1)).contains(TEXT);
        assertThat(store.annotations().forArticle(rail.id())).isEqualTo(annotated);
        assertThat(store.rejectedSuggestions().forArticle(rail.id())).isEqualTo(rejected);
        assertThat(store.articles().listSummaries()).isEqualTo(summaries);
        assertThat(store.search().search("Okafor", 10)).extracting(SearchHit::annotationId).containsExactlyInAnyOrderElementsOf(okaforHits);
        assertThat(store.articles().findByContentHash(rail.contentHash())).contains(rail);
        assertThat(store.integrityCheck()).isEqualTo("ok");
    }

    @Test
    void restoringTwiceIsRefusedAndChangesNothing() {
        Actor okafor = store.actors().insert(StoreFixtures.okafor());
        Article rail = annotatedRailInTwoRevisions(okafor);
        DeletedArticle deleted = library.deleteArticleForUndo(rail.id());
        library.restore(deleted);

        assertThatThrownBy(() -> library.restore(deleted))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("Rail plan faces first test in parliament")
                .hasMessageContaining("not restored a second time");
        assertThat(store.articles().count()).isEqualTo(1);
        assertThat(store.annotations().forArticle(rail.id())).isEqualTo(deleted.annotations());
    }

    @Test
    void anArticleWhoseActorWasDeletedMeanwhileIsNotHalfRestored() {
        Actor okafor = store.actors().insert(StoreFixtures.okafor());
        Article rail = annotatedRailInTwoRevisions(okafor);
        DeletedArticle deleted = library.deleteArticleForUndo(rail.id());
        store.actors().delete(okafor.id());

        assertThatThrownBy(() -> library.restore(deleted))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("actor " + okafor.id())
                .hasMessageContaining("was deleted");
        assertThat(store.articles().find(rail.id())).isEmpty();
        assertThat(store.articles().revisions(rail.id())).isEmpty();
        assertThat(store.annotations().count()).isZero();
        assertThat(store.rejectedSuggestions().forArticle(rail.id())).isEmpty();
    }

    @Test
    void anArticleWhoseAddressWasImportedAgainIsNotRestored() {
        Article rail = library.importDraft(StoreFixtures.railDraft()).article();
        library.importDraft(StoreFixtures.portDraft());
        DeletedArticle deleted = library.deleteArticleForUndo(rail.id());
        Article again = library.importDraft(railWith(UPDATED)).article();

        assertThatThrownBy(() -> library.restore(deleted))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(rail.url());
        assertThat(store.articles().count()).isEqualTo(2);
        assertThat(store.articles().find(again.id())).contains(again);
    }

    @Test
    void aNewImportNeverTakesTheNumberOfADeletedArticleSoUndoStillWorks() {
        Article rail = library.importDraft(StoreFixtures.railDraft()).article();
        DeletedArticle deleted = library.deleteArticleForUndo(rail.id());
        Article port = library.importDraft(StoreFixtures.portDraft()).article();
        assertThat(port.id()).isGreaterThan(rail.id());

        library.restore(deleted);

        assertThat(store.articles().find(rail.id())).contains(rail);
        assertThat(store.articles().find(port.id())).contains(port);
        assertThat(library.importDraft(new ArticleDraft("Another story", "", "", null, null, "en",
                "A third article, pasted.", List.of())).article().id())
                .as("numbering goes on above every id ever used").isGreaterThan(port.id());
    }
    /**
     * A mark saved on the old text after another person's re-import had placed the others (on a team library the two
     * commit side by side): the reader gets it on its own words in the new text, never at its old offsets.
     */
    @Test
    void aMarkSavedOnAReplacedTextIsReadOnItsOwnWords() {
        Article first = library.importDraft(railWith(TEXT)).article();
        library.importDraft(railWith(UPDATED));
        String words = "would carry";
        int start = TEXT.indexOf(words);
        Annotation late = Annotation.highlight(first.id(), first.revision(),
                dev.margin.domain.Anchor.of(TEXT, start, start + words.length()), Instant.parse("2026-03-05T10:05:00Z"));
        store.annotations().insert(late);

        LibraryService.ArticleWithAnnotations read = library.read(first.id());

        Annotation shown = read.annotations().stream().filter(a -> a.id().equals(late.id())).findFirst().orElseThrow();
        assertThat(shown.revision()).isEqualTo(read.article().revision()).isEqualTo(2);
        assertThat(shown.start()).isNotEqualTo(start);
        assertThat(UPDATED.substring(shown.start(), shown.end())).isEqualTo(words);
        assertThat(store.annotations().find(late.id()).orElseThrow().revision()).as("reading writes nothing").isEqualTo(1);
    }
}
