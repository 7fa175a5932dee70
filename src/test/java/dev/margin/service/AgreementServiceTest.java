package dev.margin.service;

import dev.margin.agreement.Alpha;
import dev.margin.agreement.Difference;
import dev.margin.agreement.Unit;
import dev.margin.agreement.UnitizedAlpha;
import dev.margin.service.AgreementService.CodedArticle;
import dev.margin.service.AgreementService.Comparison;
import dev.margin.store.sqlite.SqliteStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * What the review window's agreement view asks of {@link AgreementService}, on a real SQLite library three annotators
 * coded ({@link AgreementFixture}): which articles two or more coded, α among a chosen set on one article or several,
 * where they differ with the annotation each unit came from, whom to compare first, and a cancel.
 */
class AgreementServiceTest {
    private static final Set<AgreementKind> ALL = Set.of(AgreementKind.values());
    private static final AgreementService.Progress NO_PROGRESS = (done, total) -> { };

    @TempDir
    Path dir;
    private AgreementFixture fixture;
    private SqliteStore store;
    private AgreementService agreement;

    @BeforeEach
    void open() {
        Path library = dir.resolve("margin.db");
        fixture = new AgreementFixture(library);
        store = SqliteStore.open(library);
        agreement = LibraryServices.over(store, Clock.systemUTC()).agreement();
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    @Test
    void listsOnlyTheArticlesTwoOrMoreCodedWithWhoCodedThem() {
        List<int[]> progress = new ArrayList<>();
        List<CodedArticle> coded = agreement.codedArticles(new Cancellation(), (done, total) -> progress.add(new int[]{done, total}));
        assertThat(coded).extracting(CodedArticle::articleId).containsExactly(fixture.bridge.id(), fixture.ferry.id());
        assertThat(coded.get(0).coders()).containsExactly("ana", "tomas");
        assertThat(coded.get(1).coders()).containsExactly("ana", "lena", "tomas");
        assertThat(coded.get(0).title()).isEqualTo("Toll rise on harbour bridge approved");
        assertThat(progress.getLast()).containsExactly(3, 3);
    }

    @Test
    void alphaPerKindOnOneArticleIsTheMeasureOfTheUnitsEachAnnotatorMade() {
        Comparison bridge = agreement.compare(List.of(fixture.bridge.id()), List.of("ana", "tomas"), ALL, new Cancellation(), NO_PROGRESS);
        String text = AgreementFixture.BRIDGE;
        int length = text.length();
        List<String> pair = List.of("ana", "tomas");
        Unit toll = span("ana", text, "The toll pays for the repairs the bridge has needed since 2019", "quote");
        Unit indirect = span("tomas", text, "Lindqvist said the rise would bring in 4 million crowns a year", "quote");
        Alpha quotes = UnitizedAlpha.of(length, pair, List.of(toll, new Unit("tomas", toll.start(), toll.end(), "quote"), indirect));
        assertThat(bridge.alphas().get(AgreementKind.QUOTE_SPANS).value()).isCloseTo(quotes.value(), within(1e-12));
        assertThat(bridge.alphas().get(AgreementKind.QUOTE_SPANS).units()).isEqualTo(3);
        assertThat(quotes.value()).isBetween(0.0, 0.99);
        assertThat(bridge.alphas().get(AgreementKind.CLAIMS).value()).isEqualTo(1.0);
        assertThat(bridge.alphas().get(AgreementKind.CLAIMS).units()).isEqualTo(2);
        // the same claim with two verdicts: two categories on one span, each coder alone in one: worse than chance
        Unit claim = span("ana", text, "the rise would bring in 4 million crowns a year", "unverified");
        Alpha verdicts = UnitizedAlpha.of(length, pair, List.of(claim, new Unit("tomas", claim.start(), claim.end(), "supported")));
        assertThat(bridge.alphas().get(AgreementKind.CLAIM_VERDICTS).value()).isCloseTo(verdicts.value(), within(1e-12)).isLessThan(0);
        assertThat(bridge.alphas().get(AgreementKind.ACTOR_MENTIONS).units()).isEqualTo(1);
        assertThat(bridge.leftOut()).isEmpty();

        List<Difference> quoteDifferences = bridge.articles().getFirst().differences().get(AgreementKind.QUOTE_SPANS);
        assertThat(quoteDifferences).hasSize(1);
        Difference onlyTomas = quoteDifferences.getFirst();
        assertThat(text.substring(onlyTomas.start(), onlyTomas.end())).isEqualTo("Lindqvist said the rise would bring in 4 million crowns a year");
        assertThat(onlyTomas.byCoder().get("ana")).isEmpty();
        assertThat(onlyTomas.byCoder().get("tomas")).singleElement()
                .satisfies(unit -> assertThat(unit.source()).isEqualTo(fixture.tomasIndirectQuote.id().toString()));
        assertThat(bridge.articles().getFirst().differences().get(AgreementKind.CLAIMS)).isEmpty();
    }

    @Test
    void aChosenPairIsMeasuredOnlyOnTheArticlesBothCodedAndAnEmptyKindHasNoAlpha() {
        List<Long> both = List.of(fixture.bridge.id(), fixture.ferry.id());
        Comparison anaAndLena = agreement.compare(both, List.of("lena", "ana"), ALL, new Cancellation(), NO_PROGRESS);
        assertThat(anaAndLena.annotators()).containsExactly("ana", "lena");
        assertThat(anaAndLena.leftOut()).containsExactly(fixture.bridge.id());
        assertThat(anaAndLena.articles()).extracting(AgreementService.ArticleAgreement::articleId).containsExactly(fixture.ferry.id());
        assertThat(anaAndLena.alphas().get(AgreementKind.QUOTE_SPANS).value()).isEqualTo(1.0);
        assertThat(anaAndLena.alphas().get(AgreementKind.ACTOR_MENTIONS).defined()).isFalse();
        assertThat(anaAndLena.alphas().get(AgreementKind.ACTOR_MENTIONS).units()).isZero();
        assertThat(anaAndLena.alphas().get(AgreementKind.CLAIMS).units()).isEqualTo(1);

        // nobody named: those who coded both, measured over both laid end to end
        Comparison common = agreement.compare(both, List.of(), ALL, new Cancellation(), NO_PROGRESS);
        assertThat(common.annotators()).containsExactly("ana", "tomas");
        assertThat(common.articles()).hasSize(2);
        assertThat(common.alphas().get(AgreementKind.QUOTE_SPANS).units()).isEqualTo(5);
        assertThat(common.alphas().get(AgreementKind.QUOTE_SPANS).value())
                .isNotEqualTo(common.articles().get(0).alphas().get(AgreementKind.QUOTE_SPANS).value());
        Difference marks = common.articles().get(1).differences().get(AgreementKind.QUOTE_SPANS).getFirst();
        assertThat(AgreementFixture.FERRY.substring(marks.start(), marks.end())).isEqualTo("“Nobody waits more than twenty minutes,”");
        assertThat(marks.byCoder().keySet()).containsExactly("ana", "tomas");

        Comparison nobody = agreement.compare(both, List.of("lena", "tomas", "ana"), ALL, new Cancellation(), NO_PROGRESS);
        assertThat(nobody.articles()).extracting(AgreementService.ArticleAgreement::articleId).containsExactly(fixture.ferry.id());
        Comparison alone = agreement.compare(both, List.of("ana"), ALL, new Cancellation(), NO_PROGRESS);
        assertThat(alone.articles()).isEmpty();
        assertThat(alone.alphas()).isEmpty();
    }

    @Test
    void theFirstComparisonIsEveryoneInCommonElseThePairWhoSharedTheMostArticles() {
        List<CodedArticle> coded = agreement.codedArticles(new Cancellation(), NO_PROGRESS);
        assertThat(AgreementService.defaultAnnotators(coded)).containsExactly("ana", "tomas");
        assertThat(AgreementService.defaultAnnotators(List.of(coded.get(1)))).containsExactly("ana", "lena", "tomas");
        List<CodedArticle> split = List.of(new CodedArticle(1, "a", List.of("ana", "lena")), new CodedArticle(2, "b", List.of("lena", "tomas")),
                new CodedArticle(3, "c", List.of("lena", "tomas")));
        assertThat(AgreementService.defaultAnnotators(split)).containsExactly("lena", "tomas");
        assertThat(AgreementService.defaultAnnotators(List.of())).isEmpty();
    }

    @Test
    void aCancelStopsBetweenArticles() {
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();
        assertThatThrownBy(() -> agreement.codedArticles(cancelled, NO_PROGRESS)).isInstanceOf(CancellationException.class);
        assertThatThrownBy(() -> agreement.compare(List.of(fixture.bridge.id()), List.of(), ALL, cancelled, NO_PROGRESS))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void theCommandLinesReadingAgreesWithTheViews() {
        AgreementService.ArticleAgreement cli = agreement.articles(fixture.ferry.id(), ALL).getFirst();
        Comparison view = agreement.compare(List.of(fixture.ferry.id()), List.of(), ALL, new Cancellation(), NO_PROGRESS);
        assertThat(cli.coders()).containsExactly("ana", "lena", "tomas");
        for (AgreementKind kind : AgreementKind.values()) {
            assertThat(view.alphas().get(kind)).as(kind.label()).isEqualTo(cli.alphas().get(kind));
        }
    }

    private static Unit span(String coder, String text, String words, String category) {
        int start = text.indexOf(words);
        return new Unit(coder, start, start + words.length(), category);
    }
}
