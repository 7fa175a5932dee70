package dev.margin.export;

import dev.margin.domain.PublishedTimes;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.Evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every assessed claim of the bundle as a schema.org {@code ClaimReview} in one JSON-LD {@code @graph},
 * with what Google's fact-check markup asks for:
 * <ul>
 *   <li>{@code url}: the page the review is published on ({@link Reviewer#reviewPage}), else the
 *       reviewing organisation's site, else (no reviewer set) the claim inside the article as a text
 *       fragment ({@code #:~:text=...}), which browsers scroll to;</li>
 *   <li>{@code author}: the reviewing organisation (name and url), else the exporting person;</li>
 *   <li>{@code claimReviewed}: the claim as normalised in its statement, else its words, whole;</li>
 *   <li>{@code reviewRating}: the verdict as {@code alternateName} ("Misleading") and on a numeric scale
 *       from 1 (worst, refuted) to 4 (best, supported): refuted 1, misleading 2, disputed 3, supported 4;
 *       "unverifiable" has no place on that scale and is given by name only;</li>
 *   <li>{@code itemReviewed}: a Claim whose {@code author} is the claimant, a Person or an Organization
 *       by the actor's type (the outlet when the article itself makes the claim; the speaker of the quote
 *       the claim sits in when no claimant is named), dated by the article, whose {@code appearance} is
 *       the article (url, headline, datePublished, publisher);</li>
 *   <li>{@code datePublished}: the day the claim was last assessed; {@code reviewBody}: the note as
 *       plain text; {@code citation}: the evidence.</li>
 * </ul>
 * Claims still "unverified" carry no verdict and are left out: a ClaimReview without a review would
 * tell search engines that one was made.
 */
public final class ClaimReviewExporter implements Exporter {
    /** The numeric rating scale: worst (refuted) to best (supported). */
    static final int WORST_RATING = 1;
    static final int BEST_RATING = 4;

    private final Reviewer reviewer;

    /** Reviews without a reviewing organisation: the exporting person, if named, is their author. */
    public ClaimReviewExporter() {
        this(Reviewer.NONE);
    }

    public ClaimReviewExporter(Reviewer reviewer) {
        this.reviewer = java.util.Objects.requireNonNull(reviewer, "reviewer");
    }

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
            Map<Long, Article> articlesById = bundle.articlesById();
            for (Map.Entry<Long, List<Annotation>> entry : bundle.annotationsByArticle().entrySet()) {
                Article article = articlesById.get(entry.getKey());
                Map<UUID, Annotation> byId = new HashMap<>();
                entry.getValue().forEach(annotation -> byId.put(annotation.id(), annotation));
                for (Annotation annotation : entry.getValue()) {
                    if (annotation.kind() == AnnotationKind.CLAIM && annotation.claim().status() != ClaimStatus.UNVERIFIED) {
                        new Review(annotation, article, text, actors, bundle.info(), json).write(byId);
                    }
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.flush();
    }

    /** The number of a verdict on the scale, or null for one that has no place on it. */
    static Integer ratingValue(ClaimStatus status) {
        return switch (status) {
            case REFUTED -> 1;
            case MISLEADING -> 2;
            case DISPUTED -> 3;
            case SUPPORTED -> 4;
            case UNVERIFIED, UNVERIFIABLE -> null;
        };
    }

    /** One claim's review, written field by field. */
    private final class Review {
        private final Annotation annotation;
        private final ClaimDetails claim;
        private final Article article;
        private final AnnotationText text;
        private final Map<Long, Actor> actors;
        private final ExportInfo info;
        private final JsonGenerator json;

        Review(Annotation annotation, Article article, AnnotationText text, Map<Long, Actor> actors, ExportInfo info, JsonGenerator json) {
            this.annotation = annotation;
            this.claim = annotation.claim();
            this.article = article;
            this.text = text;
            this.actors = actors;
            this.info = info;
            this.json = json;
        }

        void write(Map<UUID, Annotation> articleAnnotations) throws IOException {
            json.writeStartObject();
            json.writeStringField("@type", "ClaimReview");
            json.writeStringField("@id", Iris.annotation(annotation.id()));
            String url = reviewUrl();
            if (url != null) {
                json.writeStringField("url", url);
            }
            json.writeStringField("claimReviewed", oneLine(claim.statement().isBlank() ? annotation.exact() : claim.statement()));
            json.writeStringField("datePublished", annotation.modified().atOffset(ZoneOffset.UTC).toLocalDate().toString());
            writeAuthor();
            writeRating();
            json.writeObjectFieldStart("itemReviewed");
            json.writeStringField("@type", "Claim");
            if (!annotation.exact().isEmpty()) {
                json.writeStringField("text", oneLine(annotation.exact()));
            }
            writeClaimant(articleAnnotations);
            if (article.publishedDate() != null) {
                json.writeStringField("datePublished", PublishedTimes.iso(article.publishedDate(), article.publishedTime()));
            }
            writeAppearance();
            json.writeEndObject();
            String body = NoteMarkup.plainText(annotation.note());
            if (!body.isBlank()) {
                json.writeStringField("reviewBody", body);
            }
            writeCitations();
            json.writeEndObject();
        }

        private String reviewUrl() {
            if (!reviewer.reviewPage().isEmpty()) {
                return reviewer.reviewPage();
            }
            if (!reviewer.url().isEmpty()) {
                return reviewer.url();
            }
            if (Html.isWebUrl(article.url()) && !annotation.exact().isEmpty()) {
                return article.url() + "#:~:text=" + textFragment(annotation.exact());
            }
            return null;
        }

        private void writeAuthor() throws IOException {
            if (reviewer.named()) {
                json.writeObjectFieldStart("author");
                json.writeStringField("@type", "Organization");
                json.writeStringField("name", reviewer.name());
                if (!reviewer.url().isEmpty()) {
                    json.writeStringField("url", reviewer.url());
                }
                json.writeEndObject();
            } else if (!info.creator().isBlank()) {
                json.writeObjectFieldStart("author");
                json.writeStringField("@type", "Person");
                json.writeStringField("name", info.creator());
                json.writeEndObject();
            }
        }

        private void writeRating() throws IOException {
            json.writeObjectFieldStart("reviewRating");
            json.writeStringField("@type", "Rating");
            Integer value = ratingValue(claim.status());
            if (value != null) {
                json.writeNumberField("ratingValue", value);
                json.writeNumberField("bestRating", BEST_RATING);
                json.writeNumberField("worstRating", WORST_RATING);
            }
            json.writeStringField("alternateName", Labels.title(claim.status()));
            json.writeEndObject();
        }

        /** The claimant: the actor named, else the outlet when the article makes the claim, else the speaker of its quote. */
        private void writeClaimant(Map<UUID, Annotation> articleAnnotations) throws IOException {
            Long actorId = claim.claimantActorId();
            if (actorId == null && !claim.claimantIsOutlet() && claim.quoteId() != null) {
                Annotation quote = articleAnnotations.get(claim.quoteId());
                actorId = quote == null || quote.quote() == null ? null : quote.quote().speakerActorId();
            }
            Actor actor = actorId == null ? null : actors.get(actorId);
            if (actor != null) {
                json.writeObjectFieldStart("author");
                json.writeStringField("@type", actor.type() == ActorType.PERSON ? "Person" : "Organization");
                json.writeStringField("name", actor.name());
                String role = text.roles(actor.id()).stream().findFirst().orElse("");
                if (actor.type() == ActorType.PERSON && !role.isEmpty()) {
                    json.writeStringField("jobTitle", role.replaceFirst(" as of [0-9-]+$", ""));
                }
                if (actor.externalId() != null && actor.externalId().matches("Q[0-9]+")) {
                    json.writeStringField("sameAs", "https://www.wikidata.org/wiki/" + actor.externalId());
                }
                json.writeEndObject();
            } else if (claim.claimantIsOutlet() && !article.outlet().isBlank()) {
                json.writeObjectFieldStart("author");
                json.writeStringField("@type", "Organization");
                json.writeStringField("name", article.outlet());
                String site = site(article.url());
                if (site != null) {
                    json.writeStringField("url", site);
                }
                json.writeEndObject();
            }
        }

        private void writeAppearance() throws IOException {
            json.writeObjectFieldStart("appearance");
            json.writeStringField("@type", "NewsArticle");
            if (Html.isWebUrl(article.url())) {
                json.writeStringField("url", article.url());
            }
            if (!article.title().isBlank()) {
                json.writeStringField("headline", oneLine(article.title()));
            }
            if (article.publishedDate() != null) {
                json.writeStringField("datePublished", PublishedTimes.iso(article.publishedDate(), article.publishedTime()));
            }
            if (!article.outlet().isBlank()) {
                json.writeObjectFieldStart("publisher");
                json.writeStringField("@type", "Organization");
                json.writeStringField("name", article.outlet());
                json.writeEndObject();
            }
            json.writeEndObject();
        }

        private void writeCitations() throws IOException {
            if (claim.evidence().isEmpty()) {
                return;
            }
            json.writeArrayFieldStart("citation");
            for (Evidence evidence : claim.evidence()) {
                json.writeStartObject();
                json.writeStringField("@type", "CreativeWork");
                json.writeStringField("url", evidence.url());
                if (evidence.archivedUrl() != null && !evidence.archivedUrl().isBlank()) {
                    json.writeStringField("archivedAt", evidence.archivedUrl());
                }
                json.writeStringField("description", Labels.of(evidence.stance()) + (evidence.note().isBlank() ? "" : ": " + evidence.note()));
                json.writeEndObject();
            }
            json.writeEndArray();
        }
    }

    /** The text on one line: line breaks and runs of spaces become one space. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The scheme and host of a web address ("https://news.example.org"), or null. */
    private static String site(String url) {
        if (!Html.isWebUrl(url)) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            return uri.getHost() == null ? null : uri.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + uri.getHost();
        } catch (URISyntaxException e) {
            return null;
        }
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
