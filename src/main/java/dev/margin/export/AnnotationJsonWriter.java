package dev.margin.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.margin.domain.Actor;
import dev.margin.domain.ActorMention;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.Evidence;
import dev.margin.domain.Highlight;
import dev.margin.domain.QuoteDetails;
import dev.margin.domain.Span;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes one annotation as a W3C Web Annotation: motivations, bodies (note, tags, kind, actor,
 * quote, claim) and a SpecificResource target with quote and position selectors in code points.
 */
final class AnnotationJsonWriter {
    private final ExportBundle bundle;
    private final Map<Long, Actor> actors;
    private final Map<Long, String> sources;
    private final JsonGenerator json;

    AnnotationJsonWriter(ExportBundle bundle, Map<Long, String> sources, JsonGenerator json) {
        this.bundle = bundle;
        this.actors = bundle.actorsById();
        this.sources = sources;
        this.json = json;
    }

    void write(Annotation annotation, Article article, CodePointIndex index) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", Iris.annotation(annotation.id()));
        json.writeStringField("type", "Annotation");
        json.writeStringField("created", annotation.created().toString());
        json.writeStringField("modified", annotation.modified().toString());
        writeCreator(bundle.info(), json);
        writeGenerator(bundle.info(), json);
        json.writeArrayFieldStart("motivation");
        for (String motivation : motivations(annotation)) {
            json.writeString(motivation);
        }
        json.writeEndArray();
        json.writeStringField("anchorState", Labels.of(annotation.anchorState()));
        if (annotation.colour() != null) {
            json.writeStringField("colour", annotation.colour());
        }
        json.writeArrayFieldStart("body");
        writeBodies(annotation, index);
        json.writeEndArray();
        writeTarget(annotation, article, index);
        json.writeEndObject();
    }

    /** The motivations, primary first: the kind's own, then classifying, commenting, tagging, linking. */
    static List<String> motivations(Annotation annotation) {
        List<String> motivations = new ArrayList<>();
        switch (annotation.body()) {
            case Highlight highlight -> motivations.add("highlighting");
            case ActorMention mention -> motivations.add("identifying");
            case ClaimDetails claim -> motivations.add("assessing");
            case QuoteDetails quote -> { }
        }
        motivations.add("classifying");
        if (!annotation.note().isEmpty()) {
            motivations.add("commenting");
        }
        if (!annotation.tags().isEmpty()) {
            motivations.add("tagging");
        }
        boolean linked = switch (annotation.body()) {
            case QuoteDetails quote -> quote.speakerActorId() != null;
            case ClaimDetails claim -> claim.claimantActorId() != null || claim.quoteId() != null;
            case ActorMention mention -> false;
            case Highlight highlight -> false;
        };
        if (linked) {
            motivations.add("linking");
        }
        return motivations;
    }

    private void writeBodies(Annotation annotation, CodePointIndex index) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "TextualBody");
        json.writeStringField("purpose", "classifying");
        json.writeStringField("value", Labels.of(annotation.kind()));
        json.writeEndObject();
        if (!annotation.note().isEmpty()) {
            json.writeStartObject();
            json.writeStringField("type", "TextualBody");
            json.writeStringField("purpose", "commenting");
            json.writeStringField("format", "text/markdown");
            json.writeStringField("value", annotation.note());
            json.writeEndObject();
        }
        for (String tag : annotation.tags()) {
            json.writeStartObject();
            json.writeStringField("type", "TextualBody");
            json.writeStringField("purpose", "tagging");
            json.writeStringField("value", tag);
            json.writeEndObject();
        }
        if (annotation.actorId() != null) {
            json.writeStartObject();
            json.writeStringField("purpose", "identifying");
            writeActorFields(actors.get(annotation.actorId()), json);
            json.writeEndObject();
        }
        if (annotation.quote() != null) {
            writeQuote(annotation.quote(), index);
        }
        if (annotation.claim() != null) {
            writeClaim(annotation.claim());
        }
    }

    private void writeQuote(QuoteDetails quote, CodePointIndex index) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Quote");
        json.writeStringField("purpose", quote.speakerActorId() != null ? "linking" : "describing");
        if (quote.speakerActorId() != null) {
            json.writeObjectFieldStart("speaker");
            writeActorFields(actors.get(quote.speakerActorId()), json);
            json.writeEndObject();
        }
        writeSpan("speakerSelector", quote.speakerSpan(), index);
        json.writeStringField("cue", quote.cue());
        writeSpan("cueSelector", quote.cueSpan(), index);
        json.writeStringField("quoteType", Labels.of(quote.type()));
        json.writeStringField("speakerResolution", Labels.of(quote.resolution()));
        json.writeEndObject();
    }

    private void writeSpan(String field, Span span, CodePointIndex index) throws IOException {
        if (span == null) {
            return;
        }
        json.writeObjectFieldStart(field);
        json.writeStringField("type", "TextPositionSelector");
        json.writeNumberField("start", index.toCodePoints(span.start()));
        json.writeNumberField("end", index.toCodePoints(span.end()));
        json.writeEndObject();
    }

    private void writeClaim(ClaimDetails claim) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Claim");
        json.writeStringField("purpose", "assessing");
        json.writeStringField("status", Labels.of(claim.status()));
        json.writeStringField("statement", claim.statement());
        json.writeStringField("claimKind", Labels.of(claim.kind()));
        if (claim.claimantActorId() != null) {
            json.writeObjectFieldStart("claimant");
            writeActorFields(actors.get(claim.claimantActorId()), json);
            json.writeEndObject();
        }
        json.writeBooleanField("claimantIsOutlet", claim.claimantIsOutlet());
        if (claim.quoteId() != null) {
            json.writeStringField("inQuote", Iris.annotation(claim.quoteId()));
        }
        json.writeArrayFieldStart("evidence");
        for (Evidence evidence : claim.evidence()) {
            json.writeStartObject();
            json.writeStringField("type", "Evidence");
            json.writeStringField("url", evidence.url());
            if (evidence.archivedUrl() != null) {
                json.writeStringField("archivedUrl", evidence.archivedUrl());
            }
            json.writeStringField("stance", Labels.of(evidence.stance()));
            json.writeStringField("note", evidence.note());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void writeTarget(Annotation annotation, Article article, CodePointIndex index) throws IOException {
        json.writeObjectFieldStart("target");
        json.writeStringField("type", "SpecificResource");
        json.writeStringField("source", sources.get(article.id()));
        json.writeArrayFieldStart("selector");
        json.writeStartObject();
        json.writeStringField("type", "TextQuoteSelector");
        json.writeStringField("exact", annotation.anchor().exact());
        json.writeStringField("prefix", annotation.anchor().prefix());
        json.writeStringField("suffix", annotation.anchor().suffix());
        json.writeEndObject();
        json.writeStartObject();
        json.writeStringField("type", "TextPositionSelector");
        json.writeNumberField("start", index.toCodePoints(annotation.start()));
        json.writeNumberField("end", index.toCodePoints(annotation.end()));
        json.writeEndObject();
        json.writeEndArray();
        json.writeObjectFieldStart("state");
        json.writeStringField("type", "TimeState");
        json.writeNumberField("revision", annotation.revision());
        if (annotation.revision() == article.revision() && article.importedAt() != null) {
            json.writeStringField("sourceDate", article.importedAt().toString());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /** id, type, name and the descriptive fields of an actor: enough for a reader outside Margin. */
    static void writeActorFields(Actor actor, JsonGenerator json) throws IOException {
        json.writeStringField("id", Iris.actor(actor.id()));
        json.writeStringField("type", "Actor");
        json.writeStringField("name", actor.name());
        json.writeStringField("actorType", Labels.of(actor.type()));
        json.writeArrayFieldStart("aliases");
        for (String alias : actor.aliases()) {
            json.writeString(alias);
        }
        json.writeEndArray();
        json.writeStringField("description", actor.description());
        if (actor.externalId() != null) {
            json.writeStringField("externalId", actor.externalId());
        }
    }

    static void writeGenerator(ExportInfo info, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("generator");
        json.writeStringField("type", "Software");
        json.writeStringField("name", info.generatorName());
        json.writeStringField("softwareVersion", info.generatorVersion());
        json.writeEndObject();
    }

    static void writeCreator(ExportInfo info, JsonGenerator json) throws IOException {
        if (info.creator().isEmpty()) {
            return;
        }
        json.writeObjectFieldStart("creator");
        json.writeStringField("type", "Person");
        json.writeStringField("name", info.creator());
        json.writeEndObject();
    }
}
