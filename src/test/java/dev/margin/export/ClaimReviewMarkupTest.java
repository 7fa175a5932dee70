package dev.margin.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.margin.domain.ClaimStatus;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The ClaimReview markup a fact-checking site can publish: verdicts on a scale, claimants never invented. */
class ClaimReviewMarkupTest {

    @Test
    void verdictsCarryANumberOnTheOneToFiveScaleAndUncheckedClaimsOnlyWords() throws Exception {
        assertThat(ClaimReviewExporter.ratingValue(ClaimStatus.REFUTED)).isEqualTo(1);
        assertThat(ClaimReviewExporter.ratingValue(ClaimStatus.SUPPORTED)).isEqualTo(5);
        assertThat(ClaimReviewExporter.ratingValue(ClaimStatus.UNVERIFIED)).isNull();

        JsonNode graph = export().path("@graph");
        boolean sawNumber = false;
        for (JsonNode review : graph) {
            JsonNode rating = review.path("reviewRating");
            assertThat(rating.path("alternateName").asText()).isNotBlank();
            if (rating.has("ratingValue")) {
                sawNumber = true;
                assertThat(rating.path("bestRating").asInt()).isEqualTo(5);
                assertThat(rating.path("worstRating").asInt()).isEqualTo(1);
                assertThat(rating.path("ratingValue").asInt()).isBetween(1, 5);
            }
        }
        assertThat(sawNumber).isTrue();
    }

    @Test
    void noClaimantIsEverAnOrganisationCalledTheArticle() throws Exception {
        for (JsonNode review : export().path("@graph")) {
            JsonNode author = review.path("itemReviewed").path("author");
            assertThat(author.path("name").asText()).isNotEqualToIgnoringCase("the article");
        }
    }

    private static JsonNode export() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ClaimReviewExporter().write(ExportFixtures.bundle(), out);
        return new ObjectMapper().readTree(out.toByteArray());
    }
}
