package dev.margin.export;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;

/**
 * The "@context" of Margin's JSON-LD: the W3C Web Annotation context first, then Margin's own
 * terms for articles, actors, quotes and claims (in the namespace {@value #NAMESPACE}, with
 * schema.org terms where one fits). Terms the W3C context already defines are not redefined.
 */
final class JsonLdContext {
    static final String W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final String NAMESPACE = "https://margin.dev/ns#";

    private static final String[][] TERMS = {
            {"margin", NAMESPACE},
            {"schema", "http://schema.org/"},
            {"Article", "schema:NewsArticle"},
            {"Actor", "margin:Actor"},
            {"Quote", "margin:Quote"},
            {"Claim", "margin:Claim"},
            {"Evidence", "margin:Evidence"},
            {"Role", "margin:Role"},
            {"localId", "margin:localId"},
            {"title", "schema:headline"},
            {"byline", "margin:byline"},
            {"outlet", "margin:outlet"},
            {"datePublished", "schema:datePublished"},
            {"importedAt", "margin:importedAt"},
            {"inLanguage", "schema:inLanguage"},
            {"text", "schema:text"},
            {"contentHash", "margin:contentHash"},
            {"revision", "margin:revision"},
            {"softwareVersion", "schema:softwareVersion"},
            {"actorType", "margin:actorType"},
            {"description", "schema:description"},
            {"externalId", "margin:externalId"},
            {"role", "margin:role"},
            {"asOf", "margin:asOf"},
            {"fromArticle", "margin:fromArticle"},
            {"kind", "margin:kind"},
            {"anchorState", "margin:anchorState"},
            {"colour", "margin:colour"},
            {"speakerSelector", "margin:speakerSelector"},
            {"cue", "margin:cue"},
            {"cueSelector", "margin:cueSelector"},
            {"quoteType", "margin:quoteType"},
            {"speakerResolution", "margin:speakerResolution"},
            {"statement", "margin:statement"},
            {"claimantIsOutlet", "margin:claimantIsOutlet"},
            {"claimKind", "margin:claimKind"},
            {"status", "margin:status"},
            {"stance", "margin:stance"},
            {"note", "margin:note"},
    };

    /** Terms whose values are lists (ordered) or IRIs. */
    private static final String[][] CONTAINER_TERMS = {
            {"articles", "margin:articles", "@list"},
            {"actors", "margin:actors", "@list"},
            {"pages", "margin:pages", "@list"},
            {"headings", "margin:headings", "@list"},
            {"olderRevisions", "margin:olderRevisions", "@list"},
            {"roles", "margin:roles", "@list"},
            {"evidence", "margin:evidence", "@list"},
            {"aliases", "schema:alternateName", "@set"},
    };

    private static final String[][] IRI_TERMS = {
            {"url", "schema:url"},
            {"archivedUrl", "margin:archivedUrl"},
            {"parent", "margin:parent"},
            {"speaker", "margin:speaker"},
            {"claimant", "margin:claimant"},
            {"inQuote", "margin:inQuote"},
    };

    private JsonLdContext() {
    }

    static void write(JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("@context");
        json.writeString(W3C_CONTEXT);
        json.writeStartObject();
        for (String[] term : TERMS) {
            json.writeStringField(term[0], term[1]);
        }
        for (String[] term : CONTAINER_TERMS) {
            json.writeObjectFieldStart(term[0]);
            json.writeStringField("@id", term[1]);
            json.writeStringField("@container", term[2]);
            json.writeEndObject();
        }
        for (String[] term : IRI_TERMS) {
            json.writeObjectFieldStart(term[0]);
            json.writeStringField("@id", term[1]);
            json.writeStringField("@type", "@id");
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndArray();
    }
}
