package dev.margin.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;
import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.TestBodies;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.ClaimKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.ContentHash;
import dev.margin.domain.QuoteDetails;
import dev.margin.domain.QuoteType;
import dev.margin.domain.SpeakerResolution;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ClaimReview export read back with Jackson and held to schema.org's ClaimReview and Google's
 * fact-check markup: url, author (the reviewing organisation), claimReviewed whole, reviewRating with
 * a number on a stated scale and its name, itemReviewed a Claim whose author is the claimant (a Person
 * or an Organization, never "the article"), appearing in the article (url, headline, date).
 */
class ClaimReviewExportTest {
    private static final Reviewer REVIEWER = new Reviewer("Coastline Fact Check", "https://factcheck.example.net",
            "https://factcheck.example.net/2026/rail-claims");
    /** A long headline ending in a question, and a claim sentence longer than any display limit. */
    private static final String TEXT = String.join("\n",
            "Will the coastal rail link really halve the journey to Ibadan, as the minister promised on Thursday?",
            "The ministry said the line would carry 40,000 passengers a day by the end of its first year of service, "
                    + "more than the existing road and ferry links together.",
            "Wirenews has reported that the budget was never published.",
            "“Ticket prices will not rise,” said Okafor.");

    @Test
    void everyReviewHasWhatTheFactCheckMarkupAsksFor() throws IOException {
        JsonNode graph = export(bundle(), REVIEWER);

        assertThat(graph).hasSize(4);
        for (JsonNode review : graph) {
            assertThat(review.path("@type").asText()).isEqualTo("ClaimReview");
            assertThat(review.path("url").asText()).isEqualTo(REVIEWER.reviewPage());
            assertThat(review.path("author").path("@type").asText()).isEqualTo("Organization");
            assertThat(review.path("author").path("name").asText()).isEqualTo("Coastline Fact Check");
            assertThat(review.path("author").path("url").asText()).isEqualTo("https://factcheck.example.net");
            assertThat(review.path("datePublished").asText()).matches("\\d{4}-\\d\\d-\\d\\d");
            assertThat(review.path("reviewRating").path("@type").asText()).isEqualTo("Rating");
            assertThat(review.path("reviewRating").path("alternateName").asText()).isNotBlank();
            JsonNode claim = review.path("itemReviewed");
            assertThat(claim.path("@type").asText()).isEqualTo("Claim");
            assertThat(claim.path("author").path("@type").asText()).isIn("Person", "Organization");
            assertThat(claim.path("author").path("name").asText()).isNotBlank().isNotEqualToIgnoringCase("the article");
            assertThat(claim.path("datePublished").asText()).isEqualTo("2026-11-20");
            JsonNode appearance = claim.path("appearance");
            assertThat(appearance.path("url").asText()).isEqualTo("https://news.example.org/rail-questions");
            assertThat(appearance.path("headline").asText()).as("the whole title, not a cut sentence")
                    .isEqualTo("Will the coastal rail link really halve the journey to Ibadan, as the minister promised on Thursday?");
            assertThat(appearance.path("datePublished").asText()).isEqualTo("2026-11-20");
        }
        assertThat(graph.toString()).doesNotContain("the article").doesNotContain("Unverified");
    }

    @Test
    void ratingsSitOnOneNumericScaleFromRefutedToSupported() throws IOException {
        JsonNode graph = export(bundle(), REVIEWER);

        assertThat(rating(graph, "passengers").path("alternateName").asText()).isEqualTo("Refuted");
        assertThat(rating(graph, "passengers").path("ratingValue").asInt()).isEqualTo(1);
        assertThat(rating(graph, "budget").path("ratingValue").asInt()).isEqualTo(2);
        assertThat(rating(graph, "Ticket prices").path("alternateName").asText()).isEqualTo("Supported");
        assertThat(rating(graph, "Ticket prices").path("ratingValue").asInt()).isEqualTo(4);
        for (JsonNode review : graph) {
            JsonNode rating = review.path("reviewRating");
            if (rating.has("ratingValue")) {
                assertThat(rating.path("worstRating").asInt()).isEqualTo(1);
                assertThat(rating.path("bestRating").asInt()).isEqualTo(4);
                assertThat(rating.path("ratingValue").asInt()).isBetween(1, 4);
            }
        }
        assertThat(rating(graph, "halve").path("alternateName").asText()).isEqualTo("Unverifiable");
        assertThat(rating(graph, "halve").has("ratingValue")).as("no place on a true-false scale").isFalse();
    }

    @Test
    void theClaimantIsThePersonTheOutletOrTheSpeakerOfTheQuote() throws IOException {
        JsonNode graph = export(bundle(), REVIEWER);

        JsonNode ministry = review(graph, "passengers").path("itemReviewed").path("author");
        assertThat(ministry.path("@type").asText()).as("a state is an organisation").isEqualTo("Organization");
        assertThat(ministry.path("name").asText()).isEqualTo("Ministry of Transport");
        JsonNode outlet = review(graph, "budget").path("itemReviewed").path("author");
        assertThat(outlet.path("@type").asText()).isEqualTo("Organization");
        assertThat(outlet.path("name").asText()).isEqualTo("Wirenews");
        assertThat(outlet.path("url").asText()).isEqualTo("https://news.example.org");
        JsonNode speaker = review(graph, "Ticket prices").path("itemReviewed").path("author");
        assertThat(speaker.path("@type").asText()).isEqualTo("Person");
        assertThat(speaker.path("name").asText()).isEqualTo("Adaeze Okafor");
        assertThat(speaker.path("jobTitle").asText()).isEqualTo("transport minister");
    }

    @Test
    void theClaimReviewedIsTheWholeClaimOnOneLine() throws IOException {
        JsonNode graph = export(bundle(), REVIEWER);

        assertThat(review(graph, "passengers").path("claimReviewed").asText())
                .isEqualTo("The ministry said the line would carry 40,000 passengers a day by the end of its first year of service, "
                        + "more than the existing road and ferry links together.");
    }

    @Test
    void withoutAReviewPageTheOrganisationsSiteIsTheUrlAndWithoutAReviewerThePersonIsTheAuthor() throws IOException {
        JsonNode site = export(bundle(), new Reviewer("Coastline Fact Check", "https://factcheck.example.net", ""));
        JsonNode nobody = export(bundle(), Reviewer.NONE);

        assertThat(site.get(0).path("url").asText()).isEqualTo("https://factcheck.example.net");
        assertThat(nobody.get(0).path("author").path("@type").asText()).isEqualTo("Person");
        assertThat(nobody.get(0).path("author").path("name").asText()).isEqualTo("Ruth Mensah");
    }

    @Test
    void aReviewerWhoseAddressesAreNotWebAddressesIsRefusedWithTheReason() {
        assertThat(new Reviewer("Coastline", "javascript:alert(1)", "").problem()).contains("not an http(s) address");
        assertThat(new Reviewer("Coastline", "https://factcheck.example.net", "factcheck.example.net/page").problem()).contains("review page");
        assertThat(new Reviewer("", "https://factcheck.example.net", "").problem()).contains("without its name");
        assertThat(REVIEWER.problem()).isEmpty();
    }

    private static JsonNode review(JsonNode graph, String words) {
        for (JsonNode review : graph) {
            if (review.path("itemReviewed").path("text").asText().contains(words)) {
                return review;
            }
        }
        throw new AssertionError("no review of a claim with " + words + " in " + graph);
    }

    private static JsonNode rating(JsonNode graph, String words) {
        return review(graph, words).path("reviewRating");
    }

    private static JsonNode export(ExportBundle bundle, Reviewer reviewer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ClaimReviewExporter(reviewer).write(bundle, out);
        return new ObjectMapper().readTree(out.toByteArray()).path("@graph");
    }

    private static ExportBundle bundle() {
        Article article = new Article(3, "Will the coastal rail link really halve the journey to Ibadan, as the minister promised on Thursday?",
                "By Tunde Bello", "Wirenews", "https://news.example.org/rail-questions", LocalDate.of(2026, 11, 20),
                ExportFixtures.CREATED, "en", TEXT, List.of(0), ContentHash.of(TEXT), 1);
        List<Annotation> annotations = new ArrayList<>();
        annotations.add(claim(1, "halve the journey to Ibadan", new ClaimDetails("", ExportFixtures.OKAFOR.id(), false,
                ClaimKind.PREDICTION, ClaimStatus.UNVERIFIABLE, List.of(), null)));
        annotations.add(claim(2, TEXT.lines().toList().get(1), new ClaimDetails("", ExportFixtures.MINISTRY.id(), false,
                ClaimKind.STATISTIC, ClaimStatus.REFUTED, List.of(), null)));
        annotations.add(claim(3, "the budget was never published", new ClaimDetails("", null, true, ClaimKind.OTHER,
                ClaimStatus.MISLEADING, List.of(), null)));
        UUID quoteId = new UUID(0, 40);
        String quoteWords = "“Ticket prices will not rise,”";
        int quoteStart = TEXT.indexOf(quoteWords);
        annotations.add(new Annotation(quoteId, 3, 1, ExportFixtures.anchor(TEXT, quoteWords), AnchorState.OK,
                new QuoteDetails(ExportFixtures.OKAFOR.id(), null, "said", null, QuoteType.DIRECT, SpeakerResolution.EXPLICIT), "", List.of(), null, ExportFixtures.CREATED, ExportFixtures.CREATED));
        assertThat(quoteStart).isPositive();
        annotations.add(claim(4, "Ticket prices will not rise", new ClaimDetails("", null, false, ClaimKind.PREDICTION,
                ClaimStatus.SUPPORTED, List.of(), quoteId)));
        annotations.add(claim(5, "Wirenews has reported", new ClaimDetails("", null, false, ClaimKind.OTHER,
                ClaimStatus.UNVERIFIED, List.of(), null)));
        List<Actor> actors = List.of(ExportFixtures.OKAFOR, ExportFixtures.MINISTRY);
        return new ExportBundle(List.of(article), actors, annotations, ExportFixtures.bundle().info());
    }

    private static Annotation claim(int n, String words, ClaimDetails details) {
        return new Annotation(new UUID(0, n), 3, 1, ExportFixtures.anchor(TEXT, words), AnchorState.OK, details, "", List.of(), null, ExportFixtures.CREATED, ExportFixtures.MODIFIED);
    }
}
