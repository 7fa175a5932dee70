package dev.margin.store.contract;

import dev.margin.store.sqlite.ReviewFixtures;
import dev.margin.store.Store;
import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.QuoteType;
import dev.margin.domain.Span;
import dev.margin.domain.read.ActorLink;
import dev.margin.domain.read.AnnotationFilter;
import dev.margin.domain.read.MarkedText;
import dev.margin.domain.read.ReviewColumn;
import dev.margin.store.ReviewDao;
import dev.margin.domain.read.ReviewOrder;
import dev.margin.domain.read.ReviewRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static dev.margin.store.sqlite.ReviewFixtures.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The annotations browser's query on a real library file: every filter alone and combined, search syntax, sorting, paging. */
/**
 * The contract of the review queries (ReviewDao), run against every store implementation: each subclass says
 * how to open a library and inherits every test.
 */
public abstract class ReviewDaoContract {
    /** Opens the library kept at {@code file} (the same file opens the same library again). */
    protected abstract Store openStore(Path file);

    /**
     * Whether a word also finds its inflections in the article's language (PostgreSQL's stemming: "termin" finds
     * "terminal" in English); SQLite's search matches words as written only. Every other result is the same.
     */
    protected boolean matchesInflections() {
        return false;
    }

    @TempDir
    Path dir;
    private Store store;
    private ReviewDao review;
    private ReviewFixtures lib;

    @BeforeEach
    void open() {
        store = openStore(dir.resolve("margin.db"));
        review = store.review();
        lib = new ReviewFixtures(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<UUID> found(AnnotationFilter filter) {
        List<UUID> ids = review.rows(filter, ReviewOrder.ascending(ReviewColumn.CREATED), 0, 1000).stream()
                .map(ReviewRow::annotationId).toList();
        assertThat(review.count(filter)).as("count of %s", filter).isEqualTo(ids.size());
        return ids;
    }

    private static AnnotationFilter text(String typed) {
        return AnnotationFilter.none().withText(typed);
    }

    @Test
    void withoutAFilterEveryAnnotationIsListedNewestFirst() {
        List<ReviewRow> rows = review.rows(AnnotationFilter.none(), ReviewOrder.byDefault(), 0, 100);

        List<UUID> newestFirst = new ArrayList<>(ids(lib.all));
        Collections.reverse(newestFirst);
        assertThat(rows).extracting(ReviewRow::annotationId).containsExactlyElementsOf(newestFirst);
        assertThat(review.count(AnnotationFilter.none())).isEqualTo(lib.all.size());
    }

    @Test
    void aRowCarriesItsArticleActorTagsStatusAndNote() {
        ReviewRow quote = review.rows(AnnotationFilter.none().withArticle(lib.rail.id()).withKinds(Set.of(AnnotationKind.QUOTE)),
                ReviewOrder.ascending(ReviewColumn.CREATED), 0, 1).get(0);

        assertThat(quote.annotationId()).isEqualTo(lib.budgetQuote.id());
        assertThat(quote.kind()).isEqualTo(AnnotationKind.QUOTE);
        assertThat(quote.text().text()).isEqualTo("We are not going to wait for the next budget cycle");
        assertThat(quote.text().matches()).isEmpty();
        assertThat(quote.actorId()).isEqualTo(lib.okafor.id());
        assertThat(quote.actorName()).isEqualTo("Adaeze Okafor");
        assertThat(quote.articleId()).isEqualTo(lib.rail.id());
        assertThat(quote.articleTitle().text()).isEqualTo("Rail plan faces first test in parliament");
        assertThat(quote.outlet()).isEqualTo("Margin Wire");
        assertThat(quote.articleDate()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(quote.tags()).containsExactly("rail", "budget");
        assertThat(quote.quoteType()).isEqualTo(QuoteType.DIRECT);
        assertThat(quote.claimStatus()).isNull();
        assertThat(quote.note().text()).isEqualTo("Check the budget speech.");
        assertThat(quote.created()).isEqualTo(lib.budgetQuote.created());
        assertThat(quote.anchorState()).isEqualTo(AnchorState.OK);
    }

    @Test
    void aClaimTheOutletMakesShowsTheOutletAsClaimant() {
        ReviewRow claim = review.rows(AnnotationFilter.none().withStatuses(Set.of(ClaimStatus.SUPPORTED)), ReviewOrder.byDefault(), 0, 10).get(0);

        assertThat(claim.annotationId()).isEqualTo(lib.trafficClaimByOutlet.id());
        assertThat(claim.actorId()).isNull();
        assertThat(claim.actorName()).isEqualTo("Margin Wire");
        assertThat(claim.claimStatus()).isEqualTo(ClaimStatus.SUPPORTED);
    }

    @Test
    void searchFindsWordsInTheTextAndTheNoteWithEveryMatchMarked() {
        List<ReviewRow> rows = review.rows(text("budget"), ReviewOrder.byDefault(), 0, 10);

        assertThat(rows).extracting(ReviewRow::annotationId).containsExactly(lib.budgetQuote.id());
        ReviewRow row = rows.get(0);
        assertThat(marked(row.text())).containsExactly("budget");
        assertThat(marked(row.note())).containsExactly("budget");
        assertThat(row.articleTitle().matches()).isEmpty();
    }

    @Test
    void searchFindsWordsInTheNoteAlone() {
        assertThat(found(text("sanctions"))).containsExactly(lib.promiseHighlight.id());
    }

    @Test
    void searchFindsEveryAnnotationOfAnArticleByItsTitleWithTheTitleMarked() {
        List<ReviewRow> rows = review.rows(text("cocoa"), ReviewOrder.ascending(ReviewColumn.CREATED), 0, 10);

        assertThat(rows).extracting(ReviewRow::annotationId)
                .containsExactly(lib.farmersPartial.id(), lib.exportsClaim.id(), lib.tariffHighlight.id());
        assertThat(marked(rows.get(0).articleTitle())).containsExactly("cocoa");
        assertThat(rows.get(0).text().matches()).isEmpty();
        assertThat(marked(rows.get(1).text())).containsExactly("Cocoa");
    }

    @Test
    void everyWordMustMatch() {
        assertThat(found(text("trains run"))).containsExactly(lib.trainsQuote.id());
        assertThat(found(text("trains budget"))).isEmpty();
    }

    @Test
    void aPhraseMatchesItsWordsInOrderOnly() {
        assertThat(found(text("\"trains will run\""))).containsExactly(lib.trainsQuote.id());
        assertThat(found(text("\"run will trains\""))).isEmpty();
    }

    @Test
    void aCurlyQuotedPhraseWorksLikeAStraightOne() {
        assertThat(found(text("“waiting time”"))).containsExactly(lib.terminalQuote.id());
    }

    @Test
    void aPrefixMatchesLongerWordsAndIsMarkedWhole() {
        List<ReviewRow> rows = review.rows(text("termin*"), ReviewOrder.byDefault(), 0, 10);

        assertThat(rows).extracting(ReviewRow::annotationId).containsExactly(lib.terminalQuote.id());
        assertThat(marked(rows.get(0).text())).containsExactly("terminal");
        if (!matchesInflections()) {
            assertThat(found(text("termin"))).isEmpty();
        } else {
            // English stems "terminal" to "termin": a search in the article's language finds it, and only it
            assertThat(found(text("termin"))).containsExactly(lib.terminalQuote.id());
        }
    }

    @Test
    void anAbbreviationWithFullStopsIsSearchedAsItsLetters() {
        List<UUID> found = found(text("U.S."));

        // The title "U.S. tariffs …" puts all three annotations of that article in; no other annotation has "U.S.".
        assertThat(found).containsExactly(lib.farmersPartial.id(), lib.exportsClaim.id(), lib.tariffHighlight.id());
        ReviewRow highlight = review.rows(text("U.S.").withKinds(Set.of(AnnotationKind.HIGHLIGHT)), ReviewOrder.byDefault(), 0, 1).get(0);
        assertThat(marked(highlight.text())).containsExactly("U.S");
    }

    @Test
    void aPercentSignIsNotSyntax() {
        assertThat(found(text("5%"))).containsExactly(lib.farmersPartial.id(), lib.exportsClaim.id());
        // The port story's title ends in "12%": all its annotations match.
        assertThat(found(text("12%"))).containsExactly(lib.terminalQuote.id(), lib.trafficClaimByOutlet.id(), lib.mensahMention.id());
    }

    @Test
    void anUnmatchedQuoteRunsToTheEndAsAPhrase() {
        assertThat(found(text("\"trains will"))).containsExactly(lib.trainsQuote.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"budget OR trains", "NEAR(budget trains)", "exact:budget", "-budget", "^budget", "budget AND", "(budget",
            "budget)", "\"\"", "*", "budget**", "{exact note}: budget", "'budget'", "budget;DROP TABLE annotation;--"})
    void queryOperatorsAndStrayPunctuationAreTakenAsWordsNeverAsSyntax(String typed) {
        List<ReviewRow> rows = review.rows(text(typed), ReviewOrder.byDefault(), 0, 100);

        assertThat(rows).hasSize(review.count(text(typed)));
        assertThat(store.annotations().count()).isEqualTo(lib.all.size());
    }

    @Test
    void theWordsOfAnOperatorQueryAllHaveToMatchAsWords() {
        assertThat(found(text("budget OR trains"))).isEmpty();
        assertThat(found(text("budget**"))).containsExactly(lib.budgetQuote.id());
        assertThat(found(text("budget;DROP TABLE annotation;--"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "%%%", "\"", "…", "--"})
    void textWithoutLettersOrDigitsSetsNoCondition(String typed) {
        assertThat(text(typed).isEmpty()).isTrue();
        assertThat(review.count(text(typed))).isEqualTo(lib.all.size());
    }

    @Test
    void accentsAndCaseAreIgnored() {
        assertThat(found(text("resume COUNCIL"))).containsExactly(lib.ferryClaim.id());
        assertThat(found(text("Résumé"))).containsExactly(lib.ferryClaim.id());
        assertThat(found(text("cocoa exports FELL"))).containsExactly(lib.exportsClaim.id());
    }

    @Test
    void kindsSelectAnyOfThem() {
        assertThat(found(AnnotationFilter.none().withKinds(Set.of(AnnotationKind.QUOTE))))
                .containsExactlyElementsOf(ids(lib.ofKind(AnnotationKind.QUOTE)));
        assertThat(found(AnnotationFilter.none().withKinds(Set.of(AnnotationKind.ACTOR, AnnotationKind.HIGHLIGHT))))
                .containsExactly(lib.okaforMention.id(), lib.financeMention.id(), lib.promiseHighlight.id(), lib.mensahMention.id(),
                        lib.tariffHighlight.id(), lib.orphanedHighlight.id());
    }

    @Test
    void anActorIsFoundAsSpeakerMentionAndClaimant() {
        assertThat(found(AnnotationFilter.none().withActor(lib.okafor.id(), Set.of())))
                .containsExactly(lib.budgetQuote.id(), lib.trainsQuote.id(), lib.passengersIndirect.id(), lib.trillionClaim.id(),
                        lib.okaforMention.id(), lib.farmersPartial.id(), lib.exportsClaim.id());
        assertThat(found(AnnotationFilter.none().withActor(lib.mensah.id(), Set.of(ActorLink.CLAIMANT))))
                .containsExactly(lib.ferryClaim.id());
        assertThat(found(AnnotationFilter.none().withActor(lib.mensah.id(), Set.of(ActorLink.SPEAKER, ActorLink.MENTION))))
                .containsExactly(lib.terminalQuote.id(), lib.mensahMention.id());
        assertThat(found(AnnotationFilter.none().withActor(lib.finance.id(), Set.of(ActorLink.SPEAKER)))).isEmpty();
    }

    @Test
    void tagsSelectAnyOfThem() {
        assertThat(found(AnnotationFilter.none().withTags(Set.of("budget"))))
                .containsExactly(lib.budgetQuote.id(), lib.trillionClaim.id());
        assertThat(found(AnnotationFilter.none().withTags(Set.of("rail", "trade"))))
                .containsExactly(lib.budgetQuote.id(), lib.farmersPartial.id(), lib.tariffHighlight.id());
        assertThat(found(AnnotationFilter.none().withTags(Set.of("no such tag")))).isEmpty();
    }

    @Test
    void statusesSelectClaimsOnly() {
        assertThat(found(AnnotationFilter.none().withStatuses(Set.of(ClaimStatus.REFUTED, ClaimStatus.DISPUTED))))
                .containsExactly(lib.exportsClaim.id(), lib.ferryClaim.id());
        assertThat(found(AnnotationFilter.none().withStatuses(Set.of(ClaimStatus.MISLEADING)))).isEmpty();
    }

    @Test
    void outletsSelectAnyOfThem() {
        assertThat(found(AnnotationFilter.none().withOutlets(Set.of("Harbour Post"))))
                .containsExactly(lib.farmersPartial.id(), lib.exportsClaim.id(), lib.tariffHighlight.id());
        assertThat(found(AnnotationFilter.none().withOutlets(Set.of("Harbour Post", "Community Bulletin")))).hasSize(5);
    }

    @Test
    void anArticleSelectsItsAnnotations() {
        assertThat(found(AnnotationFilter.none().withArticle(lib.port.id())))
                .containsExactly(lib.terminalQuote.id(), lib.trafficClaimByOutlet.id(), lib.mensahMention.id());
    }

    @Test
    void aDateRangeIncludesBothEndsAndLeavesUndatedArticlesOut() {
        assertThat(found(AnnotationFilter.none().withDates(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 4, 15))))
                .containsExactly(lib.terminalQuote.id(), lib.trafficClaimByOutlet.id(), lib.mensahMention.id(),
                        lib.farmersPartial.id(), lib.exportsClaim.id(), lib.tariffHighlight.id());
        assertThat(found(AnnotationFilter.none().withDates(LocalDate.of(2026, 4, 1), null))).hasSize(3);
        assertThat(found(AnnotationFilter.none().withDates(null, LocalDate.of(2026, 3, 3)))).hasSize(7);
    }

    @Test
    void aDateRangeThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> AnnotationFilter.none().withDates(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-05-01").hasMessageContaining("2026-04-01");
    }

    @Test
    void anchorStatesFindWhatNeedsReattaching() {
        assertThat(found(AnnotationFilter.none().withAnchorStates(Set.of(AnchorState.ORPHANED)))).containsExactly(lib.orphanedHighlight.id());
    }

    @Test
    void filtersCombine() {
        AnnotationFilter okaforsClaimsAndQuotesInMarch = AnnotationFilter.none()
                .withActor(lib.okafor.id(), Set.of())
                .withKinds(Set.of(AnnotationKind.QUOTE, AnnotationKind.CLAIM))
                .withDates(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertThat(found(okaforsClaimsAndQuotesInMarch))
                .containsExactly(lib.budgetQuote.id(), lib.trainsQuote.id(), lib.passengersIndirect.id(), lib.trillionClaim.id());

        assertThat(found(okaforsClaimsAndQuotesInMarch.withText("budget"))).containsExactly(lib.budgetQuote.id());
        assertThat(found(okaforsClaimsAndQuotesInMarch.withTags(Set.of("budget")))).containsExactly(lib.budgetQuote.id(), lib.trillionClaim.id());
        assertThat(found(okaforsClaimsAndQuotesInMarch.withStatuses(Set.of(ClaimStatus.UNVERIFIED)))).containsExactly(lib.trillionClaim.id());
        assertThat(found(okaforsClaimsAndQuotesInMarch.withOutlets(Set.of("Harbour Post")))).isEmpty();

        AnnotationFilter everything = AnnotationFilter.none().withText("5%").withKinds(Set.of(AnnotationKind.CLAIM))
                .withActor(lib.okafor.id(), Set.of(ActorLink.CLAIMANT)).withStatuses(Set.of(ClaimStatus.REFUTED))
                .withOutlets(Set.of("Harbour Post")).withArticle(lib.tariffs.id())
                .withDates(LocalDate.of(2026, 4, 15), LocalDate.of(2026, 4, 15)).withAnchorStates(Set.of(AnchorState.OK));
        assertThat(found(everything)).containsExactly(lib.exportsClaim.id());
        assertThat(found(everything.withTags(Set.of("trade")))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ReviewColumn.class)
    void everyColumnSortsBothWaysAndPagesNeitherRepeatNorSkip(ReviewColumn column) {
        for (boolean descending : new boolean[] {false, true}) {
            ReviewOrder order = new ReviewOrder(column, descending);
            List<UUID> all = review.rows(AnnotationFilter.none(), order, 0, 100).stream().map(ReviewRow::annotationId).toList();
            List<UUID> paged = new ArrayList<>();
            for (int offset = 0; offset < all.size() + 4; offset += 4) {
                review.rows(AnnotationFilter.none(), order, offset, 4).forEach(row -> paged.add(row.annotationId()));
            }
            assertThat(paged).as("%s", order).containsExactlyElementsOf(all);
            assertThat(all).as("%s", order).containsExactlyInAnyOrderElementsOf(ids(lib.all));
        }
    }

    @Test
    void sortingByArticleDatePutsUndatedLastBothWays() {
        List<ReviewRow> ascending = review.rows(AnnotationFilter.none(), ReviewOrder.ascending(ReviewColumn.ARTICLE_DATE), 0, 100);
        List<ReviewRow> descending = review.rows(AnnotationFilter.none(), ReviewOrder.descending(ReviewColumn.ARTICLE_DATE), 0, 100);

        assertThat(ascending.get(0).articleDate()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(descending.get(0).articleDate()).isEqualTo(LocalDate.of(2026, 4, 15));
        for (List<ReviewRow> rows : List.of(ascending, descending)) {
            assertThat(rows.subList(rows.size() - 2, rows.size())).extracting(ReviewRow::articleDate).containsOnlyNulls();
            assertThat(rows.subList(0, rows.size() - 2)).extracting(ReviewRow::articleDate).doesNotContainNull();
        }
        assertThat(descending.get(0).articleDate()).isAfter(descending.get(3).articleDate());
    }

    @Test
    void sortingByActorPutsRowsWithoutOneLast() {
        List<String> names = review.rows(AnnotationFilter.none(), ReviewOrder.ascending(ReviewColumn.ACTOR), 0, 100).stream()
                .map(ReviewRow::actorName).toList();

        assertThat(names.subList(0, 7)).containsOnly("Adaeze Okafor");
        assertThat(names.get(7)).isEqualTo("Federal Ministry of Finance");
        assertThat(names.subList(8, 11)).containsOnly("Kofi Mensah");
        assertThat(names.subList(11, names.size())).doesNotContain("Adaeze Okafor", "Kofi Mensah", "Federal Ministry of Finance");
    }

    @Test
    void sortingByStatusFollowsTheStatusesOrderWithNonClaimsLast() {
        List<ClaimStatus> statuses = review.rows(AnnotationFilter.none(), ReviewOrder.ascending(ReviewColumn.STATUS), 0, 100).stream()
                .map(ReviewRow::claimStatus).toList();

        assertThat(statuses.subList(0, 4)).containsExactly(ClaimStatus.UNVERIFIED, ClaimStatus.SUPPORTED, ClaimStatus.REFUTED,
                ClaimStatus.DISPUTED);
        assertThat(statuses.subList(4, statuses.size())).containsOnlyNulls();
    }

    @Test
    void sortingByKindAndTextAndCreated() {
        assertThat(review.rows(AnnotationFilter.none(), ReviewOrder.ascending(ReviewColumn.KIND), 0, 100))
                .extracting(ReviewRow::kind).isSortedAccordingTo(Enum::compareTo);
        assertThat(review.rows(AnnotationFilter.none(), ReviewOrder.descending(ReviewColumn.TEXT), 0, 100))
                .extracting(row -> row.text().text().toLowerCase(Locale.ROOT))
                .isSortedAccordingTo(Comparator.<String>reverseOrder());
        assertThat(review.rows(AnnotationFilter.none(), ReviewOrder.ascending(ReviewColumn.CREATED), 0, 100))
                .extracting(ReviewRow::annotationId).containsExactlyElementsOf(ids(lib.all));
    }

    @Test
    void relevancePutsMatchesInTheTextBeforeMatchesInTheTitle() {
        List<ReviewRow> rows = review.rows(text("cocoa"), ReviewOrder.byDefault(), 0, 10);

        assertThat(rows.get(0).annotationId()).isEqualTo(lib.exportsClaim.id());
    }

    @Test
    void aPageBeyondTheEndIsEmptyAndBadPagesAreRefused() {
        assertThat(review.rows(AnnotationFilter.none(), ReviewOrder.byDefault(), 1000, 10)).isEmpty();
        assertThat(review.rows(AnnotationFilter.none(), ReviewOrder.byDefault(), 0, 0)).isEmpty();
        assertThatThrownBy(() -> review.rows(AnnotationFilter.none(), ReviewOrder.byDefault(), -1, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEditedNoteIsFoundByItsNewWords() {
        Annotation edited = lib.trainsQuote.withNote("Repeated at the Ibadan rally.", lib.trainsQuote.created());
        store.annotations().update(edited);

        assertThat(found(text("rally"))).containsExactly(lib.trainsQuote.id());
    }

    private static List<String> marked(MarkedText text) {
        List<String> words = new ArrayList<>();
        for (Span match : text.matches()) {
            words.add(text.text().substring(match.start(), match.end()));
        }
        return words;
    }
}
