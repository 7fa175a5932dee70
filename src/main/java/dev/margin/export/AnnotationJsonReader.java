package dev.margin.export;

import com.fasterxml.jackson.databind.JsonNode;
import dev.margin.domain.ActorMention;
import dev.margin.domain.Anchor;
import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationBody;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.ClaimKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.Evidence;
import dev.margin.domain.EvidenceStance;
import dev.margin.domain.Highlight;
import dev.margin.domain.QuoteDetails;
import dev.margin.domain.QuoteType;
import dev.margin.domain.Span;
import dev.margin.domain.SpeakerResolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one W3C annotation of a Margin export back into an {@link Annotation}, offsets in UTF-16 units again. Every
 * field is checked for its type and range; the message names the annotation and where it starts in the file.
 */
final class AnnotationJsonReader {
    private final Map<String, Article> articlesBySource;
    private final List<RevisionText> olderRevisions;
    private final Map<Long, TextIndexes> indexes = new HashMap<>();

    AnnotationJsonReader(Map<String, Article> articlesBySource, List<RevisionText> olderRevisions) {
        this.articlesBySource = articlesBySource;
        this.olderRevisions = olderRevisions;
    }

    Annotation read(JsonLdReader.Item item) {
        String where = "annotation " + item.id() + " " + item.at();
        try {
            return readChecked(item.node(), where);
        } catch (JsonLdFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new JsonLdFormatException(where + ": " + e.getMessage(), e);
        }
    }

    private Annotation readChecked(JsonNode node, String where) {
        JsonNode target = Json.object(node, "target", where);
        String source = Json.text(target, "source", where + " target");
        Article article = articlesBySource.get(source);
        if (article == null) {
            throw new JsonLdFormatException(where + " targets " + source + ", which is not among the file's articles");
        }
        int revision = Json.intNumber(Json.object(target, "state", where + " target"), "revision", 1, where + " state");
        CodePointIndex index = indexes.computeIfAbsent(article.id(), id -> new TextIndexes(article,
                olderRevisions.stream().filter(r -> r.articleId() == id).toList())).of(revision);
        AnchorState state = Labels.parse(AnchorState.class, Json.textOr(node, "anchorState", "ok", where), "anchor state");
        Anchor anchor = anchor(target, index, state, where);

        AnnotationKind kind = null;
        String note = "";
        List<String> tags = new ArrayList<>();
        Long actorId = null;
        QuoteDetails quote = null;
        ClaimDetails claim = null;
        for (JsonNode body : Json.list(node, "body", where)) {
            if (!body.isObject()) {
                throw new JsonLdFormatException(where + ": a body should be an object, not " + body);
            }
            String type = Json.textOr(body, "type", "", where + " body");
            String purpose = Json.textOr(body, "purpose", "", where + " body");
            if (type.equals("Quote")) {
                quote = quote(body, index, where + " quote");
            } else if (type.equals("Claim")) {
                claim = claim(body, where + " claim");
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
        return new Annotation(Iris.annotationId(Json.text(node, "id", where)), article.id(), revision, anchor,
                state, body(kind, quote, actorId, claim, where), note, tags, Json.optionalText(node, "colour", where),
                Json.instant(Json.text(node, "created", where), where + " created"),
                Json.instant(Json.text(node, "modified", where), where + " modified"));
    }

    /** The body the file's kind names, refusing details of another kind (a quote body on a claim, say). */
    private static AnnotationBody body(AnnotationKind kind, QuoteDetails quote, Long actorId, ClaimDetails claim,
                                       String where) {
        boolean quoteOnly = quote != null && actorId == null && claim == null;
        boolean actorOnly = actorId != null && quote == null && claim == null;
        boolean claimOnly = claim != null && quote == null && actorId == null;
        boolean none = quote == null && actorId == null && claim == null;
        return switch (kind) {
            case QUOTE -> require(quoteOnly, quote, where + ": a quote needs a Quote body and no actor or claim");
            case ACTOR -> require(actorOnly, actorId == null ? null : new ActorMention(actorId),
                    where + ": an actor mention needs one identifying actor and no quote or claim");
            case CLAIM -> require(claimOnly, claim, where + ": a claim needs a Claim body and no quote or actor");
            case HIGHLIGHT -> require(none, Highlight.INSTANCE, where + ": a highlight carries no quote, actor or claim");
        };
    }

    private static AnnotationBody require(boolean condition, AnnotationBody body, String message) {
        if (!condition) {
            throw new JsonLdFormatException(message);
        }
        return body;
    }

    /**
     * The anchor the selectors describe, in UTF-16 units of the revision's text. The two selectors must agree (as many
     * code points of exact text as the position spans) and the span may not be empty; whether the words really stand
     * there is not decided here but by the restore, which re-anchors an annotation whose words do not. The one empty
     * span allowed is an orphan's without words (how Margin writes an annotation whose words were lost): it marks nothing.
     */
    private static Anchor anchor(JsonNode target, CodePointIndex index, AnchorState state, String where) {
        JsonNode quoteSelector = null;
        JsonNode positionSelector = null;
        for (JsonNode selector : Json.list(target, "selector", where + " target")) {
            switch (selector.isObject() ? Json.textOr(selector, "type", "", where + " selector") : "") {
                case "TextQuoteSelector" -> quoteSelector = selector;
                case "TextPositionSelector" -> positionSelector = selector;
                default -> { }
            }
        }
        if (quoteSelector == null || positionSelector == null) {
            throw new JsonLdFormatException(where + " needs both a TextQuoteSelector and a TextPositionSelector");
        }
        String exact = Json.text(quoteSelector, "exact", where + " quote selector");
        boolean lostWords = state == AnchorState.ORPHANED && exact.isEmpty();
        int[] span = span(positionSelector, lostWords, where + " position selector");
        int codePoints = exact.codePointCount(0, exact.length());
        if (codePoints != span[1] - span[0]) {
            throw new JsonLdFormatException(where + ": its TextQuoteSelector's " + codePoints + " characters do not fit its"
                    + " TextPositionSelector [" + span[0] + ", " + span[1] + ")");
        }
        int start = toUtf16(index, span[0], where);
        return new Anchor(start, start + exact.length(), exact, Json.textOr(quoteSelector, "prefix", "", where + " quote selector"),
                Json.textOr(quoteSelector, "suffix", "", where + " quote selector"));
    }

    /** A selector's [start, end) in code points: whole numbers that fit an int, start before end. */
    private static int[] span(JsonNode selector, boolean mayBeEmpty, String where) {
        int start = Json.intNumber(selector, "start", 0, where);
        int end = Json.intNumber(selector, "end", 0, where);
        if (end < start || end == start && !mayBeEmpty) {
            throw new JsonLdFormatException(where + ": the span [" + start + ", " + end + ") is "
                    + (end == start ? "empty" : "backwards") + "; an annotation marks at least one character");
        }
        return new int[] {start, end};
    }

    private static int toUtf16(CodePointIndex index, int codePointOffset, String where) {
        try {
            return index.toUtf16(codePointOffset);
        } catch (IllegalArgumentException e) {
            throw new JsonLdFormatException(where + ": " + e.getMessage() + " of the revision it names", e);
        }
    }

    private static QuoteDetails quote(JsonNode body, CodePointIndex index, String where) {
        JsonNode speaker = Json.optionalObject(body, "speaker", where);
        return new QuoteDetails(speaker == null ? null : Iris.actorId(Json.text(speaker, "id", where + " speaker")),
                secondarySpan(body, "speakerSelector", index, where), Json.textOr(body, "cue", "", where),
                secondarySpan(body, "cueSelector", index, where),
                Labels.parse(QuoteType.class, Json.textOr(body, "quoteType", "direct", where), "quote type"),
                Labels.parse(SpeakerResolution.class, Json.textOr(body, "speakerResolution", "unattributed", where), "speaker resolution"));
    }

    private static Span secondarySpan(JsonNode body, String field, CodePointIndex index, String where) {
        JsonNode selector = Json.optionalObject(body, field, where);
        if (selector == null) {
            return null;
        }
        int[] span = span(selector, false, where + " " + field);
        return new Span(toUtf16(index, span[0], where + " " + field), toUtf16(index, span[1], where + " " + field));
    }

    private static ClaimDetails claim(JsonNode body, String where) {
        JsonNode claimant = Json.optionalObject(body, "claimant", where);
        List<Evidence> evidence = new ArrayList<>();
        for (JsonNode item : Json.list(body, "evidence", where)) {
            if (!item.isObject()) {
                throw new JsonLdFormatException(where + ": an evidence item should be an object, not " + item);
            }
            evidence.add(new Evidence(Json.text(item, "url", where + " evidence"), Json.optionalText(item, "archivedUrl", where + " evidence"),
                    Labels.parse(EvidenceStance.class, Json.textOr(item, "stance", "context", where + " evidence"), "evidence stance"),
                    Json.textOr(item, "note", "", where + " evidence")));
        }
        String inQuote = Json.optionalText(body, "inQuote", where);
        return new ClaimDetails(Json.textOr(body, "statement", "", where),
                claimant == null ? null : Iris.actorId(Json.text(claimant, "id", where + " claimant")),
                Json.booleanOr(body, "claimantIsOutlet", false, where),
                Labels.parse(ClaimKind.class, Json.textOr(body, "claimKind", "other", where), "claim kind"),
                Labels.parse(ClaimStatus.class, Json.textOr(body, "status", "unverified", where), "claim status"),
                evidence, inQuote == null ? null : Iris.annotationId(inQuote));
    }
}
