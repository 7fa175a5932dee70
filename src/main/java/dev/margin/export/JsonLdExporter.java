package dev.margin.export;

import dev.margin.domain.PublishedTimes;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.margin.domain.Actor;
import dev.margin.domain.ActorRole;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleAssessment;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a bundle as one W3C Web Annotation {@code AnnotationCollection} in JSON-LD, streamed with
 * Jackson's generator.
 *
 * <p>Layout of the file (the reader, {@link JsonLdReader}, relies on it):
 * <ul>
 *   <li>the collection: {@code id}, {@code type}, {@code label}, {@code total}, {@code generated},
 *       {@code generator}, {@code creator}, {@code first}/{@code last} (ids of the first and last page);</li>
 *   <li>{@code articles}: Margin's extension block holding every article in full (metadata, text,
 *       headings, revision, and the texts of older revisions that orphaned annotations still point
 *       into) so that an import restores it; each article's {@code id} is the IRI the annotations'
 *       targets use as {@code source};</li>
 *   <li>{@code actors}: every actor in full (aliases, type, description, external id, parent, roles);</li>
 *   <li>{@code pages}: one {@code AnnotationPage} per article with annotations, linked by
 *       {@code partOf}/{@code next}/{@code prev}, whose {@code items} are the annotations.</li>
 * </ul>
 * Positions in selectors count Unicode code points, as the W3C model says.
 */
public final class JsonLdExporter implements Exporter {
    private final boolean pretty;

    /** @param pretty indent the output (larger, easier to read); compact otherwise */
    public JsonLdExporter(boolean pretty) {
        this.pretty = pretty;
    }

    @Override
    public String fileExtension() {
        return "jsonld";
    }

    @Override
    public void write(ExportBundle bundle, OutputStream out) throws IOException {
        JsonFactory factory = JsonFactory.builder().build();
        try (JsonGenerator json = factory.createGenerator(new UnclosableOutputStream(out), JsonEncoding.UTF8)) {
            if (pretty) {
                json.useDefaultPrettyPrinter();
            }
            writeCollection(bundle, json);
        }
        out.flush();
    }

    private void writeCollection(ExportBundle bundle, JsonGenerator json) throws IOException {
        Map<Long, String> sources = Iris.articleSources(bundle.articles());
        Map<Long, List<Annotation>> byArticle = bundle.annotationsByArticle();
        List<Long> pagedArticles = byArticle.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
        String collectionId = Iris.UUID_PREFIX + UUID.nameUUIDFromBytes(("margin-export:" + bundle.info().exportedAt()).getBytes(StandardCharsets.UTF_8));

        json.writeStartObject();
        JsonLdContext.write(json);
        json.writeStringField("id", collectionId);
        json.writeStringField("type", "AnnotationCollection");
        json.writeStringField("label", "Margin export of " + bundle.articles().size() + " article(s)");
        json.writeNumberField("total", bundle.annotations().size());
        json.writeStringField("generated", Timestamps.iso(bundle.info().exportedAt()));
        AnnotationJsonWriter.writeGenerator(bundle.info(), json);
        AnnotationJsonWriter.writeCreator(bundle.info(), json);
        if (!pagedArticles.isEmpty()) {
            json.writeStringField("first", pageId(collectionId, 0));
            json.writeStringField("last", pageId(collectionId, pagedArticles.size() - 1));
        }
        json.writeArrayFieldStart("articles");
        for (Article article : bundle.articles()) {
            writeArticle(article, bundle.assessmentOf(article.id()), sources.get(article.id()), bundle.olderRevisionsOf(article.id()), json);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("actors");
        for (Actor actor : bundle.actors()) {
            writeActor(actor, json);
        }
        json.writeEndArray();

        AnnotationJsonWriter annotations = new AnnotationJsonWriter(bundle, sources, json);
        json.writeArrayFieldStart("pages");
        int startIndex = 0;
        Map<Long, Article> articlesById = bundle.articlesById();
        for (int page = 0; page < pagedArticles.size(); page++) {
            Article article = articlesById.get(pagedArticles.get(page));
            List<Annotation> items = byArticle.get(article.id());
            json.writeStartObject();
            json.writeStringField("id", pageId(collectionId, page));
            json.writeStringField("type", "AnnotationPage");
            json.writeStringField("partOf", collectionId);
            json.writeNumberField("startIndex", startIndex);
            if (page > 0) {
                json.writeStringField("prev", pageId(collectionId, page - 1));
            }
            if (page + 1 < pagedArticles.size()) {
                json.writeStringField("next", pageId(collectionId, page + 1));
            }
            json.writeArrayFieldStart("items");
            TextIndexes indexes = new TextIndexes(article, bundle.olderRevisionsOf(article.id()));
            for (Annotation annotation : items) {
                annotations.write(annotation, article, indexes.of(annotation.revision()));
            }
            json.writeEndArray();
            json.writeEndObject();
            startIndex += items.size();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /**
     * The user's note, tags and verdict on the whole article, when it has any: "note" as on annotations, the tags as
     * schema:keywords and the verdict as margin:verdict (compact IRIs of the context's prefixes).
     */
    private static void writeAssessment(ArticleAssessment assessment, JsonGenerator json) throws IOException {
        if (!assessment.note().isEmpty()) {
            json.writeStringField("note", assessment.note());
        }
        if (!assessment.tags().isEmpty()) {
            json.writeArrayFieldStart(ArticleJsonReader.KEYWORDS);
            for (String tag : assessment.tags()) {
                json.writeString(tag);
            }
            json.writeEndArray();
        }
        if (assessment.verdict() != null) {
            json.writeStringField(ArticleJsonReader.VERDICT, assessment.verdict().word());
        }
    }

    private static String pageId(String collectionId, int page) {
        return collectionId + "#page-" + page;
    }

    private static void writeArticle(Article article, ArticleAssessment assessment, String source, List<RevisionText> older,
                                     JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", source);
        json.writeStringField("type", "Article");
        json.writeNumberField("localId", article.id());
        json.writeStringField("title", article.title());
        json.writeStringField("byline", article.byline());
        json.writeStringField("outlet", article.outlet());
        if (article.url() != null) {
            json.writeStringField("url", article.url());
        }
        if (article.publishedDate() != null) {
            json.writeStringField("datePublished", PublishedTimes.iso(article.publishedDate(), article.publishedTime()));
        }
        if (article.importedAt() != null) {
            json.writeStringField("importedAt", article.importedAt().toString());
        }
        json.writeStringField("inLanguage", article.language());
        writeAssessment(assessment, json);
        json.writeNumberField("revision", article.revision());
        json.writeStringField("contentHash", article.contentHash());
        json.writeArrayFieldStart("headings");
        for (int heading : article.headings()) {
            json.writeNumber(heading);
        }
        json.writeEndArray();
        json.writeStringField("text", article.text());
        json.writeArrayFieldStart("olderRevisions");
        for (RevisionText revision : older) {
            json.writeStartObject();
            json.writeNumberField("revision", revision.revision());
            json.writeStringField("text", revision.text());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeActor(Actor actor, JsonGenerator json) throws IOException {
        json.writeStartObject();
        AnnotationJsonWriter.writeActorFields(actor, json);
        if (actor.parentId() != null) {
            json.writeStringField("parent", Iris.actor(actor.parentId()));
        }
        json.writeArrayFieldStart("roles");
        for (ActorRole role : actor.roles()) {
            json.writeStartObject();
            json.writeStringField("type", "Role");
            json.writeStringField("role", role.role());
            if (role.asOf() != null) {
                json.writeStringField("asOf", role.asOf().toString());
            }
            if (role.articleId() != null) {
                json.writeNumberField("fromArticle", role.articleId());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
