package dev.margin.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.margin.domain.Actor;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.Evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Every claim of the bundle as a schema.org {@code ClaimReview} in one JSON-LD {@code @graph}:
 * claimReviewed (the normalised statement, else the claim's words), itemReviewed (a Claim whose
 * author is the claimant (the outlet, as an Organization, when the article itself makes the claim) and whose
 * appearance is the article), reviewRating (the status in words, and on a 1 to 5 scale when it is a verdict),
 * datePublished (the day the claim was last assessed) and url.
 *
 * <p>Margin does not publish reviews, so {@code url} points at the claim itself inside the
 * article, as a text fragment ({@code #:~:text=...}) that browsers scroll to and highlight;
 * claims in pasted text without a URL have none.
 */
public final class ClaimReviewExporter implements Exporter {
    @Override
    public String fileExtension() {
        return "jsonld";
    }

    @Override
    public void write(ExportBundle bundle, OutputStream out) throws IOException {
        AnnotationText text = new AnnotationText(bundle.actorsById());
        Map<Long, Actor> actors = bundle.actorsById();
        try (JsonGenerator json = JsonFactory.builder().build().createGenerator(new UnclosableOutputStream(out), JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("@context", "https://schema.org");
            json.writeArrayFieldStart("@graph");
            for (Map.Entry<Long, List<Annotation>> entry : bundle.annotationsByArticle().entrySet()) {
                Article article = bundle.article(entry.getKey()).orElseThrow();
                for (Annotation annotation : entry.getValue()) {
                    if (annotation.kind() == AnnotationKind.CLAIM) {
                        writeReview(annotation, article, text, actors, bundle.info(), json);
                    }
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.flush();
    }

    private static void writeReview(Annotation annotation, Article article, AnnotationText text, Map<Long, Actor> actors,
                                    ExportInfo info, JsonGenerator json) throws IOException {
        ClaimDetails claim = annotation.claim();
        json.writeStartObject();
        json.writeStringField("@type", "ClaimReview");
        json.writeStringField("@id", Iris.annotation(annotation.id()));
        if (Html.isWebUrl(article.url()) && !annotation.exact().isEmpty()) {
            json.writeStringField("url", article.url() + "#:~:text=" + textFragment(annotation.exact()));
        }
        json.writeStringField("claimReviewed", claim.statement().isBlank() ? annotation.exact() : claim.statement());
        json.writeStringField("datePublished", annotation.modified().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        if (!info.creator().isBlank()) {
            json.writeObjectFieldStart("author");
            json.writeStringField("@type", "Person");
            json.writeStringField("name", info.creator());
            json.writeEndObject();
        }
        json.writeObjectFieldStart("itemReviewed");
        json.writeStringField("@type", "Claim");
        json.writeStringField("text", annotation.exact());
        String claimant = text.claimant(annotation, article);
        boolean outletWithoutName = claim.claimantActorId() == null && article.outlet().isBlank();
        if (!claimant.isEmpty() && !outletWithoutName) {
            // An outlet claimant is the publisher, an Organization; one that is not named is left out rather than
            // written as an organisation called "the article".
            json.writeObjectFieldStart("author");
            Actor actor = claim.claimantActorId() == null ? null : actors.get(claim.claimantActorId());
            json.writeStringField("@type", actor == null ? "Organization" : schemaType(actor));
            json.writeStringField("name", claimant);
            if (actor != null && actor.externalId() != null && actor.externalId().matches("Q[0-9]+")) {
                json.writeStringField("sameAs", "https://www.wikidata.org/wiki/" + actor.externalId());
            }
            json.writeEndObject();
        }
        json.writeObjectFieldStart("appearance");
        json.writeStringField("@type", "NewsArticle");
        json.writeStringField("headline", article.displayTitle());
        if (article.url() != null) {
            json.writeStringField("url", article.url());
        }
        if (article.publishedDate() != null) {
            json.writeStringField("datePublished", article.publishedDate().toString());
        }
        if (!article.outlet().isBlank()) {
            json.writeObjectFieldStart("publisher");
            json.writeStringField("@type", "Organization");
            json.writeStringField("name", article.outlet());
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeObjectFieldStart("reviewRating");
        json.writeStringField("@type", "Rating");
        Integer rating = ratingValue(claim.status());
        if (rating != null) {
            json.writeNumberField("ratingValue", rating);
            json.writeNumberField("bestRating", 5);
            json.writeNumberField("worstRating", 1);
        }
        json.writeStringField("alternateName", Labels.title(claim.status()));
        json.writeEndObject();
        if (!annotation.note().isBlank()) {
            json.writeStringField("reviewBody", annotation.note());
        }
        if (!claim.evidence().isEmpty()) {
            json.writeArrayFieldStart("citation");
            for (Evidence evidence : claim.evidence()) {
                json.writeStartObject();
                json.writeStringField("@type", "CreativeWork");
                json.writeStringField("url", evidence.url());
                if (!evidence.note().isBlank()) {
                    json.writeStringField("description", Labels.of(evidence.stance()) + ": " + evidence.note());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /**
     * The verdict on the 1 (false) to 5 (true) scale fact-checkers' markup uses beside its words; a claim not yet
     * checked, or that cannot be, has no number, only its words.
     */
    static Integer ratingValue(ClaimStatus status) {
        return switch (status) {
            case REFUTED -> 1;
            case MISLEADING -> 2;
            case DISPUTED -> 3;
            case SUPPORTED -> 5;
            case UNVERIFIED, UNVERIFIABLE -> null;
        };
    }

    private static String schemaType(Actor actor) {
        return switch (actor.type()) {
            case PERSON -> "Person";
            case ORGANISATION, STATE -> "Organization";
            case GROUP, OTHER -> "Thing";
        };
    }

    /** A text fragment directive for the words: percent-encoded, with '-', '&' and ',' escaped as the spec asks. */
    private static String textFragment(String words) {
        String oneLine = words.replace('\n', ' ').strip();
        String[] parts = oneLine.split(" ");
        String encoded = parts.length > 10
                ? encode(String.join(" ", List.of(parts).subList(0, 4))) + "," + encode(String.join(" ", List.of(parts).subList(parts.length - 4, parts.length)))
                : encode(oneLine);
        return encoded;
    }

    private static String encode(String words) {
        return URLEncoder.encode(words, StandardCharsets.UTF_8).replace("+", "%20").replace("-", "%2D");
    }
}
