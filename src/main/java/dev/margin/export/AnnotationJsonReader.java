package dev.margin.export;

import com.fasterxml.jackson.databind.JsonNode;
import dev.margin.domain.Anchor;
import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.ClaimKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.Evidence;
import dev.margin.domain.EvidenceStance;
import dev.margin.domain.QuoteDetails;
import dev.margin.domain.QuoteType;
import dev.margin.domain.Span;
import dev.margin.domain.SpeakerResolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns one W3C annotation of a Margin export back into an {@link Annotation}, offsets in UTF-16 units again. */
final class AnnotationJsonReader {
    private final Map<String, Article> articlesBySource;
    private final List<RevisionText> olderRevisions;
    private final Map<Long, TextIndexes> indexes = new HashMap<>();

    AnnotationJsonReader(Map<String, Article> articlesBySource, List<RevisionText> olderRevisions) {
        this.articlesBySource = articlesBySource;
        this.olderRevisions = olderRevisions;
    }

    Annotation read(JsonNode node) {
        String where = "annotation " + node.path("id").asText("(without id)");
        try {
            return readChecked(node, where);
        } catch (JsonLdFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new JsonLdFormatException(where + ": " + e.getMessage(), e);
        }
    }

    private Annotation readChecked(JsonNode node, String where) {
        JsonNode target = node.path("target");
        String source = Json.text(target, "source", where + " target");
        Article article = articlesBySource.get(source);
        if (article == null) {
            throw new JsonLdFormatException(where + " targets " + source + ", which is not among the file's articles");
        }
        int revision = (int) Json.number(target.path("state"), "revision", where + " state");
        CodePointIndex index = indexes.computeIfAbsent(article.id(), id -> new TextIndexes(article,
                olderRevisions.stream().filter(r -> r.articleId() == id).toList())).of(revision);
        Anchor anchor = anchor(target, index, where);

        AnnotationKind kind = null;
        String note = "";
        List<String> tags = new ArrayList<>();
        Long actorId = null;
        QuoteDetails quote = null;
        ClaimDetails claim = null;
        for (JsonNode body : node.path("body")) {
            String type = body.path("type").asText("");
            String purpose = body.path("purpose").asText("");
            if (type.equals("Quote")) {
                quote = quote(body, index);
            } else if (type.equals("Claim")) {
                claim = claim(body);
            } else if (purpose.equals("identifying")) {
                actorId = Iris.actorId(Json.text(body, "id", where + " actor body"));
            } else if (purpose.equals("classifying")) {
                kind = Labels.parse(AnnotationKind.class, Json.text(body, "value", where + " kind"), "annotation kind");
            } else if (purpose.equals("commenting")) {
                note = Json.text(body, "value", where + " note");
            } else if (purpose.equals("tagging")) {
                tags.add(Json.text(body, "value", where + " tag"));
            }
        }
        if (kind == null) {
            throw new JsonLdFormatException(where + " has no classifying body saying its kind");
        }
        return new Annotation(Iris.annotationId(Json.text(node, "id", where)), article.id(), revision, kind, anchor,
                Labels.parse(AnchorState.class, node.path("anchorState").asText("ok"), "anchor state"),
                quote, actorId, claim, note, tags, Json.optionalText(node, "colour"),
                Json.instant(Json.text(node, "created", where), where + " created"),
                Json.instant(Json.text(node, "modified", where), where + " modified"));
    }

    private static Anchor anchor(JsonNode target, CodePointIndex index, String where) {
        JsonNode quoteSelector = null;
        JsonNode positionSelector = null;
        for (JsonNode selector : target.path("selector")) {
            switch (selector.path("type").asText("")) {
                case "TextQuoteSelector" -> quoteSelector = selector;
                case "TextPositionSelector" -> positionSelector = selector;
                default -> { }
            }
        }
        if (quoteSelector == null || positionSelector == null) {
            throw new JsonLdFormatException(where + " needs both a TextQuoteSelector and a TextPositionSelector");
        }
        int start = index.toUtf16((int) Json.number(positionSelector, "start", where + " position"));
        int end = index.toUtf16((int) Json.number(positionSelector, "end", where + " position"));
        return new Anchor(start, end, Json.text(quoteSelector, "exact", where + " quote selector"),
                quoteSelector.path("prefix").asText(""), quoteSelector.path("suffix").asText(""));
    }

    private static QuoteDetails quote(JsonNode body, CodePointIndex index) {
        Long speaker = body.hasNonNull("speaker") ? Iris.actorId(Json.text(body.get("speaker"), "id", "quote speaker")) : null;
        return new QuoteDetails(speaker, span(body.get("speakerSelector"), index), body.path("cue").asText(""),
                span(body.get("cueSelector"), index),
                Labels.parse(QuoteType.class, body.path("quoteType").asText("direct"), "quote type"),
                Labels.parse(SpeakerResolution.class, body.path("speakerResolution").asText("unattributed"), "speaker resolution"));
    }

    private static Span span(JsonNode selector, CodePointIndex index) {
        if (selector == null || selector.isNull()) {
            return null;
        }
        return new Span(index.toUtf16((int) Json.number(selector, "start", "span")),
                index.toUtf16((int) Json.number(selector, "end", "span")));
    }

    private static ClaimDetails claim(JsonNode body) {
        Long claimant = body.hasNonNull("claimant") ? Iris.actorId(Json.text(body.get("claimant"), "id", "claimant")) : null;
        List<Evidence> evidence = new ArrayList<>();
        for (JsonNode item : body.path("evidence")) {
            evidence.add(new Evidence(Json.text(item, "url", "evidence"), Json.optionalText(item, "archivedUrl"),
                    Labels.parse(EvidenceStance.class, item.path("stance").asText("context"), "evidence stance"),
                    item.path("note").asText("")));
        }
        return new ClaimDetails(body.path("statement").asText(""), claimant, body.path("claimantIsOutlet").asBoolean(false),
                Labels.parse(ClaimKind.class, body.path("claimKind").asText("other"), "claim kind"),
                Labels.parse(ClaimStatus.class, body.path("status").asText("unverified"), "claim status"),
                evidence, body.hasNonNull("inQuote") ? Iris.annotationId(body.get("inQuote").asText()) : null);
    }
}
